import type { Response } from 'supertest';
import { startEmbedded, type Harness } from './harness.js';
import {
  type Auth,
  type Json,
  UUID,
  badFields,
  caseReadyForDraft,
  caseUrl,
  deadlinesAsOf,
  expectProblem,
  history,
  login,
  planSections,
  post,
  step,
  caseWithFinalPlan,
} from './fixtures.js';

/**
 * A plan moving between local authorities over HTTP (SEND Regulations 2014 reg 15; docs/api.md "Transfer
 * between LAs"): LA 202 transfers a final plan to LA 203, told late of a move across Christmas; 203 sees it
 * pending and accepts; its two clocks start; the case, its writes and its list are 203's from then on, and
 * 202 keeps read access to its own part of the history only.
 */

let h: Harness;
let cw202: Auth;
let cw203: Auth;

beforeAll(async () => {
  h = await startEmbedded();
  cw202 = await login(h, 'caseworker@202');
  cw203 = await login(h, 'caseworker@203');
});
afterAll(async () => {
  await h.close();
});

const eventTypes = (body: Json) => (body.events as Json[]).map((e) => e.type);
const queue = async (auth: Auth): Promise<Json[]> =>
  (await h.http.get('/api/v1/cases?pageSize=200').set(auth).expect(200)).body.items as Json[];
const timelineTitles = async (auth: Auth, caseId: string): Promise<string[]> =>
  ((await h.http.get(caseUrl(caseId, '/timeline')).set(auth).expect(200)).body.entries as Json[]).map((e) => e.title);

/** Request 2024-11-01 → assess → issue → draft 2025-01-27 → final plan 2025-02-11 (section I: special), all by 202. */
const finalPlanIn202 = (): Promise<string> =>
  caseWithFinalPlan(
    h,
    cw202,
    { receivedOn: '2024-11-01', decidedOn: '2024-12-02', outcomeOn: '2025-01-20', draftOn: '2025-01-27', finalOn: '2025-02-11' },
    { type: 'special' },
  );

/** Sends a refused write and checks that it wrote nothing (read back as 203, or whoever may read it all). */
async function refusedAndNothingWritten(
  reader: Auth,
  caseId: string,
  send: () => Promise<Response>,
  status: number,
): Promise<Response> {
  const before = (await history(h, reader, caseId)).length;
  const res = await send();
  expect(res.status).toBe(status);
  expect((await history(h, reader, caseId)).length).toBe(before);
  return res;
}

