import { startEmbedded, type Harness } from './harness.js';
import {
  type Auth,
  type Json,
  badFields,
  caseUrl,
  conclude,
  decide,
  expectProblem,
  history,
  login,
  openCase,
  planSections,
  step,
} from './fixtures.js';

/**
 * The inclusion dashboard over HTTP (docs/dashboards.md), for 2025, today being 2026-11-28. A known mix of cases in
 * LA 202 and LA 203 is driven through the API; every figure is computed here from the list of what the test did
 * (dates and outcomes), not from the product's code, and compared.
 */

let h: Harness;
let cw: Auth;
let cw203: Auth;
let mgr: Auth;
let regions: Auth;
let admin: Auth;

const FROM = '2025-01-01';
const TO = '2025-12-31';
const MAINSTREAM = { type: 'mainstream', name: 'Hillside Primary' };
const SPECIAL = { type: 'special', name: 'Oakwood School' };

/** What the test did to each case: the dates it recorded. */
interface Done {
  caseId: string;
  la: string;
  receivedOn: string;
  decision?: { decision: 'assess' | 'refuse'; on: string };
  outcome?: { outcome: 'issue-plan' | 'no-plan'; on: string };
  finalOn?: string;
  setting?: string;
  exception?: boolean;
  ceasedOn?: string;
}
const done: Done[] = [];

type Dates = { receivedOn: string; decidedOn: string; outcomeOn: string; draftOn: string; finalOn: string };
async function finalCase(auth: Auth, la: string, on: Dates, I = MAINSTREAM): Promise<Done> {
  const caseId = await openCase(h, auth, on.receivedOn, { la });
  await decide(h, auth, caseId, 'assess', on.decidedOn);
  await conclude(h, auth, caseId, 'issue-plan', on.outcomeOn);
  await step(h, auth, caseId, '/plan/draft', { issuedOn: on.draftOn, sections: planSections() });
  await step(h, auth, caseId, '/plan/final', { issuedOn: on.finalOn, I });
  const d: Done = {
    caseId,
    la,
    receivedOn: on.receivedOn,
    decision: { decision: 'assess', on: on.decidedOn },
    outcome: { outcome: 'issue-plan', on: on.outcomeOn },
    finalOn: on.finalOn,
    setting: I.type,
  };
  done.push(d);
  return d;
}

const days = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
const inYear = (d?: string): d is string => d !== undefined && d >= FROM && d <= TO;
const dashboard = async (auth: Auth, query = `from=${FROM}&to=${TO}`) =>
  h.http.get(`/api/v1/dashboards/inclusion?${query}`).set(auth);

let reviewed: Done;
let ceased: Done;

