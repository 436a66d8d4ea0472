/**
 * The five contexts together in the REAL distributed system: the six processes of infra/start-distributed.mjs
 * (assessment, ehcp, placement, mediation, funding services and the gateway, from dist/), the Kafka broker and
 * PostgreSQL (see cluster.ts; run `npm run build` first). The same cross-context flow as
 * test/e2e/contexts.e2e-spec.ts in the embedded mode, through the gateway only, then the consumers the new
 * services added, under duplicate delivery, a SIGKILLed and restarted consumer service, and a poison message:
 *
 *   placement  PlaceAllocated   → ehcp.name-setting          → SettingNamed (section I)
 *   ehcp       FinalPlanIssued  → funding.price-plan         → PlanPriced, TopUpCommitted
 *                               → mediation.appeal-rights    → AppealRightsOpened, DeadlineStarted (appeal-window)
 *
 * About 55–75 s on 2 cores: 7–20 s to start six processes, 5–8 s for the restarted funding service to rejoin its
 * groups, a few seconds for each of the other tests.
 */
import { hashEvent } from '@send/kernel';
import { ALL_SERVICES, Cluster, type ContextName, type RawRecord, converged, distributedSuite, until } from './cluster.js';
import {
  type Auth,
  type Json,
  GENESIS,
  caseUrl,
  conclude,
  decide,
  deadlinesAsOf,
  expectProblem,
  history,
  openCase,
  planSections,
  post,
} from '../e2e/fixtures.js';

const suite = await distributedSuite('contexts.e2e-spec.ts', ALL_SERVICES);

const FIVE = ['assessment', 'ehcp', 'funding', 'mediation', 'placement'];

