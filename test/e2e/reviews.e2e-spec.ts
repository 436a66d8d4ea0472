import { startEmbedded, type Harness } from './harness.js';
import {
  type Auth,
  type Json,
  UUID,
  badFields,
  caseUrl,
  conclude,
  decide,
  deadlinesAsOf,
  expectProblem,
  history,
  readHistory,
  login,
  openCase,
  planSections,
  post,
  step,
} from './fixtures.js';

/**
 * The plan after it is final, over HTTP (docs/api.md "The plan after it is final"): the annual review clock
 * (CFA s.44(1)), the review meeting, report and decision (Reg 20), the decision to amend as the Reg 22 notice
 * (Devon), the amended plan, a decision not to amend, and phase transfers (Reg 18). Today is 2026-11-28.
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

const HILLSIDE = { type: 'mainstream', settingId: 'urn-100001', name: 'Hillside Primary' };
const OAKWOOD = { type: 'mainstream', settingId: 'urn-100002', name: 'Oakwood Academy' };
const eventTypes = (body: Json) => (body.events as Json[]).map((e) => e.type);
const summary = async (caseId: string): Promise<Json> => (await h.http.get(caseUrl(caseId)).set(cw).expect(200)).body;
const plan = async (caseId: string): Promise<Json> => (await h.http.get(caseUrl(caseId, '/plan')).set(cw).expect(200)).body;

/** Request 2024-09-02 → decision to assess → decision to issue a plan, for a child born on dateOfBirth. */
async function finalPlanCase(dateOfBirth: string): Promise<string> {
  const caseId = await openCase(h, cw, '2024-09-02', { child: { givenName: 'Amara', familyName: 'Okafor', dateOfBirth } });
  await decide(h, cw, caseId, 'assess', '2024-10-14');
  await conclude(h, cw, caseId, 'issue-plan', '2024-12-02');
  return caseId;
}

/** Draft 2025-01-10 → final plan on Fri 31 Jan 2025 naming Hillside Primary. */
async function withFinalPlan(caseId: string): Promise<void> {
  await step(h, cw, caseId, '/plan/draft', { issuedOn: '2025-01-10', sections: planSections() });
  await step(h, cw, caseId, '/plan/final', { issuedOn: '2025-01-31', I: HILLSIDE });
}

