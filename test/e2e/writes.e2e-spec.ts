import { startEmbedded, type Harness } from './harness.js';
import { type Auth, type Json, caseUrl, expectProblem, history, login, openCase, requestBody } from './fixtures.js';

/** docs/api.md "Conventions": Idempotency-Key on writes, If-Match against concurrent change (409). */

let h: Harness;
let cw: Auth;

beforeAll(async () => {
  h = await startEmbedded();
  cw = await login(h, 'caseworker@202');
});
afterAll(async () => {
  await h.close();
});

const listed = async (receivedOn: string): Promise<Json[]> => {
  const res = await h.http.get('/api/v1/cases?pageSize=200').set(cw).expect(200);
  return (res.body.items as Json[]).filter((c) => c.requestedOn === receivedOn);
};

describe('Idempotency-Key', () => {
  it('POST /cases twice with the same key: the same 201 body and caseId, and only one case', async () => {
    const body = requestBody('2025-01-06');
    const first = await h.http.post('/api/v1/cases').set(cw).set('Idempotency-Key', 'req-2025-01-06-okafor').send(body);
    expect(first.status).toBe(201);
    const again = await h.http.post('/api/v1/cases').set(cw).set('Idempotency-Key', 'req-2025-01-06-okafor').send(body);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect((await listed('2025-01-06')).map((c) => c.caseId)).toEqual([first.body.caseId]);
    expect((await history(h, cw, first.body.caseId)).length).toBe(4);
  });

  it('the same key with a different body: 422 IDEMPOTENCY.KEY_REUSED, and nothing created', async () => {
    const first = await h.http
      .post('/api/v1/cases')
      .set(cw)
      .set('Idempotency-Key', 'req-2025-01-07')
      .send(requestBody('2025-01-07'));
    expect(first.status).toBe(201);
    const reused = await h.http
      .post('/api/v1/cases')
      .set(cw)
      .set('Idempotency-Key', 'req-2025-01-07')
      .send(requestBody('2025-01-08'));
    expectProblem(reused, 422, 'IDEMPOTENCY.KEY_REUSED');
    expect(await listed('2025-01-08')).toEqual([]);
    expect((await listed('2025-01-07')).length).toBe(1);
  });

  it('two retries racing each other with the same key record one case', async () => {
    const body = requestBody('2025-01-09');
    const send = () => h.http.post('/api/v1/cases').set(cw).set('Idempotency-Key', 'race-2025-01-09').send(body);
    const [a, b] = await Promise.all([send(), send()]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.body.caseId).toBe(a.body.caseId);
    expect((await listed('2025-01-09')).length).toBe(1);
  });

  it('a retried decision with the same key returns the first response and records nothing twice', async () => {
    const caseId = await openCase(h, cw, '2025-01-10');
    const body = { decision: 'assess', decidedOn: '2025-02-03', reason: 'Evidence of need' };
    const first = await h.http
      .post(caseUrl(caseId, '/assessment/decision'))
      .set(cw)
      .set('Idempotency-Key', `decide-${caseId}`)
      .send(body);
    expect(first.status).toBe(201);
    const length = (await history(h, cw, caseId)).length;
    const again = await h.http
      .post(caseUrl(caseId, '/assessment/decision'))
      .set(cw)
      .set('Idempotency-Key', `decide-${caseId}`)
      .send(body);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect((await history(h, cw, caseId)).length).toBe(length);
    // Without the key the same decision is a new command, and the decider refuses a second decision.
    expectProblem(
      await h.http.post(caseUrl(caseId, '/assessment/decision')).set(cw).send(body),
      422,
      'ASSESSMENT.ALREADY_DECIDED',
    );
  });
});

describe('If-Match', () => {
  let caseId: string;
  let revision: number;

  beforeAll(async () => {
    const res = await h.http.post('/api/v1/cases').set(cw).send(requestBody('2025-01-13'));
    caseId = res.body.caseId;
    revision = res.body.revision;
  });

  it('a decision sent with a stale revision: 409 CONCURRENCY.STALE_REVISION, nothing written', async () => {
    const length = (await history(h, cw, caseId)).length;
    const res = await h.http
      .post(caseUrl(caseId, '/assessment/decision'))
      .set(cw)
      .set('If-Match', String(revision - 1))
      .send({ decision: 'assess', decidedOn: '2025-02-03', reason: 'Evidence of need' });
    expectProblem(res, 409, 'CONCURRENCY.STALE_REVISION');
    expect((await history(h, cw, caseId)).length).toBe(length);
    expect((await h.http.get(caseUrl(caseId)).set(cw).expect(200)).body.stage).toBe('requested');
  });

  it('the same decision with the current revision: 201, at the next revisions', async () => {
    const res = await h.http
      .post(caseUrl(caseId, '/assessment/decision'))
      .set(cw)
      .set('If-Match', String(revision))
      .send({ decision: 'assess', decidedOn: '2025-02-03', reason: 'Evidence of need' });
    expect(res.status).toBe(201);
    expect(res.body.revision).toBe(revision + res.body.events.length);
    expect((await h.http.get(caseUrl(caseId)).set(cw).expect(200)).body.stage).toBe('assessing');
  });

  it('two different decisions racing without If-Match: exactly one is recorded', async () => {
    const racing = await openCase(h, cw, '2025-01-14');
    const send = (decision: string) =>
      h.http.post(caseUrl(racing, '/assessment/decision')).set(cw).send({ decision, decidedOn: '2025-02-03', reason: 'r' });
    const answers = await Promise.all([send('assess'), send('refuse')]);
    expect(answers.map((r) => r.status).sort()).toEqual([201, 422]);
    expect((await history(h, cw, racing)).filter((e) => e.type === 'AssessmentDecided')).toHaveLength(1);
  });
});
