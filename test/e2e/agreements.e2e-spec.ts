import { eventually } from '@send/testing';
import { startEmbedded, type Harness } from './harness.js';
import {
  type Auth,
  type Json,
  badFields,
  caseUrl,
  deadlinesAsOf,
  expectProblem,
  login,
  openCase,
  post,
  step,
} from './fixtures.js';

/**
 * Mediation agreements (SEND Regulations 2014 reg 42) and the certificate the family is still owed when the LA
 * does not arrange mediation in time (regs 37–39), through the public API, with the dates a caseworker would see
 * in GET …/deadlines and GET …/disputes (docs/domain.md "Mediation agreements", "When the LA does not arrange
 * mediation"). The clock follows each case, so every act is recorded on its own day.
 */

let h: Harness;
let cw: Auth;
const on = (date: string) => h.clock.set(new Date(`${date}T10:00:00Z`));

beforeAll(async () => {
  h = await startEmbedded(new Date('2026-06-01T10:00:00Z'));
  cw = await login(h, 'caseworker@202');
});
afterAll(async () => {
  await h.close();
});

const dispute = async (caseId: string, disputeId: string): Promise<Json> =>
  (
    await h.http
      .get(caseUrl(caseId, `/disputes/${disputeId}`))
      .set(cw)
      .expect(200)
  ).body;
const revisionOf = async (caseId: string): Promise<string> =>
  (await h.http.get(caseUrl(caseId, '/disputes')).set(cw).expect(200)).headers.etag as string;
const timelineTitles = async (caseId: string): Promise<string[]> =>
  ((await h.http.get(caseUrl(caseId, '/timeline')).set(cw).expect(200)).body.entries as Json[]).map((e) => e.title as string);

/** A dispute raised the day after the letter, mediation asked for, and held: ready for an agreement. */
async function mediated(about: string[], letterOn: string, requestedOn: string, heldOn: string) {
  on(letterOn);
  const caseId = await openCase(h, cw, '2026-01-05');
  const raisedOn = requestedOn;
  on(raisedOn);
  const { disputeId } = await step(h, cw, caseId, '/disputes', { about, decisionLetterOn: letterOn, raisedOn });
  const d = `/disputes/${disputeId}`;
  await step(h, cw, caseId, `${d}/mediation`, { event: 'requested', on: requestedOn });
  on(heldOn);
  await step(h, cw, caseId, `${d}/mediation`, { event: 'held', on: heldOn });
  return { caseId, disputeId: disputeId as string, d };
}

