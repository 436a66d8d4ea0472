import { type Auth, type Json, badFields, caseUrl, deadlinesAsOf, expectProblem, login, post, requestBody } from './fixtures.js';
import { startEmbedded, Harness } from './harness.js';

/** One case from request to final plan through the embedded application: the first thing to fail if it cannot start. */
let h: Harness;
beforeAll(async () => {
  h = await startEmbedded();
});
afterAll(async () => {
  await h.close();
});

const typesOf = (body: Json) => (body.events as Json[]).map((e) => e.type);

test('pathway smoke', async () => {
  const auth: Auth = await login(h, 'caseworker@202');
  const created = await h.http.post('/api/v1/cases').set(auth).send(requestBody('2024-02-29'));
  expect(created.status).toBe(201);
  expect(typesOf(created.body)).toEqual(['AssessmentRequested', 'DeadlineStarted', 'DeadlineStarted', 'DeadlineStarted']);
  const id: string = created.body.caseId;

  // The request starts the three statutory clocks (Reg 4–5, Reg 10, Reg 13(2)); the harness's today is long past them.
  const started = await deadlinesAsOf(h, auth, id);
  expect(Object.values(started).map((d) => [d.deadlineId, d.dueOn, d.status])).toEqual([
    ['assessment-decision', '2024-04-11', 'breached'],
    ['no-plan-decision', '2024-06-20', 'breached'],
    ['final-plan', '2024-07-18', 'breached'],
  ]);

  const decided = await post(h, auth, id, '/assessment/decision', {
    decision: 'assess',
    decidedOn: '2024-04-01',
    reason: 'needs',
  });
  expect(decided.status).toBe(201);
  expect(typesOf(decided.body)).toEqual(['AssessmentDecided', 'DeadlineMet']);
  const outcome = await post(h, auth, id, '/assessment/outcome', {
    outcome: 'issue-plan',
    decidedOn: '2024-05-01',
    reason: 'needs',
  });
  expect(outcome.status).toBe(201);
  expect(typesOf(outcome.body)).toEqual(['PlanIssueDecided', 'DeadlineNotApplicable']);

  const draft = await post(h, auth, id, '/plan/draft', {
    issuedOn: '2024-06-03',
    sections: {
      A: 'a',
      B: { primaryNeed: 'ASD', description: 'x' },
      C: 'c',
      D: 'd',
      E: 'e',
      F: [
        {
          provision: 'Speech and language therapy, individual sessions',
          hours: 1,
          frequency: 'weekly',
          deliveredBy: 'speech and language therapist',
        },
      ],
      G: 'g',
      H1: 'h',
      H2: 'h',
      J: 'j',
      K: 'k',
    },
  });
  expect(draft.status).toBe(201);
  expect(typesOf(draft.body)).toEqual(['DraftPlanIssued', 'DeadlineStarted']);

  // Reg 13(1): not while the family's 15 days for representations run.
  const early = await post(h, auth, id, '/plan/final', { issuedOn: '2024-06-10' });
  expect(expectProblem(early, 422, 'EHCP.REPRESENTATION_PERIOD_OPEN')).toMatchObject({ periodEndsOn: '2024-06-17' });
  const final = await post(h, auth, id, '/plan/final', {
    issuedOn: '2024-06-18',
    I: { type: 'mainstream', name: 'Oak Primary' },
  });
  expect(final.status).toBe(201);
  expect(typesOf(final.body)).toEqual(['FinalPlanIssued', 'DeadlineMet', 'DeadlineStarted']);

  const read = (await h.http.get(caseUrl(id)).set(auth).expect(200)).body as Json;
  expect(read).toMatchObject({
    caseId: id,
    la: '202',
    primaryNeed: 'ASD',
    plan: { status: 'final', setting: { type: 'mainstream', name: 'Oak Primary' } },
    // The first annual review (CFA s.44(1)): 12 months starting with 2024-06-18, long past by today.
    openDeadlines: [{ deadlineId: 'annual-review:1', rule: 'annual-review', dueOn: '2025-06-17', status: 'breached' }],
  });
  const closed = await deadlinesAsOf(h, auth, id);
  expect(Object.values(closed).map((d) => [d.rule, d.status])).toEqual([
    ['assessment-decision', 'met'],
    ['no-plan-decision', 'not-applicable'],
    ['final-plan', 'met'],
    ['draft-representations', 'met'],
    ['appeal-window', 'not-applicable'],
    ['annual-review', 'breached'],
  ]);
  const verify = (await h.http.get(caseUrl(id, '/verify')).set(auth).expect(200)).body as Json;
  expect(verify.valid).toBe(true);
  expect((verify.streams as Json[]).map((s) => [String(s.stream).split('-')[0], s.valid])).toEqual([
    ['assessment', true],
    ['ehcp', true],
    ['mediation', true],
    ['funding', true],
  ]);

  const bad = await h.http
    .post('/api/v1/cases')
    .set(auth)
    .send({ child: { givenName: '' }, la: '2', receivedOn: '2025-02-29' });
  expectProblem(bad, 400, 'REQUEST.INVALID');
  expect(badFields(bad)).toEqual(['child.dateOfBirth', 'child.familyName', 'child.givenName', 'la', 'receivedOn', 'requestedBy']);
});