describe('a review that amends the plan, then a phase transfer met by an amended plan', () => {
  let caseId: string;
  let reviewId: string;
  let outcomeId: string;

  it('refuses a review before the plan is final (EHCP.PLAN_NOT_FINAL), writing nothing', async () => {
    caseId = await finalPlanCase('2016-03-01');
    await step(h, cw, caseId, '/plan/draft', { issuedOn: '2025-01-10', sections: planSections() });
    const before = (await history(h, cw, caseId)).length;
    expectProblem(await post(h, cw, caseId, '/reviews', { meetingOn: '2025-01-20' }), 422, 'EHCP.PLAN_NOT_FINAL');
    expect((await history(h, cw, caseId)).length).toBe(before);
  });

  it('starts the annual review clock with the final plan: issued 2025-01-31, due 2026-01-30', async () => {
    const final = await step(h, cw, caseId, '/plan/final', { issuedOn: '2025-01-31', I: HILLSIDE });
    expect(eventTypes(final)).toEqual(['FinalPlanIssued', 'DeadlineMet', 'DeadlineStarted']);
    const d = await deadlinesAsOf(h, cw, caseId, '2025-02-01');
    expect(d['annual-review:1']).toMatchObject({
      rule: 'annual-review',
      startedOn: '2025-01-31',
      dueOn: '2026-01-30',
      status: 'open',
      source: 'Children and Families Act 2014 s.44(1)',
    });
    const p = await plan(caseId);
    expect(p).toMatchObject({ version: 2, status: 'final' });
    outcomeId = (p.sections.E?.outcomes as Json[] | undefined)?.find((o) => typeof o === 'object')?.outcomeId ?? 'o-1';
  });

  it('proposes the phase transfers from the date of birth on GET …/plan: Year 7 in September 2027, due 14 Feb 2027', async () => {
    // Born 2016-03-01 (the fixture's child): Year 7 starts September 2027, Year 12 September 2032.
    expect((await plan(caseId)).proposedPhaseTransfers).toEqual([
      { transfer: 'primary-to-secondary', transferOn: '2027-09-01', dueOn: '2027-02-14' },
      { transfer: 'secondary-to-post-16', transferOn: '2032-09-01', dueOn: '2032-03-30' },
    ]);
  });

  it('records the meeting on Fri 22 Aug 2025, before the August bank holiday: report due 5 Sep, decision 19 Sep, no roll', async () => {
    const res = await post(h, cw, caseId, '/reviews', {
      meetingOn: '2025-08-22',
      invitationsSentOn: '2025-08-11',
      adviceCirculatedOn: '2025-08-01',
    });
    expect(res.status).toBe(201);
    expect(eventTypes(res.body)).toEqual(['ReviewStarted', 'DeadlineStarted', 'DeadlineStarted']);
    reviewId = res.body.reviewId;
    expect(reviewId).toMatch(UUID);
    const d = await deadlinesAsOf(h, cw, caseId, '2025-08-22');
    expect(d[`review-report:${reviewId}`]).toMatchObject({
      rule: 'review-report',
      startedOn: '2025-08-22',
      dueOn: '2025-09-05',
      status: 'open',
    });
    expect(d[`review-decision:${reviewId}`]).toMatchObject({ rule: 'review-decision', dueOn: '2025-09-19', status: 'open' });
    expect((await summary(caseId)).stage).toBe('plan-review');
    // Reg 20(3): invitations less than 2 weeks before the meeting are a finding, not a refusal.
    const started = (await history(h, cw, caseId)).find((e) => e.type === 'ReviewStarted');
    expect(started?.data.findings).toEqual([expect.stringMatching(/^Invitations were sent on 2025-08-11, less than 2 weeks/)]);
  });

  it('closes the report clock late when the report went on Mon 8 Sep', async () => {
    await step(h, cw, caseId, `/reviews/${reviewId}/report`, { sentOn: '2025-09-08' });
    const d = await deadlinesAsOf(h, cw, caseId, '2025-09-08');
    expect(d[`review-report:${reviewId}`]).toMatchObject({ dueOn: '2025-09-05', status: 'breached', closedOn: '2025-09-08' });
  });

  it('refuses a decision without the step-down question: 400 naming both fields, nothing written', async () => {
    const before = (await history(h, cw, caseId)).length;
    const res = await post(h, cw, caseId, `/reviews/${reviewId}/decision`, {
      decision: 'maintain',
      decidedOn: '2025-09-12',
      rationale: 'Needs remain',
    });
    expectProblem(res, 400);
    expect(badFields(res)).toEqual(expect.arrayContaining(['stepDownConsidered', 'stepDownRationale']));
    expect((await history(h, cw, caseId)).length).toBe(before);
  });

  it('refuses a decision to amend without the proposed amendments (Devon): 400 naming proposedAmendments', async () => {
    const res = await post(h, cw, caseId, `/reviews/${reviewId}/decision`, {
      decision: 'amend',
      decidedOn: '2025-09-12',
      stepDownConsidered: true,
      stepDownRationale: 'Targeted support would not meet the need for weekly therapy',
      rationale: 'Needs remain',
    });
    expectProblem(res, 400);
    expect(badFields(res)).toEqual(['proposedAmendments']);
  });

  it('decides to amend on Fri 12 Sep 2025: the notice in the same write, 15 days to 26 Sep, the amended plan by 7 Nov', async () => {
    const res = await post(h, cw, caseId, `/reviews/${reviewId}/decision`, {
      decision: 'amend',
      decidedOn: '2025-09-12',
      stepDownConsidered: true,
      stepDownRationale: 'Targeted support would not meet the need for weekly therapy',
      rationale: 'Progress is good but needs remain',
      proposedAmendments: 'Section F: speech and language therapy to 2 hours weekly',
      outcomesProgress: [{ outcomeId, progress: 'progressing' }],
    });
    expect(res.status).toBe(201);
    expect(eventTypes(res.body)).toEqual([
      'ReviewDecided',
      'DeadlineMet',
      'DeadlineMet',
      'DeadlineStarted',
      'AmendmentNoticeSent',
      'DeadlineStarted',
      'DeadlineStarted',
    ]);
    const d = await deadlinesAsOf(h, cw, caseId, '2025-09-12');
    expect(d[`review-decision:${reviewId}`]).toMatchObject({ status: 'met', closedOn: '2025-09-12' });
    expect(d['annual-review:1']).toMatchObject({ dueOn: '2026-01-30', status: 'met', closedOn: '2025-09-12' });
    // The next review: 12 months starting with the decision, 12 Sep 2025 → 11 Sep 2026.
    expect(d['annual-review:2']).toMatchObject({ startedOn: '2025-09-12', dueOn: '2026-09-11', status: 'open' });
    expect(d[`amendment-representations:${reviewId}`]).toMatchObject({
      rule: 'amendment-representations',
      dueOn: '2025-09-26',
      status: 'open',
    });
    // 8 weeks from the notice (7 Nov) is earlier than 12 weeks from the meeting (14 Nov).
    expect(d[`amended-plan:${reviewId}`]).toMatchObject({ rule: 'amended-plan', dueOn: '2025-11-07', status: 'open' });
    expect((await summary(caseId)).stage).toBe('plan-amendment');
  });

  it('refuses the amended plan on 26 Sep, the last of the 15 days (EHCP.REPRESENTATION_PERIOD_OPEN), writing nothing', async () => {
    const before = (await history(h, cw, caseId)).length;
    const res = await post(h, cw, caseId, '/plan/amended', { issuedOn: '2025-09-26', sections: planSections({ I: HILLSIDE }) });
    expect(expectProblem(res, 422, 'EHCP.REPRESENTATION_PERIOD_OPEN')).toMatchObject({ periodEndsOn: '2025-09-26' });
    expect((await history(h, cw, caseId)).length).toBe(before);
  });

  it('issues the amended plan on Mon 29 Sep as version 3, current and final; the 12-month clock is not restarted', async () => {
    const res = await post(h, cw, caseId, '/plan/amended', { issuedOn: '2025-09-29', sections: planSections({ I: HILLSIDE }) });
    expect(res.status).toBe(201);
    expect(eventTypes(res.body)).toEqual(['AmendedPlanIssued', 'DeadlineMet', 'DeadlineMet']);
    const p = await plan(caseId);
    expect(p).toMatchObject({ version: 3, status: 'final', issuedOn: '2025-09-29' });
    expect((p.versions as Json[]).map((v) => [v.version, v.status])).toEqual([
      [1, 'draft'],
      [2, 'final'],
      [3, 'final'],
    ]);
    const d = await deadlinesAsOf(h, cw, caseId, '2025-09-29');
    expect(d[`amended-plan:${reviewId}`]).toMatchObject({ status: 'met', closedOn: '2025-09-29' });
    expect(d[`amendment-representations:${reviewId}`]).toMatchObject({ status: 'met', closedOn: '2025-09-26' });
    expect(d['annual-review:2']).toMatchObject({ dueOn: '2026-09-11', status: 'open' });
    expect(Object.keys(d).filter((id) => id.startsWith('annual-review:'))).toHaveLength(2);
    expect(await summary(caseId)).toMatchObject({ stage: 'plan-final', plan: { version: 3, status: 'final' } });
  });

  it('keeps the step-down answer and the outcome progress as events, in history and in replay', async () => {
    const decided = (await readHistory(h, cw, caseId)).find((e) => e.type === 'ReviewDecided');
    expect(decided?.data).toMatchObject({
      reviewId,
      decision: 'amend',
      stepDownConsidered: true,
      stepDownRationale: 'Targeted support would not meet the need for weekly therapy',
      outcomesProgress: [{ outcomeId, progress: 'progressing' }],
    });
    const replay = (await h.http.get(caseUrl(caseId, '/replay')).set(cw).expect(200)).body;
    expect(replay.ehcp.state.reviews.byId[reviewId]).toMatchObject({
      decision: 'amend',
      decidedOn: '2025-09-12',
      outcomesProgress: [{ outcomeId, progress: 'progressing' }],
    });
    expect((await plan(caseId)).reviews).toEqual([
      expect.objectContaining({
        reviewId,
        decision: 'amend',
        stepDownConsidered: true,
        stepDownRationale: 'Targeted support would not meet the need for weekly therapy',
      }),
    ]);
  });

  it('tells the review and the amendment on the timeline in plain English', async () => {
    const { entries } = (await h.http.get(caseUrl(caseId, '/timeline')).set(cw).expect(200)).body;
    const titles = (entries as Json[]).map((e) => e.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Annual review meeting held',
        'Report of the review meeting sent',
        'Review decision: amend the plan',
        'Notice of proposed amendments sent',
        'Amended EHC plan issued (version 3)',
      ]),
    );
  });

  let transferId: string;

  it('records the move to secondary school in September 2027: due before 15 February, so 14 Feb 2027 (a Sunday, no roll)', async () => {
    const res = await post(h, cw, caseId, '/phase-transfer', { transfer: 'primary-to-secondary', transferOn: '2027-09-01' });
    expect(res.status).toBe(201);
    expect(eventTypes(res.body)).toEqual(['PhaseTransferStarted', 'DeadlineStarted']);
    transferId = res.body.transferId;
    const d = await deadlinesAsOf(h, cw, caseId);
    expect(d[`phase-transfer:${transferId}`]).toMatchObject({ rule: 'phase-transfer', dueOn: '2027-02-14', status: 'open' });
    expect((await plan(caseId)).proposedPhaseTransfers).toEqual([
      { transfer: 'secondary-to-post-16', transferOn: '2032-09-01', dueOn: '2032-03-30' },
    ]);
  });

  it('refuses a phase transfer it does not know: 400 naming transfer', async () => {
    const res = await post(h, cw, caseId, '/phase-transfer', { transfer: 'college-to-work', transferOn: '2027-09-01' });
    expectProblem(res, 400);
    expect(badFields(res)).toEqual(['transfer']);
  });

  it('meets the phase transfer with an amended plan naming the new setting, after a notice the family answered', async () => {
    const notice = await step(h, cw, caseId, '/plan/amendment-notice', {
      sentOn: '2026-11-27',
      proposedAmendments: 'Section I: Oakwood Academy from September 2027',
      reason: 'Transfer to secondary school (Reg 18)',
    });
    expect(eventTypes(notice)).toEqual(['AmendmentNoticeSent', 'DeadlineStarted', 'DeadlineStarted']);
    const noticeId = notice.noticeId as string;
    const d = await deadlinesAsOf(h, cw, caseId);
    // 15 days beginning with Fri 27 Nov 2026 end Fri 11 Dec; 8 weeks on is Fri 22 Jan 2027.
    expect(d[`amendment-representations:${noticeId}`]).toMatchObject({ dueOn: '2026-12-11', status: 'open' });
    expect(d[`amended-plan:${noticeId}`]).toMatchObject({ dueOn: '2027-01-22', status: 'open' });
    expectProblem(
      await post(h, cw, caseId, '/plan/amended', { issuedOn: '2026-11-28', sections: planSections({ I: OAKWOOD }) }),
      422,
      'EHCP.REPRESENTATION_PERIOD_OPEN',
    );
    const reps = await step(h, cw, caseId, '/plan/representations', { receivedOn: '2026-11-28', nothingFurther: true });
    expect(eventTypes(reps)).toEqual(['RepresentationsReceived', 'DeadlineMet']);
    const amended = await step(h, cw, caseId, '/plan/amended', {
      issuedOn: '2026-11-28',
      sections: planSections({ I: OAKWOOD }),
    });
    expect(eventTypes(amended)).toEqual(['AmendedPlanIssued', 'DeadlineMet', 'DeadlineMet']);
    const after = await deadlinesAsOf(h, cw, caseId);
    expect(after[`phase-transfer:${transferId}`]).toMatchObject({ dueOn: '2027-02-14', status: 'met', closedOn: '2026-11-28' });
    expect(after[`amended-plan:${noticeId}`]).toMatchObject({ status: 'met', closedOn: '2026-11-28' });
    expect(await summary(caseId)).toMatchObject({ plan: { version: 4, status: 'final', setting: OAKWOOD } });
  });
});