describe('Reg 42(2): an agreement on appealable issues runs the clocks of the order it amounts to', () => {
  it('agreed on Wed 22 July 2026 to amend section F: the amended plan is due Wed 26 August, 5 weeks on, August and all', async () => {
    const { caseId, disputeId, d } = await mediated(['section-f'], '2026-06-15', '2026-06-17', '2026-07-15');
    on('2026-07-22');
    const agreed = await step(h, cw, caseId, `${d}/mediation`, {
      event: 'agreement',
      on: '2026-07-22',
      order: 'amend-provision',
    });
    expect(typeof agreed.agreementId).toBe('string');
    const clocks = await deadlinesAsOf(h, cw, caseId, '2026-08-26');
    expect(clocks[`order-compliance:${agreed.agreementId}:amended-plan`]).toMatchObject({
      rule: 'order-compliance',
      startedOn: '2026-07-22',
      dueOn: '2026-08-26',
      status: 'open',
    });
    expect(clocks[`agreement-compliance:${disputeId}`]).toBeUndefined();
    expect((await deadlinesAsOf(h, cw, caseId, '2026-08-27'))[`order-compliance:${agreed.agreementId}:amended-plan`].status).toBe(
      'breached',
    );
    expect(await dispute(caseId, disputeId)).toMatchObject({
      status: 'agreement-reached',
      agreement: { agreementId: agreed.agreementId, on: '2026-07-22', order: 'amend-provision' },
    });
    expect(await timelineTitles(caseId)).toContain('Mediation agreement reached');

    // It is met by the amended plan, never ticked by hand.
    on('2026-08-03');
    expectProblem(
      await post(h, cw, caseId, `${d}/agreement/done`, { doneOn: '2026-08-03' }),
      422,
      'MEDIATION.AGREEMENT_MET_BY_ACTS',
    );
  });

  it('Reg 42(5): to another date agreed in writing, Wednesday 30 September', async () => {
    const { caseId, d } = await mediated(['section-i'], '2026-06-15', '2026-06-17', '2026-07-15');
    on('2026-07-22');
    const agreed = await step(h, cw, caseId, `${d}/mediation`, {
      event: 'agreement',
      on: '2026-07-22',
      order: 'amend-setting',
      agreedDueOn: '2026-09-30',
    });
    const clocks = await deadlinesAsOf(h, cw, caseId, '2026-09-01');
    expect(clocks[`order-compliance:${agreed.agreementId}:amended-plan`]).toMatchObject({ dueOn: '2026-09-30', status: 'open' });
  });

  it('refuses an order the dispute could not lead to, and the refused write changes nothing', async () => {
    const { caseId, disputeId, d } = await mediated(['section-f'], '2026-06-15', '2026-06-17', '2026-07-15');
    on('2026-07-22');
    const before = await revisionOf(caseId);
    const wrong = await post(h, cw, caseId, `${d}/mediation`, { event: 'agreement', on: '2026-07-22', order: 'cease-dismissed' });
    expectProblem(wrong, 422, 'MEDIATION.AGREEMENT_ORDER_NOT_APPEALABLE');
    const early = await post(h, cw, caseId, `${d}/mediation`, {
      event: 'agreement',
      on: '2026-07-22',
      agreedDueOn: '2026-07-01',
    });
    expectProblem(early, 422, 'MEDIATION.AGREED_DATE_BEFORE_AGREEMENT');
    const bad = await post(h, cw, caseId, `${d}/mediation`, {
      event: 'agreement',
      on: '2026-07-22',
      order: 'amend',
      agreedDueOn: 'soon',
    });
    expectProblem(bad, 400);
    expect(badFields(bad)).toEqual(['agreedDueOn', 'order']);
    expect(await revisionOf(caseId)).toBe(before);
    expect((await dispute(caseId, disputeId)).agreement).toBeUndefined();
  });
});