suite('distributed: placement names the setting, the final plan takes it, funding prices it, the family may appeal', () => {
  const c = new Cluster({ services: ALL_SERVICES });
  let cw: Auth;
  let oakwood: string;
  /** The case of the first test, walked to its final plan through the gateway. */
  let first: string;
  let t0 = 0;

  beforeAll(async () => {
    t0 = Date.now();
    await c.start();
    cw = await c.auth('caseworker@202');
    console.log(`contexts: six processes ready in ${Date.now() - t0} ms`);
  }, 120_000);
  afterAll(async () => {
    console.log(`contexts: all tests done ${Date.now() - t0} ms after the cluster started`);
    await c.close();
  }, 60_000);

  const h = () => c.harness;
  const countOf = (service: ContextName, caseId: string, type: string, extra = '', params: unknown[] = []) =>
    c.count(service, `SELECT count(*) AS n FROM event_store.events WHERE case_id = $1 AND type = $2 ${extra}`, [
      caseId,
      type,
      ...params,
    ]);
  const storedOf = async (caseId: string) => {
    let n = 0;
    for (const s of c.stores) n += await c.count(s, 'SELECT count(*) AS n FROM event_store.events WHERE case_id = $1', [caseId]);
    return n;
  };
  const inboxRows = (service: (typeof ALL_SERVICES)[number], eventId: string) =>
    c.count(service, `SELECT count(*) AS n FROM inbox WHERE "eventId" = $1`, [eventId]);

  /**
   * A write through the gateway that must answer 201 in the end, retried (bounded) while it meets one of the
   * refusals that only mean "another service has not heard of it over Kafka yet".
   */
  async function writeOnce(caseId: string, path: string, body: Json, retryOn: string[], timeoutMs = 30_000): Promise<Json> {
    let attempts = 0;
    const res = await until(
      `POST ${path} of ${caseId} to stop answering ${retryOn.join(' / ')}`,
      async () => {
        attempts++;
        const r = await post(h(), cw, caseId, path, body);
        if (r.status >= 400 && retryOn.includes(String(r.body?.code))) return undefined;
        return r;
      },
      timeoutMs,
      150,
    );
    if (res.status !== 201) throw new Error(`POST ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
    if (attempts > 1) console.log(`contexts: POST ${path} answered 201 after ${attempts} attempts`);
    return res.body as Json;
  }
  const NOT_KNOWN_YET = ['CASE.NOT_FOUND'];

  async function registerSetting(name: string, capacity = 30): Promise<string> {
    const res = await c.http
      .post('/api/v1/settings')
      .set(cw)
      .send({ la: '202', phases: ['primary'], needs: ['SLCN'], name, type: 'mainstream', capacity });
    if (res.status !== 201) throw new Error(`POST /settings answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body.settingId as string;
  }

  /** Request → assess → issue-plan → draft without section I (once the ehcp service has opened the plan). */
  async function caseWithDraft(receivedOn = '2025-03-03'): Promise<string> {
    const caseId = await openCase(h(), cw, receivedOn);
    await decide(h(), cw, caseId, 'assess', '2025-04-07');
    await conclude(h(), cw, caseId, 'issue-plan', '2025-06-02');
    await writeOnce(caseId, '/plan/draft', { issuedOn: '2025-06-09', sections: planSections() }, [
      'EHCP.PLAN_NOT_OPEN',
      ...NOT_KNOWN_YET,
    ]);
    return caseId;
  }

  /** Preferences, consultation answered can-meet: ready for the allocation. */
  async function placementUpToAllocation(caseId: string, settingId: string): Promise<void> {
    await writeOnce(caseId, '/placement/preferences', { ranked: [settingId], expressedOn: '2025-06-12' }, NOT_KNOWN_YET);
    const consulted = await writeOnce(caseId, '/placement/consultations', { settingId, sentOn: '2025-06-13' }, NOT_KNOWN_YET);
    await writeOnce(
      caseId,
      `/placement/consultations/${consulted.consultationId}/answer`,
      { answeredOn: '2025-06-20', answer: 'can-meet' },
      NOT_KNOWN_YET,
    );
  }

  /** The final plan, retried while the ehcp service has not yet learnt the allocation over Kafka. */
  async function finalPlan(caseId: string): Promise<Json> {
    return writeOnce(caseId, '/plan/final', { issuedOn: '2025-06-26' }, ['EHCP.SECTION_I_REQUIRED']);
  }

  const typeIn = (r: RawRecord): string | undefined => {
    try {
      return String((JSON.parse(r.value ?? 'null') as Json | null)?.type);
    } catch {
      return undefined; // the poison of the last test
    }
  };

  /** The one message of a topic that carries this event type for this case. */
  async function messageOf(context: ContextName, caseId: string, type: string): Promise<RawRecord> {
    const found = (await c.readTopic(c.topic(context))).filter(
      (r) => r.key === caseId && r.headers['event-type'] !== undefined && typeIn(r) === type,
    );
    expect(found).toHaveLength(1);
    return found[0];
  }

  async function pricedFunding(caseId: string, timeoutMs = 30_000): Promise<Json> {
    return until(
      `the funding of ${caseId} to be priced`,
      async () => {
        const res = await c.http.get(caseUrl(caseId, '/funding')).set(cw);
        if (res.status === 404 && res.body.code === 'FUNDING.NOT_PRICED') return undefined;
        if (res.status !== 200) throw new Error(`GET /funding answered ${res.status}: ${JSON.stringify(res.body)}`);
        return res.body as Json;
      },
      timeoutMs,
      250,
    );
  }

  it(
    'through the gateway only: setting, inclusion plan, case, draft without I, placement, allocation, final plan with I; priced; appeal window; five streams, valid',
    c.guard(async () => {
      const t = Date.now();
      oakwood = await registerSetting('Oakwood Primary');
      await c.http
        .put('/api/v1/inclusion-plans/202')
        .set(cw)
        .send({ publishedOn: '2025-04-01', settingIds: [oakwood] })
        .expect(200);
      first = await caseWithDraft();
      await placementUpToAllocation(first, oakwood);
      // The ehcp service does not know of any allocation yet: the final plan has no section I.
      expectProblem(await post(h(), cw, first, '/plan/final', { issuedOn: '2025-06-24' }), 422, 'EHCP.SECTION_I_REQUIRED');
      const allocated = await writeOnce(first, '/placement/allocate', { decidedOn: '2025-06-25' }, NOT_KNOWN_YET);
      expect(allocated).toMatchObject({ settingId: oakwood, name: 'Oakwood Primary', type: 'mainstream' });
      const final = await finalPlan(first);
      // The draft's representation period closes with it (met: nothing came in before the final plan), and the
      // first annual review clock starts (CFA s.44(1)).
      expect(final.events.map((e: Json) => e.type)).toEqual(['FinalPlanIssued', 'DeadlineMet', 'DeadlineStarted']);

      const plan = (await c.http.get(caseUrl(first, '/plan')).set(cw).expect(200)).body;
      expect(plan).toMatchObject({
        status: 'final',
        sections: { I: { settingId: oakwood, type: 'mainstream', name: 'Oakwood Primary' } },
      });

      const funding = await pricedFunding(first);
      expect(funding.annualPence).toBeGreaterThan(0);
      expect(funding.element2Pence + funding.element3Pence).toBe(funding.annualPence);
      expect(funding.element2Pence).toBeLessThanOrEqual(600_000);

      // The letter 2025-06-26 + 2 months = 2025-08-26, in August → 2025-09-01 (HESC Rules r.12(3)(a)).
      const windows = await until('the appeal window at the gateway', async () => {
        const all = Object.values(await deadlinesAsOf(h(), cw, first, '2025-07-01')).filter((d) => d.rule === 'appeal-window');
        return all.length > 0 ? all : undefined;
      });
      expect(windows.map((d) => d.dueOn)).toEqual(['2025-09-01']);

      // History and verify at the gateway, once its copy holds every stored event of the case.
      await until('every event of the case at the gateway', async () =>
        (await c.count('gateway', 'SELECT count(*) AS n FROM case_events WHERE "caseId" = $1', [first])) ===
        (await storedOf(first))
          ? true
          : undefined,
      );
      const events = await history(h(), cw, first);
      expect(events).toHaveLength(await storedOf(first));
      expect([...new Set(events.map((e) => String(e.stream).split('-')[0]))].sort()).toEqual(FIVE);
      for (const context of FIVE) {
        const chain = events.filter((e) => e.stream === `${context}-${first}`);
        expect(chain.map((e) => e.revision)).toEqual(chain.map((_, i) => i));
        chain.forEach((e, i) => {
          expect(e.prevHash).toBe(i === 0 ? GENESIS : chain[i - 1].hash);
          expect(hashEvent({ ...e, streamId: e.stream, caseId: first, la: '202' } as never)).toBe(e.hash);
        });
      }
      const verify = (await c.http.get(caseUrl(first, '/verify')).set(cw).expect(200)).body;
      expect(verify.valid).toBe(true);
      expect(verify.streams.map((s: Json) => s.stream).sort()).toEqual(FIVE.map((x) => `${x}-${first}`));
      for (const s of verify.streams) expect(s).toMatchObject({ valid: true, events: expect.any(Number) });

      // Each reaction caused by the other context's event.
      const placeAllocated = (await c.storeEvents('placement', first)).find((e) => e.type === 'PlaceAllocated')!;
      const finalIssued = (await c.storeEvents('ehcp', first)).find((e) => e.type === 'FinalPlanIssued')!;
      const named = (await c.storeEvents('ehcp', first)).filter((e) => e.type === 'SettingNamed');
      expect(named).toHaveLength(1);
      expect(named[0]).toMatchObject({ causationId: placeAllocated.id, data: { sourceEventId: placeAllocated.id } });
      const priced = (await c.storeEvents('funding', first)).filter((e) => e.type === 'PlanPriced');
      expect(priced).toHaveLength(1);
      expect(priced[0]).toMatchObject({ causationId: finalIssued.id, data: { planVersion: finalIssued.data.version } });
      const rights = (await c.storeEvents('mediation', first)).filter((e) => e.type === 'AppealRightsOpened');
      expect(rights).toHaveLength(1);
      expect(rights[0]).toMatchObject({
        causationId: finalIssued.id,
        data: { decision: 'plan-contents', decisionLetterOn: '2025-06-26', windowEndsOn: '2025-09-01' },
      });
      await converged(c);
      console.log(`contexts: pathway through five contexts in ${Date.now() - t} ms`);
    }),
    90_000,
  );

  it(
    'duplicate delivery: PlaceAllocated and FinalPlanIssued delivered twice change nothing (one SettingNamed, one PlanPriced, one AppealRightsOpened)',
    c.guard(async () => {
      const caseId = first;
      const allocatedMsg = await messageOf('placement', caseId, 'PlaceAllocated');
      const finalMsg = await messageOf('ehcp', caseId, 'FinalPlanIssued');
      expect(allocatedMsg.headers['event-type']).toBe('send.placement.place-allocated.v1');
      expect(finalMsg.headers['event-type']).toBe('send.ehcp.final-plan-issued.v1');
      const allocatedId = allocatedMsg.headers['event-id'];
      const finalId = finalMsg.headers['event-id'];
      const finalVersion = (JSON.parse(finalMsg.value!) as Json).data.version as number;
      await converged(c);
      const storesBefore = await Promise.all(c.stores.map((s) => c.storeEvents(s)));
      const caseEventsBefore = await c.query('gateway', 'SELECT id FROM case_events ORDER BY id');
      const fundingBefore = (await c.http.get(caseUrl(caseId, '/funding')).set(cw).expect(200)).body;
      const deadlinesBefore = await deadlinesAsOf(h(), cw, caseId, '2025-07-01');

      // The copies: same key, value and headers, as a forwarder re-sending after a lost checkpoint would produce them.
      const copies: { topic: string; partition: number; offset: string }[] = [];
      for (const original of [allocatedMsg, finalMsg]) {
        const [copy] = await c.produce(original.topic, [
          { key: original.key!, value: original.value, headers: original.headers },
        ]);
        expect(copy.partition).toBe(original.partition);
        expect(BigInt(copy.offset)).toBeGreaterThan(BigInt(original.offset));
        copies.push({ topic: original.topic, ...copy });
      }
      // Every consumer group of the six processes (read models and every process manager) has handled both copies.
      const groups = await c.consumerGroups();
      // (name-setting, price-plan, appeal-rights and order-compliance among them, in their services' one group).
      for (const s of ['ehcp', 'funding', 'mediation'] as const) expect(groups).toContain(c.group(s, 'process-managers'));
      for (const copy of copies)
        await c.waitConsumedPast(await c.consumerGroups(copy.topic), copy.topic, copy.partition, copy.offset);

      expect(await countOf('ehcp', caseId, 'SettingNamed', `AND data->>'sourceEventId' = $3`, [allocatedId])).toBe(1);
      expect(await countOf('ehcp', caseId, 'SettingNamed')).toBe(1);
      expect(await countOf('funding', caseId, 'PlanPriced', `AND (data->>'planVersion')::int = $3`, [finalVersion])).toBe(1);
      expect(await countOf('funding', caseId, 'TopUpCommitted')).toBe(1);
      expect(await countOf('mediation', caseId, 'AppealRightsOpened', `AND data->>'sourceEventId' = $3`, [finalId])).toBe(1);
      expect(await countOf('mediation', caseId, 'AppealRightsOpened')).toBe(1);
      for (const s of c.services) {
        expect(await inboxRows(s, allocatedId)).toBe(1);
        expect(await inboxRows(s, finalId)).toBe(1);
      }
      // Nothing at all was appended anywhere, and the read sides show what they showed.
      expect(await Promise.all(c.stores.map((s) => c.storeEvents(s)))).toEqual(storesBefore);
      expect(await c.query('gateway', 'SELECT id FROM case_events ORDER BY id')).toEqual(caseEventsBefore);
      expect((await c.http.get(caseUrl(caseId, '/funding')).set(cw).expect(200)).body).toEqual(fundingBefore);
      expect(await deadlinesAsOf(h(), cw, caseId, '2025-07-01')).toEqual(deadlinesBefore);
      await converged(c);
    }),
    60_000,
  );

  it(
    'the funding service SIGKILLed while a second case reaches its final plan, then restarted: that plan is priced exactly once',
    c.guard(async () => {
      await c.kill('funding');
      const tKilled = Date.now();
      const second = await caseWithDraft('2025-03-04');
      await placementUpToAllocation(second, oakwood);
      await writeOnce(second, '/placement/allocate', { decidedOn: '2025-06-25' }, NOT_KNOWN_YET);
      const final = await finalPlan(second);
      const finalId = String(final.events[0].id);
      // Funding is down: the gateway says so, it does not hang; the other contexts carry on.
      expectProblem(await c.http.get(caseUrl(second, '/funding')).set(cw), 503, 'GATEWAY.SERVICE_UNAVAILABLE');
      await until('the appeal window of the second case', async () =>
        (await countOf('mediation', second, 'AppealRightsOpened')) === 1 ? true : undefined,
      );
      expect(await countOf('funding', second, 'PlanPriced')).toBe(0);
      console.log(`contexts: second case at its final plan ${Date.now() - tKilled} ms after SIGKILL of funding`);

      const tRestart = Date.now();
      await c.restart('funding');
      const tReady = Date.now();
      const funding = await pricedFunding(second, 90_000);
      console.log(
        `contexts: funding ready ${tReady - tRestart} ms after restart, second case priced ${Date.now() - tReady} ms later`,
      );
      expect(funding.element2Pence + funding.element3Pence).toBe(funding.annualPence);
      const finalMsg = await messageOf('ehcp', second, 'FinalPlanIssued');
      expect(finalMsg.headers['event-id']).toBe(finalId);
      await c.waitConsumedPast(
        [c.group('funding', 'process-managers'), c.group('funding', 'read-models')],
        finalMsg.topic,
        finalMsg.partition,
        finalMsg.offset,
        60_000,
      );
      expect(await countOf('funding', second, 'PlanPriced')).toBe(1);
      expect(await countOf('funding', second, 'TopUpCommitted')).toBe(1);
      expect((await c.storeEvents('funding', second))[0]).toMatchObject({ type: 'PlanPriced', causationId: finalId });
      // The first case, handled before the kill, was not priced again by whatever the restart redelivered.
      expect(await countOf('funding', first, 'PlanPriced')).toBe(1);
      expect(await inboxRows('funding', finalId)).toBe(1);
      await converged(c, 60_000);
      expect(await c.count('gateway', 'SELECT count(*) AS n FROM case_events WHERE "caseId" = $1', [second])).toBe(
        await storedOf(second),
      );
      expect((await c.http.get(caseUrl(second, '/verify')).set(cw).expect(200)).body.valid).toBe(true);
    }),
    150_000,
  );

  it(
    'a poison message on the placement topic goes to its DLQ, with x-error and x-consumer-group, and a later allocation still reaches ehcp',
    c.guard(async () => {
      const third = await caseWithDraft('2025-03-05');
      const nearby = await registerSetting('Birchfield Primary', 5);
      await placementUpToAllocation(third, nearby);

      const topic = c.topic('placement');
      const marker = `poison-${c.id}-${Date.now()}`;
      const notJson = `{ this is not JSON ${marker}`;
      const notAnEvent = JSON.stringify({ type: 'PlaceAllocated', caseId: third, marker });
      // Keyed as the third case: same partition as its allocation, which comes behind the poison.
      const poison = await c.produce(topic, [
        { key: third, value: notJson, headers: { 'event-id': `${marker}-1` } },
        { key: third, value: notAnEvent, headers: { 'event-id': `${marker}-2` } },
      ]);
      const allocated = await writeOnce(third, '/placement/allocate', { decidedOn: '2025-06-25' }, NOT_KNOWN_YET);
      expect(allocated.settingId).toBe(nearby);
      const allocatedId = String(allocated.events.find((e: Json) => e.type === 'PlaceAllocated').id);

      const named = await until(
        'SettingNamed of the third case in the ehcp store',
        async () => {
          const found = (await c.storeEvents('ehcp', third)).filter((e) => e.type === 'SettingNamed');
          return found.length > 0 ? found : undefined;
        },
        45_000,
      );
      expect(named).toHaveLength(1);
      expect(named[0]).toMatchObject({ causationId: allocatedId, data: { setting: { settingId: nearby } } });

      const forwarded = await messageOf('placement', third, 'PlaceAllocated');
      expect(forwarded.partition).toBe(poison[0].partition);
      expect(BigInt(forwarded.offset)).toBeGreaterThan(BigInt(poison[1].offset));
      const groups = await c.consumerGroups(topic);
      await c.waitConsumedPast(groups, topic, forwarded.partition, forwarded.offset);

      const dlq = await c.readTopic(`${topic}.dlq`);
      const lettersOf = (value: string, offset: string) =>
        dlq.filter(
          (r) => r.value === value && r.headers['x-original-offset'] === offset && r.headers['x-original-topic'] === topic,
        );
      const badBytes = lettersOf(notJson, poison[0].offset);
      const badEvent = lettersOf(notAnEvent, poison[1].offset);
      // Every group reading the topic (all but placement's own read models) dead-letters its own copy of the bad
      // bytes and says so. The bad event is PlaceAllocated: the read models try to apply it, and of the process
      // managers' groups only ehcp's, where name-setting reacts to that type; the others pass it by unopened.
      expect(badBytes.map((r) => r.headers['x-consumer-group']).sort()).toEqual(groups);
      const applying = groups.filter((g) => !g.endsWith('.process-managers') || g === c.group('ehcp', 'process-managers'));
      expect(badEvent.map((r) => r.headers['x-consumer-group']).sort()).toEqual(applying);
      for (const r of badBytes) {
        expect(r.headers['x-error']).toMatch(/not valid JSON/);
        expect(r.key).toBe(third);
        expect(r.headers['event-id']).toBe(`${marker}-1`);
      }
      for (const r of badEvent) expect(r.headers['x-error']).toMatch(/failed \d+ times/);
      console.log(`contexts: ${badBytes.length} + ${badEvent.length} dead letters from ${groups.length} consumer groups`);
      for (const s of c.services)
        expect(await c.count(s, `SELECT count(*) AS n FROM inbox WHERE "eventId" LIKE $1`, [`${marker}%`])).toBe(0);

      // And the pathway goes on: the final plan takes the allocated setting.
      await finalPlan(third);
      const plan = (await c.http.get(caseUrl(third, '/plan')).set(cw).expect(200)).body;
      expect(plan).toMatchObject({ status: 'final', sections: { I: { settingId: nearby } } });
      await converged(c);
    }),
    90_000,
  );

  /*
   * Placement accepts an allocation at any stage of the case, and the contexts' events reach ehcp in no fixed
   * order: ehcp keeps a setting named before the plan opens and the plan takes it when it does.
   */
  it('an allocation made before the LA decides to issue a plan still reaches section I (as in the embedded mode)', async () => {
    const early = await openCase(h(), cw, '2025-03-06');
    await decide(h(), cw, early, 'assess', '2025-04-07');
    const elmside = await registerSetting('Elmside Primary', 5);
    await writeOnce(early, '/placement/preferences', { ranked: [elmside], expressedOn: '2025-05-12' }, NOT_KNOWN_YET);
    const consulted = await writeOnce(early, '/placement/consultations', { settingId: elmside, sentOn: '2025-05-13' }, []);
    await writeOnce(
      early,
      `/placement/consultations/${consulted.consultationId}/answer`,
      { answeredOn: '2025-05-20', answer: 'can-meet' },
      [],
    );
    await writeOnce(early, '/placement/allocate', { decidedOn: '2025-05-25' }, []);
    // Let the ehcp service's process managers' group (name-setting) finish with the allocation (today: dead-letter it) before the
    // plan exists; bounded, and not required (a fix may well hold the message until the plan is opened).
    const allocatedMsg = await messageOf('placement', early, 'PlaceAllocated');
    await c
      .waitConsumedPast(
        [c.group('ehcp', 'process-managers')],
        allocatedMsg.topic,
        allocatedMsg.partition,
        allocatedMsg.offset,
        8_000,
      )
      .catch(() => undefined);
    await conclude(h(), cw, early, 'issue-plan', '2025-06-02');
    await writeOnce(early, '/plan/draft', { issuedOn: '2025-06-09', sections: planSections() }, [
      'EHCP.PLAN_NOT_OPEN',
      ...NOT_KNOWN_YET,
    ]);
    const final = await until(
      'the final plan of a case allocated before its plan was opened',
      async () => {
        const r = await post(h(), cw, early, '/plan/final', { issuedOn: '2025-06-26' });
        return r.status === 422 && r.body.code === 'EHCP.SECTION_I_REQUIRED' ? undefined : r;
      },
      15_000,
      250,
    ).catch(async (error: unknown) => {
      const letters = (await c.readTopic(`${c.topic('placement')}.dlq`)).filter(
        (r) => r.key === early && r.headers['event-type'] === 'send.placement.place-allocated.v1',
      );
      const why = letters.map((r) => `${r.headers['x-consumer-group']}: ${r.headers['x-error']}`).join('; ');
      throw new Error(`${String(error)}; PlaceAllocated dead-lettered by ${why || 'no group'}`, { cause: error });
    });
    expect(final.status).toBe(201);
    const plan = (await c.http.get(caseUrl(early, '/plan')).set(cw).expect(200)).body;
    expect(plan).toMatchObject({ status: 'final', sections: { I: { settingId: elmside } } });
  }, 60_000);
});
