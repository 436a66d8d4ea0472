import { startEmbedded, type Harness } from './harness.js';
import {
  type Auth,
  type Json,
  SPECIFIC_ITEM,
  UUID,
  caseReadyForDraft,
  caseUrl,
  conclude,
  deadlinesAsOf,
  decide,
  expectProblem,
  history,
  login,
  openCase,
  planSections,
  post,
  requestBody,
  step,
} from './fixtures.js';

/**
 * The statutory pathway over HTTP: request → decision to assess → advice → decision to issue → draft
 * plan → the family's 15 days (Reg 13(1)) → final plan with section I, and the refusals on the way.
 */

let h: Harness;
let cw: Auth;

beforeAll(async () => {
  h = await startEmbedded();
  cw = await login(h, 'caseworker@202');
});
afterAll(async () => {
  await h.close();
});

const summary = async (caseId: string): Promise<Json> => (await h.http.get(caseUrl(caseId)).set(cw).expect(200)).body;
const eventTypes = (body: Json) => (body.events as Json[]).map((e) => e.type);

function expectWrite(res: { status: number; body: Json }, caseId: string, types: string[]): void {
  expect(res.status).toBe(201);
  expect(res.body.caseId).toBe(caseId);
  expect(Number.isInteger(res.body.revision)).toBe(true);
  expect(eventTypes(res.body)).toEqual(types);
  for (const e of res.body.events as Json[]) expect(e.id).toMatch(UUID);
}