beforeAll(async () => {
  h = await startEmbedded();
  [cw, cw203, mgr, regions, admin] = await Promise.all(
    ['caseworker@202', 'caseworker@203', 'manager@202', 'regions', 'admin'].map((u) => login(h, u)),
  );
  // LA 202. P1: decided on day 28, final on day 133 (within 20 weeks), then reviewed.
  reviewed = await finalCase(cw, '202', {
    receivedOn: '2025-01-06',
    decidedOn: '2025-02-03',
    outcomeOn: '2025-03-03',
    draftOn: '2025-03-10',
    finalOn: '2025-05-19',
  });
  // P2: decided on day 56 (late), final on day 238 (20–52 weeks), special school.
  await finalCase(
    cw,
    '202',
    { receivedOn: '2025-01-06', decidedOn: '2025-03-03', outcomeOn: '2025-04-01', draftOn: '2025-04-07', finalOn: '2025-09-01' },
    SPECIAL,
  );
  // P3: requested in 2024, final on day 393 (over 52 weeks) in 2025.
  await finalCase(cw, '202', {
    receivedOn: '2024-06-03',
    decidedOn: '2024-07-01',
    outcomeOn: '2024-09-02',
    draftOn: '2024-09-09',
    finalOn: '2025-07-01',
  });
  // P4: refused on day 28.
  const p4 = await openCase(h, cw, '2025-02-03');
  await decide(h, cw, p4, 'refuse', '2025-03-03');
  done.push({ caseId: p4, la: '202', receivedOn: '2025-02-03', decision: { decision: 'refuse', on: '2025-03-03' } });
  // P5: no plan on day 105 (within 16 weeks).
  const p5 = await openCase(h, cw, '2025-02-03');
  await decide(h, cw, p5, 'assess', '2025-03-03');
  await conclude(h, cw, p5, 'no-plan', '2025-05-19');
  done.push({
    caseId: p5,
    la: '202',
    receivedOn: '2025-02-03',
    decision: { decision: 'assess', on: '2025-03-03' },
    outcome: { outcome: 'no-plan', on: '2025-05-19' },
  });
  // P6: a lawful exception from 2025-02-10; final on day 168 (20–52 weeks).
  const p6 = await openCase(h, cw, '2025-01-13');
  await step(h, cw, p6, '/assessment/exceptions', {
    ground: 'exceptional-personal-circumstances',
    from: '2025-02-10',
    evidence: 'Hospital letter: the child was an in-patient from 10 Feb 2025',
    familyNotified: true,
  });
  await decide(h, cw, p6, 'assess', '2025-02-17');
  await conclude(h, cw, p6, 'issue-plan', '2025-04-01');
  await step(h, cw, p6, '/plan/draft', { issuedOn: '2025-04-07', sections: planSections() });
  await step(h, cw, p6, '/plan/final', { issuedOn: '2025-06-30', I: MAINSTREAM });
  done.push({
    caseId: p6,
    la: '202',
    receivedOn: '2025-01-13',
    decision: { decision: 'assess', on: '2025-02-17' },
    outcome: { outcome: 'issue-plan', on: '2025-04-01' },
    finalOn: '2025-06-30',
    setting: 'mainstream',
    exception: true,
  });
  // P7: assessing, no plan by the end of 2025: open past 20 weeks.
  const p7 = await openCase(h, cw, '2025-03-03');
  await decide(h, cw, p7, 'assess', '2025-04-01');
  done.push({ caseId: p7, la: '202', receivedOn: '2025-03-03', decision: { decision: 'assess', on: '2025-04-01' } });
  // P8: a plan of 2024 ceased in 2025 (SEN met without a plan), swept once the appeal window closed.
  ceased = await finalCase(cw, '202', {
    receivedOn: '2024-01-08',
    decidedOn: '2024-02-05',
    outcomeOn: '2024-03-04',
    draftOn: '2024-03-11',
    finalOn: '2024-05-20',
  });
  await step(h, cw, ceased.caseId, '/plan/cease', { decidedOn: '2025-06-10', reason: '3', consultedOn: '2025-05-20' });
  await h.http.post('/api/v1/admin/ceasing/sweep').set(admin).expect(200);
  ceased.ceasedOn = (await h.http.get(caseUrl(ceased.caseId, '/plan')).set(cw).expect(200)).body.cease?.ceasedOn;
  // The review of P1: held 2025-11-03, decided a week later, one outcome progressing.
  const plan = (await h.http.get(caseUrl(reviewed.caseId, '/plan')).set(cw).expect(200)).body as Json;
  const E = plan.sections.E as Json[] | { outcomes?: Json[] };
  const outcomeId = (Array.isArray(E) ? E : (E.outcomes ?? [])).find((o) => typeof o === 'object')?.outcomeId;
  const { reviewId } = await step(h, cw, reviewed.caseId, '/reviews', { meetingOn: '2025-11-03' });
  await step(h, cw, reviewed.caseId, `/reviews/${reviewId}/decision`, {
    decision: 'maintain',
    decidedOn: '2025-11-10',
    stepDownConsidered: true,
    stepDownRationale: 'Targeted support would not meet the need for weekly therapy',
    rationale: 'The plan still describes the needs and provision',
    outcomesProgress: [{ outcomeId, progress: 'progressing' }],
  });
  // LA 203. Q1: final on day 140 exactly (within 20 weeks). Q2: refused on day 63 (late).
  await finalCase(cw203, '203', {
    receivedOn: '2025-01-06',
    decidedOn: '2025-02-10',
    outcomeOn: '2025-03-03',
    draftOn: '2025-03-10',
    finalOn: '2025-05-26',
  });
  const q2 = await openCase(h, cw203, '2025-02-03', { la: '203' });
  await decide(h, cw203, q2, 'refuse', '2025-04-07');
  done.push({ caseId: q2, la: '203', receivedOn: '2025-02-03', decision: { decision: 'refuse', on: '2025-04-07' } });
}, 120_000);
afterAll(async () => {
  await h.close();
});

