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

describe('GET /api/v1/cases for the work queue: sort, rule, ref, open and each item’s next deadline', () => {
  const order = (body: Json) => (body.items as Json[]).map((c) => Object.entries(ids).find(([, id]) => id === c.caseId)?.[0]);

  it('?sort=next-deadline puts the soonest running clock first and cases with none last', async () => {
    expect(order(await list('?sort=next-deadline'))).toEqual(['B', 'E', 'A', 'C', 'D']);
    const page2 = await list('?sort=next-deadline&pageSize=2&page=2');
    expect(order(page2)).toEqual(['A', 'C']);
    expect(page2.total).toBe(5);
  });

  it('gives every item its next deadline: rule, title, due date and status (breached, excepted, open)', async () => {
    const byName = Object.fromEntries(
      ((await list('?sort=next-deadline')).items as Json[]).map((c) => [order({ items: [c] })[0], c]),
    );
    expect(byName.B.nextDeadline).toMatchObject({ rule: 'assessment-decision', dueOn: '2026-11-12', status: 'breached' });
    expect(byName.E.nextDeadline).toMatchObject({ dueOn: '2026-11-16', status: 'excepted' });
    expect(byName.C.nextDeadline).toMatchObject({
      rule: 'no-plan-decision',
      dueOn: '2026-12-22',
      status: 'open',
      title: 'Notice of a decision not to issue an EHC plan',
    });
    expect(byName.D.nextDeadline).toBeUndefined();
  });

  it('?rule=, ?ref= (a case reference, any case) and ?open=true filter on the server', async () => {
    // The 20-week clock runs from the request; the decision's is excepted on E but still running.
    expect(names(await list('?rule=final-plan'))).toEqual(['A', 'B', 'C', 'E']);
    expect(names(await list('?rule=assessment-decision'))).toEqual(['A', 'B', 'E']);
    expect(names(await list(`?ref=${ids.A.slice(0, 8).toUpperCase()}`))).toEqual(['A']);
    expect(names(await list(`?ref=${ids.F.slice(0, 8)}`))).toEqual([]);
    expect(names(await list('?open=true'))).toEqual(['A', 'B', 'C', 'E']);
    expect(order(await list('?open=true&sort=next-deadline&stage=requested'))).toEqual(['B', 'E', 'A']);
  });

  it.each(['?sort=soonest', '?rule=no-such-rule', '?ref=zz', '?open=yes'])(
    'refuses %s with 400 naming the field',
    async (query) => {
      const problem = expectProblem(await h.http.get(`/api/v1/cases${query}`).set(cw), 400);
      expect((problem.errors as Json[]).map((e) => e.field)).toEqual([query.slice(1).split('=')[0]]);
    },
  );
});

describe('GET /api/v1/team', () => {
  it("counts the manager's own LA's overdue cases by stage, excepted clocks not overdue", async () => {
    const team = (
      await h.http
        .get('/api/v1/team')
        .set(await login(h, 'manager@202'))
        .expect(200)
    ).body;
    expect(team).toMatchObject({ la: '202', asOf: '2026-11-28', overdueTotal: 1 });
    expect((team.overdueByStage as Json[]).filter((s) => s.cases > 0)).toEqual([{ stage: 'requested', cases: 1 }]);
    expect(team.timeliness).toEqual({ from: '2025-11-29', to: '2026-11-28', plans: 0 });
  });

  it('takes a period, refuses one that ends before it starts, and is for managers only', async () => {
    const manager = await login(h, 'manager@202');
    const team = (await h.http.get('/api/v1/team?from=2026-01-01&to=2026-06-30').set(manager).expect(200)).body;
    expect(team.timeliness).toMatchObject({ from: '2026-01-01', to: '2026-06-30' });
    const bad = expectProblem(await h.http.get('/api/v1/team?from=2026-07-01&to=2026-06-30').set(manager), 400);
    expect((bad.errors as Json[]).map((e) => e.field)).toEqual(['from']);
    expectProblem(await h.http.get('/api/v1/team?from=2026-02-30').set(manager), 400);
    expectProblem(await h.http.get('/api/v1/team').set(cw), 403);
  });
});

describe('the OpenAPI description', () => {
  it('describes the work-queue parameters of GET /api/v1/cases and GET /api/v1/team', async () => {
    const doc = (await h.http.get('/api/v1/openapi.json').expect(200)).body;
    const params = (path: string) => ((doc.paths[path].get.parameters ?? []) as Json[]).map((p) => p.name);
    expect(params('/api/v1/cases')).toEqual(expect.arrayContaining(['sort', 'rule', 'ref', 'open', 'stage', 'dueBefore']));
    expect(params('/api/v1/team')).toEqual(expect.arrayContaining(['from', 'to']));
  });
});
