import jwt from 'jsonwebtoken';
import { startEmbedded, type Harness } from './harness.js';
import { type Auth, type Json, caseUrl, expectProblem, login, openCase, post, requestBody } from './fixtures.js';

/** Authentication (401), roles and LA boundaries (403 / 404), docs/api.md "Conventions". */

let h: Harness;
let cw202: Auth;
let cw203: Auth;
let case202: string;
let case203: string;

const decision = { decision: 'assess', decidedOn: '2025-02-03', reason: 'Evidence of need' };

beforeAll(async () => {
  h = await startEmbedded();
  cw202 = await login(h, 'caseworker@202');
  cw203 = await login(h, 'caseworker@203');
  case202 = await openCase(h, cw202, '2025-01-06');
  case203 = await openCase(h, cw203, '2025-01-06', { la: '203' });
});
afterAll(async () => {
  await h.close();
});

describe('authentication', () => {
  it('no token: 401 on reads and writes', async () => {
    expectProblem(await h.http.get('/api/v1/cases'), 401);
    expectProblem(await h.http.get(caseUrl(case202)), 401);
    expectProblem(await h.http.post('/api/v1/cases').send(requestBody('2025-01-06')), 401);
  });

  it('a token that is not a token, or not a bearer: 401', async () => {
    expectProblem(await h.http.get('/api/v1/cases').set('Authorization', 'Bearer not.a.token'), 401);
    expectProblem(
      await h.http.get('/api/v1/cases').set('Authorization', `Basic ${Buffer.from('caseworker@202:demo').toString('base64')}`),
      401,
    );
  });

  it('forged tokens are refused: another secret, alg none, a genuine token with its claims changed', async () => {
    const claims = { role: 'caseworker', la: '202' };
    const opts = { subject: 'caseworker@202', issuer: 'send-casework' };
    const otherSecret = jwt.sign(claims, 'not-the-secret', { ...opts, algorithm: 'HS256' });
    const unsigned = jwt.sign(claims, '', { ...opts, algorithm: 'none' });
    // caseworker@202's own token, re-labelled as LA 203 and as an auditor, keeping the original signature.
    const [header, payload, signature] = cw202.Authorization.slice('Bearer '.length).split('.');
    const relabel = (change: Json) =>
      [
        header,
        Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), ...change })).toString(
          'base64url',
        ),
        signature,
      ].join('.');
    for (const token of [otherSecret, unsigned, relabel({ la: '203' }), relabel({ role: 'auditor' })]) {
      expectProblem(await h.http.get(caseUrl(case202)).set('Authorization', `Bearer ${token}`), 401);
    }
  });

  it('five wrong passwords for a username block it (429 with Retry-After, even with the right password); others are untouched', async () => {
    const attempt = (username: string, password: string) => h.http.post('/api/v1/auth/token').send({ username, password });
    for (let i = 0; i < 5; i++) expectProblem(await attempt('caseworker@203', `guess-${i}`), 401);
    const blocked = await attempt('caseworker@203', 'demo');
    expectProblem(blocked, 429, 'AUTH.TOO_MANY_ATTEMPTS');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    expectProblem(await attempt('CASEWORKER@203', 'demo'), 429, 'AUTH.TOO_MANY_ATTEMPTS');
    expect((await attempt('auditor', 'demo')).status).toBe(200);
  });

  it('a right password clears the count of earlier wrong ones', async () => {
    const attempt = (password: string) => h.http.post('/api/v1/auth/token').send({ username: 'admin', password });
    for (let i = 0; i < 4; i++) expectProblem(await attempt('guess'), 401);
    expect((await attempt('demo')).status).toBe(200);
    for (let i = 0; i < 4; i++) expectProblem(await attempt('guess'), 401);
    expect((await attempt('demo')).status).toBe(200);
  });

  it('a wrong password gets no token: 401', async () => {
    expectProblem(await h.http.post('/api/v1/auth/token').send({ username: 'caseworker@202', password: 'guess' }), 401);
    expectProblem(await h.http.post('/api/v1/auth/token').send({ username: 'nobody', password: 'demo' }), 401);
  });
});

