import { startEmbedded, type Harness } from './harness.js';
import { type Auth, type Json, caseUrl, decide, expectProblem, login, openCase, step } from './fixtures.js';

/** GET /api/v1/cases: the caseworker's list, filtered by stage and due date, paginated with a total. */

let h: Harness;
let cw: Auth;
const ids: Record<string, string> = {};

beforeAll(async () => {
  h = await startEmbedded(); // today is 2026-11-28
  cw = await login(h, 'caseworker@202');
  // A: decision due 2026-12-14, no-plan 2027-02-22, final 2027-03-22.
  ids.A = await openCase(h, cw, '2026-11-02');
  // B: decision due 2026-11-12, still unmet (breached).
  ids.B = await openCase(h, cw, '2026-10-01');
  // C: decided 2026-09-10; no-plan notice due 2026-12-22, final plan 2027-01-19.
  ids.C = await openCase(h, cw, '2026-09-01');
  await decide(h, cw, ids.C, 'assess', '2026-09-10');
  // D: refused, nothing left running.
  ids.D = await openCase(h, cw, '2026-08-03');
  await decide(h, cw, ids.D, 'refuse', '2026-08-20');
  // E: every clock excepted (decision due 2026-11-16).
  ids.E = await openCase(h, cw, '2026-10-05');
  await step(h, cw, ids.E, '/assessment/exceptions', {
    ground: 'exceptional-personal-circumstances',
    from: '2026-10-10',
    evidence: 'Hospital admission',
    familyNotified: true,
  });
  // F: another LA's case.
  ids.F = await openCase(h, await login(h, 'caseworker@203'), '2026-10-01', { la: '203' });
});
afterAll(async () => {
  await h.close();
});

const list = async (query: string, auth: Auth = cw): Promise<Json> =>
  (await h.http.get(`/api/v1/cases${query}`).set(auth).expect(200)).body;
const names = (body: Json) =>
  (body.items as Json[]).map((c) => Object.entries(ids).find(([, id]) => id === c.caseId)?.[0]).sort();

describe('GET /api/v1/cases', () => {
  it("lists the caseworker's own LA's cases as case summaries, with the total", async () => {
    const body = await list('');
    expect(body.total).toBe(5);
    expect(body.page).toBe(1);
    expect(names(body)).toEqual(['A', 'B', 'C', 'D', 'E']);
    const b = (body.items as Json[]).find((c) => c.caseId === ids.B)!;
    expect(b).toMatchObject({ la: '202', stage: 'requested', requestedOn: '2026-10-01', child: { givenName: 'Amara' } });
    expect(b.openDeadlines).toContainEqual(expect.objectContaining({ rule: 'assessment-decision', dueOn: '2026-11-12' }));
  });

  it('?stage= keeps the cases at that stage', async () => {
    expect(names(await list('?stage=assessing'))).toEqual(['C']);
    expect(names(await list('?stage=requested'))).toEqual(['A', 'B', 'E']);
    expect(names(await list('?stage=assessment-refused'))).toEqual(['D']);
    expect((await list('?stage=plan-final')).total).toBe(0);
  });

  it('?dueBefore= keeps the cases with a running clock due before the date (not met, excepted or stopped ones)', async () => {
    expect(names(await list('?dueBefore=2026-12-01'))).toEqual(['B']);
    expect(names(await list('?dueBefore=2026-12-15'))).toEqual(['A', 'B']);
    expect(names(await list('?dueBefore=2026-12-23'))).toEqual(['A', 'B', 'C']);
    const combined = await list('?dueBefore=2026-12-23&stage=assessing');
    expect(names(combined)).toEqual(['C']);
    expect(combined.total).toBe(1);
  });

  it('paginates with page and pageSize, keeping the total; the pages together hold each case once', async () => {
    const pages = [await list('?pageSize=2&page=1'), await list('?pageSize=2&page=2'), await list('?pageSize=2&page=3')];
    expect(pages.map((p) => p.items.length)).toEqual([2, 2, 1]);
    expect(pages.map((p) => p.total)).toEqual([5, 5, 5]);
    expect(pages.map((p) => p.page)).toEqual([1, 2, 3]);
    const all = pages.flatMap((p) => (p.items as Json[]).map((c) => c.caseId));
    expect(new Set(all).size).toBe(5);
    const beyond = await list('?pageSize=2&page=4');
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(5);
  });

  it('?la= for a national role keeps that LA; without it every LA', async () => {
    const auditor = await login(h, 'auditor');
    expect(names(await list('?la=203', auditor))).toEqual(['F']);
    expect((await list('', auditor)).total).toBe(6);
    expect((await list('?la=202')).total).toBe(5);
  });

  it.each(['?page=0', '?pageSize=abc', '?dueBefore=2025-02-30', '?la=2'])('refuses a bad query %s with 400', async (query) => {
    expectProblem(await h.http.get(`/api/v1/cases${query}`).set(cw), 400);
  });
});

describe('GET /api/v1/cases/{caseId}', () => {
  it('is the case summary of docs/api.md', async () => {
    const s = (await h.http.get(caseUrl(ids.C)).set(cw).expect(200)).body;
    expect(s).toMatchObject({
      caseId: ids.C,
      la: '202',
      stage: 'assessing',
      requestedOn: '2026-09-01',
      child: { givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2016-03-01' },
    });
    expect(s.plan).toBeUndefined();
    expect((s.openDeadlines as Json[]).map((d) => [d.rule, d.dueOn]).sort()).toEqual([
      ['final-plan', '2027-01-19'],
      ['no-plan-decision', '2026-12-22'],
    ]);
  });
});
