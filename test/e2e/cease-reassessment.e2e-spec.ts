import { startEmbedded, type Harness } from './harness.js';
import {
  type Auth,
  type Json,
  UUID,
  badFields,
  caseReadyForDraft,
  conclude,
  decide,
  caseUrl,
  deadlinesAsOf,
  expectProblem,
  history,
  login,
  openCase,
  planSections,
  post,
  step,
  caseWithFinalPlan,
} from './fixtures.js';

/**
 * Ceasing a plan (CFA s.45, Regs 29–31) and re-assessment (Regs 24–27) through the public API, with worked
 * dates (docs/domain.md "Ceasing a plan", "Re-assessment"). The clock moves forward through the suite, so
 * the tests run in order.
 */

const I = { type: 'mainstream', settingId: 'urn-100001', name: 'Hillside Primary' };
let h: Harness;
let cw: Auth;
let admin: Auth;

const at = (day: string) => h.clock.set(new Date(`${day}T10:00:00Z`));
const plan = async (caseId: string) => (await h.http.get(caseUrl(caseId, '/plan')).set(cw).expect(200)).body as Json;
const summary = async (caseId: string) => (await h.http.get(caseUrl(caseId)).set(cw).expect(200)).body as Json;
const titles = async (caseId: string) =>
  ((await h.http.get(caseUrl(caseId, '/timeline')).set(cw).expect(200)).body.entries as Json[]).map((e) => e.title as string);
const sweep = async () => (await h.http.post('/api/v1/admin/ceasing/sweep').set(admin).expect(200)).body as Json;

/** A case with a final plan issued on 2026-01-05. */
const finalPlan = (): Promise<string> =>
  caseWithFinalPlan(
    h,
    cw,
    { receivedOn: '2025-09-01', decidedOn: '2025-10-01', outcomeOn: '2025-12-01', draftOn: '2025-12-08', finalOn: '2026-01-05' },
    I,
  );

const cease = { decidedOn: '2026-06-10', reason: '3', consultedOn: '2026-05-20' };

beforeAll(async () => {
  h = await startEmbedded(new Date('2026-06-20T10:00:00Z'));
  cw = await login(h, 'caseworker@202');
  admin = await login(h, 'admin');
});
afterAll(async () => {
  await h.close();
});