/** The figures expected for an area, computed from `done` alone. */
function expected(la?: string) {
  const cases = done.filter((d) => la === undefined || d.la === la);
  const n = (f: (d: Done) => boolean) => cases.filter(f).length;
  const finals = cases.filter((d) => inYear(d.finalOn));
  const band = (d: Done) => {
    const w = days(d.receivedOn, d.finalOn!);
    return w <= 140 ? 'within20Weeks' : w <= 364 ? 'from20To52Weeks' : 'over52Weeks';
  };
  const bands = (list: Done[]) => ({
    total: list.length,
    within20Weeks: list.filter((d) => band(d) === 'within20Weeks').length,
    from20To52Weeks: list.filter((d) => band(d) === 'from20To52Weeks').length,
    over52Weeks: list.filter((d) => band(d) === 'over52Weeks').length,
  });
  const inForce = (d: Done, on: string) => d.finalOn !== undefined && d.finalOn <= on && !(d.ceasedOn && d.ceasedOn <= on);
  const decided = cases.filter((d) => inYear(d.decision?.on));
  return {
    requests: n((d) => inYear(d.receivedOn)),
    decisions: decided.length,
    refuse: decided.filter((d) => d.decision!.decision === 'refuse').length,
    within6: decided.filter((d) => days(d.receivedOn, d.decision!.on) <= 42).length,
    concluded: n((d) => inYear(d.outcome?.on)),
    noPlan: n((d) => inYear(d.outcome?.on) && d.outcome!.outcome === 'no-plan'),
    including: bands(finals),
    excluding: bands(finals.filter((d) => !d.exception)),
    open: n((d) => d.decision?.decision === 'assess' && !d.outcome && days(d.receivedOn, TO) > 140),
    caseload: n((d) => inForce(d, TO)),
    mainstream: n((d) => inForce(d, TO) && d.setting === 'mainstream'),
    special: n((d) => inForce(d, TO) && d.setting === 'special'),
    newPlans: finals.length,
    ceased: n((d) => inYear(d.ceasedOn)),
    monthCaseload: Array.from({ length: 12 }, (_, m) => {
      const end = new Date(Date.UTC(2025, m + 1, 0)).toISOString().slice(0, 10);
      return n((d) => inForce(d, end));
    }),
    monthRequests: Array.from({ length: 12 }, (_, m) =>
      n((d) => d.receivedOn.startsWith(`2025-${String(m + 1).padStart(2, '0')}`)),
    ),
  };
}

const pct = (a: number, b: number) => (b === 0 ? null : Math.round((1000 * a) / b) / 10);

