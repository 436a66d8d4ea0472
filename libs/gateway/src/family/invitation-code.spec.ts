import { caseOfCode, hashOfCode, newInvitationCode } from './invitation-code.js';

const caseId = '0b6c2f3e-8a41-4c7d-9e2f-5a1b3c4d5e6f';

describe('invitation codes', () => {
  it('name their case and differ every time', () => {
    const a = newInvitationCode(caseId);
    const b = newInvitationCode(caseId);
    expect(a).toHaveLength(64);
    expect(a).not.toBe(b);
    expect(caseOfCode(a)).toBe(caseId);
    expect(caseOfCode(` ${b} `)).toBe(caseId);
  });

  it('are kept only as a SHA-256 that does not contain them', () => {
    const code = newInvitationCode(caseId);
    expect(hashOfCode(code)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashOfCode(code)).toBe(hashOfCode(`${code}\n`));
    expect(hashOfCode(code)).not.toContain(code);
  });

  it('refuse text that is not a code', () => {
    expect(caseOfCode('')).toBeUndefined();
    expect(caseOfCode('abc')).toBeUndefined();
    expect(caseOfCode('!'.repeat(64))).toBeUndefined();
  });
});
