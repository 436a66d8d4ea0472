/**
 * Faults against the REAL distributed system (three processes from dist/, the local Kafka broker, PostgreSQL):
 * see cluster.ts, and run `npm run build` first. The broker tests stop (kafka.sh down) and SIGKILL (kafka.sh kill)
 * the broker kafka.sh manages, the shared local one unless KAFKA_PORT/KAFKA_CONTROLLER_PORT/KAFKA_STATE_DIR point
 * elsewhere (cluster.ts), and always leave it running. About 2–2.5 min on 2 cores, most of it the product's
 * ~30 s consumer-group session timeout after a broker restart and after a service restart.
 */
import { verifyChain } from '@send/kernel';
import { Cluster, STORES, converged, distributedSuite, ensureBrokerUp, kafkaSh, until } from './cluster.js';
import {
  type Auth,
  type Json,
  caseReadyForDraft,
  caseUrl,
  conclude,
  decide,
  deadlinesAsOf,
  expectProblem,
  openCase,
  planSections,
  post,
  step,
} from '../e2e/fixtures.js';

const suite = await distributedSuite('faults.e2e-spec.ts');

suite('distributed: faults', () => {
  // A short read-your-writes bound: while the broker is down every write waits it out twice (service, gateway).
  const c = new Cluster({ readYourWritesMs: 1500 });
  let cw: Auth;

  beforeAll(async () => {
    await c.start();
    cw = await c.auth('caseworker@202');
  }, 90_000);
  afterAll(async () => {
    await ensureBrokerUp();
    await c.close();
  }, 120_000);

  const h = () => c.harness;
  const ids = (body: Json) => (body.events as Json[]).map((e) => String(e.id));
  const caseEventsAtGateway = (caseId: string) =>
    c.count('gateway', 'SELECT count(*) AS n FROM case_events WHERE "caseId" = $1', [caseId]);
  const storedOf = async (caseId: string) =>
    (await c.count('assessment', 'SELECT count(*) AS n FROM event_store.events WHERE case_id = $1', [caseId])) +
    (await c.count('ehcp', 'SELECT count(*) AS n FROM event_store.events WHERE case_id = $1', [caseId]));
  const planOpenedCount = (caseId: string) =>
    c.count('ehcp', `SELECT count(*) AS n FROM event_store.events WHERE case_id = $1 AND type = 'PlanOpened'`, [caseId]);
  const inboxRows = (service: 'assessment' | 'ehcp' | 'gateway', eventId: string) =>
    c.count(service, `SELECT count(*) AS n FROM inbox WHERE "eventId" = $1`, [eventId]);

  /** The draft, retried (bounded) while the ehcp service has not yet opened the plan (eventually consistent). */
  async function draftOnceOpen(caseId: string, issuedOn: string, timeoutMs = 30_000): Promise<Json> {
    const res = await until(
      `the plan of ${caseId} to open`,
      async () => {
        const r = await post(h(), cw, caseId, '/plan/draft', {
          issuedOn,
          sections: planSections(),
        });
        if ((r.status === 422 && r.body.code === 'EHCP.PLAN_NOT_OPEN') || (r.status === 404 && r.body.code === 'CASE.NOT_FOUND'))
          return undefined;
        return r;
      },
      timeoutMs,
      200,
    );
    if (res.status !== 201) throw new Error(`draft answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }

  it(
    'the same message delivered twice changes the read models once, and the process manager acts once',
    c.guard(async () => {
      const caseId = await caseReadyForDraft(h(), cw, '2024-11-04', '2024-12-02', '2025-03-03');
      await until('PlanOpened in the ehcp store', async () => ((await planOpenedCount(caseId)) === 1 ? true : undefined));
      await converged(c);
      const topic = c.topic('assessment');
      const original = (await c.readTopic(topic)).find(
        (r) => r.key === caseId && r.headers['event-type'] === 'send.assessment.plan-issue-decided.v1',
      );
      expect(original).toBeDefined();
      const eventId = original!.headers['event-id'];
      const before = {
        caseEvents: await caseEventsAtGateway(caseId),
        summaries: await Promise.all(
          (['assessment', 'ehcp', 'gateway'] as const).map((s) =>
            c.query(s, 'SELECT * FROM case_summaries WHERE "caseId" = $1', [caseId]),
          ),
        ),
        deadlines: await c.query('gateway', 'SELECT * FROM deadlines WHERE "caseId" = $1 ORDER BY id', [caseId]),
        history: (await c.http.get(caseUrl(caseId, '/history')).set(cw).expect(200)).body,
      };
      expect(before.caseEvents).toBe(9);

      // The copy: same key, value and headers, as a forwarder re-sending after a lost checkpoint would produce it.
      const [copy] = await c.produce(topic, [{ key: original!.key!, value: original!.value, headers: original!.headers }]);
      expect(copy.partition).toBe(original!.partition);
      expect(BigInt(copy.offset)).toBeGreaterThan(BigInt(original!.offset));
      // Every consumer group reading the topic (the other processes' read models, every process manager) has handled
      // the copy; the assessment service's own read models had the event from its store.
      await c.waitConsumedPast(await c.consumerGroups(topic), topic, copy.partition, copy.offset);

      expect(await caseEventsAtGateway(caseId)).toBe(before.caseEvents);
      expect(
        await Promise.all(
          (['assessment', 'ehcp', 'gateway'] as const).map((s) =>
            c.query(s, 'SELECT * FROM case_summaries WHERE "caseId" = $1', [caseId]),
          ),
        ),
      ).toEqual(before.summaries);
      expect(await c.query('gateway', 'SELECT * FROM deadlines WHERE "caseId" = $1 ORDER BY id', [caseId])).toEqual(
        before.deadlines,
      );
      expect((await c.http.get(caseUrl(caseId, '/history')).set(cw).expect(200)).body).toEqual(before.history);
      for (const s of ['assessment', 'ehcp', 'gateway'] as const) expect(await inboxRows(s, eventId)).toBe(1);
      expect(await planOpenedCount(caseId)).toBe(1);
      await converged(c);
    }),
    60_000,
  );

  it(
    'a poison message lands in the dead-letter topic and the partition keeps flowing',
    c.guard(async () => {
      const caseId = await openCase(h(), cw, '2024-11-05');
      await converged(c);
      const topic = c.topic('assessment');
      const marker = `poison-${c.id}-${Date.now()}`;
      const notJson = `{ this is not JSON ${marker}`;
      const notAnEvent = JSON.stringify({ hello: 'I am not an event', marker });
      const poison = await c.produce(topic, [
        { key: caseId, value: notJson, headers: { 'event-id': `${marker}-1` } },
        { key: caseId, value: notAnEvent, headers: { 'event-id': `${marker}-2` } },
      ]);
      // Then a valid write to the same case: same key, same partition, behind the poison.
      const decision = await decide(h(), cw, caseId, 'assess', '2024-12-03');
      const [forwarded] = await until('the decision on the topic', async () => {
        const found = (await c.readTopic(topic)).filter((r) => r.headers['event-id'] === ids(decision)[0]);
        return found.length > 0 ? found : undefined;
      });
      expect(forwarded.partition).toBe(poison[0].partition);
      expect(BigInt(forwarded.offset)).toBeGreaterThan(BigInt(poison[1].offset));

      await until(
        'the decision at the gateway',
        async () => ((await caseEventsAtGateway(caseId)) === 6 ? true : undefined),
        30_000,
      );
      expect((await c.http.get(caseUrl(caseId)).set(cw).expect(200)).body.stage).toBe('assessing');
      await c.waitConsumedPast(await c.consumerGroups(topic), topic, forwarded.partition, forwarded.offset);

      const dlq = await c.readTopic(`${topic}.dlq`);
      const lettersOf = (value: string, offset: string) =>
        dlq.filter(
          (r) => r.value === value && r.headers['x-original-offset'] === offset && r.headers['x-original-topic'] === topic,
        );
      const first = lettersOf(notJson, poison[0].offset);
      const second = lettersOf(notAnEvent, poison[1].offset);
      expect(first.length).toBeGreaterThanOrEqual(1);
      expect(second.length).toBeGreaterThanOrEqual(1);
      for (const r of first) {
        expect(r.headers['x-error']).toMatch(/not valid JSON/);
        expect(r.key).toBe(caseId);
      }
      for (const r of second) expect(r.headers['x-error']).toMatch(/failed \d+ times/);
      // One dead letter per consumer group, each naming the group that gave up.
      const groups = (await c.consumerGroups(topic)).sort();
      expect(first.map((r) => r.headers['x-consumer-group']).sort()).toEqual(groups);
      // Nothing of the poison reached a read model.
      for (const s of ['assessment', 'ehcp', 'gateway'] as const)
        expect(await c.count(s, `SELECT count(*) AS n FROM inbox WHERE "eventId" LIKE $1`, [`${marker}%`])).toBe(0);
      await converged(c);
    }),
    60_000,
  );

  it(
    'two concurrent commands on one case: one wins, the other gets 409 (If-Match) or 422 (decided), no interleaved corruption',
    c.guard(async () => {
      const decision = (d: 'assess' | 'refuse') => ({ decision: d, decidedOn: '2024-12-02', reason: `Decision to ${d}, raced` });
      const cases: string[] = [];
      for (let round = 0; round < 3; round++) {
        // With the same If-Match revision: exactly one 201, one 409 CONCURRENCY.STALE_REVISION.
        const a = await openCase(h(), cw, '2024-11-06');
        cases.push(a);
        const withIfMatch = await Promise.all(
          (['assess', 'refuse'] as const).map((d) =>
            c.http.post(caseUrl(a, '/assessment/decision')).set(cw).set('If-Match', '"3"').send(decision(d)),
          ),
        );
        expect(withIfMatch.map((r) => r.status).sort()).toEqual([201, 409]);
        expectProblem(
          withIfMatch.find((r) => r.status === 409)!,
          409,
          'CONCURRENCY.STALE_REVISION',
        );
        const winner = withIfMatch.find((r) => r.status === 201)!;
        expect(winner.body.revision).toBe((await c.storeEvents('assessment', a)).length - 1);

        // Without If-Match, two different decisions: the loser is retried against the winner's state and refused.
        const b = await openCase(h(), cw, '2024-11-06');
        cases.push(b);
        const without = await Promise.all(
          (['assess', 'refuse'] as const).map((d) => c.http.post(caseUrl(b, '/assessment/decision')).set(cw).send(decision(d))),
        );
        expect(without.map((r) => r.status).sort()).toEqual([201, 422]);
        expectProblem(
          without.find((r) => r.status === 422)!,
          422,
          'ASSESSMENT.ALREADY_DECIDED',
        );
      }
      for (const caseId of cases) {
        const events = await c.storeEvents('assessment', caseId);
        expect(events.map((e) => e.revision)).toEqual(events.map((_, i) => i));
        expect(events.filter((e) => e.type === 'AssessmentDecided')).toHaveLength(1);
        // The store's own chain: recompute every hash from the full records.
        const full = await c.query(
          'assessment',
          `SELECT id, type, schema_version AS "schemaVersion", stream_id AS "streamId", revision, case_id AS "caseId", la,
                  occurred_at AS "occurredAt", recorded_at AS "recordedAt", actor, correlation_id AS "correlationId",
                  causation_id AS "causationId", reason, data, hash, prev_hash AS "prevHash"
             FROM event_store.events WHERE case_id = $1 ORDER BY revision`,
          [caseId],
        );
        expect(verifyChain(full.map((e) => ({ ...e, reason: e.reason ?? undefined })) as never)).toEqual({
          valid: true,
          events: events.length,
        });
        // The gateway's copy is the same chain (once it has caught up).
        await until(`the gateway's copy of ${caseId}`, async () =>
          (await caseEventsAtGateway(caseId)) === events.length ? true : undefined,
        );
        const verify = (await c.http.get(caseUrl(caseId, '/verify')).set(cw).expect(200)).body;
        expect(verify).toMatchObject({
          valid: true,
          streams: [{ stream: `assessment-${caseId}`, events: events.length, valid: true }],
        });
      }
      await converged(c);
    }),
    60_000,
  );

  it(
    'the broker stopped mid-flow and restarted: writes are stored meanwhile, every event reaches every consumer once',
    c.guard(async () => {
      const caseId = await openCase(h(), cw, '2024-11-01');
      await decide(h(), cw, caseId, 'assess', '2024-12-02');
      await converged(c);
      expect(await caseEventsAtGateway(caseId)).toBe(6);

      await kafkaSh('down');
      const during: string[] = [];
      let stale: Json;
      try {
        const t0 = Date.now();
        const advice = await step(h(), cw, caseId, '/assessment/advice', {
          adviser: 'educational-psychologist',
          requestedOn: '2024-12-03',
        });
        during.push(...ids(advice));
        during.push(
          ...ids(await step(h(), cw, caseId, `/assessment/advice/${advice.adviceId}/received`, { receivedOn: '2025-01-10' })),
        );
        during.push(...ids(await conclude(h(), cw, caseId, 'issue-plan', '2025-03-01')));
        console.log(`broker down: 3 writes answered 201 in ${Date.now() - t0} ms (each waits out read-your-writes)`);
        // Stored, not forwarded: the gateway still shows the state before the outage, and answers.
        expect(await c.count('assessment', 'SELECT count(*) AS n FROM event_store.events WHERE case_id = $1', [caseId])).toBe(12);
        expect(await caseEventsAtGateway(caseId)).toBe(6);
        stale = (await c.http.get(caseUrl(caseId)).set(cw).expect(200)).body;
        expect(stale.stage).toBe('assessing');
      } finally {
        await kafkaSh('up');
      }
      const t1 = Date.now();
      await converged(c, 90_000);
      console.log(`broker up: the read sides converged ${Date.now() - t1} ms after kafka.sh up returned`);
      for (const id of during) {
        expect(await c.count('gateway', 'SELECT count(*) AS n FROM case_events WHERE id = $1', [id])).toBe(1);
        for (const s of ['assessment', 'ehcp', 'gateway'] as const) expect(await inboxRows(s, id)).toBe(1);
      }
      expect((await c.http.get(caseUrl(caseId)).set(cw).expect(200)).body.stage).toBe('plan-to-issue');

      // The rest of the pathway, once the ehcp service has opened the plan from the replayed PlanIssueDecided.
      await draftOnceOpen(caseId, '2025-03-05');
      await step(h(), cw, caseId, '/plan/representations', { receivedOn: '2025-03-07', nothingFurther: true });
      await step(h(), cw, caseId, '/plan/final', { issuedOn: '2025-03-10', I: { type: 'mainstream', name: 'Oak Primary' } });
      await until('final-plan met', async () =>
        (await deadlinesAsOf(h(), cw, caseId, '2025-05-01'))['final-plan']?.status === 'met' ? true : undefined,
      );
      const all = await converged(c);
      expect(await caseEventsAtGateway(caseId)).toBe(await storedOf(caseId));
      // 13 assessment events; the plan stream's 7 include the first annual review clock.
      expect(await storedOf(caseId)).toBe(13 + 7);
      expect(new Set(all.storeIds).size).toBe(all.storeIds.length);
      expect(await planOpenedCount(caseId)).toBe(1);
      expect((await c.http.get(caseUrl(caseId, '/verify')).set(cw).expect(200)).body.valid).toBe(true);
    }),
    180_000,
  );

  it(
    'a consumer SIGKILLed mid-batch and restarted: its read models apply every event of the backlog once',
    c.guard(async () => {
      const first = await openCase(h(), cw, '2024-11-08');
      await converged(c);
      const inboxOfEhcp = () => c.count('ehcp', `SELECT count(*) AS n FROM inbox WHERE consumer = 'read-models'`);

      // A backlog for the ehcp service's read models: new cases written while it is down, and every record of
      // the assessment topic once more (as a forwarder re-sending after a lost checkpoint), on all partitions.
      await c.kill('ehcp');
      const cases = [first];
      for (let i = 0; i < 8; i++) cases.push(await openCase(h(), cw, '2024-11-08'));
      const topic = c.topic('assessment');
      const records = await c.readTopic(topic);
      await c.produce(
        topic,
        records.map((r) => ({ key: r.key!, value: r.value, headers: r.headers })),
      );
      const before = await inboxOfEhcp();
      const stored = (await c.allStoredIds()).length;
      expect(before).toBeLessThan(stored);

      // Restarted, and SIGKILLed again as soon as its first batch has committed to its read models: the rest of
      // the backlog (the other partitions, and offsets not yet committed) is still to come.
      const restarting = c.restart('ehcp').catch(() => undefined);
      const atKill = await until(
        'the first batch of the backlog applied at ehcp',
        async () => {
          const n = await inboxOfEhcp();
          return n > before ? n : undefined;
        },
        90_000,
        5,
      );
      await c.kill('ehcp');
      await restarting;
      const group = c.group('ehcp', 'read-models');
      const committedAtKill = await Promise.all([0, 1, 2].map((p) => c.committed(group, topic, p)));
      console.log(
        `SIGKILL mid-batch: ${atKill - before} of ${stored - before} backlog events applied at ehcp, ` +
          `offsets committed ${committedAtKill.join('/')} of ${records.length * 2} records`,
      );

      await c.restart('ehcp');
      await converged(c, 90_000);
      for (const caseId of cases) {
        const summaries = await Promise.all(
          (['assessment', 'ehcp'] as const).map((s) => c.query(s, 'SELECT * FROM case_summaries WHERE "caseId" = $1', [caseId])),
        );
        expect(summaries[1]).toHaveLength(1);
        expect(summaries[1]).toEqual(summaries[0]);
        for (const e of await c.storeEvents('assessment', caseId)) expect(await inboxRows('ehcp', String(e.id))).toBe(1);
      }
      for (const s of STORES) expect(c.running(s)).toBe(true);
    }),
    240_000,
  );

  it(
    'the assessment service SIGKILLed between append and forward, and restarted: nothing lost, nothing doubled',
    c.guard(async () => {
      const caseId = await openCase(h(), cw, '2024-11-07');
      await decide(h(), cw, caseId, 'assess', '2024-12-02');
      await converged(c);

      // Make the forward impossible, then write: the event is appended but cannot be published.
      await kafkaSh('kill');
      let eventId = '';
      try {
        const outcome = await conclude(h(), cw, caseId, 'issue-plan', '2025-03-01');
        eventId = ids(outcome)[0];
        const [stored] = await c.query<{ position: string }>(
          'assessment',
          'SELECT position::text AS position FROM event_store.events WHERE id = $1',
          [eventId],
        );
        expect(stored).toBeDefined();
        const [checkpoint] = await c.query<{ position: string }>(
          'assessment',
          `SELECT position FROM checkpoints WHERE name = 'forwarder.assessment'`,
        );
        expect(BigInt(checkpoint?.position ?? '0')).toBeLessThan(BigInt(stored.position));
        await c.kill('assessment');
      } finally {
        await kafkaSh('up');
      }
      const t0 = Date.now();
      await c.restart('assessment');
      const t1 = Date.now();
      await until('PlanOpened in the ehcp store', async () => ((await planOpenedCount(caseId)) >= 1 ? true : undefined), 60_000);
      const t2 = Date.now();
      await converged(c, 60_000);
      console.log(`SIGKILL: restart ${t1 - t0} ms, PlanOpened ${t2 - t1} ms later, converged ${Date.now() - t2} ms later`);
      const topic = c.topic('assessment');
      const onTopic = (await c.readTopic(topic)).filter((r) => r.headers['event-id'] === eventId);
      expect(onTopic.length).toBeGreaterThanOrEqual(1);
      const last = onTopic[onTopic.length - 1];
      await c.waitConsumedPast(await c.consumerGroups(topic), topic, last.partition, last.offset);
      console.log(`SIGKILL: PlanIssueDecided is on the topic ${onTopic.length} time(s)`);

      expect(await c.count('gateway', 'SELECT count(*) AS n FROM case_events WHERE id = $1', [eventId])).toBe(1);
      for (const s of ['assessment', 'ehcp', 'gateway'] as const) expect(await inboxRows(s, eventId)).toBe(1);
      expect(await planOpenedCount(caseId)).toBe(1);
      expect(
        await c.count(
          'assessment',
          `SELECT count(*) AS n FROM event_store.events WHERE case_id = $1 AND type = 'PlanIssueDecided'`,
          [caseId],
        ),
      ).toBe(1);
      expect(await caseEventsAtGateway(caseId)).toBe(await storedOf(caseId));
      expect((await c.http.get(caseUrl(caseId)).set(cw).expect(200)).body.stage).toBe('plan-to-issue');
      // And the pathway goes on.
      await draftOnceOpen(caseId, '2025-03-05');
      for (const s of STORES) expect(c.running(s)).toBe(true);
      await converged(c);
    }),
    180_000,
  );
});
