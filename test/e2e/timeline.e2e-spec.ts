import { startEmbedded, type Harness } from './harness.js';
import { type Auth, type Json, caseUrl, decide, login, openCase, post, step } from './fixtures.js';

/**
 * The evidential timeline over HTTP (docs/api.md "Audit"): a case with an exception, a refusal, a dispute,
 * a tribunal order and a breach of its compliance clock, read as a tribunal reads it.
 */

const NOW = new Date('2026-11-28T10:00:00Z');
let h: Harness;
let cw: Auth;
let caseId: string;

const timeline = async (query = '', auth: Auth = cw) =>
  (
    await h.http
      .get(caseUrl(caseId, `/timeline${query}`))
      .set(auth)
      .expect(200)
  ).body as { caseId: string; entries: Json[] };

beforeAll(async () => {
  h = await startEmbedded(NOW);
  cw = await login(h, 'caseworker@202');
  caseId = await openCase(h, cw, '2025-09-01');
  const exception = await post(h, cw, caseId, '/assessment/exceptions', {
    ground: 'exceptional-personal-circumstances',
    from: '2025-09-10',
    to: '2025-09-20',
    evidence: 'Hospital letter: the child was an in-patient',
    familyNotified: true,
  });
  expect(exception.status).toBe(201);
  await decide(h, cw, caseId, 'refuse', '2025-10-06');
  const dispute = await step(h, cw, caseId, '/disputes', {
    about: ['refusal-to-assess'],
    decisionLetterOn: '2025-10-06',
    raisedOn: '2025-10-10',
  });
  const d = `/disputes/${dispute.disputeId}`;
  await step(h, cw, caseId, `${d}/mediation`, { event: 'adviser-contacted', on: '2025-10-13' });
  await step(h, cw, caseId, `${d}/mediation`, { event: 'declined', on: '2025-10-14' });
  await step(h, cw, caseId, `${d}/certificate`, { issuedOn: '2025-10-16' });
  await step(h, cw, caseId, `${d}/appeal`, { registeredOn: '2025-10-20' });
  await step(h, cw, caseId, `${d}/orders`, { order: 'assess', madeOn: '2026-01-15' });
  const admin = await login(h, 'admin');
  await h.http.post('/api/v1/admin/deadlines/sweep').set(admin).expect(200);
});
afterAll(async () => {
  await h.close();
});

describe('the evidential timeline of a case', () => {
  it('tells every context oldest first, in plain English, with sources and event ids', async () => {
    const { entries, caseId: id } = await timeline();
    expect(id).toBe(caseId);
    const titles = entries.map((e) => e.title as string);
    const at = (title: string) => titles.findIndex((t) => t.startsWith(title));
    for (const t of [
      'Request for an EHC needs assessment received (from the parent)',
      'Exception to the timescales recorded (exceptional personal circumstances)',
      'Decision not to assess',
      'Disagreement raised by the family',
      'Mediation certificate issued',
      'Appeal registered',
      'Tribunal order: the LA must assess',
    ]) {
      expect(at(t)).toBeGreaterThanOrEqual(0);
    }
    expect(at('Request for')).toBeLessThan(at('Decision not to assess'));
    expect(at('Decision not to assess')).toBeLessThan(at('Appeal registered'));
    expect(at('Appeal registered')).toBeLessThan(at('Tribunal order'));
    const dates = entries.map((e) => e.at as string);
    expect([...dates].sort()).toEqual(dates);
    expect(entries[at('Decision not to assess')]).toMatchObject({
      kind: 'decision',
      at: '2025-10-06',
      actor: { role: 'caseworker' },
      source: 'SEND Regulations 2014 reg 4(1), 5(1)',
    });
    for (const e of entries) expect((e.eventIds as string[]).length).toBeGreaterThan(0);
    expect(titles.join('\n')).not.toMatch(/AssessmentDecided|DeadlineBreached|TribunalOrderMade/);
  });

  it('tells each clock with its rule, source and outcome: excepted with evidence, breached by the watcher', async () => {
    const { entries } = await timeline('?kinds=deadline');
    expect(entries.every((e) => e.kind === 'deadline')).toBe(true);
    const excepted = entries.find((e) => e.deadline.status === 'excepted');
    expect(excepted?.deadline).toMatchObject({
      exception: { ground: 'exceptional-personal-circumstances', evidence: 'Hospital letter: the child was an in-patient' },
    });
    const breached = entries.find((e) => e.deadline.status === 'breached' && e.deadline.source.includes('reg 44'));
    expect(breached).toMatchObject({ actor: { role: 'system' } });
    expect(breached?.title).toMatch(/^Tribunal order compliance deadline breached \(due \d{4}-\d{2}-\d{2}\)$/);
  });

  it('filters by business dates and as of an earlier instant', async () => {
    const before = await timeline('?to=2025-10-06');
    expect(before.entries.every((e) => e.at <= '2025-10-06')).toBe(true);
    expect(before.entries.some((e) => e.title === 'Decision not to assess')).toBe(true);
    const after = await timeline('?from=2026-01-01');
    expect(after.entries.every((e) => e.at >= '2026-01-01')).toBe(true);
    const then = await timeline('?asOf=2000-01-01T00:00:00Z');
    expect(then.entries).toEqual([]);
  });

  it('answers 400 naming a bad field', async () => {
    const kinds = await h.http.get(caseUrl(caseId, '/timeline?kinds=gossip')).set(cw);
    expect(kinds.status).toBe(400);
    expect(JSON.stringify(kinds.body)).toContain('kinds');
    const from = await h.http.get(caseUrl(caseId, '/timeline?from=yesterday')).set(cw);
    expect(from.status).toBe(400);
    expect(JSON.stringify(from.body)).toContain('from');
  });

  it('is read by auditors and tribunals, not by another LA or an unknown case', async () => {
    expect((await timeline('', await login(h, 'tribunal'))).entries.length).toBeGreaterThan(0);
    const other = await h.http.get(caseUrl(caseId, '/timeline')).set(await login(h, 'caseworker@203'));
    expect([403, 404]).toContain(other.status);
    await h.http.get(caseUrl('00000000-0000-4000-8000-000000000000', '/timeline')).set(cw).expect(404);
  });
});