describe('a final plan transferred from LA 202 to LA 203', () => {
  let caseId: string;
  let transferId: string;

  it('refuses a transfer of a plan that is only a draft (EHCP.TRANSFER_NEEDS_FINAL_PLAN), writing nothing', async () => {
    const draftOnly = await caseReadyForDraft(h, cw202, '2024-11-01', '2024-12-02', '2025-01-20');
    await step(h, cw202, draftOnly, '/plan/draft', { issuedOn: '2025-01-27', sections: planSections() });
    const res = await refusedAndNothingWritten(
      cw202,
      draftOnly,
      () => post(h, cw202, draftOnly, '/transfer', { toLa: '203', movedOn: '2025-12-22', learnedOn: '2025-12-19' }),
      422,
    );
    expect(res.body.code).toBe('EHCP.TRANSFER_NEEDS_FINAL_PLAN');
  });

  it('refuses bad input from the old LA: the same LA (422), an LA code that is none, missing dates (400)', async () => {
    caseId = await finalPlanIn202();
    const before = (await history(h, cw202, caseId)).length;
    const same = await post(h, cw202, caseId, '/transfer', { toLa: '202', movedOn: '2025-12-22', learnedOn: '2025-12-19' });
    expect(expectProblem(same, 422, 'EHCP.TRANSFER_TO_SAME_LA').field).toBe('toLa');
    for (const toLa of ['2O3', '20', 'Greenwich', 203]) {
      const bad = await post(h, cw202, caseId, '/transfer', { toLa, movedOn: '2025-12-22', learnedOn: '2025-12-19' });
      expectProblem(bad, 400);
      expect(badFields(bad)).toEqual(['toLa']);
    }
    const noDates = await post(h, cw202, caseId, '/transfer', { toLa: '203', movedOn: '22/12/2025' });
    expectProblem(noDates, 400);
    expect(badFields(noDates)).toEqual(['learnedOn', 'movedOn']);
    const future = await post(h, cw202, caseId, '/transfer', { toLa: '203', movedOn: '2026-12-22', learnedOn: '2026-11-29' });
    expectProblem(future, 422, 'DATE.IN_THE_FUTURE');
    expect((await history(h, cw202, caseId)).length).toBe(before);
  });

  it('keeps the case out of 203’s sight before any transfer', async () => {
    expectProblem(await h.http.get(caseUrl(caseId)).set(cw203), 404, 'CASE.NOT_FOUND');
    expectProblem(await post(h, cw203, caseId, '/transfer/accept', { acceptedOn: '2026-01-12' }), 404, 'CASE.NOT_FOUND');
    expect((await queue(cw203)).map((c) => c.caseId)).not.toContain(caseId);
  });

  it('records 202’s transfer: told on Fri 19 Dec 2025 of a move on Mon 22 Dec, due on 13 Jan 2026', async () => {
    const res = await post(h, cw202, caseId, '/transfer', { toLa: '203', movedOn: '2025-12-22', learnedOn: '2025-12-19' });
    expect(res.status).toBe(201);
    expect(eventTypes(res.body)).toEqual(['PlanTransferRequested', 'DeadlineStarted']);
    expect(res.body.transferId).toMatch(UUID);
    transferId = res.body.transferId;
    // 15 working days beginning with 19 Dec: 19, 22, 23, 24, 29, 30, 31 Dec, 2, 5, 6, 7, 8, 9, 12, 13 Jan.
    expect((await deadlinesAsOf(h, cw202, caseId, '2026-01-05'))[`transfer-plan:${transferId}`]).toMatchObject({
      rule: 'transfer-plan',
      source: 'SEND Regulations 2014 reg 15(2)',
      startedOn: '2025-12-19',
      dueOn: '2026-01-13',
      status: 'open',
    });
  });

  it('refuses a second transfer while the first waits (EHCP.TRANSFER_ALREADY_PENDING)', async () => {
    const res = await refusedAndNothingWritten(
      cw202,
      caseId,
      () => post(h, cw202, caseId, '/transfer', { toLa: '204', movedOn: '2025-12-22', learnedOn: '2025-12-19' }),
      422,
    );
    expect(res.body.code).toBe('EHCP.TRANSFER_ALREADY_PENDING');
  });

  it('refuses the Reg 15(4) notice while the transfer waits: 202 has accepted nothing (422), 203 cannot write yet (404)', async () => {
    const res = await refusedAndNothingWritten(
      cw202,
      caseId,
      () => post(h, cw202, caseId, '/transfer/notice', { sentOn: '2026-01-05' }),
      422,
    );
    expect(res.body.code).toBe('EHCP.NO_ACCEPTED_TRANSFER');
    const early = await refusedAndNothingWritten(
      cw202,
      caseId,
      () => post(h, cw203, caseId, '/transfer/notice', { sentOn: '2026-01-05' }),
      404,
    );
    expect(early.body.code).toBe('CASE.NOT_FOUND');
  });

  it('shows the pending transfer to 203 in its list, the case summary and the plan, and no more', async () => {
    const pending = { status: 'pending', fromLa: '202', toLa: '203' };
    const listed = (await queue(cw203)).find((c) => c.caseId === caseId);
    expect(listed).toMatchObject({ la: '202', transfer: pending });
    expect((await queue(cw202)).find((c) => c.caseId === caseId)).toMatchObject({ la: '202', transfer: pending });
    const summary = (await h.http.get(caseUrl(caseId)).set(cw203).expect(200)).body;
    expect(summary).toMatchObject({ la: '202', stage: 'plan-final', plan: { version: 2, status: 'final' }, transfer: pending });
    const plan = (await h.http.get(caseUrl(caseId, '/plan')).set(cw203).expect(200)).body;
    expect(plan).toMatchObject({ version: 2, status: 'final', issuedOn: '2025-02-11', sections: { I: { type: 'special' } } });
    for (const path of ['/deadlines', '/history', '/timeline']) {
      expectProblem(await h.http.get(caseUrl(caseId, path)).set(cw203), 404, 'CASE.NOT_FOUND');
    }
    // Nor can 203 write anything but the acceptance while the case is 202's.
    expectProblem(
      await post(h, cw203, caseId, '/transfer', { toLa: '204', movedOn: '2026-01-05', learnedOn: '2026-01-05' }),
      404,
    );
  });

  it('refuses the old LA accepting its own transfer (EHCP.TRANSFER_NOT_TO_YOUR_LA), and a bad date (400)', async () => {
    const res = await refusedAndNothingWritten(
      cw202,
      caseId,
      () => post(h, cw202, caseId, '/transfer/accept', { acceptedOn: '2026-01-12' }),
      422,
    );
    expect(res.body.code).toBe('EHCP.TRANSFER_NOT_TO_YOUR_LA');
    const bad = await refusedAndNothingWritten(
      cw202,
      caseId,
      () => post(h, cw203, caseId, '/transfer/accept', { acceptedOn: 'next week' }),
      400,
    );
    expect(badFields(bad)).toEqual(['acceptedOn']);
    const early = await refusedAndNothingWritten(
      cw202,
      caseId,
      () => post(h, cw203, caseId, '/transfer/accept', { acceptedOn: '2025-12-18' }),
      422,
    );
    expect(early.body.code).toBe('EHCP.TRANSFER_ACCEPTED_BEFORE_LEARNED');
  });

  it('203 accepts on Mon 12 Jan 2026: 202’s clock met, 203’s 6 weeks and review clock started', async () => {
    const res = await post(h, cw203, caseId, '/transfer/accept', { acceptedOn: '2026-01-12' });
    expect(res.status).toBe(201);
    // The annual review started by the final plan gives way to transfer-review (Reg 15(5)).
    expect(eventTypes(res.body)).toEqual([
      'PlanTransferAccepted',
      'DeadlineMet',
      'DeadlineNotApplicable',
      'DeadlineStarted',
      'DeadlineStarted',
    ]);
    const d = await deadlinesAsOf(h, cw203, caseId, '2026-01-12');
    expect(d['annual-review:1']).toMatchObject({ status: 'not-applicable' });
    expect(d[`transfer-plan:${transferId}`]).toMatchObject({ dueOn: '2026-01-13', status: 'met', closedOn: '2026-01-12' });
    // Reg 15(4): within 6 weeks of the transfer, Mon 23 Feb 2026.
    expect(d[`transfer-notice:${transferId}`]).toMatchObject({
      rule: 'transfer-notice',
      source: 'SEND Regulations 2014 reg 15(4)',
      startedOn: '2026-01-12',
      dueOn: '2026-02-23',
      status: 'open',
    });
    // Reg 15(5): 12 months beginning with 11 Feb 2025 end on 10 Feb 2026; 3 months beginning with
    // 12 Jan 2026 end on Sat 11 Apr 2026, the later.
    expect(d[`transfer-review:${transferId}`]).toMatchObject({
      rule: 'transfer-review',
      startedOn: '2026-01-12',
      dueOn: '2026-04-11',
      status: 'open',
    });
    // As of today (2026-11-28) both have passed without the act: breached, for 203 to answer for.
    const now = await deadlinesAsOf(h, cw203, caseId);
    expect([now[`transfer-notice:${transferId}`].status, now[`transfer-review:${transferId}`].status]).toEqual([
      'breached',
      'breached',
    ]);
  });

  it('makes the case 203’s: its summary, its list; and no longer 202’s', async () => {
    const summary = (await h.http.get(caseUrl(caseId)).set(cw203).expect(200)).body;
    expect(summary).toMatchObject({ la: '203', stage: 'plan-final', plan: { version: 2, status: 'final' } });
    expect(summary.transfer).toBeUndefined();
    expect((summary.openDeadlines as Json[]).map((o) => o.rule).sort()).toEqual(['transfer-notice', 'transfer-review']);
    expect((await queue(cw203)).find((c) => c.caseId === caseId)).toMatchObject({
      la: '203',
      nextDeadline: { rule: 'transfer-notice', dueOn: '2026-02-23', status: 'breached' },
    });
    expect((await queue(cw202)).map((c) => c.caseId)).not.toContain(caseId);
    for (const path of ['', '/plan', '/deadlines', '/replay', '/verify']) {
      expectProblem(await h.http.get(caseUrl(caseId, path)).set(cw202), 404, 'CASE.NOT_FOUND');
    }
  });

  it('lets 203 work the case: its writes carry LA 203', async () => {
    const res = await post(h, cw203, caseId, '/disputes', {
      about: ['section-f'],
      decisionLetterOn: '2025-02-11',
      raisedOn: '2026-01-20',
    });
    expect(res.status).toBe(201);
    expect(eventTypes(res.body)).toContain('DisagreementRaised');
    const raised = (await history(h, cw203, caseId)).find((e) => e.type === 'DisagreementRaised');
    expect(raised?.actor).toMatchObject({ id: 'caseworker@203' });
  });

  it('refuses every write by 202 (404 CASE.NOT_FOUND), writing nothing', async () => {
    const writes: [string, Json][] = [
      ['/disputes', { about: ['section-f'], decisionLetterOn: '2025-02-11', raisedOn: '2026-01-21' }],
      ['/transfer', { toLa: '204', movedOn: '2026-01-20', learnedOn: '2026-01-20' }],
      ['/transfer/accept', { acceptedOn: '2026-01-20' }],
      ['/plan/final', { issuedOn: '2026-01-20' }],
    ];
    for (const [path, body] of writes) {
      const res = await refusedAndNothingWritten(cw203, caseId, () => post(h, cw202, caseId, path, body), 404);
      expect(res.body.code).toBe('CASE.NOT_FOUND');
    }
  });

  it('refuses a second acceptance (EHCP.NO_TRANSFER_PENDING)', async () => {
    const res = await refusedAndNothingWritten(
      cw203,
      caseId,
      () => post(h, cw203, caseId, '/transfer/accept', { acceptedOn: '2026-01-13' }),
      422,
    );
    expect(res.body.code).toBe('EHCP.NO_TRANSFER_PENDING');
  });

  it('records 203’s notice to the family on Fri 20 Feb 2026, within the 6 weeks (Reg 15(4)): transfer-notice met', async () => {
    const bad = await refusedAndNothingWritten(cw203, caseId, () => post(h, cw203, caseId, '/transfer/notice', {}), 400);
    expect(badFields(bad)).toEqual(['sentOn']);
    const early = await refusedAndNothingWritten(
      cw203,
      caseId,
      () => post(h, cw203, caseId, '/transfer/notice', { sentOn: '2026-01-09' }),
      422,
    );
    expect(expectProblem(early, 422, 'EHCP.TRANSFER_NOTICE_BEFORE_TRANSFER').field).toBe('sentOn');
    const byOldLa = await refusedAndNothingWritten(
      cw203,
      caseId,
      () => post(h, cw202, caseId, '/transfer/notice', { sentOn: '2026-02-20' }),
      404,
    );
    expect(byOldLa.body.code).toBe('CASE.NOT_FOUND');

    const res = await post(h, cw203, caseId, '/transfer/notice', { sentOn: '2026-02-20' });
    expect(res.status).toBe(201);
    expect(eventTypes(res.body)).toEqual(['TransferNoticeSent', 'DeadlineMet']);
    const d = await deadlinesAsOf(h, cw203, caseId);
    expect(d[`transfer-notice:${transferId}`]).toMatchObject({ dueOn: '2026-02-23', status: 'met', closedOn: '2026-02-20' });
    const summary = (await h.http.get(caseUrl(caseId)).set(cw203).expect(200)).body;
    expect((summary.openDeadlines as Json[]).map((o) => o.rule)).toEqual(['transfer-review']);
    const again = await refusedAndNothingWritten(
      cw203,
      caseId,
      () => post(h, cw203, caseId, '/transfer/notice', { sentOn: '2026-02-21' }),
      422,
    );
    expect(expectProblem(again, 422, 'EHCP.TRANSFER_NOTICE_ALREADY_SENT')).toMatchObject({ sentOn: '2026-02-20' });
    expect(await timelineTitles(cw203, caseId)).toContain('LA 203 told the family the plan has been transferred');
    expect(await timelineTitles(cw202, caseId)).not.toContain('LA 203 told the family the plan has been transferred');
  });

  it('gives 202 its own history only: every event up to the acceptance, none of 203’s', async () => {
    const all = await history(h, cw203, caseId);
    const own = await history(h, cw202, caseId);
    const acceptedAt = all.findIndex((e) => e.type === 'PlanTransferAccepted');
    expect(acceptedAt).toBeGreaterThan(0);
    expect(own.map((e) => e.id)).toEqual(all.slice(0, acceptedAt).map((e) => e.id));
    expect(own.map((e) => e.type)).toContain('PlanTransferRequested');
    expect(own.map((e) => e.type)).not.toContain('PlanTransferAccepted');
    expect(own.map((e) => e.type)).not.toContain('DisagreementRaised');
    expect(own.some((e) => e.actor.id === 'caseworker@203')).toBe(false);
    expect(all.some((e) => e.actor.id === 'caseworker@202')).toBe(true);
  });

  it('tells each LA its part of the timeline, with no personal data in the transfer entries', async () => {
    const own = await timelineTitles(cw202, caseId);
    const all = await timelineTitles(cw203, caseId);
    expect(own).toContain('EHC plan transferred to LA 203');
    expect(own).not.toContain('Transfer accepted by LA 203');
    expect(all).toEqual(expect.arrayContaining(['EHC plan transferred to LA 203', 'Transfer accepted by LA 203']));
    const entries = (await h.http.get(caseUrl(caseId, '/timeline')).set(cw203).expect(200)).body.entries as Json[];
    const transfer = entries.filter((e) => /transfer/i.test(e.title) && e.kind === 'plan');
    expect(transfer.map((e) => [e.at, e.title])).toEqual([
      ['2025-12-19', 'EHC plan transferred to LA 203'],
      ['2026-01-12', 'Transfer accepted by LA 203'],
    ]);
    expect(JSON.stringify(transfer)).not.toMatch(/Amara|Okafor|2016-03-01/);
  });

  it('meets transfer-review (due 11 Apr 2026) by 203’s review decision of Fri 20 Mar 2026 (Reg 15(5))', async () => {
    const { reviewId } = await step(h, cw203, caseId, '/reviews', { meetingOn: '2026-03-02' });
    await step(h, cw203, caseId, `/reviews/${reviewId}/decision`, {
      decision: 'maintain',
      decidedOn: '2026-03-20',
      stepDownConsidered: true,
      stepDownRationale: 'Needs still call for the plan after the move',
      rationale: 'The plan still fits the child in the new area',
    });
    const d = await deadlinesAsOf(h, cw203, caseId, '2026-03-20');
    expect(d[`transfer-review:${transferId}`]).toMatchObject({ dueOn: '2026-04-11', status: 'met', closedOn: '2026-03-20' });
    expect(d['annual-review:2']).toMatchObject({ startedOn: '2026-03-20', dueOn: '2027-03-19', status: 'open' });
  });
});