describe('ceasing a plan', () => {
  let quiet: string;
  let appealed: string;
  let disputeId: string;
  let drafting: string;

  beforeAll(async () => {
    at('2026-06-20');
    quiet = await finalPlan();
    appealed = await finalPlan();
    drafting = await caseReadyForDraft(h, cw, '2025-09-01', '2025-10-01', '2025-12-01');
    await step(h, cw, drafting, '/plan/draft', { issuedOn: '2025-12-08', sections: planSections() });
  });

  it('refuses bad input with 400 naming the fields, and breaks no rule silently (422), writing nothing', async () => {
    const before = (await plan(quiet)).revision;
    const bad = await post(h, cw, quiet, '/plan/cease', { decidedOn: '2026-06-10', reason: '10' });
    expectProblem(bad, 400);
    expect(badFields(bad)).toEqual(['consultedOn', 'reason']);
    expectProblem(await post(h, cw, quiet, '/plan/cease', { ...cease, reason: 3 }), 400);
    // Reg 31(1): consultation first.
    const late = await post(h, cw, quiet, '/plan/cease', { ...cease, consultedOn: '2026-06-11' });
    expectProblem(late, 422, 'EHCP.CONSULTATION_AFTER_DECISION');
    expectProblem(await post(h, cw, quiet, '/plan/cease', { ...cease, decidedOn: '2026-06-21' }), 422, 'DATE.IN_THE_FUTURE');
    expectProblem(await post(h, cw, drafting, '/plan/cease', cease), 422, 'EHCP.PLAN_NOT_FINAL');
    expect((await plan(quiet)).revision).toBe(before);
    expect((await plan(quiet)).status).toBe('final');
  });

  it('records the decision: the last day to appeal is Tue 1 Sep 2026, and the plan is ceasing (still maintained)', async () => {
    // 10 Jun 2026 + 2 months = Mon 10 Aug 2026, in August: moved to the first working day after 31 Aug (HESC r.12(3)(a)).
    const written = await step(h, cw, quiet, '/plan/cease', cease);
    expect(written.events.map((e: Json) => e.type)).toEqual(['CeaseDecided']);
    const p = await plan(quiet);
    expect(p).toMatchObject({
      status: 'ceasing',
      cease: { decidedOn: '2026-06-10', reason: '3', consultedOn: '2026-05-20', appealWindowEndsOn: '2026-09-01' },
    });
    expect(await summary(quiet)).toMatchObject({ stage: 'ceasing', plan: { version: 2, status: 'ceasing' } });
    expect(await titles(quiet)).toContain(
      'Decision to cease the EHC plan (reason: special educational needs met without an EHC plan)',
    );
    expectProblem(await post(h, cw, quiet, '/plan/cease', cease), 422, 'EHCP.CEASE_ALREADY_DECIDED');
  });

  it('an appeal registered on the cease decision keeps the plan maintained', async () => {
    await step(h, cw, appealed, '/plan/cease', cease);
    const dispute = await step(h, cw, appealed, '/disputes', {
      about: ['cease'],
      decisionLetterOn: '2026-06-10',
      raisedOn: '2026-06-12',
    });
    await step(h, cw, appealed, `/disputes/${dispute.disputeId}/mediation`, { event: 'adviser-contacted', on: '2026-06-15' });
    await step(h, cw, appealed, `/disputes/${dispute.disputeId}/mediation`, { event: 'declined', on: '2026-06-16' });
    await step(h, cw, appealed, `/disputes/${dispute.disputeId}/certificate`, { issuedOn: '2026-06-17' });
    await step(h, cw, appealed, `/disputes/${dispute.disputeId}/appeal`, { registeredOn: '2026-06-19' });
    disputeId = dispute.disputeId;
    expect(await titles(appealed)).toContain(
      'Appeal against the decision to cease registered: the plan stays maintained until it is decided',
    );
  });

  it('is still ceasing on the last day to appeal, and ceased the day after, once the sweep has run', async () => {
    at('2026-09-01');
    expect((await sweep()).ceased).toBe(0);
    expect((await plan(quiet)).status).toBe('ceasing');
    at('2026-09-02');
    const swept = await sweep();
    // The appealed plan stays maintained.
    expect(swept.cases).toEqual([quiet]);
    expect(await plan(quiet)).toMatchObject({ status: 'ceased', cease: { ceasedOn: '2026-09-02' } });
    expect(await summary(quiet)).toMatchObject({ stage: 'ceased', plan: { status: 'ceased' } });
    expect(await titles(quiet)).toContain('EHC plan ceased');
    expect((await plan(appealed)).status).toBe('ceasing');
    // Run again: nothing more.
    expect((await sweep()).ceased).toBe(0);
  });

  it('keeps the appealed plan maintained past the window, and a tribunal dismissing the appeal ceases it that day', async () => {
    at('2026-10-15');
    expect((await sweep()).ceased).toBe(0);
    expect((await plan(appealed)).status).toBe('ceasing');
    await step(h, cw, appealed, `/disputes/${disputeId}/orders`, { order: 'cease-dismissed', madeOn: '2026-10-15' });
    expect(await plan(appealed)).toMatchObject({ status: 'ceased', cease: { ceasedOn: '2026-10-15' } });
    expect(await summary(appealed)).toMatchObject({ stage: 'ceased' });
    const compliance = Object.values(await deadlinesAsOf(h, cw, appealed, '2026-10-15')).find((d) =>
      String(d.deadlineId).endsWith(':cease-plan'),
    );
    expect(compliance).toMatchObject({ rule: 'order-compliance', dueOn: '2026-10-15', status: 'met', closedOn: '2026-10-15' });
  });

  it('refuses anything more on a ceased plan, and leaves it out of the open cases', async () => {
    const refused = await post(h, cw, quiet, '/plan/draft', { issuedOn: '2026-10-15', sections: planSections() });
    expectProblem(refused, 422, 'EHCP.PLAN_CEASED');
    expectProblem(
      await post(h, cw, quiet, '/reassessment', { requestedOn: '2026-10-15', requestedBy: 'parent' }),
      422,
      'EHCP.PLAN_CEASED',
    );
    const open = (await h.http.get('/api/v1/cases?open=true&stage=ceased').set(cw).expect(200)).body as Json;
    expect(open.items.map((c: Json) => c.caseId)).not.toContain(quiet);
    const ceased = (await h.http.get('/api/v1/cases?stage=ceased').set(cw).expect(200)).body as Json;
    expect(ceased.items.map((c: Json) => c.caseId)).toEqual(expect.arrayContaining([quiet, appealed]));
  });
});