describe('manager@202: LA 202 exact, labelled management information', () => {
  let body: Json;
  beforeAll(async () => {
    const res = await dashboard(mgr);
    expect(res.status).toBe(200);
    body = res.body;
  });

  it('compares every assessment and timeliness figure with the hand count', () => {
    const e = expected('202');
    const la = body.la as Json;
    expect(la).toMatchObject({ area: { kind: 'la', la: '202' }, disclosure: 'management-information' });
    // Requests 2025: P1, P2, P6 (January), P4, P5 (February), P7 (March) = 6, all by parents.
    expect(e.requests).toBe(6);
    expect(la.requests).toEqual({ total: 6, byRequester: { parent: 6, 'young-person': 0, setting: 0, other: 0 } });
    // Decisions 2025: P1 28d, P2 56d, P4 28d, P5 28d, P6 35d, P7 29d: 5 of 6 within 42 days.
    expect(la.assessmentDecisions).toEqual({
      total: e.decisions,
      assess: e.decisions - e.refuse,
      refuse: e.refuse,
      within6Weeks: e.within6,
      after6Weeks: e.decisions - e.within6,
      within6WeeksPct: pct(e.within6, e.decisions),
    });
    expect(la.assessmentsConcluded).toMatchObject({
      total: e.concluded,
      noPlan: e.noPlan,
      noPlanWithin16Weeks: e.noPlan,
      planToIssue: e.concluded - e.noPlan,
    });
    // Finals 2025: P1 133d, P2 238d, P3 393d, P6 168d (exception): 1 of 4 within 20 weeks; without P6, 1 of 3.
    expect(la.finalPlans.includingExceptions).toEqual({
      ...e.including,
      within20WeeksPct: pct(e.including.within20Weeks, e.including.total),
    });
    expect(la.finalPlans.excludingExceptions).toEqual({
      ...e.excluding,
      within20WeeksPct: pct(e.excluding.within20Weeks, e.excluding.total),
    });
    expect(la.finalPlans.exceptionCases).toMatchObject({ total: 1, from20To52Weeks: 1 });
    expect(la.finalPlans.openPast20Weeks).toBe(e.open);
  });

  it('compares the caseload, reviews, outcome progress and months', () => {
    const e = expected('202');
    const la = body.la as Json;
    expect(ceased.ceasedOn! >= FROM && ceased.ceasedOn! <= TO).toBe(true);
    // In force on 2025-12-31: P1, P2, P3, P6 (P8 ceased); all born 2016-03-01, 9 on 2025-08-31; SLCN.
    expect(la.caseload).toMatchObject({
      asOf: TO,
      total: e.caseload,
      byAge: { '5-10': e.caseload, 'under-5': 0, '11-15': 0 },
      byNeed: { SLCN: e.caseload },
      bySetting: { mainstream: e.mainstream, special: e.special },
      newPlans: e.newPlans,
      ceased: { total: e.ceased, byReason: { '3': e.ceased } },
    });
    // One review held and decided in a week (Reg 20(10): 4 weeks); P8's annual review fell due 2025-05-19.
    expect(la.reviews).toMatchObject({
      held: 1,
      decided: 1,
      decidedWithin4Weeks: 1,
      decidedWithin4WeeksPct: 100,
      outcomes: { maintain: 1 },
      due: 1,
    });
    expect(la.outcomeProgress).toMatchObject({
      assessed: 1,
      progressingOrAchieved: 1,
      pct: 100,
      byNeed: { SLCN: { assessed: 1 } },
      byAge: { '5-10': { assessed: 1 } },
    });
    expect((la.months as Json[]).map((m) => m.month)).toEqual(
      Array.from({ length: 12 }, (_, m) => `2025-${String(m + 1).padStart(2, '0')}`),
    );
    expect((la.months as Json[]).map((m) => m.caseload)).toEqual(e.monthCaseload);
    expect((la.months as Json[]).map((m) => m.requests)).toEqual(e.monthRequests);
    expect(la.spend).toMatchObject({ financialYear: '2025-26', plans: 4 });
  });

  it("counts the appealable decisions from the cases' own histories", async () => {
    let letters = 0;
    for (const d of done.filter((x) => x.la === '202')) {
      letters += (await history(h, cw, d.caseId)).filter(
        (e) => e.type === 'AppealRightsOpened' && inYear(e.data.decisionLetterOn),
      ).length;
    }
    expect(body.la.disputes).toMatchObject({ appealableDecisions: letters, appealsRegistered: 0, appealRatePct: 0 });
  });

  it('gives England (both LAs) and every LA, LA 202 exact and LA 203 suppressed', () => {
    const e = expected();
    expect(body.england).toMatchObject({ disclosure: 'suppressed', requests: { total: e.requests } });
    expect((body.las as Json[]).map((a) => [a.area.la, a.disclosure])).toEqual([
      ['202', 'management-information'],
      ['203', 'suppressed'],
    ]);
    expect(body.las[0].requests).toEqual(body.la.requests);
  });

  it('holds no personal data: no name, date of birth, case id, or date but the period, asOf and months', () => {
    const text = JSON.stringify(body);
    for (const d of done) expect(text).not.toContain(d.caseId);
    expect(text).not.toMatch(/Amara|Okafor|2016-03-01/);
    const dates = new Set(text.match(/\d{4}-\d{2}-\d{2}/g));
    dates.delete(FROM);
    dates.delete(TO);
    dates.delete(String(body.generatedAt).slice(0, 10));
    expect([...dates]).toEqual([]);
  });
});