describe('Reg 42(3): other agreements, 2 weeks, closed when what was agreed is done', () => {
  it('agreed Thu 20 August 2026 on health and social care: due Thu 3 September; done on the 4th is late', async () => {
    const { caseId, disputeId, d } = await mediated(['health-social-care'], '2026-07-06', '2026-07-08', '2026-08-05');
    on('2026-08-20');
    await step(h, cw, caseId, `${d}/mediation`, { event: 'agreement', on: '2026-08-20' });
    const id = `agreement-compliance:${disputeId}`;
    expect((await deadlinesAsOf(h, cw, caseId, '2026-09-03'))[id]).toMatchObject({
      rule: 'agreement-compliance',
      startedOn: '2026-08-20',
      dueOn: '2026-09-03',
      status: 'open',
    });

    on('2026-09-04');
    const before = await revisionOf(caseId);
    expectProblem(
      await post(h, cw, caseId, `${d}/agreement/done`, { doneOn: '2026-08-19' }),
      422,
      'MEDIATION.DATE_BEFORE_PRECEDING_STEP',
    );
    expectProblem(await post(h, cw, caseId, `${d}/agreement/done`, { doneOn: '2026-09-05' }), 422);
    const bad = await post(h, cw, caseId, `${d}/agreement/done`, { doneOn: '4 September' });
    expectProblem(bad, 400);
    expect(badFields(bad)).toEqual(['doneOn']);
    expect(await revisionOf(caseId)).toBe(before);

    await step(h, cw, caseId, `${d}/agreement/done`, { doneOn: '2026-09-04' });
    expect((await deadlinesAsOf(h, cw, caseId, '2026-09-10'))[id]).toMatchObject({ status: 'breached', closedOn: '2026-09-04' });
    expect((await dispute(caseId, disputeId)).agreement).toMatchObject({ on: '2026-08-20', doneOn: '2026-09-04' });
    expect(await timelineTitles(caseId)).toContain('What the mediation agreement required was done');
    expectProblem(
      await post(h, cw, caseId, `${d}/agreement/done`, { doneOn: '2026-09-04' }),
      422,
      'MEDIATION.AGREEMENT_ALREADY_DONE',
    );
  });

  it('done within the 2 weeks is met; with no agreement there is nothing to be done', async () => {
    const { caseId, disputeId, d } = await mediated(['health-social-care'], '2026-07-06', '2026-07-08', '2026-08-05');
    on('2026-08-06');
    expectProblem(await post(h, cw, caseId, `${d}/agreement/done`, { doneOn: '2026-08-06' }), 422, 'MEDIATION.NO_AGREEMENT');
    await step(h, cw, caseId, `${d}/mediation`, { event: 'agreement', on: '2026-08-06' });
    await step(h, cw, caseId, `${d}/agreement/done`, { doneOn: '2026-08-06' });
    expect((await deadlinesAsOf(h, cw, caseId, '2026-09-10'))[`agreement-compliance:${disputeId}`]).toMatchObject({
      dueOn: '2026-08-20',
      status: 'met',
      closedOn: '2026-08-06',
    });
  });
});