describe('re-assessment', () => {
  let caseId: string;
  let refusedCase: string;
  let reassessmentId: string;

  beforeAll(async () => {
    at('2026-12-21');
    caseId = await finalPlan();
    refusedCase = await finalPlan();
  });

  it('refuses a decision with no request, and bad input, writing nothing', async () => {
    const before = (await plan(caseId)).revision;
    const decision = { decision: 'reassess', decidedOn: '2026-12-21', reason: 'New advice' };
    expectProblem(await post(h, cw, caseId, '/reassessment/decision', decision), 422, 'EHCP.NO_REASSESSMENT_REQUEST');
    const bad = await post(h, cw, caseId, '/reassessment', { requestedOn: '20-12-2026', requestedBy: 'grandparent' });
    expectProblem(bad, 400);
    expect(badFields(bad)).toEqual(['requestedBy', 'requestedOn']);
    expect((await plan(caseId)).revision).toBe(before);
  });

  it('a request on Sun 20 Dec 2026 is due a decision on Mon 4 Jan 2027 (Reg 25(1): 15 days)', async () => {
    const written = await step(h, cw, caseId, '/reassessment', { requestedOn: '2026-12-20', requestedBy: 'parent' });
    expect(written.reassessmentId).toMatch(UUID);
    reassessmentId = written.reassessmentId;
    const d = await deadlinesAsOf(h, cw, caseId, '2026-12-21');
    expect(d[`reassessment-decision:${reassessmentId}`]).toMatchObject({
      rule: 'reassessment-decision',
      startedOn: '2026-12-20',
      dueOn: '2027-01-04',
      status: 'open',
      source: 'SEND Regulations 2014 reg 25(1)',
    });
    expectProblem(
      await post(h, cw, caseId, '/reassessment', { requestedOn: '2026-12-21', requestedBy: 'parent' }),
      422,
      'EHCP.REASSESSMENT_IN_PROGRESS',
    );
    expect(await titles(caseId)).toContain('Request for a re-assessment, by the parent');
  });

  it('a decision to re-assess on Mon 4 Jan 2027 meets it and starts 14 weeks to the final plan, due Mon 12 Apr 2027', async () => {
    at('2027-01-05');
    expectProblem(
      await post(h, cw, caseId, '/reassessment/decision', {
        decision: 'reassess',
        decidedOn: '2026-12-19',
        reason: 'New advice',
      }),
      422,
      'EHCP.DECISION_BEFORE_REQUEST',
    );
    expectProblem(await post(h, cw, caseId, '/reassessment/decision', { decision: 'reassess', decidedOn: '2027-01-04' }), 400);
    await step(h, cw, caseId, '/reassessment/decision', {
      decision: 'reassess',
      decidedOn: '2027-01-04',
      reason: 'New EP advice',
    });
    const d = await deadlinesAsOf(h, cw, caseId, '2027-01-05');
    expect(d[`reassessment-decision:${reassessmentId}`]).toMatchObject({ status: 'met', closedOn: '2027-01-04' });
    expect(d[`reassessment-final-plan:${reassessmentId}`]).toMatchObject({
      rule: 'reassessment-final-plan',
      startedOn: '2027-01-04',
      dueOn: '2027-04-12',
      status: 'open',
    });
    expect(await titles(caseId)).toContain('Decision to re-assess');
  });

  it('takes a new draft and, after the family’s 15 days, a new final plan that meets the 14 weeks', async () => {
    at('2027-01-11');
    await step(h, cw, caseId, '/plan/draft', { issuedOn: '2027-01-11', sections: planSections() });
    expect(await plan(caseId)).toMatchObject({ version: 3, status: 'draft' });
    at('2027-02-01');
    // 15 days beginning with 11 Jan end on 25 Jan (Reg 13(1), applied by Reg 27(1)).
    await step(h, cw, caseId, '/plan/final', { issuedOn: '2027-02-01', I });
    expect(await plan(caseId)).toMatchObject({ version: 4, status: 'final' });
    const d = await deadlinesAsOf(h, cw, caseId, '2027-02-01');
    expect(d[`reassessment-final-plan:${reassessmentId}`]).toMatchObject({
      dueOn: '2027-04-12',
      status: 'met',
      closedOn: '2027-02-01',
    });
    // No re-assessment under way now: a further draft is an amendment, not this route.
    expectProblem(
      await post(h, cw, caseId, '/plan/draft', { issuedOn: '2027-02-01', sections: planSections() }),
      422,
      'EHCP.PLAN_ALREADY_FINAL',
    );
  });

  it('records a refusal, closing the 15 days late when after the due date', async () => {
    at('2027-01-06');
    const { reassessmentId: id } = await step(h, cw, refusedCase, '/reassessment', {
      requestedOn: '2026-12-20',
      requestedBy: 'young-person',
    });
    await step(h, cw, refusedCase, '/reassessment/decision', {
      decision: 'refuse',
      decidedOn: '2027-01-05',
      reason: 'Needs unchanged since the last review',
    });
    const d = await deadlinesAsOf(h, cw, refusedCase, '2027-01-06');
    expect(d[`reassessment-decision:${id}`]).toMatchObject({ dueOn: '2027-01-04', closedOn: '2027-01-05' });
    expect(Object.keys(d).some((k) => k.startsWith('reassessment-final-plan'))).toBe(false);
    expect(await titles(refusedCase)).toContain('Decision not to re-assess');
    expectProblem(
      await post(h, cw, refusedCase, '/reassessment/decision', { decision: 'reassess', decidedOn: '2027-01-06', reason: 'r' }),
      422,
      'EHCP.REASSESSMENT_ALREADY_DECIDED',
    );
  });
});