describe("a caseworker of LA 203 and LA 202's cases", () => {
  it('GET of a 202 case, its deadlines, history and plan: 404, as if it did not exist', async () => {
    for (const path of ['', '/deadlines', '/history', '/verify', '/replay?asOf=2026-11-28T10:00:00Z', '/plan']) {
      expectProblem(await h.http.get(caseUrl(case202, path)).set(cw203), 404);
    }
  });

  it('POST on a 202 case: 404, and nothing written', async () => {
    expectProblem(await post(h, cw203, case202, '/assessment/decision', decision), 404);
    const s = (await h.http.get(caseUrl(case202)).set(cw202).expect(200)).body;
    expect(s.stage).toBe('requested');
  });

  it('POST /cases for LA 202: 403', async () => {
    expectProblem(
      await h.http
        .post('/api/v1/cases')
        .set(cw203)
        .send(requestBody('2025-01-06', { la: '202' })),
      403,
    );
  });

  it('GET /cases?la=202: 403', async () => {
    expectProblem(await h.http.get('/api/v1/cases?la=202').set(cw203), 403);
  });

  it("GET /cases lists 203's cases and none of 202's", async () => {
    const items = (await h.http.get('/api/v1/cases').set(cw203).expect(200)).body.items as Json[];
    expect(items.map((c) => c.caseId)).toContain(case203);
    expect(items.map((c) => c.caseId)).not.toContain(case202);
    expect(new Set(items.map((c) => c.la))).toEqual(new Set(['203']));
  });

  it("and the other way round: 202's caseworker and manager cannot see 203's case", async () => {
    expectProblem(await h.http.get(caseUrl(case203)).set(cw202), 404);
    expectProblem(await h.http.get(caseUrl(case203)).set(await login(h, 'manager@202')), 404);
  });
});

describe('national roles', () => {
  it.each(['auditor', 'tribunal'])("%s reads the summary, history and verification of any LA's case", async (user) => {
    const auth = await login(h, user);
    for (const caseId of [case202, case203]) {
      expect((await h.http.get(caseUrl(caseId)).set(auth)).status).toBe(200);
      const hist = await h.http.get(caseUrl(caseId, '/history')).set(auth).expect(200);
      expect((hist.body as Json[]).length).toBeGreaterThan(0);
      expect((await h.http.get(caseUrl(caseId, '/verify')).set(auth).expect(200)).body.valid).toBe(true);
    }
  });

  it.each(['auditor', 'tribunal'])('%s may not decide: POST decision 403, nothing written', async (user) => {
    const auth = await login(h, user);
    expectProblem(await post(h, auth, case202, '/assessment/decision', decision), 403);
    expectProblem(await h.http.post('/api/v1/cases').set(auth).send(requestBody('2025-01-06')), 403);
    expect((await h.http.get(caseUrl(case202)).set(cw202).expect(200)).body.stage).toBe('requested');
  });

  it('admin may not read a case: 403', async () => {
    const admin = await login(h, 'admin');
    expectProblem(await h.http.get(caseUrl(case202)).set(admin), 403);
    expectProblem(await h.http.get(caseUrl(case202, '/history')).set(admin), 403);
    expectProblem(await h.http.get('/api/v1/cases').set(admin), 403);
  });

  // The DfE regions group sees suppressed dashboard figures only (docs/dashboards.md "Who sees what"), never a case.
  it.each([
    ['GET', ''],
    ['GET', '/history'],
    ['GET', '/verify'],
    ['GET', '/deadlines'],
    ['GET', '/timeline'],
    ['GET', '/replay'],
    ['GET', '/plan'],
    ['GET', '/disputes'],
    ['GET', '/funding'],
    ['GET', '/bundle.pdf'],
    ['POST', '/assessment/decision'],
    ['POST', '/plan/draft'],
    ['POST', '/disputes'],
  ])('regions may not %s a case route (…%s): 403', async (method, path) => {
    const regions = await login(h, 'regions');
    const url = caseUrl(case202, path);
    const res = method === 'GET' ? await h.http.get(url).set(regions) : await h.http.post(url).set(regions).send(decision);
    expectProblem(res, 403);
  });

  it('regions may not list or open cases: 403', async () => {
    const regions = await login(h, 'regions');
    expectProblem(await h.http.get('/api/v1/cases').set(regions), 403);
    expectProblem(await h.http.post('/api/v1/cases').set(regions).send(requestBody('2025-01-06')), 403);
    expect((await h.http.get(caseUrl(case202)).set(cw202).expect(200)).body.stage).toBe('requested');
  });

  it('a caseworker may not run operations: admin routes are 403', async () => {
    expectProblem(await h.http.post('/api/v1/admin/deadlines/sweep').set(cw202), 403);
  });

  it('manager@202 decides on a 202 case', async () => {
    const res = await post(h, await login(h, 'manager@202'), case202, '/assessment/decision', decision);
    expect(res.status).toBe(201);
  });
});

describe('security headers', () => {
  it('are on every response: success, refusal, error, unknown route, page and metrics', async () => {
    const responses = [
      await h.http.get('/health').expect(200),
      await h.http.get('/metrics').expect(200),
      await h.http.get('/api/v1/cases').expect(401),
      await h.http.get(caseUrl(case202)).set(cw203).expect(404),
      await h.http.post('/api/v1/cases').set(cw202).send({}).expect(400),
      await h.http.get('/api/v1/no-such-route').expect(404),
      await h.http.get('/sign-in').expect(200),
    ];
    for (const res of responses) {
      expect(res.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
        'referrer-policy': 'same-origin',
        'strict-transport-security': expect.stringContaining('max-age='),
        'cross-origin-opener-policy': 'same-origin',
      });
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });
});