describe('Regs 37–39: mediation not arranged within 30 days, the family is still owed its certificate', () => {
  const admin = async () => login(h, 'admin');
  const appealWindows = (clocks: Record<string, Json>) =>
    Object.values(clocks)
      .filter((c) => c.rule === 'appeal-window')
      .map((c) => [c.dueOn, c.status]);

  it('in August: the LA tells the adviser on Mon 3 August it cannot arrange mediation; certificate owed Thu 6 August, window Mon 7 September', async () => {
    on('2026-06-22');
    const caseId = await openCase(h, cw, '2026-03-02');
    on('2026-07-01');
    const { disputeId } = await step(h, cw, caseId, '/disputes', {
      about: ['refusal-to-assess'],
      decisionLetterOn: '2026-06-22',
      raisedOn: '2026-07-01',
    });
    const d = `/disputes/${disputeId}`;
    on('2026-08-03');
    // Refused before the family asked for mediation: nothing is written.
    const before = await revisionOf(caseId);
    expectProblem(
      await post(h, cw, caseId, `${d}/mediation`, { event: 'not-arranged', on: '2026-08-03' }),
      422,
      'MEDIATION.MEDIATION_NOT_REQUESTED',
    );
    expect(await revisionOf(caseId)).toBe(before);
    await step(h, cw, caseId, `${d}/mediation`, { event: 'requested', on: '2026-07-01' });
    await step(h, cw, caseId, `${d}/mediation`, { event: 'not-arranged', on: '2026-08-03' });
    const clocks = await deadlinesAsOf(h, cw, caseId, '2026-08-03');
    expect(clocks[`mediation-certificate:${disputeId}`]).toMatchObject({ startedOn: '2026-08-03', dueOn: '2026-08-06' });
    // From the letter: Sat 22 Aug falls in August → Tue 1 Sep (Mon 31 Aug is a bank holiday).
    // From the certificate owed: Sun 6 Sep → Mon 7 Sep.
    expect(appealWindows(clocks)).toEqual([
      ['2026-09-01', 'not-applicable'],
      ['2026-09-07', 'open'],
    ]);
    // The LA's 30 days (to Fri 31 July) were still missed.
    expect((await deadlinesAsOf(h, cw, caseId, '2026-08-03'))[`mediation-held:${disputeId}`]).toMatchObject({
      dueOn: '2026-07-31',
      status: 'breached',
    });
    expectProblem(
      await post(h, cw, caseId, `${d}/mediation`, { event: 'not-arranged', on: '2026-08-03' }),
      422,
      'MEDIATION.STEP_ALREADY_RECORDED',
    );
  });

  it('over Christmas: the 30 days end Thu 31 December; the sweep records the breach, the certificate is owed by Wed 6 January and the window moves to Mon 8 February', async () => {
    on('2026-11-30');
    const caseId = await openCase(h, cw, '2026-09-01');
    on('2026-12-01');
    const { disputeId } = await step(h, cw, caseId, '/disputes', {
      about: ['no-plan'],
      decisionLetterOn: '2026-11-30',
      raisedOn: '2026-12-01',
    });
    const d = `/disputes/${disputeId}`;
    await step(h, cw, caseId, `${d}/mediation`, { event: 'requested', on: '2026-12-01' });
    expect((await deadlinesAsOf(h, cw, caseId, '2026-12-31'))[`mediation-held:${disputeId}`]).toMatchObject({
      dueOn: '2026-12-31',
      status: 'open',
    });

    on('2027-01-04');
    await h.http
      .post('/api/v1/admin/deadlines/sweep')
      .set(await admin())
      .expect(200);
    const certificateClock = `mediation-certificate:${disputeId}`;
    const clocks = await eventually('the certificate owed', async () => {
      const found = await deadlinesAsOf(h, cw, caseId, '2027-01-04');
      if (found[certificateClock] === undefined) throw new Error('not yet');
      return found;
    });
    // Fri 1 Jan is a bank holiday: Mon 4, Tue 5, Wed 6 January are the 3 working days.
    expect(clocks[certificateClock]).toMatchObject({
      rule: 'mediation-certificate',
      startedOn: '2027-01-01',
      dueOn: '2027-01-06',
    });
    // 2 months from the letter is Sat 30 Jan → Mon 1 Feb; a month from 6 Jan is Sat 6 Feb → Mon 8 Feb.
    expect(appealWindows(clocks)).toEqual([
      ['2027-02-01', 'not-applicable'],
      ['2027-02-08', 'open'],
    ]);
    expect(await dispute(caseId, disputeId)).toMatchObject({
      certificateOwedBy: '2027-01-06',
      mediation: { 'not-arranged': { on: '2027-01-01' } },
      appealRights: { windowEndsOn: '2027-02-08' },
    });
    expect(await timelineTitles(caseId)).toContain('Mediation was not arranged within 30 days');

    // A second sweep records nothing more.
    const revision = await revisionOf(caseId);
    await h.http
      .post('/api/v1/admin/deadlines/sweep')
      .set(await admin())
      .expect(200);
    expect(await revisionOf(caseId)).toBe(revision);

    // The appeal still needs the certificate itself (CFA s.55(3)); issued Tue 5 Jan, it keeps the later window.
    on('2027-01-05');
    expectProblem(
      await post(h, cw, caseId, `${d}/appeal`, { registeredOn: '2027-01-05' }),
      422,
      'MEDIATION.CERTIFICATE_REQUIRED',
    );
    await step(h, cw, caseId, `${d}/certificate`, { issuedOn: '2027-01-05' });
    on('2027-02-08');
    await step(h, cw, caseId, `${d}/appeal`, { registeredOn: '2027-02-08' });
    const after = await deadlinesAsOf(h, cw, caseId, '2027-02-08');
    expect(after[certificateClock]).toMatchObject({ status: 'met', closedOn: '2027-01-05' });
    expect(appealWindows(after)).toEqual([
      ['2027-02-01', 'not-applicable'],
      ['2027-02-08', 'met'],
    ]);
    expect((await dispute(caseId, disputeId)).appeal).toMatchObject({ windowEndsOn: '2027-02-08', inTime: true });
  });
});