describe('a transfer to a third LA', () => {
  it('is not 203’s to see or accept: 404, nothing written', async () => {
    const caseId = await finalPlanIn202();
    await step(h, cw202, caseId, '/transfer', { toLa: '204', movedOn: '2025-12-22', learnedOn: '2025-12-19' });
    expectProblem(await h.http.get(caseUrl(caseId)).set(cw203), 404, 'CASE.NOT_FOUND');
    expectProblem(await h.http.get(caseUrl(caseId, '/plan')).set(cw203), 404, 'CASE.NOT_FOUND');
    const res = await refusedAndNothingWritten(
      cw202,
      caseId,
      () => post(h, cw203, caseId, '/transfer/accept', { acceptedOn: '2026-01-12' }),
      404,
    );
    expect(res.body.code).toBe('CASE.NOT_FOUND');
    expect((await queue(cw203)).map((c) => c.caseId)).not.toContain(caseId);
    expect((await h.http.get(caseUrl(caseId)).set(cw202).expect(200)).body.transfer).toEqual({
      status: 'pending',
      fromLa: '202',
      toLa: '204',
    });
  });
});

describe('a pending transfer withdrawn: the family did not move', () => {
  let caseId: string;
  let transferId: string;

  it('lets only the old LA withdraw, with a date and a reason (400 naming them otherwise)', async () => {
    caseId = await finalPlanIn202();
    ({ transferId } = await step(h, cw202, caseId, '/transfer', {
      toLa: '203',
      movedOn: '2025-12-22',
      learnedOn: '2025-12-19',
    }));
    const byNewLa = await refusedAndNothingWritten(
      cw202,
      caseId,
      () => post(h, cw203, caseId, '/transfer/withdraw', { withdrawnOn: '2026-01-05', reason: 'Not moving' }),
      404,
    );
    expect(byNewLa.body.code).toBe('CASE.NOT_FOUND');
    const bad = await refusedAndNothingWritten(
      cw202,
      caseId,
      () => post(h, cw202, caseId, '/transfer/withdraw', { withdrawnOn: '5 Jan 2026', reason: ' ' }),
      400,
    );
    expect(badFields(bad)).toEqual(['reason', 'withdrawnOn']);
    const early = await refusedAndNothingWritten(
      cw202,
      caseId,
      () => post(h, cw202, caseId, '/transfer/withdraw', { withdrawnOn: '2025-12-18', reason: 'Not moving' }),
      422,
    );
    expect(expectProblem(early, 422, 'EHCP.TRANSFER_WITHDRAWN_BEFORE_LEARNED').field).toBe('withdrawnOn');
  });

  it('withdraws it on 5 Jan 2026: transfer-plan stops applying, the summary has no transfer, 203 no longer sees the case', async () => {
    const res = await post(h, cw202, caseId, '/transfer/withdraw', {
      withdrawnOn: '2026-01-05',
      reason: 'The family decided not to move',
    });
    expect(res.status).toBe(201);
    expect(eventTypes(res.body)).toEqual(['PlanTransferWithdrawn', 'DeadlineNotApplicable']);
    // Today (2026-11-28) is long past the due date of 13 Jan 2026: the clock does not breach.
    const d = await deadlinesAsOf(h, cw202, caseId);
    expect(d[`transfer-plan:${transferId}`]).toMatchObject({ dueOn: '2026-01-13', status: 'not-applicable' });
    const admin = await login(h, 'admin');
    await h.http.post('/api/v1/admin/deadlines/sweep').set(admin).expect(200);
    const breaches = (await history(h, cw202, caseId)).filter((e) => e.type === 'DeadlineBreached');
    expect(breaches.map((e) => e.data.rule)).not.toContain('transfer-plan');

    const summary = (await h.http.get(caseUrl(caseId)).set(cw202).expect(200)).body;
    expect(summary).toMatchObject({ la: '202', stage: 'plan-final' });
    expect(summary.transfer).toBeUndefined();
    expect((summary.openDeadlines as Json[]).map((o) => o.rule)).not.toContain('transfer-plan');
    expectProblem(await h.http.get(caseUrl(caseId)).set(cw203), 404, 'CASE.NOT_FOUND');
    expectProblem(await h.http.get(caseUrl(caseId, '/plan')).set(cw203), 404, 'CASE.NOT_FOUND');
    expect((await queue(cw203)).map((c) => c.caseId)).not.toContain(caseId);
    const accept = await refusedAndNothingWritten(
      cw202,
      caseId,
      () => post(h, cw203, caseId, '/transfer/accept', { acceptedOn: '2026-01-12' }),
      404,
    );
    expect(accept.body.code).toBe('CASE.NOT_FOUND');
  });

  it('refuses a second withdrawal (EHCP.NO_TRANSFER_PENDING) and tells the withdrawal in the timeline', async () => {
    const res = await refusedAndNothingWritten(
      cw202,
      caseId,
      () => post(h, cw202, caseId, '/transfer/withdraw', { withdrawnOn: '2026-01-06', reason: 'Again' }),
      422,
    );
    expect(res.body.code).toBe('EHCP.NO_TRANSFER_PENDING');
    const entries = (await h.http.get(caseUrl(caseId, '/timeline')).set(cw202).expect(200)).body.entries as Json[];
    expect(entries.find((e) => e.title === 'Transfer to LA 203 withdrawn')).toMatchObject({
      at: '2026-01-05',
      source: 'SEND Regulations 2014 reg 15(1)',
      reason: 'The family decided not to move',
    });
  });

  it('lets 202 transfer the plan again when the family does move', async () => {
    const res = await post(h, cw202, caseId, '/transfer', { toLa: '203', movedOn: '2026-09-01', learnedOn: '2026-06-01' });
    expect(res.status).toBe(201);
    expect((await h.http.get(caseUrl(caseId)).set(cw203).expect(200)).body.transfer).toEqual({
      status: 'pending',
      fromLa: '202',
      toLa: '203',
    });
  });
});