describe('one case from request to final plan', () => {
  // Request 2024-11-01: decision due 2024-12-13 (+6 weeks), no-plan notice 2025-02-21 (+16), final plan 2025-03-21 (+20).
  let caseId: string;
  let adviceId: string;

  it('POST /cases opens the case and starts its three clocks at the request', async () => {
    const res = await h.http.post('/api/v1/cases').set(cw).send(requestBody('2024-11-01'));
    expect(res.status).toBe(201);
    expect(res.body.caseId).toMatch(UUID);
    caseId = res.body.caseId;
    expectWrite(res, caseId, ['AssessmentRequested', 'DeadlineStarted', 'DeadlineStarted', 'DeadlineStarted']);
    expect(res.body.revision).toBe(3);
    const s = await summary(caseId);
    expect(s).toMatchObject({
      caseId,
      la: '202',
      stage: 'requested',
      requestedOn: '2024-11-01',
      child: { givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2016-03-01' },
    });
    expect(s.plan).toBeUndefined();
    const d = await deadlinesAsOf(h, cw, caseId, '2024-11-01');
    expect(Object.keys(d).sort()).toEqual(['assessment-decision', 'final-plan', 'no-plan-decision']);
    for (const rule of Object.keys(d)) expect(d[rule]).toMatchObject({ rule, startedOn: '2024-11-01', status: 'open' });
  });

  it('refuses a draft plan before the LA decided to issue one (EHCP.PLAN_NOT_OPEN), writing nothing', async () => {
    const before = (await history(h, cw, caseId)).length;
    const res = await post(h, cw, caseId, '/plan/draft', { issuedOn: '2024-11-20', sections: planSections() });
    expectProblem(res, 422, 'EHCP.PLAN_NOT_OPEN');
    expect((await history(h, cw, caseId)).length).toBe(before);
    expectProblem(await h.http.get(caseUrl(caseId, '/plan')).set(cw), 404);
  });

  it('records the decision to assess, closing the 6-week clock as met', async () => {
    const res = await post(h, cw, caseId, '/assessment/decision', {
      decision: 'assess',
      decidedOn: '2024-12-02',
      reason: 'Evidence of SLCN',
    });
    expectWrite(res, caseId, ['AssessmentDecided', 'DeadlineMet']);
    expect(res.body.revision).toBe(5);
    expect((await summary(caseId)).stage).toBe('assessing');
    expect((await deadlinesAsOf(h, cw, caseId))['assessment-decision']).toMatchObject({
      dueOn: '2024-12-13',
      status: 'met',
      closedOn: '2024-12-02',
    });
  });

  it('asks for advice: the write adds an adviceId and starts a 6-week advice clock (Reg 8(1))', async () => {
    const res = await post(h, cw, caseId, '/assessment/advice', {
      adviser: 'educational-psychologist',
      requestedOn: '2024-12-03',
    });
    expectWrite(res, caseId, ['AdviceRequested', 'DeadlineStarted']);
    expect(res.body.adviceId).toMatch(UUID);
    adviceId = res.body.adviceId;
    expect((await deadlinesAsOf(h, cw, caseId, '2024-12-03'))[`advice:${adviceId}`]).toMatchObject({
      rule: 'advice',
      startedOn: '2024-12-03',
      dueOn: '2025-01-14',
      status: 'open',
    });
  });

  it('records the advice received, meeting its clock', async () => {
    const res = await post(h, cw, caseId, `/assessment/advice/${adviceId}/received`, { receivedOn: '2025-01-10' });
    expectWrite(res, caseId, ['AdviceReceived', 'DeadlineMet']);
    expect((await deadlinesAsOf(h, cw, caseId))[`advice:${adviceId}`]).toMatchObject({ status: 'met', closedOn: '2025-01-10' });
  });

  it('still refuses a draft while assessing, before the outcome issue-plan', async () => {
    expectProblem(
      await post(h, cw, caseId, '/plan/draft', { issuedOn: '2025-01-20', sections: planSections() }),
      422,
      'EHCP.PLAN_NOT_OPEN',
    );
  });

  it('decides to issue a plan: the no-plan clock stops applying, the 20-week clock keeps running', async () => {
    const res = await post(h, cw, caseId, '/assessment/outcome', {
      outcome: 'issue-plan',
      decidedOn: '2025-03-01',
      reason: 'Needs cannot be met from SEN support',
    });
    expectWrite(res, caseId, ['PlanIssueDecided', 'DeadlineNotApplicable']);
    expect((await summary(caseId)).stage).toBe('plan-to-issue');
    const d = await deadlinesAsOf(h, cw, caseId, '2025-03-01');
    expect(d['no-plan-decision'].status).toBe('not-applicable');
    expect(d['final-plan']).toMatchObject({ dueOn: '2025-03-21', status: 'open' });
  });

  it('issues the draft (without section I): a 15-day representation period starts on the day served', async () => {
    const res = await post(h, cw, caseId, '/plan/draft', { issuedOn: '2025-03-20', sections: planSections() });
    expectWrite(res, caseId, ['DraftPlanIssued', 'DeadlineStarted']);
    expect(await summary(caseId)).toMatchObject({ stage: 'draft-issued', plan: { version: 1, status: 'draft' } });
    // "15 days beginning with" 2025-03-20 ends on 2025-04-03 (Reg 13(1)).
    expect((await deadlinesAsOf(h, cw, caseId, '2025-03-20'))['draft-representations:1']).toMatchObject({
      rule: 'draft-representations',
      startedOn: '2025-03-20',
      dueOn: '2025-04-03',
      status: 'open',
    });
    const plan = (await h.http.get(caseUrl(caseId, '/plan')).set(cw).expect(200)).body;
    expect(plan).toMatchObject({ version: 1, status: 'draft', issuedOn: '2025-03-20' });
    expect(plan.sections.B).toMatchObject({ primaryNeed: 'SLCN', secondaryNeeds: ['SEMH'] });
    expect(plan.sections.F.items).toEqual([SPECIFIC_ITEM]);
    expect(plan.sections.I).toBeUndefined();
  });

  it('refuses the final plan on the 15th day, 2025-04-03 (EHCP.REPRESENTATION_PERIOD_OPEN), writing nothing', async () => {
    const before = (await history(h, cw, caseId)).length;
    const res = await post(h, cw, caseId, '/plan/final', { issuedOn: '2025-04-03', I: { type: 'special' } });
    expectProblem(res, 422, 'EHCP.REPRESENTATION_PERIOD_OPEN');
    expect((await history(h, cw, caseId)).length).toBe(before);
  });

  it('refuses the final plan after the period when neither the draft nor the body gives section I (EHCP.SECTION_I_REQUIRED)', async () => {
    const before = (await history(h, cw, caseId)).length;
    expectProblem(await post(h, cw, caseId, '/plan/final', { issuedOn: '2025-04-04' }), 422, 'EHCP.SECTION_I_REQUIRED');
    expect((await history(h, cw, caseId)).length).toBe(before);
    expect((await summary(caseId)).stage).toBe('draft-issued');
  });

  it('issues the final plan on 2025-04-04 with I { type: special } in the body', async () => {
    const res = await post(h, cw, caseId, '/plan/final', { issuedOn: '2025-04-04', I: { type: 'special' } });
    expect(res.status).toBe(201);
    expect(eventTypes(res.body)).toContain('FinalPlanIssued');
    expect(await summary(caseId)).toMatchObject({
      stage: 'plan-final',
      plan: { version: 2, status: 'final', setting: { type: 'special' } },
      // CFA s.44(1): the only clock left is the first annual review, 12 months starting with 2025-04-04, past by today.
      openDeadlines: [{ deadlineId: 'annual-review:1', rule: 'annual-review', dueOn: '2026-04-03', status: 'breached' }],
    });
  });

  it('lists the case under plan-final and under plan-issued, and replay names the same stage', async () => {
    for (const stage of ['plan-final', 'plan-issued']) {
      const list = (await h.http.get(`/api/v1/cases?stage=${stage}`).set(cw).expect(200)).body;
      expect((list.items as Json[]).map((c) => c.caseId)).toContain(caseId);
    }
    const replay = (await h.http.get(caseUrl(caseId, '/replay')).set(cw).expect(200)).body;
    expect(replay.assessment.stage).toBe('plan-final');
  });

  it('keeps every version in full: GET plan is the final, versions/1 the draft as served', async () => {
    const current = (await h.http.get(caseUrl(caseId, '/plan')).set(cw).expect(200)).body;
    expect(current).toMatchObject({ version: 2, status: 'final', issuedOn: '2025-04-04' });
    expect(current.sections.I).toEqual({ type: 'special' });
    expect(current.sections.F.items).toEqual([SPECIFIC_ITEM]);
    const v1 = (await h.http.get(caseUrl(caseId, '/plan/versions/1')).set(cw).expect(200)).body;
    expect(v1).toMatchObject({ version: 1, status: 'draft', issuedOn: '2025-03-20' });
    expect(v1.sections.I).toBeUndefined();
    expectProblem(await h.http.get(caseUrl(caseId, '/plan/versions/3')).set(cw), 404);
  });

  it('closes the 20-week clock late (due 2025-03-21, issued 2025-04-04): breached with closedOn', async () => {
    const d = await deadlinesAsOf(h, cw, caseId, '2025-04-30');
    expect(d['final-plan']).toMatchObject({ dueOn: '2025-03-21', status: 'breached', closedOn: '2025-04-04' });
    expect(d['assessment-decision'].status).toBe('met');
    expect(d['no-plan-decision'].status).toBe('not-applicable');
  });

  it('refuses a second final plan and late representations (EHCP.PLAN_ALREADY_FINAL)', async () => {
    expectProblem(
      await post(h, cw, caseId, '/plan/final', { issuedOn: '2025-04-10', I: { type: 'special' } }),
      422,
      'EHCP.PLAN_ALREADY_FINAL',
    );
    expectProblem(
      await post(h, cw, caseId, '/plan/representations', { receivedOn: '2025-04-10' }),
      422,
      'EHCP.PLAN_ALREADY_FINAL',
    );
  });
});

describe("the family's 15 days (Reg 13(1)) end early only when they say they have nothing further", () => {
  // Request 2024-12-02: final plan due 2025-04-21 (+20 weeks). Draft served 2025-03-20, period to 2025-04-03.
  let caseId: string;

  beforeAll(async () => {
    caseId = await caseReadyForDraft(h, cw, '2024-12-02', '2025-01-06', '2025-03-03');
    await step(h, cw, caseId, '/plan/draft', { issuedOn: '2025-03-20', sections: planSections() });
  });

  it('representations that do not say "nothing further" leave the period running', async () => {
    const res = await post(h, cw, caseId, '/plan/representations', {
      receivedOn: '2025-03-22',
      requestedSettingId: 'oak-primary',
    });
    expect(res.status).toBe(201);
    expect(eventTypes(res.body)).toEqual(['RepresentationsReceived']);
    expectProblem(await post(h, cw, caseId, '/plan/final', { issuedOn: '2025-03-25' }), 422, 'EHCP.REPRESENTATION_PERIOD_OPEN');
  });

  it('nothingFurther on 2025-03-25 ends the period that day; a final dated the day before is still refused', async () => {
    const res = await post(h, cw, caseId, '/plan/representations', { receivedOn: '2025-03-25', nothingFurther: true });
    expect(res.status).toBe(201);
    expect(eventTypes(res.body)).toEqual(['RepresentationsReceived', 'DeadlineMet']);
    expectProblem(await post(h, cw, caseId, '/plan/final', { issuedOn: '2025-03-24' }), 422, 'EHCP.REPRESENTATION_PERIOD_OPEN');
  });

  it('a final plan on 2025-03-25 is issued, naming the setting given with it (CFA s.38(5) keeps it out of the draft)', async () => {
    const res = await post(h, cw, caseId, '/plan/final', {
      issuedOn: '2025-03-25',
      I: { type: 'mainstream', name: 'Oak Primary' },
    });
    expect(res.status).toBe(201);
    expect(eventTypes(res.body)[0]).toBe('FinalPlanIssued');
    expect((await h.http.get(caseUrl(caseId)).set(cw).expect(200)).body.plan).toEqual({
      version: 2,
      status: 'final',
      setting: { type: 'mainstream', name: 'Oak Primary' },
    });
  });

  it('the final plan within 20 weeks meets its clock, and the period shows met on the day they said so', async () => {
    const d = await deadlinesAsOf(h, cw, caseId, '2025-05-01');
    expect(d['final-plan']).toMatchObject({ dueOn: '2025-04-21', status: 'met', closedOn: '2025-03-25' });
    expect(d['draft-representations:1']).toMatchObject({ dueOn: '2025-04-03', status: 'met', closedOn: '2025-03-25' });
  });
});

describe('section F must be specified and quantified (CoP 9.69)', () => {
  let caseId: string;

  beforeAll(async () => {
    caseId = await caseReadyForDraft(h, cw, '2025-01-06', '2025-02-03', '2025-04-01');
  });

  const draftWith = (F: unknown, extra: Json = {}) =>
    post(h, cw, caseId, '/plan/draft', { issuedOn: '2025-04-10', sections: planSections({ F, ...extra }) });

  it('names each vague item: "access to", frequency "regular", weekly sessions without hours (EHCP.SECTION_F_NOT_SPECIFIC)', async () => {
    const before = (await history(h, cw, caseId)).length;
    const res = await draftWith([
      { provision: 'access to speech therapy', hours: 1, frequency: 'weekly', deliveredBy: 'speech and language therapist' },
      {
        provision: 'Speech and language therapy, small group',
        hours: 1,
        frequency: 'regular',
        deliveredBy: 'speech and language therapist',
      },
      { provision: 'Occupational therapy, individual sessions', frequency: 'weekly', deliveredBy: 'occupational therapist' },
      SPECIFIC_ITEM,
    ]);
    const problem = expectProblem(res, 422, 'EHCP.SECTION_F_NOT_SPECIFIC');
    const fields = (problem.errors as Json[]).map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['sections.F.items[0].provision', 'sections.F.items[1].frequency', 'sections.F.items[2].hours']),
    );
    expect(fields.some((f) => f.startsWith('sections.F.items[3]'))).toBe(false);
    for (const e of problem.errors as Json[]) expect(typeof e.message).toBe('string');
    expect((await history(h, cw, caseId)).length).toBe(before);
  });

  it('refuses a section F that lists no provision at all', async () => {
    expectProblem(await draftWith([]), 422, 'EHCP.SECTION_F_NOT_SPECIFIC');
  });

  it('refuses a malformed section B with 400 naming sections.B.primaryNeed (missing, or not a SEN2 code)', async () => {
    for (const B of [{ description: 'Severe expressive language disorder.' }, { primaryNeed: 'DYSLEXIA', description: 'x' }]) {
      const res = await post(h, cw, caseId, '/plan/draft', { issuedOn: '2025-04-10', sections: planSections({ B }) });
      expectProblem(res, 400);
      expect((res.body.errors as Json[]).map((e) => e.field)).toContain('sections.B.primaryNeed');
    }
  });

  it('accepts a well specified item', async () => {
    const res = await draftWith([
      SPECIFIC_ITEM,
      { provision: 'Sloping writing board', frequency: 'continuous', deliveredBy: 'class teacher' },
    ]);
    expect(res.status).toBe(201);
    expect(eventTypes(res.body)).toEqual(['DraftPlanIssued', 'DeadlineStarted']);
  });
});

describe('the other ends of the pathway', () => {
  it('a refusal to assess leaves no plan to draft', async () => {
    const caseId = await openCase(h, cw, '2025-02-03');
    await decide(h, cw, caseId, 'refuse', '2025-03-03');
    expect((await summary(caseId)).stage).toBe('assessment-refused');
    expectProblem(
      await post(h, cw, caseId, '/plan/draft', { issuedOn: '2025-03-10', sections: planSections() }),
      422,
      'EHCP.PLAN_NOT_OPEN',
    );
  });

  it('a decision not to issue a plan leaves no plan to draft', async () => {
    const caseId = await openCase(h, cw, '2025-02-03');
    await decide(h, cw, caseId, 'assess', '2025-03-03');
    await conclude(h, cw, caseId, 'no-plan', '2025-05-01');
    expect((await summary(caseId)).stage).toBe('no-plan');
    expectProblem(
      await post(h, cw, caseId, '/plan/draft', { issuedOn: '2025-05-10', sections: planSections() }),
      422,
      'EHCP.PLAN_NOT_OPEN',
    );
  });
});
