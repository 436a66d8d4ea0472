import { Harness, startEmbedded } from './harness.js';
import {
  Auth,
  Json,
  caseReadyForDraft,
  caseUrl,
  deadlinesAsOf,
  decide,
  history,
  login,
  openCase,
  planSections,
  registerSetting,
  step,
} from './fixtures.js';

/**
 * The five contexts together in one process: the process managers that carry a decision from one
 * context to the next (allocation → section I, final plan → funding and appeal rights, refusal →
 * appeal rights), driven through docs/api.md only.
 */
let h: Harness;
let cw: Auth;
beforeAll(async () => {
  h = await startEmbedded(new Date('2025-12-01T10:00:00Z'));
  cw = await login(h, 'caseworker@202');
});
afterAll(async () => h.close());

describe('placement names the setting, the final plan takes it, funding prices it, the family may appeal', () => {
  let caseId: string;
  let oakwood: string;

  beforeAll(async () => {
    oakwood = await registerSetting(h, cw, { name: 'Oakwood Primary' });
    await h.http
      .put('/api/v1/inclusion-plans/202')
      .set(cw)
      .send({ publishedOn: '2025-04-01', settingIds: [oakwood] })
      .expect(200);
    caseId = await caseReadyForDraft(h, cw, '2025-03-03', '2025-04-07', '2025-06-02');
    await step(h, cw, caseId, '/plan/draft', { issuedOn: '2025-06-09', sections: planSections() });
  });

  it('lists the setting for the child, with why it is there', async () => {
    const res = await h.http.get(caseUrl(caseId, '/placement/tailored-list?asOf=2025-06-10')).set(cw).expect(200);
    const item = res.body.items.find((i: Json) => i.settingId === oakwood);
    expect(item?.reasons.length).toBeGreaterThan(0);
  });

  it('refuses the final plan while section I is unsettled, then issues it with the allocated setting', async () => {
    await step(h, cw, caseId, '/placement/preferences', { ranked: [oakwood], expressedOn: '2025-06-12' });
    const consulted = await step(h, cw, caseId, '/placement/consultations', { settingId: oakwood, sentOn: '2025-06-13' });
    await step(h, cw, caseId, `/placement/consultations/${consulted.consultationId}/answer`, {
      answeredOn: '2025-06-20',
      answer: 'can-meet',
    });
    const early = await h.http.post(caseUrl(caseId, '/plan/final')).set(cw).send({ issuedOn: '2025-06-24' });
    expect(early.body.code).toBe('EHCP.SECTION_I_REQUIRED');
    const allocated = await step(h, cw, caseId, '/placement/allocate', { decidedOn: '2025-06-25' });
    expect(allocated.settingId).toBe(oakwood);
    await step(h, cw, caseId, '/plan/final', { issuedOn: '2025-06-26' });
    const plan = await h.http.get(caseUrl(caseId, '/plan')).set(cw).expect(200);
    expect(plan.body).toMatchObject({ status: 'final', sections: { I: { settingId: oakwood, type: 'mainstream' } } });
  });

  it('prices the final plan from the tariffs with the element 2 / element 3 split', async () => {
    const res = await h.http.get(caseUrl(caseId, '/funding')).set(cw).expect(200);
    expect(res.body.annualPence).toBeGreaterThan(0);
    expect(res.body.element2Pence + res.body.element3Pence).toBe(res.body.annualPence);
    expect(res.body.element2Pence).toBeLessThanOrEqual(600_000);
  });

  it('opens the appeal window on the final plan: letter 2025-06-26 + 2 months = 2025-08-26, in August → 2025-09-01', async () => {
    const windows = Object.values(await deadlinesAsOf(h, cw, caseId, '2025-07-01')).filter((d) => d.rule === 'appeal-window');
    expect(windows.map((d) => d.dueOn)).toEqual(['2025-09-01']);
  });

  it('keeps every context in the case history, each stream chained', async () => {
    const streams = new Set((await history(h, cw, caseId)).map((e) => e.stream.split('-')[0]));
    expect([...streams].sort()).toEqual(['assessment', 'ehcp', 'funding', 'mediation', 'placement']);
    const verify = await h.http.get(caseUrl(caseId, '/verify')).set(cw).expect(200);
    expect(verify.body.valid).toBe(true);
  });
});

describe('a refusal to assess opens the appeal rights, and an appeal needs a certificate under current law', () => {
  let caseId: string;
  let disputeId: string;
  beforeAll(async () => {
    caseId = await openCase(h, cw, '2025-09-01');
    await decide(h, cw, caseId, 'refuse', '2025-10-06');
  });

  it('starts the appeal window from the decision: 2025-10-06 + 2 months = 2025-12-06, a Saturday → Monday 2025-12-08', async () => {
    const windows = Object.values(await deadlinesAsOf(h, cw, caseId, '2025-11-01')).filter((d) => d.rule === 'appeal-window');
    expect(windows.map((d) => d.dueOn)).toEqual(['2025-12-08']);
  });

  it('refuses an appeal without a mediation certificate, then registers it once one is issued', async () => {
    const dispute = await step(h, cw, caseId, '/disputes', {
      about: ['refusal-to-assess'],
      decisionLetterOn: '2025-10-06',
      raisedOn: '2025-10-10',
    });
    const refused = await h.http
      .post(caseUrl(caseId, `/disputes/${dispute.disputeId}/appeal`))
      .set(cw)
      .send({ registeredOn: '2025-10-20' });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('MEDIATION.CERTIFICATE_REQUIRED');
    await step(h, cw, caseId, `/disputes/${dispute.disputeId}/mediation`, { event: 'adviser-contacted', on: '2025-10-13' });
    await step(h, cw, caseId, `/disputes/${dispute.disputeId}/mediation`, { event: 'declined', on: '2025-10-14' });
    await step(h, cw, caseId, `/disputes/${dispute.disputeId}/certificate`, { issuedOn: '2025-10-16' });
    await step(h, cw, caseId, `/disputes/${dispute.disputeId}/appeal`, { registeredOn: '2025-10-20' });
    disputeId = dispute.disputeId;
  });

  it("lets the LA comply with the tribunal's order to assess: the refusal gives way, the 2-week step is met (Reg 44(2)(b))", async () => {
    const order = await step(h, cw, caseId, `/disputes/${disputeId}/orders`, { order: 'assess', madeOn: '2025-11-03' });
    const notify = `order-compliance:${order.orderId}:notify-assessment`;
    const refuseAgain = await h.http
      .post(caseUrl(caseId, '/assessment/decision'))
      .set(cw)
      .send({ decision: 'refuse', decidedOn: '2025-11-05', reason: 'still no need' });
    expect([refuseAgain.status, refuseAgain.body.code]).toEqual([422, 'ASSESSMENT.ORDERED_TO_ASSESS']);
    await decide(h, cw, caseId, 'assess', '2025-11-10');
    const d = await deadlinesAsOf(h, cw, caseId, '2025-11-20');
    expect(d[notify]).toMatchObject({ rule: 'order-compliance', dueOn: '2025-11-17', status: 'met', closedOn: '2025-11-10' });
    expect((await h.http.get(caseUrl(caseId)).set(cw).expect(200)).body.stage).toBe('assessing');
    const timeline = (await h.http.get(caseUrl(caseId, '/timeline')).set(cw).expect(200)).body.entries as Json[];
    const titles = timeline.map((e) => e.title as string);
    expect(titles.indexOf('Decision not to assess')).toBeLessThan(titles.indexOf('Decision to assess'));
    expect(titles).toContain("Refusal to assess set aside by the tribunal's order of 2025-11-03: the LA must assess");
  });
});
