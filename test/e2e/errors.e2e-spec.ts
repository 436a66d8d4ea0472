import { startEmbedded, type Harness } from './harness.js';
import {
  type Auth,
  type Json,
  badFields,
  caseReadyForDraft,
  caseUrl,
  expectProblem,
  history,
  login,
  openCase,
  planSections,
  post,
  requestBody,
  step,
  SPECIFIC_ITEM,
} from './fixtures.js';

/**
 * docs/api.md "Conventions": 400 for a malformed or invalid body naming every bad field, 422 with a stable
 * code when a domain rule refuses, never a 500 for bad input, and nothing written by a refused request.
 */

let h: Harness;
let cw: Auth;

beforeAll(async () => {
  h = await startEmbedded(); // today is 2026-11-28 in England
  cw = await login(h, 'caseworker@202');
});
afterAll(async () => {
  await h.close();
});

const caseCount = async () => (await h.http.get('/api/v1/cases').set(cw).expect(200)).body.total as number;

describe('POST /cases with a bad body', () => {
  it('answers 400 problem+json naming every bad field, nested ones by their path', async () => {
    const before = await caseCount();
    const res = await h.http
      .post('/api/v1/cases')
      .set(cw)
      .send({
        child: { givenName: '', familyName: 'Okafor', dateOfBirth: '01/03/2016' },
        la: '2',
        requestedBy: 'grandparent',
        receivedOn: '2025-02-29',
      });
    const problem = expectProblem(res, 400);
    expect(badFields(res)).toEqual(['child.dateOfBirth', 'child.givenName', 'la', 'receivedOn', 'requestedBy']);
    for (const e of problem.errors as Json[]) expect(typeof e.message).toBe('string');
    expect(await caseCount()).toBe(before);
  });

  it('refuses an impossible date (2025-02-29) with 400 naming it', async () => {
    const res = await h.http.post('/api/v1/cases').set(cw).send(requestBody('2025-02-29'));
    expectProblem(res, 400);
    expect(badFields(res)).toEqual(['receivedOn']);
  });

  it('refuses a missing child object with 400 naming child', async () => {
    const { child: _child, ...withoutChild } = requestBody('2025-01-31');
    const res = await h.http.post('/api/v1/cases').set(cw).send(withoutChild);
    expectProblem(res, 400);
    expect(badFields(res)).toEqual(['child']);
  });

  it('refuses malformed JSON with 400 problem+json', async () => {
    const before = await caseCount();
    const res = await h.http
      .post('/api/v1/cases')
      .set(cw)
      .set('Content-Type', 'application/json')
      .send('{"child": {"givenName": "Amara",');
    expectProblem(res, 400);
    expect(res.body.code).toBe('REQUEST.MALFORMED_JSON');
    expect(await caseCount()).toBe(before);
  });

  it.each([
    ['an array', []],
    ['a string', '"a request"'],
    ['null', 'null'],
  ])('refuses a JSON body that is %s with 400, never a 500', async (_what, body) => {
    const res = await h.http
      .post('/api/v1/cases')
      .set(cw)
      .set('Content-Type', 'application/json')
      .send(body as never);
    expectProblem(res, 400);
  });

  // class-transformer recurses without a bound: the depth check must refuse such a body before validation.
  it('refuses a deeply nested JSON body (10 000 levels, 20 KB) with a 4xx problem, never a 500', async () => {
    const depth = 10_000;
    for (const body of ['['.repeat(depth) + ']'.repeat(depth), `{"child":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`]) {
      const res = await h.http.post('/api/v1/cases').set(cw).set('Content-Type', 'application/json').send(body);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.code).toBe('REQUEST.TOO_DEEP');
    }
  });

  it('answers 400 naming the field for text the hash chain cannot canonicalise (a lone surrogate), and stores nothing', async () => {
    const before = await caseCount();
    const child = { givenName: '\udfff\ud800x', familyName: 'Okafor', dateOfBirth: '2015-03-02' };
    const res = await h.http.post('/api/v1/cases').set(cw).send(requestBody('2026-11-28', { child }));
    expectProblem(res, 400, 'REQUEST.MALFORMED_TEXT');
    expect(badFields(res)).toEqual(['child.givenName']);
    expect(await caseCount()).toBe(before);
    // A pair is one character (U+1F600), not a fault.
    const paired = { ...child, givenName: 'Amara \ud83d\ude00' };
    expect(
      (
        await h.http
          .post('/api/v1/cases')
          .set(cw)
          .send(requestBody('2026-11-28', { child: paired }))
      ).status,
    ).toBe(201);
  });

  it('refuses a receivedOn after today (2026-11-29) with 422 DATE.IN_THE_FUTURE; today itself is accepted', async () => {
    const before = await caseCount();
    expectProblem(await h.http.post('/api/v1/cases').set(cw).send(requestBody('2026-11-29')), 422, 'DATE.IN_THE_FUTURE');
    expect(await caseCount()).toBe(before);
    expect((await h.http.post('/api/v1/cases').set(cw).send(requestBody('2026-11-28'))).status).toBe(201);
  });

  it('refuses a date of birth in the future with 422 DATE.IN_THE_FUTURE', async () => {
    const res = await h.http
      .post('/api/v1/cases')
      .set(cw)
      .send(requestBody('2026-11-28', { child: { givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2027-01-01' } }));
    expectProblem(res, 422, 'DATE.IN_THE_FUTURE');
  });
});

describe('refused writes on a case record nothing', () => {
  let caseId: string;
  let length: number;

  beforeAll(async () => {
    caseId = await openCase(h, cw, '2025-01-31');
    length = (await history(h, cw, caseId)).length;
  });
  afterEach(async () => {
    expect((await history(h, cw, caseId)).length).toBe(length);
    expect((await h.http.get(caseUrl(caseId)).set(cw).expect(200)).body.stage).toBe('requested');
  });

  it('a decision dated before the request: 422 ASSESSMENT.DECISION_BEFORE_REQUEST', async () => {
    const res = await post(h, cw, caseId, '/assessment/decision', {
      decision: 'assess',
      decidedOn: '2025-01-30',
      reason: 'Needs',
    });
    expectProblem(res, 422, 'ASSESSMENT.DECISION_BEFORE_REQUEST');
  });

  it('a decision dated after today: 422 DATE.IN_THE_FUTURE', async () => {
    const res = await post(h, cw, caseId, '/assessment/decision', {
      decision: 'assess',
      decidedOn: '2026-11-29',
      reason: 'Needs',
    });
    expectProblem(res, 422, 'DATE.IN_THE_FUTURE');
  });

  it('a decision with every field bad: 400 naming decision, decidedOn and reason', async () => {
    const res = await post(h, cw, caseId, '/assessment/decision', { decision: 'perhaps', decidedOn: '2025-02-30' });
    expectProblem(res, 400);
    expect(badFields(res)).toEqual(['decidedOn', 'decision', 'reason']);
  });

  it('an exception on the ground of a waiting list: 400 naming ground (not a lawful ground)', async () => {
    const res = await post(h, cw, caseId, '/assessment/exceptions', {
      ground: 'waiting-list',
      from: '2025-02-10',
      evidence: 'EP waiting list is 20 weeks',
      familyNotified: true,
    });
    expectProblem(res, 400);
    expect(badFields(res)).toEqual(['ground']);
  });

  it('an outcome before any decision to assess: 422', async () => {
    expectProblem(
      await post(h, cw, caseId, '/assessment/outcome', { outcome: 'issue-plan', decidedOn: '2025-03-01', reason: 'x' }),
      422,
    );
  });

  it('a malformed If-Match: 400', async () => {
    const res = await h.http
      .post(caseUrl(caseId, '/assessment/decision'))
      .set(cw)
      .set('If-Match', 'yesterday')
      .send({ decision: 'assess', decidedOn: '2025-02-10', reason: 'Needs' });
    expectProblem(res, 400);
  });
});

describe('dates that answer an earlier act may not precede it', () => {
  let caseId: string;

  beforeAll(async () => {
    caseId = await caseReadyForDraft(h, cw, '2025-01-31', '2025-02-14', '2025-05-01');
  });

  it('a draft dated before the decision to issue a plan: 422, nothing written', async () => {
    const length = (await history(h, cw, caseId)).length;
    expectProblem(await post(h, cw, caseId, '/plan/draft', { issuedOn: '2025-04-30', sections: planSections() }), 422);
    expect((await history(h, cw, caseId)).length).toBe(length);
  });

  it('representations dated before the draft, and a final plan dated before the draft: 422', async () => {
    await step(h, cw, caseId, '/plan/draft', { issuedOn: '2025-05-05', sections: planSections() });
    const length = (await history(h, cw, caseId)).length;
    expectProblem(await post(h, cw, caseId, '/plan/representations', { receivedOn: '2025-05-04' }), 422);
    expectProblem(await post(h, cw, caseId, '/plan/final', { issuedOn: '2025-05-04' }), 422);
    expect((await history(h, cw, caseId)).length).toBe(length);
  });

  it('a final plan with a section I of an unknown type: 400 naming I.type', async () => {
    const res = await post(h, cw, caseId, '/plan/final', { issuedOn: '2025-06-01', I: { type: 'boarding-castle' } });
    expectProblem(res, 400);
    expect(badFields(res)).toEqual(['I.type']);
  });
});

describe('every bad field of a plan body is named, not only the first kind of fault', () => {
  let caseId: string;

  beforeAll(async () => {
    caseId = await caseReadyForDraft(h, cw, '2025-01-31', '2025-02-14', '2025-05-01');
  });

  it('a draft with only bad sections names each of them', async () => {
    const res = await post(h, cw, caseId, '/plan/draft', {
      issuedOn: '2025-05-05',
      sections: planSections({ A: '', B: { primaryNeed: 'XYZ', description: 'x' } }),
    });
    expectProblem(res, 400);
    expect(badFields(res)).toEqual(['sections.A', 'sections.B.primaryNeed']);
  });

  it("a draft with absurd hours (1e308, 169) names each item's hours and stores nothing; 168 is the bound", async () => {
    const before = (await history(h, cw, caseId)).length;
    const res = await post(h, cw, caseId, '/plan/draft', {
      issuedOn: '2025-05-05',
      sections: planSections({
        F: [
          { ...SPECIFIC_ITEM, hours: 1e308 },
          { ...SPECIFIC_ITEM, hours: 169 },
        ],
      }),
    });
    expectProblem(res, 400);
    expect(badFields(res)).toEqual(['sections.F.items[0].hours', 'sections.F.items[1].hours']);
    expect((await history(h, cw, caseId)).length).toBe(before);
  });

  // Sections are parsed by the validation pipe itself, so their faults are named beside the DTO's own.
  it('a draft with a bad issuedOn AND bad sections names issuedOn and sections.B.primaryNeed (docs/api.md: every bad field named)', async () => {
    const res = await post(h, cw, caseId, '/plan/draft', {
      issuedOn: '2025-02-30',
      sections: planSections({ B: { primaryNeed: 'XYZ', description: 'x' } }),
    });
    expectProblem(res, 400);
    expect(badFields(res)).toEqual(['issuedOn', 'sections.B.primaryNeed']);
  });

  // Likewise a bad I beside a bad issuedOn.
  it('a final plan with a bad issuedOn AND a bad I names issuedOn and I.type (docs/api.md: every bad field named)', async () => {
    const res = await post(h, cw, caseId, '/plan/final', { issuedOn: 'soon', I: { type: 'boarding-castle' } });
    expectProblem(res, 400);
    expect(badFields(res)).toEqual(['I.type', 'issuedOn']);
  });
});

describe('unknown things', () => {
  it('an unknown case id answers 404 problem+json on reads and writes', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expectProblem(await h.http.get(caseUrl(unknown)).set(cw), 404);
    expectProblem(await h.http.get(caseUrl(unknown, '/deadlines')).set(cw), 404);
    expectProblem(await h.http.get(caseUrl(unknown, '/history')).set(cw), 404);
    expectProblem(
      await post(h, cw, unknown, '/assessment/decision', { decision: 'assess', decidedOn: '2025-02-10', reason: 'x' }),
      404,
    );
  });

  it('an unknown adviceId answers 404', async () => {
    const caseId = await caseReadyForDraft(h, cw, '2025-01-31', '2025-02-14', '2025-05-01');
    expectProblem(
      await post(h, cw, caseId, '/assessment/advice/no-such-advice/received', { receivedOn: '2025-03-01' }),
      404,
      'ASSESSMENT.ADVICE_NOT_FOUND',
    );
  });

  it('an unknown disputeId answers 404 MEDIATION.DISPUTE_NOT_FOUND and records nothing', async () => {
    const caseId = await openCase(h, cw, '2025-01-31');
    const before = (await history(h, cw, caseId)).length;
    const unknown = '00000000-0000-4000-8000-000000000001';
    const mediationStep = { event: 'adviser-contacted', on: '2025-03-01' };
    expectProblem(await post(h, cw, caseId, `/disputes/${unknown}/mediation`, mediationStep), 404, 'MEDIATION.DISPUTE_NOT_FOUND');
    expectProblem(
      await post(h, cw, caseId, `/disputes/${unknown}/certificate`, { issuedOn: '2025-03-01' }),
      404,
      'MEDIATION.DISPUTE_NOT_FOUND',
    );
    expect((await history(h, cw, caseId)).length).toBe(before);
  });

  it('a case id that is not a UUID is refused as a bad request, not a server error', async () => {
    expectProblem(await h.http.get('/api/v1/cases/not-a-case').set(cw), 400);
  });
});

describe('numbers outside their plausible domain are refused at the edge with the field named', () => {
  it('a setting with 1e6 places, or more places taken than 5,000: 400 naming capacity and placesTaken', async () => {
    const res = await h.http
      .post('/api/v1/settings')
      .set(cw)
      .send({
        la: '202',
        name: 'Huge',
        type: 'mainstream',
        phases: ['primary'],
        needs: ['SLCN'],
        capacity: 1e6,
        placesTaken: 5001,
      });
    expectProblem(res, 400);
    expect(badFields(res)).toEqual(['capacity', 'placesTaken']);
  });

  it('a high-needs budget above £10bn: 400 naming budgetPence, and nothing set', async () => {
    const manager = await login(h, 'manager@202');
    const res = await h.http
      .put('/api/v1/funding/budgets/202/2026-27')
      .set(manager)
      .send({ budgetPence: 1e15, setOn: '2026-04-01' });
    expectProblem(res, 400);
    expect(badFields(res)).toEqual(['budgetPence']);
    expect((await h.http.get('/api/v1/funding/budgets/202/2026-27').set(manager)).body.budgetPence ?? null).toBeNull();
  });
});
