import { startEmbedded, type Harness } from './harness.js';
import {
  type Auth,
  type Json,
  caseUrl,
  conclude,
  deadlinesAsOf,
  decide,
  history,
  login,
  openCase,
  planSections,
  requestBody,
  settled,
  step,
} from './fixtures.js';

/**
 * Embedded mode keeps everything in DATA_DIR: after a restart on the same directory every read answers
 * as before, tokens still work, idempotency records survive, and new writes continue the same streams.
 */

let h: Harness;
let cw: Auth;
let caseId: string;
let adviceId: string;
let keyed: Json;
let before: Record<string, unknown>;

const reads = async (): Promise<Record<string, unknown>> => ({
  summary: (await h.http.get(caseUrl(caseId)).set(cw).expect(200)).body,
  deadlines: (await h.http.get(caseUrl(caseId, '/deadlines')).set(cw).expect(200)).body,
  deadlinesAsOf: (await h.http.get(caseUrl(caseId, '/deadlines?asOf=2025-03-21')).set(cw).expect(200)).body,
  history: await history(h, cw, caseId),
  verify: (await h.http.get(caseUrl(caseId, '/verify')).set(cw).expect(200)).body,
  plan: (await h.http.get(caseUrl(caseId, '/plan')).set(cw).expect(200)).body,
  list: (await h.http.get('/api/v1/cases').set(cw).expect(200)).body,
});

beforeAll(async () => {
  h = await startEmbedded();
  cw = await login(h, 'caseworker@202');
  caseId = await openCase(h, cw, '2024-12-02');
  await decide(h, cw, caseId, 'assess', '2025-01-06');
  adviceId = (await step(h, cw, caseId, '/assessment/advice', { adviser: 'health', requestedOn: '2025-01-07' })).adviceId;
  await conclude(h, cw, caseId, 'issue-plan', '2025-03-03');
  await step(h, cw, caseId, '/plan/draft', { issuedOn: '2025-03-20', sections: planSections() });
  const res = await h.http.post('/api/v1/cases').set(cw).set('Idempotency-Key', 'before-restart').send(requestBody('2025-02-03'));
  expect(res.status).toBe(201);
  keyed = res.body;
  before = await reads();
  await h.restart();
  await settled(h);
});
afterAll(async () => {
  await h.close();
});

describe('after a restart on the same DATA_DIR', () => {
  it('every read answers exactly as before: summary, deadlines, history, verify, plan, case list', async () => {
    const after = await reads();
    for (const key of Object.keys(before)) expect({ [key]: after[key] }).toEqual({ [key]: before[key] });
  });

  it('a token issued before the restart still works', async () => {
    const res = await h.http.get(caseUrl(caseId)).set(cw);
    expect(res.status).toBe(200);
    expect(res.body.stage).toBe('draft-issued');
  });

  it('a retry with an Idempotency-Key used before the restart returns the first response and creates nothing', async () => {
    const total = (await h.http.get('/api/v1/cases').set(cw).expect(200)).body.total;
    const again = await h.http
      .post('/api/v1/cases')
      .set(cw)
      .set('Idempotency-Key', 'before-restart')
      .send(requestBody('2025-02-03'));
    expect(again.status).toBe(201);
    expect(again.body).toEqual(keyed);
    expect((await h.http.get('/api/v1/cases').set(cw).expect(200)).body.total).toBe(total);
  });

  it('a new write continues the assessment stream: next revision, chained to the last hash before the restart', async () => {
    const old = (await history(h, cw, caseId)).filter((e) => e.stream === `assessment-${caseId}`);
    const last = old[old.length - 1];
    const res = await h.http
      .post(caseUrl(caseId, `/assessment/advice/${adviceId}/received`))
      .set(cw)
      .send({ receivedOn: '2025-02-10' });
    expect(res.status).toBe(201);
    expect(res.body.revision).toBe(last.revision + 2);
    const added = (await history(h, cw, caseId)).filter((e) => e.stream === `assessment-${caseId}`).slice(old.length);
    expect(added.map((e) => [e.type, e.revision])).toEqual([
      ['AdviceReceived', last.revision + 1],
      ['DeadlineMet', last.revision + 2],
    ]);
    expect(added[0].prevHash).toBe(last.hash);
    expect((await deadlinesAsOf(h, cw, caseId))[`advice:${adviceId}`]).toMatchObject({ status: 'met', closedOn: '2025-02-10' });
  });

  it('the plan stream continues too, and the final plan still closes the 20-week clock across contexts', async () => {
    await step(h, cw, caseId, '/plan/representations', { receivedOn: '2025-03-25', nothingFurther: true });
    const res = await h.http
      .post(caseUrl(caseId, '/plan/final'))
      .set(cw)
      .send({ issuedOn: '2025-03-25', I: { type: 'mainstream', name: 'Oak Primary' } });
    expect(res.status).toBe(201);
    expect((await deadlinesAsOf(h, cw, caseId))['final-plan']).toMatchObject({
      dueOn: '2025-04-21',
      status: 'met',
      closedOn: '2025-03-25',
    });
    expect((await h.http.get(caseUrl(caseId)).set(cw).expect(200)).body).toMatchObject({
      stage: 'plan-final',
      plan: { version: 2, status: 'final' },
    });
    const verify = (await h.http.get(caseUrl(caseId, '/verify')).set(cw).expect(200)).body;
    expect(verify.valid).toBe(true);
  });

  it('process managers do not repeat their reactions: one PlanOpened, one final-plan closure', async () => {
    await h.restart();
    await settled(h);
    const events = await history(h, cw, caseId);
    expect(events.filter((e) => e.type === 'PlanOpened')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'FinalPlanIssued')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'DeadlineMet' && e.data.deadlineId === 'final-plan')).toHaveLength(1);
    expect((await h.http.get(caseUrl(caseId)).set(cw).expect(200)).body.stage).toBe('plan-final');
  });
});