describe('regions: everything suppressed', () => {
  it('sees LA 203 with its counts of 1–4 as "c" and no hidden cell recoverable from its total', async () => {
    const res = await dashboard(regions);
    expect(res.status).toBe(200);
    expect(res.body.la).toBeUndefined();
    const la203 = (res.body.las as Json[]).find((a) => a.area.la === '203')!;
    expect(la203.disclosure).toBe('suppressed');
    // LA 203: 2 requests, 2 decisions (1 refused), 1 final plan: every one is 1–4.
    expect(la203.requests.total).toBe('c');
    expect(la203.assessmentDecisions).toMatchObject({ total: 'c', refuse: 'c', assess: 'c', within6WeeksPct: 'c' });
    expect(la203.finalPlans.includingExceptions).toMatchObject({ total: 'c', within20Weeks: 'c', within20WeeksPct: 'c' });
    const la202 = (res.body.las as Json[]).find((a) => a.area.la === '202')!;
    // 6 requests shown, all by parents (0 elsewhere): nothing to hide.
    expect(la202.requests).toEqual({ total: 6, byRequester: { parent: 6, 'young-person': 0, setting: 0, other: 0 } });
    // 6 decisions, 1 refusal: the refusal is hidden, so is the other cell (5 assess), or the refusal = 6 − 5.
    expect(la202.assessmentDecisions.refuse).toBe('c');
    expect(la202.assessmentDecisions.assess).toBe('c');
    for (const area of res.body.las as Json[]) {
      const { total, ...cells } = area.requests.byRequester as Json;
      void total;
      const hidden = [area.requests.total, ...Object.values(cells)].filter((v) => v === 'c').length;
      expect(hidden).not.toBe(1);
    }
  });

  it('is refused every case route (403)', async () => {
    await h.http.get('/api/v1/cases').set(regions).expect(403);
    await h.http.get(caseUrl(reviewed.caseId)).set(regions).expect(403);
  });
});

describe('access and input', () => {
  it('refuses caseworker@203 asking for LA 202 (403); gives caseworker@203 its own LA exact', async () => {
    expectProblem(await dashboard(cw203, `la=202&from=${FROM}&to=${TO}`), 403);
    const own = await dashboard(cw203);
    expect(own.status).toBe(200);
    expect(own.body.la).toMatchObject({ area: { la: '203' }, disclosure: 'management-information', requests: { total: 2 } });
    expect(own.body.las).toBeUndefined();
  });

  it('refuses bad dates with 400 naming the field, and a period in the future with 422', async () => {
    const bad = await dashboard(mgr, 'from=2025-02-30&to=2025-12-31');
    expectProblem(bad, 400);
    expect(badFields(bad)).toEqual(['from']);
    const reversed = await dashboard(mgr, 'from=2025-12-31&to=2025-01-01');
    expectProblem(reversed, 400);
    expect(badFields(reversed)).toEqual(['from']);
    expect(badFields(await dashboard(mgr, 'la=20&to=2025-12-31'))).toEqual(['la']);
    expectProblem(await dashboard(mgr, 'to=2026-11-29'), 422, 'DASHBOARD.PERIOD_IN_FUTURE');
  });

  it('defaults to 1 January of this year to today', async () => {
    const res = await dashboard(mgr, '');
    expect(res.body).toMatchObject({ from: '2026-01-01', to: '2026-11-28' });
  });

  it('gives the same figures after the projection is rebuilt from the log', async () => {
    const before = (await dashboard(regions)).body;
    await h.http.post('/api/v1/admin/projections/inclusion-facts/rebuild').set(admin).expect(200);
    const after = (await dashboard(regions)).body;
    expect({ ...after, generatedAt: '' }).toEqual({ ...before, generatedAt: '' });
  });
});
