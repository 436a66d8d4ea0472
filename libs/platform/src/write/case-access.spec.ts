import type { CaseLaFacts, CaseQueries } from '@send/read-models';
import type { User } from '../auth/users.js';
import { CaseAccess } from './case-access.js';

const facts: Record<string, CaseLaFacts> = {
  pending: { la: '202', transferTo: '203', formerLas: [] },
  moved: { la: '203', formerLas: ['202'] },
};
const queries = {
  laOf: async (caseId: string) => facts[caseId]?.la,
  laFactsOf: async (caseId: string) => facts[caseId],
} as unknown as CaseQueries;
const access = new CaseAccess(queries);
const user = (la?: string, role: User['role'] = 'caseworker'): User => ({ id: `u@${la}`, role, ...(la ? { la } : {}) });

const code = (p: Promise<unknown>): Promise<string> =>
  p.then(
    () => 'ok',
    (error: unknown) => (error as { code?: string }).code ?? String(error),
  );

describe('CaseAccess and a transfer between LAs (Reg 15)', () => {
  it('lets the LA a transfer is pending to read and accept, as that LA, and no one else in', async () => {
    await expect(access.laOfOrIncoming(user('203'), 'pending')).resolves.toBe('203');
    await expect(access.laOfOrIncoming(user('202'), 'pending')).resolves.toBe('202');
    expect(await code(access.laOfOrIncoming(user('204'), 'pending'))).toBe('CASE.NOT_FOUND');
    expect(await code(access.laOf(user('203'), 'pending'))).toBe('CASE.NOT_FOUND');
  });

  it('gives the new LA the case after acceptance and the old LA its own part of the record only', async () => {
    await expect(access.laOf(user('203'), 'moved')).resolves.toBe('203');
    expect(await code(access.laOf(user('202'), 'moved'))).toBe('CASE.NOT_FOUND');
    expect(await code(access.laOfOrIncoming(user('202'), 'moved'))).toBe('CASE.NOT_FOUND');
    await expect(access.recordScopeOf(user('203'), 'moved')).resolves.toEqual({ la: '203' });
    await expect(access.recordScopeOf(user('202'), 'moved')).resolves.toEqual({ la: '203', onlyLa: '202' });
    await expect(access.recordScopeOf(user(undefined, 'auditor'), 'moved')).resolves.toEqual({ la: '203' });
    expect(await code(access.recordScopeOf(user('204'), 'moved'))).toBe('CASE.NOT_FOUND');
    expect(await code(access.recordScopeOf(user('202'), 'unknown'))).toBe('CASE.NOT_FOUND');
  });
});
