/**
 * The 20-week pathway through the REAL distributed system (three processes from dist/, Kafka, PostgreSQL):
 * see cluster.ts, and run `npm run build` first.
 */
import { hashEvent } from '@send/kernel';
import { Cluster, STORES, type ServiceName, converged, distributedSuite, until } from './cluster.js';
import {
  type Auth,
  type Json,
  GENESIS,
  SHA256,
  UUID,
  caseUrl,
  conclude,
  decide,
  deadlinesAsOf,
  expectProblem,
  history,
  planSections,
  post,
  requestBody,
  step,
} from '../e2e/fixtures.js';

const suite = await distributedSuite('pathway.e2e-spec.ts');

suite('distributed: one case from request to final plan, through the gateway', () => {
  const c = new Cluster();
  let cw: Auth;
  // A name no other message on the broker can contain by chance.
  const givenName = `Ysolde${Math.random().toString(36).slice(2, 8)}`;
  const familyName = `Quenby${Math.random().toString(36).slice(2, 8)}`;
  let caseId: string;
  let draftAttempts = 0;

  beforeAll(async () => {
    await c.start();
    cw = await c.auth('caseworker@202');
  }, 90_000);
  afterAll(async () => {
    await c.close();
  }, 60_000);

  const summary = async (): Promise<Json> => (await c.http.get(caseUrl(caseId)).set(cw).expect(200)).body;

  it(
    'request, decision, outcome issue-plan, draft (once the plan is open), nothingFurther, final: every write 201',
    c.guard(async () => {
      const h = c.harness;
      const opened = await c.http
        .post('/api/v1/cases')
        .set(cw)
        .send(requestBody('2024-11-01', { child: { givenName, familyName, dateOfBirth: '2016-03-01' } }));
      expect(opened.status).toBe(201);
      caseId = opened.body.caseId;
      expect(caseId).toMatch(UUID);
      expect(opened.body.events.map((e: Json) => e.type)).toEqual([
        'AssessmentRequested',
        'DeadlineStarted',
        'DeadlineStarted',
        'DeadlineStarted',
      ]);
      // Read your writes for the context that took the write: the gateway waited for its own read models.
      expect(await summary()).toMatchObject({ caseId, stage: 'requested', child: { givenName, familyName } });

      await decide(h, cw, caseId, 'assess', '2024-12-02');
      expect((await summary()).stage).toBe('assessing');
      await conclude(h, cw, caseId, 'issue-plan', '2025-03-01');
      expect((await summary()).stage).toBe('plan-to-issue');

      // The plan is opened in the ehcp service by its process manager reacting to PlanIssueDecided over Kafka:
      // eventually consistent, so the draft is retried (bounded) while the ehcp service has not opened it yet.
      const sections = planSections();
      const draft = await until(
        'the ehcp service to open the plan',
        async () => {
          draftAttempts++;
          const res = await post(h, cw, caseId, '/plan/draft', { issuedOn: '2025-03-05', sections });
          if (res.status === 422 && res.body.code === 'EHCP.PLAN_NOT_OPEN') return undefined;
          // The ehcp service's own read models may not know the case yet either (same topic, other group).
          if (res.status === 404 && res.body.code === 'CASE.NOT_FOUND') return undefined;
          return res;
        },
        20_000,
        100,
      );
      expect({ status: draft.status, body: draft.body }).toMatchObject({ status: 201, body: { caseId } });
      expect(draft.body.events.map((e: Json) => e.type)).toEqual(['DraftPlanIssued', 'DeadlineStarted']);

      const reps = await step(h, cw, caseId, '/plan/representations', { receivedOn: '2025-03-07', nothingFurther: true });
      expect(reps.events.map((e: Json) => e.type)).toEqual(['RepresentationsReceived', 'DeadlineMet']);
      const final = await step(h, cw, caseId, '/plan/final', {
        issuedOn: '2025-03-10',
        I: { type: 'mainstream', name: 'Oak Primary' },
      });
      // The final plan starts the first annual review clock (CFA s.44(1)).
      expect(final.events.map((e: Json) => e.type)).toEqual(['FinalPlanIssued', 'DeadlineStarted']);
    }),
    60_000,
  );

  it(
    'the gateway shows stage plan-final and the final-plan clock met (closed by the assessment service reacting over Kafka)',
    c.guard(async () => {
      const h = c.harness;
      // The 20-week clock lives in the assessment context and closes when its process manager has seen FinalPlanIssued.
      const d = await until(
        'final-plan met at the gateway',
        async () => {
          const all = await deadlinesAsOf(h, cw, caseId, '2025-05-01');
          return all['final-plan']?.status === 'met' ? all : undefined;
        },
        20_000,
      );
      expect(d['final-plan']).toMatchObject({ dueOn: '2025-03-21', status: 'met', closedOn: '2025-03-10' });
      expect(d['assessment-decision']).toMatchObject({ status: 'met', closedOn: '2024-12-02' });
      expect(d['no-plan-decision'].status).toBe('not-applicable');
      expect(d['draft-representations:1']).toMatchObject({ status: 'met', closedOn: '2025-03-07' });
      expect(Object.keys(d).sort()).toEqual([
        'annual-review:1',
        'assessment-decision',
        'draft-representations:1',
        'final-plan',
        'no-plan-decision',
      ]);
      expect(await summary()).toMatchObject({
        caseId,
        la: '202',
        stage: 'plan-final',
        requestedOn: '2024-11-01',
        child: { givenName, familyName, dateOfBirth: '2016-03-01' },
        plan: { status: 'final', setting: { type: 'mainstream', name: 'Oak Primary' } },
        // Only the first annual review runs on: 12 months starting with the final plan of 2025-03-10.
        openDeadlines: [{ deadlineId: 'annual-review:1', rule: 'annual-review', dueOn: '2026-03-09' }],
      });
    }),
    30_000,
  );

  it(
    "each service's store holds exactly the expected events, with the process managers' reactions caused by the other context",
    c.guard(async () => {
      const assessment = await c.storeEvents('assessment', caseId);
      const ehcp = await c.storeEvents('ehcp', caseId);
      expect(assessment.map((e) => e.type)).toEqual([
        'AssessmentRequested',
        'DeadlineStarted',
        'DeadlineStarted',
        'DeadlineStarted',
        'AssessmentDecided',
        'DeadlineMet',
        'PlanIssueDecided',
        'DeadlineNotApplicable',
        'DeadlineMet',
      ]);
      expect(ehcp.map((e) => e.type)).toEqual([
        'PlanOpened',
        'DraftPlanIssued',
        'DeadlineStarted',
        'RepresentationsReceived',
        'DeadlineMet',
        'FinalPlanIssued',
        'DeadlineStarted',
      ]);
      for (const events of [assessment, ehcp]) {
        expect(new Set(events.map((e) => e.streamId)).size).toBe(1);
        expect(events.map((e) => e.revision)).toEqual(events.map((_, i) => i));
      }
      const planIssueDecided = assessment.find((e) => e.type === 'PlanIssueDecided')!;
      const finalPlanIssued = ehcp.find((e) => e.type === 'FinalPlanIssued')!;
      // PlanOpened was caused by PlanIssueDecided; the last DeadlineMet (final-plan) by FinalPlanIssued.
      expect(ehcp[0]).toMatchObject({ causationId: planIssueDecided.id, correlationId: planIssueDecided.correlationId });
      expect(ehcp[0].data).toMatchObject({ requestedOn: '2024-11-01', decidedOn: '2025-03-01' });
      expect(assessment[8]).toMatchObject({ causationId: finalPlanIssued.id });
      expect(assessment[8].data).toMatchObject({ deadlineId: 'final-plan' });
      // The stores hold the child encrypted under the case's own key (docs/architecture.md "Security").
      expect(JSON.stringify(assessment[0].data)).not.toContain(givenName);
      expect(assessment[0].data).toMatchObject({ child: { personal: expect.stringMatching(/^pd1:/) } });
    }),
    30_000,
  );

  it(
    'every read model row is there once in every process, and every read side holds exactly the stored events',
    c.guard(async () => {
      await converged(c);
      // The case's own events; the assessment store also holds the national standards catalogue it loaded.
      const stored = [...(await c.storeEvents('assessment', caseId)), ...(await c.storeEvents('ehcp', caseId))];
      expect(stored).toHaveLength(16);
      for (const s of ['assessment', 'ehcp', 'gateway'] as ServiceName[]) {
        expect(await c.count(s, 'SELECT count(*) AS n FROM case_summaries WHERE "caseId" = $1', [caseId])).toBe(1);
        const deadlines = await c.query<{ deadlineId: string }>(s, 'SELECT "deadlineId" FROM deadlines WHERE "caseId" = $1', [
          caseId,
        ]);
        expect(deadlines.map((d) => d.deadlineId).sort()).toEqual([
          'annual-review:1',
          'assessment-decision',
          'draft-representations:1',
          'final-plan',
          'no-plan-decision',
        ]);
        const row = (await c.query(s, 'SELECT * FROM case_summaries WHERE "caseId" = $1', [caseId]))[0];
        expect(row).toMatchObject({
          stage: 'plan-final',
          givenName,
          planStatus: 'final',
          assessmentRevision: 8,
          // The plan stream: opened, draft, its period, representations, final, the period met, annual review.
          ehcpRevision: 6,
        });
      }
      // Only the gateway keeps a copy of the events; the services read their own store.
      expect(await c.count('gateway', 'SELECT count(*) AS n FROM case_events WHERE "caseId" = $1', [caseId])).toBe(16);
      for (const s of STORES) expect(await c.count(s, 'SELECT count(*) AS n FROM case_events')).toBe(0);
    }),
    45_000,
  );

  it(
    'history at the gateway holds every event of both contexts with intact hash chains, and verify says valid',
    c.guard(async () => {
      const h = c.harness;
      const events = await history(h, cw, caseId);
      const stored = [...(await c.storeEvents('assessment', caseId)), ...(await c.storeEvents('ehcp', caseId))];
      expect(events).toHaveLength(16);
      expect(events.map((e) => e.id).sort()).toEqual(stored.map((e) => e.id).sort());
      for (const stream of [`assessment-${caseId}`, `ehcp-${caseId}`]) {
        const chain = events.filter((e) => e.stream === stream);
        // In order within each stream, each link sealing the one before it.
        expect(chain.map((e) => e.revision)).toEqual(chain.map((_, i) => i));
        chain.forEach((e, i) => {
          expect(e.hash).toMatch(SHA256);
          expect(e.prevHash).toBe(i === 0 ? GENESIS : chain[i - 1].hash);
          expect(hashEvent({ ...e, streamId: e.stream, caseId, la: '202' } as never)).toBe(e.hash);
          expect(e.hash).toBe(stored.find((s) => s.id === e.id)!.hash);
        });
      }
      const verify = (await c.http.get(caseUrl(caseId, '/verify')).set(cw).expect(200)).body;
      expect(verify.valid).toBe(true);
      expect(verify.streams).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ stream: `assessment-${caseId}`, events: 9, valid: true }),
          expect.objectContaining({ stream: `ehcp-${caseId}`, events: 7, valid: true }),
        ]),
      );
      expect(verify.streams).toHaveLength(2);
    }),
    30_000,
  );

  it(
    'replay at the gateway folds every context from its copy of the events (docs/api.md "Audit")',
    c.guard(async () => {
      const replay = (await c.http.get(caseUrl(caseId, '/replay')).set(cw).expect(200)).body;
      expect(replay.assessment).toMatchObject({ revision: 8, stage: 'plan-final' });
      expect(replay.ehcp).toMatchObject({ revision: 6, state: { status: 'final' } });
      for (const context of ['placement', 'mediation', 'funding']) {
        expect(replay[context]).toEqual(expect.objectContaining({ revision: expect.any(Number), state: expect.anything() }));
      }
      // As of before the request, no context has anything yet.
      const before = (await c.http.get(caseUrl(caseId, '/replay?asOf=2000-01-01T00:00:00Z')).set(cw).expect(200)).body;
      for (const context of ['assessment', 'ehcp', 'placement', 'mediation', 'funding'])
        expect(before[context].revision).toBe(-1);
    }),
    30_000,
  );

  it(
    'the gateway tells the evidential timeline from its copy of every context (docs/api.md "Audit")',
    c.guard(async () => {
      const { entries } = (await c.http.get(caseUrl(caseId, '/timeline')).set(cw).expect(200)).body;
      const titles = (entries as { title: string }[]).map((e) => e.title);
      expect(titles[0]).toMatch(/^Request for an EHC needs assessment received/);
      expect(titles).toContain('Decision to assess');
      expect(titles.some((t) => /^Final EHC plan issued \(version \d+\)$/.test(t))).toBe(true);
    }),
    30_000,
  );

  it(
    'the gateway\'s bundle commits to the services\' own stream heads, and its code verifies (docs/api.md "Audit")',
    c.guard(async () => {
      const res = await c.http
        .get(caseUrl(caseId, '/bundle.pdf'))
        .set(cw)
        .buffer(true)
        .parse((r, done) => {
          const chunks: Buffer[] = [];
          r.on('data', (chunk: Buffer) => chunks.push(chunk));
          r.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect((res.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
      const record = (await c.http.get(`/api/v1/bundles/${res.headers['x-verification-code']}`).set(cw).expect(200)).body;
      expect(record.valid).toBe(true);
      const stored = await c.storeEvents('ehcp', caseId);
      expect(record.streams).toEqual(
        expect.arrayContaining([expect.objectContaining({ stream: `ehcp-${caseId}`, hash: stored.at(-1)!.hash })]),
      );
    }),
    30_000,
  );

  // Positions are each service's own in the distributed mode, so history orders streams by when each event
  // was recorded (revision order within a stream); by position alone PlanOpened would land second.
  it('history is oldest first across the two contexts (docs/api.md "every event of the case across contexts, oldest first")', async () => {
    const events = await history(c.harness, cw, caseId);
    const recorded = events.map((e) => String(e.recordedAt));
    expect(recorded).toEqual([...recorded].sort());
    // Causes come before their effects: PlanIssueDecided before PlanOpened, FinalPlanIssued before the final DeadlineMet.
    const at = (type: string, stream: string) => events.findIndex((e) => e.type === type && e.stream.startsWith(stream));
    expect(at('PlanIssueDecided', 'assessment')).toBeLessThan(at('PlanOpened', 'ehcp'));
    expect(at('AssessmentRequested', 'assessment')).toBe(0);
  });

  it(
    'personal data is not in clear on the broker, while the gateway shows it',
    c.guard(async () => {
      const records = await c.readTopic(c.topic('assessment'));
      const ours = records.filter((r) => r.key === caseId);
      expect(ours).toHaveLength(9);
      for (const r of records) {
        expect(r.value).not.toContain(givenName);
        expect(r.value).not.toContain(familyName);
        expect(r.value).not.toContain('2016-03-01');
      }
      const requested = JSON.parse(ours[0].value!);
      // As stored: sealed under the case's own key, so erasure also makes this copy unreadable.
      expect(requested).toMatchObject({
        type: 'AssessmentRequested',
        caseId,
        data: { child: { personal: expect.stringMatching(/^pd1:/) } },
      });
      expect(ours[0].headers).toMatchObject({
        'event-id': requested.id,
        'event-type': 'send.assessment.assessment-requested.v1',
      });
      for (const r of await c.readTopic(c.topic('ehcp'))) expect(r.value).not.toContain(givenName);
      expect((await summary()).child).toEqual({ givenName, familyName, dateOfBirth: '2016-03-01' });
      // A caseworker of another LA cannot see it at all.
      expectProblem(await c.http.get(caseUrl(caseId)).set(await c.auth('caseworker@203')), 404);
      console.log(`pathway: draft answered 201 after ${draftAttempts} attempt(s)`);
    }),
    30_000,
  );
});