describe('a review that keeps the plan, a notice outside a review, a decision not to amend, and a move to post-16', () => {
  let caseId: string;

  beforeAll(async () => {
    caseId = await finalPlanCase('2011-03-01');
    await withFinalPlan(caseId);
  });

  it('starts the next annual review from the decision date: decided Fri 9 Jan 2026 → due Fri 8 Jan 2027', async () => {
    // Meeting Fri 19 Dec 2025, the last school day before Christmas: the decision is due 16 Jan 2026.
    const { reviewId } = await step(h, cw, caseId, '/reviews', { meetingOn: '2025-12-19' });
    const decided = await step(h, cw, caseId, `/reviews/${reviewId}/decision`, {
      decision: 'maintain',
      decidedOn: '2026-01-09',
      stepDownConsidered: false,
      stepDownRationale: 'A step down is not appropriate before the move to post-16',
      rationale: 'The plan still describes the needs and provision',
    });
    expect(eventTypes(decided)).toEqual(['ReviewDecided', 'DeadlineMet', 'DeadlineMet', 'DeadlineStarted']);
    const d = await deadlinesAsOf(h, cw, caseId, '2026-01-09');
    expect(d[`review-decision:${reviewId}`]).toMatchObject({ dueOn: '2026-01-16', status: 'met' });
    expect(d['annual-review:2']).toMatchObject({ startedOn: '2026-01-09', dueOn: '2027-01-08', status: 'open' });
    expect((await summary(caseId)).stage).toBe('plan-final');
    // A second decision on the same review is refused.
    const again = await post(h, cw, caseId, `/reviews/${reviewId}/decision`, {
      decision: 'cease',
      decidedOn: '2026-01-10',
      stepDownConsidered: true,
      stepDownRationale: 'x',
      rationale: 'y',
    });
    expectProblem(again, 422, 'EHCP.REVIEW_ALREADY_DECIDED');
  });

  it('refuses progress on an outcome id given as something other than text: 400 naming the entry', async () => {
    const { reviewId } = await step(h, cw, caseId, '/reviews', { meetingOn: '2026-06-05' });
    const res = await post(h, cw, caseId, `/reviews/${reviewId}/decision`, {
      decision: 'maintain',
      decidedOn: '2026-06-12',
      stepDownConsidered: true,
      stepDownRationale: 'x',
      rationale: 'y',
      outcomesProgress: [{ outcomeId: 7, progress: 'done' }],
    });
    expectProblem(res, 400);
    expect(badFields(res)).toEqual(['outcomesProgress[0].outcomeId', 'outcomesProgress[0].progress']);
    await step(h, cw, caseId, `/reviews/${reviewId}/decision`, {
      decision: 'maintain',
      decidedOn: '2026-06-12',
      stepDownConsidered: true,
      stepDownRationale: 'Considered; the college placement still needs the plan',
      rationale: 'No change',
    });
  });

  it('proposes the move to post-16 in September 2027 (born 1 Mar 2011), due before 31 March: 30 Mar 2027', async () => {
    expect((await plan(caseId)).proposedPhaseTransfers).toEqual([
      { transfer: 'secondary-to-post-16', transferOn: '2027-09-01', dueOn: '2027-03-30' },
    ]);
    const res = await step(h, cw, caseId, '/phase-transfer', { transfer: 'secondary-to-post-16', transferOn: '2027-09-01' });
    const d = await deadlinesAsOf(h, cw, caseId);
    expect(d[`phase-transfer:${res.transferId}`]).toMatchObject({ dueOn: '2027-03-30', status: 'open' });
    expect((await plan(caseId)).proposedPhaseTransfers).toEqual([]);
  });

  it('sends a notice outside a review and then decides not to amend (Reg 22(4)), closing both clocks', async () => {
    const notice = await step(h, cw, caseId, '/plan/amendment-notice', {
      sentOn: '2026-10-01',
      proposedAmendments: 'Section F: add a weekly mentoring session',
      reason: 'The school asked for it',
    });
    const noticeId = notice.noticeId as string;
    // Thu 1 Oct 2026: 15 days end Thu 15 Oct; 8 weeks on is Thu 26 Nov.
    let d = await deadlinesAsOf(h, cw, caseId, '2026-10-01');
    expect(d[`amendment-representations:${noticeId}`]).toMatchObject({ dueOn: '2026-10-15', status: 'open' });
    expect(d[`amended-plan:${noticeId}`]).toMatchObject({ dueOn: '2026-11-26', status: 'open' });
    expectProblem(
      await post(h, cw, caseId, '/plan/amendment-notice', { sentOn: '2026-10-02', proposedAmendments: 'x', reason: 'y' }),
      422,
      'EHCP.AMENDMENT_ALREADY_OPEN',
    );
    const res = await step(h, cw, caseId, '/plan/not-amending', {
      decidedOn: '2026-10-20',
      reason: 'Mentoring is ordinarily available',
    });
    expect(eventTypes(res)).toEqual(['DecidedNotToAmend', 'DeadlineMet', 'DeadlineMet']);
    d = await deadlinesAsOf(h, cw, caseId, '2026-10-20');
    expect(d[`amendment-representations:${noticeId}`]).toMatchObject({ status: 'met', closedOn: '2026-10-15' });
    expect(d[`amended-plan:${noticeId}`]).toMatchObject({ status: 'met', closedOn: '2026-10-20' });
    expectProblem(
      await post(h, cw, caseId, '/plan/not-amending', { decidedOn: '2026-10-21', reason: 'x' }),
      422,
      'EHCP.NO_AMENDMENT_NOTICE',
    );
  });

  it('records a review once for a retried request with the same Idempotency-Key', async () => {
    const send = () =>
      h.http
        .post(caseUrl(caseId, '/reviews'))
        .set(cw)
        .set('Idempotency-Key', 'review-2026-11-20')
        .send({ meetingOn: '2026-11-20' });
    const first = await send();
    const second = await send();
    expect(first.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect((await history(h, cw, caseId)).filter((e) => e.type === 'ReviewStarted')).toHaveLength(3);
  });
});
