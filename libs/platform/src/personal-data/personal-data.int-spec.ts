import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Decider, type DomainEvent, verifyChain } from '@send/kernel';
import { SqliteEventStore, runCommand } from '@send/event-store';
import { scratchDirectory } from '@send/testing';
import { PersonalDataCipher } from './personal-data.js';
import { PersonalDataEventStore } from './personal-data-event-store.js';
import { SqliteKeyStore } from './sqlite-key-store.js';

/** A decider that records what it is told, so that the test writes exactly the events it names. */
const recorder: Decider<DomainEvent[], DomainEvent, null> = {
  initialState: () => null,
  evolve: (s) => s,
  decide: (events) => events,
};

const dir = scratchDirectory('send-personal-');
const ctx = (caseId: string, reason?: string) => ({
  caseId,
  la: '202',
  actor: { id: 'cw-1', role: 'caseworker' as const },
  correlationId: 'corr-1',
  causationId: 'corr-1',
  recordedAt: new Date('2026-11-28T10:00:00Z'),
  ...(reason ? { reason } : {}),
});

describe('personal data at rest, on a real SQLite store and key store', () => {
  const file = join(dir, 'send.sqlite');
  const raw = new SqliteEventStore(file);
  const keys = new SqliteKeyStore(join(dir, 'keys.sqlite'), randomBytes(32));
  const cipher = new PersonalDataCipher(keys);
  const store = new PersonalDataEventStore(raw, cipher);
  afterAll(async () => {
    await store.close();
    await keys.close();
  });
  const child = { givenName: 'Zephyrine', familyName: 'Quillfeather', dateOfBirth: '2016-02-29' };

  const write = (caseId: string, events: DomainEvent[], reason?: string) =>
    runCommand(store, recorder, `assessment-${caseId}`, events, ctx(caseId, reason), { seal: cipher.seal });

  it('stores the registered fields and the reason as ciphertext under the case key, hashed as stored', async () => {
    await write('c1', [{ type: 'AssessmentRequested', data: { caseId: 'c1', la: '202', child, receivedOn: '2025-01-31' } }]);
    await write(
      'c1',
      [{ type: 'AssessmentDecided', data: { decision: 'assess', decidedOn: '2025-02-10', reason: 'Zephyrine needs it' } }],
      'Zephyrine needs it',
    );
    const stored = await raw.readStream('assessment-c1');
    expect(JSON.stringify(stored.map(({ position: _, ...e }) => e))).not.toContain('Zephyrine');
    expect(stored[0]!.data).toMatchObject({
      caseId: 'c1',
      la: '202',
      receivedOn: '2025-01-31',
      child: { personal: expect.any(String) },
    });
    expect(stored[1]!.reason).toMatch(/^pd1:/);
    expect(verifyChain(stored).valid).toBe(true);
    const db = new Database(file, { readonly: true });
    expect(JSON.stringify(db.prepare('SELECT data, reason FROM events').all())).not.toContain('Zephyrine');
    db.close();
  });

  it('reads them opened, by stream, from the log and through a subscription', async () => {
    const [request, decision] = await store.readStream('assessment-c1');
    expect(request!.data).toMatchObject({ child });
    expect(decision!.reason).toBe('Zephyrine needs it');
    expect((decision!.data as { reason: string }).reason).toBe('Zephyrine needs it');
    expect((await store.readAll(0n, 10))[0]!.data).toMatchObject({ child });
    expect((await store.readLast('assessment-c1'))!.reason).toBe('Zephyrine needs it');
  });

  it('once the key is destroyed reads the placeholders, keeps other cases, and the chain still verifies', async () => {
    await write('c2', [
      {
        type: 'AssessmentRequested',
        data: { caseId: 'c2', la: '202', child: { ...child, givenName: 'Amara' }, receivedOn: '2025-01-31' },
      },
    ]);
    await keys.destroy('c1', new Date('2026-11-28T11:00:00Z'));
    const [request, decision] = await store.readStream('assessment-c1');
    expect((request!.data as { child: unknown }).child).toEqual({
      givenName: '[erased]',
      familyName: '[erased]',
      dateOfBirth: '',
    });
    expect(decision!.reason).toBe('[erased]');
    expect((await store.readStream('assessment-c2'))[0]!.data).toMatchObject({ child: { givenName: 'Amara' } });
    expect(verifyChain(await raw.readStream('assessment-c1')).valid).toBe(true);
    expect(readFileSync(file).includes(Buffer.from('Zephyrine'))).toBe(false);
  });

  it('after erasure writes no personal data for the case: what comes is stored as erased', async () => {
    await write(
      'c1',
      [{ type: 'PlanIssueDecided', data: { outcome: 'no-plan', decidedOn: '2025-04-01', reason: 'Zephyrine again' } }],
      'Zephyrine again',
    );
    const last = (await raw.readStream('assessment-c1')).at(-1)!;
    expect(last.reason).toBe('[erased]');
    expect(last.data).toMatchObject({ reason: '[erased]' });
    expect(verifyChain(await raw.readStream('assessment-c1')).valid).toBe(true);
  });

  it("seals every plan section's words and keeps what the figures count readable, before and after erasure", async () => {
    const sections = {
      A: { text: 'Zephyrine loves trains' },
      B: { primaryNeed: 'ASD', secondaryNeeds: ['SLCN'], description: 'Zephyrine finds noise hard' },
      C: { text: 'asthma' },
      D: { text: 'respite' },
      E: [
        { outcomeId: 'o-1', text: 'Zephyrine reads a page', area: 'education', by: '2026-07-01' },
        { outcomeId: 'o-2', text: 'Travels alone' },
      ],
      F: { items: [{ provision: 'Speech therapy for Zephyrine', hours: 1.5, frequency: 'weekly', deliveredBy: 'SaLT' }] },
      G: { text: 'physio' },
      H1: { text: 'short breaks' },
      H2: { text: 'none' },
      I: { type: 'mainstream', settingId: 's-1', name: 'Oak Primary' },
      J: { text: 'a direct payment' },
      K: [{ title: 'EP report on Zephyrine', from: 'EP service', date: '2025-03-01' }],
    };
    await write('c4', [{ type: 'FinalPlanIssued', data: { version: 1, issuedOn: '2025-06-01', sections } }]);
    const [stored] = await raw.readStream('assessment-c4');
    const at = (stored!.data as { sections: typeof sections }).sections;
    expect(JSON.stringify(stored!.data)).not.toMatch(/Zephyrine|asthma|respite|physio|short breaks|direct payment|Travels/);
    expect(at.B).toMatchObject({ primaryNeed: 'ASD', secondaryNeeds: ['SLCN'] });
    expect(at.E.map((o) => [o.outcomeId, o.area])).toEqual([
      ['o-1', 'education'],
      ['o-2', undefined],
    ]);
    expect(at.F.items[0]).toMatchObject({ hours: 1.5, frequency: 'weekly', deliveredBy: 'SaLT' });
    expect(at.I).toEqual(sections.I);
    expect(verifyChain([stored!]).valid).toBe(true);
    expect((await store.readStream('assessment-c4'))[0]!.data).toEqual({ version: 1, issuedOn: '2025-06-01', sections });

    await keys.destroy('c4', new Date('2026-11-28T12:00:00Z'));
    const erased = ((await store.readStream('assessment-c4'))[0]!.data as { sections: typeof sections }).sections;
    expect(JSON.stringify(erased)).not.toMatch(/Zephyrine|asthma|Travels/);
    expect(erased.A).toEqual({ text: '[erased]' });
    expect(erased.B).toEqual({ primaryNeed: 'ASD', secondaryNeeds: ['SLCN'], description: '[erased]' });
    expect(erased.E).toEqual([
      { outcomeId: 'o-1', text: '[erased]', area: 'education', by: '2026-07-01' },
      { outcomeId: 'o-2', text: '[erased]' },
    ]);
    expect(erased.F.items).toEqual([{ provision: '[erased]', hours: 1.5, frequency: 'weekly', deliveredBy: 'SaLT' }]);
    expect(erased.K).toEqual([{ title: '[erased]', from: 'EP service', date: '2025-03-01' }]);
    expect(erased.I).toEqual(sections.I);
  });

  it('leaves events written in clear before encryption at rest as they are', async () => {
    const clear = await raw.readStream('assessment-c3');
    expect(clear).toEqual([]);
    await runCommand(raw, recorder, 'assessment-c3', [{ type: 'AssessmentRequested', data: { child } }], ctx('c3'));
    expect((await store.readStream('assessment-c3'))[0]!.data).toEqual({ child });
  });
});