describe('an exception to the re-assessment’s 14 weeks (Reg 27(3))', () => {
  let caseId: string;
  let reassessmentId: string;
  const closure = {
    ground: 'school-closure',
    from: '2027-02-01',
    to: '2027-03-15',
    evidence: 'The school was closed for flood repairs from 1 February to 15 March',
    familyNotified: true,
  };
  const clock = () => `reassessment-final-plan:${reassessmentId}`;

  beforeAll(async () => {
    at('2027-01-05');
    caseId = await finalPlan();
    ({ reassessmentId } = await step(h, cw, caseId, '/reassessment', { requestedOn: '2026-12-20', requestedBy: 'parent' }));
  });

  it('refuses an exception before the decision to re-assess (EHCP.NOT_REASSESSING)', async () => {
    expectProblem(await post(h, cw, caseId, '/reassessment/exceptions', closure), 422, 'EHCP.NOT_REASSESSING');
    await step(h, cw, caseId, '/reassessment/decision', {
      decision: 'reassess',
      decidedOn: '2027-01-04',
      reason: 'New EP advice',
    });
  });

  it('refuses grounds Reg 27(3) does not give (400), and a closure shorter than 4 weeks (422), writing nothing', async () => {
    at('2027-03-20');
    const before = (await plan(caseId)).revision;
    for (const ground of ['missed-appointment', 'waiting-list']) {
      const bad = await post(h, cw, caseId, '/reassessment/exceptions', { ...closure, ground });
      expectProblem(bad, 400);
      expect(badFields(bad)).toEqual(['ground']);
    }
    const missing = await post(h, cw, caseId, '/reassessment/exceptions', { ground: 'school-closure', from: '1 Feb' });
    expect(badFields(missing)).toEqual(['evidence', 'familyNotified', 'from']);
    const short = await post(h, cw, caseId, '/reassessment/exceptions', { ...closure, to: '2027-02-20' });
    expect(expectProblem(short, 422, 'EHCP.EXCEPTION_GROUND_NOT_MET').field).toBe('to');
    const outside = await post(h, cw, caseId, '/reassessment/exceptions', { ...closure, from: '2026-11-01', to: '2026-12-31' });
    expectProblem(outside, 422, 'EHCP.EXCEPTION_NOT_APPLICABLE');
    expect((await plan(caseId)).revision).toBe(before);
  });

  it('records a 6-week school closure: the clock shows excepted with its source and keeps its due date of 12 Apr 2027', async () => {
    const res = await post(h, cw, caseId, '/reassessment/exceptions', closure);
    expect(res.status).toBe(201);
    expect(res.body.exceptionId).toMatch(UUID);
    expect((res.body.events as Json[]).map((e) => e.type)).toEqual(['ReassessmentExceptionRecorded', 'DeadlineExcepted']);
    const d = await deadlinesAsOf(h, cw, caseId, '2027-03-20');
    expect(d[clock()]).toMatchObject({
      dueOn: '2027-04-12',
      status: 'excepted',
      exception: { ground: 'school-closure', from: '2027-02-01', source: 'SEND Regulations 2014 reg 27(3)' },
    });
    expectProblem(
      await post(h, cw, caseId, '/reassessment/exceptions', { ...closure, ground: 'absent-from-area' }),
      422,
      'EHCP.REASSESSMENT_ALREADY_EXCEPTED',
    );
    expect(await titles(caseId)).toContain('Exception to the re-assessment’s 14 weeks recorded (school closure)');
  });

  it('is never breached: past its due date the sweep records nothing, and the late final plan leaves it excepted', async () => {
    at('2027-04-20');
    await h.http.post('/api/v1/admin/deadlines/sweep').set(admin).expect(200);
    const breaches = (await history(h, cw, caseId)).filter((e) => e.type === 'DeadlineBreached');
    expect(breaches.map((e) => e.data.deadlineId)).not.toContain(clock());
    // The annual review of the plan made on 5 Jan 2026 has its own breach; the re-assessment's clock has none.
    const open = (await summary(caseId)).openDeadlines as Json[];
    expect(open.find((o) => o.deadlineId === clock())).toBeUndefined();
    await step(h, cw, caseId, '/plan/draft', { issuedOn: '2027-04-20', sections: planSections() });
    at('2027-05-10');
    await step(h, cw, caseId, '/plan/final', { issuedOn: '2027-05-10', I });
    const d = await deadlinesAsOf(h, cw, caseId, '2027-05-10');
    expect(d[clock()]).toMatchObject({ dueOn: '2027-04-12', status: 'excepted', closedOn: '2027-05-10' });
  });
});

describe('the lawful grounds of ceasing (Regs 29–30, CFA s.46), from the child’s date of birth', () => {
  let child: string;
  let youngPerson: string;
  const on = { decidedOn: '2027-06-10', consultedOn: '2027-06-01' };

  /** A final plan of 5 Jan 2026 for a young person born 1 Mar 2007: 20 on the decision of 10 Jun 2027. */
  async function youngPersonsPlan(): Promise<string> {
    const caseId = await openCase(h, cw, '2025-09-01', {
      child: { givenName: 'Sam', familyName: 'Reed', dateOfBirth: '2007-03-01' },
    });
    await decide(h, cw, caseId, 'assess', '2025-10-01');
    await conclude(h, cw, caseId, 'issue-plan', '2025-12-01');
    await step(h, cw, caseId, '/plan/draft', { issuedOn: '2025-12-08', sections: planSections() });
    await step(h, cw, caseId, '/plan/final', { issuedOn: '2026-01-05', I });
    return caseId;
  }

  beforeAll(async () => {
    at('2027-06-20');
    child = await finalPlan();
    youngPerson = await youngPersonsPlan();
  });

  it('refuses, for a child of 11, ceasing because they left education (Reg 29) or at “maximum age” (s.46), writing nothing', async () => {
    const before = (await plan(child)).revision;
    const left = await post(h, cw, child, '/plan/cease', { ...on, reason: '6' });
    expect(expectProblem(left, 422, 'EHCP.CEASE_UNDER_18_NOT_IN_EDUCATION')).toMatchObject({
      field: 'reason',
      source: 'SEND Regulations 2014 reg 29',
    });
    const maximum = await post(h, cw, child, '/plan/cease', { ...on, reason: '1' });
    expect(expectProblem(maximum, 422, 'EHCP.CEASE_BEFORE_MAXIMUM_AGE').source).toBe('Children and Families Act 2014 s.46');
    expect((await plan(child)).revision).toBe(before);
  });

  it('refuses, for a young person of 20 out of education, ceasing before a review proposed it (Reg 30(1))', async () => {
    const res = await post(h, cw, youngPerson, '/plan/cease', { ...on, reason: '6' });
    expect(expectProblem(res, 422, 'EHCP.CEASE_NEEDS_REVIEW').source).toBe('SEND Regulations 2014 reg 30(1)');
    expect((await plan(youngPerson)).status).toBe('final');
  });

  it('accepts it after the review found the young person does not wish to return', async () => {
    const { reviewId } = await step(h, cw, youngPerson, '/reviews', { meetingOn: '2027-05-03' });
    await step(h, cw, youngPerson, `/reviews/${reviewId}/decision`, {
      decision: 'cease',
      decidedOn: '2027-05-20',
      stepDownConsidered: true,
      stepDownRationale: 'Ceasing considered with the young person',
      rationale: 'Sam has left college and does not wish to return to education or training',
    });
    const written = await step(h, cw, youngPerson, '/plan/cease', { ...on, reason: '6' });
    expect(written.events.map((e: Json) => e.type)).toEqual(['CeaseDecided']);
    expect((await plan(youngPerson)).status).toBe('ceasing');
  });

  it('accepts the lawful grounds for the child: needs met without a plan', async () => {
    const written = await step(h, cw, child, '/plan/cease', { ...on, reason: '3' });
    expect(written.events.map((e: Json) => e.type)).toEqual(['CeaseDecided']);
  });
});
