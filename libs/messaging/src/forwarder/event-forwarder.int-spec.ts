import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { SqliteEventStore, buildRecords } from '@send/event-store';
import { CheckpointEntity, SubscriptionRunner } from '@send/read-models';
import { eventually, scratchDirectory } from '@send/testing';
import { InProcessMessageBus } from '../in-process/in-process-message-bus.js';
import { IdempotentConsumer } from '../inbox/idempotent-consumer.js';
import { MESSAGING_ENTITIES } from '../inbox/inbox.entity.js';
import type { InboundMessage, MessageBus, OutboundMessage } from '../message-bus.port.js';
import { EventForwarder } from './event-forwarder.js';

const dir = scratchDirectory('send-forwarder-');

const ctx = (caseId: string) => ({
  caseId,
  la: '202',
  actor: { id: 'u1', role: 'caseworker' as const },
  correlationId: `corr-${caseId}`,
  causationId: `cause-${caseId}`,
  reason: 'not on the wire',
  recordedAt: new Date('2026-03-02T10:00:00Z'),
});

/** Wraps a bus so a test can make publish fail, before or after the broker got the message. */
class FlakyBus implements MessageBus {
  failNext?: 'before-send' | 'after-send';
  onPublish?: () => Promise<void>;
  constructor(readonly inner: InProcessMessageBus) {}
  async publish(topic: string, messages: readonly OutboundMessage[]): Promise<void> {
    await this.onPublish?.();
    const failure = this.failNext;
    this.failNext = undefined;
    if (failure === 'before-send') throw new Error('broker unreachable');
    await this.inner.publish(topic, messages);
    if (failure === 'after-send') throw new Error('ack lost');
  }
  consume: MessageBus['consume'] = (o) => this.inner.consume(o);
  check = () => this.inner.check();
  close = () => this.inner.close();
}

describe('EventForwarder', () => {
  let store: SqliteEventStore;
  let db: DataSource;
  let bus: FlakyBus;
  let forwarder: EventForwarder;

  beforeEach(async () => {
    // Store and checkpoint share one file, as in embedded mode: the checkpoint write takes its write turn.
    const file = join(dir, `${expect.getState().currentTestName!.replace(/\W+/g, '-')}.sqlite`);
    store = new SqliteEventStore(file);
    db = await new DataSource({
      type: 'better-sqlite3',
      database: file,
      enableWAL: true,
      entities: [CheckpointEntity, ...MESSAGING_ENTITIES],
      synchronize: true,
    }).initialize();
    bus = new FlakyBus(new InProcessMessageBus());
    forwarder = new EventForwarder({ context: 'ehcp', bus, db });
  });
  afterEach(async () => {
    await db.destroy();
    await store.close();
  });

  const append = async (streamId: string, caseId: string, ...types: string[]) => {
    const head = (await store.readStream(streamId)).at(-1);
    const records = buildRecords(
      streamId,
      head,
      types.map((type) => ({ type, data: { type } })),
      ctx(caseId),
    );
    await store.append(streamId, head?.revision ?? 'no-stream', records);
  };
  const all = () => store.readAll(0n, 100);
  const onTopic = () => bus.inner.read('send.ehcp.events');

  it('publishes only its own context, keyed by case id, with the envelope minus personal data', async () => {
    await append('ehcp-c1', 'c1', 'PlanOpened');
    await append('assessment-c1', 'c1', 'AssessmentRequested');
    await append('ehcpx-c9', 'c9', 'NotMine');
    await append('ehcp-c2', 'c2', 'PlanOpened', 'DraftPlanIssued');
    for (const event of await all()) await forwarder.handle(event);

    const typesOf = (key: string) =>
      onTopic()
        .filter((m) => m.key === key)
        .map((m) => JSON.parse(m.value!).type);
    expect(onTopic()).toHaveLength(3);
    expect(typesOf('c1')).toEqual(['PlanOpened']);
    expect(typesOf('c2')).toEqual(['PlanOpened', 'DraftPlanIssued']);
    const first = (await all())[0];
    const message = onTopic().find((m) => m.key === 'c1')!;
    expect(JSON.parse(message.value!)).toEqual({
      id: first.id,
      type: 'PlanOpened',
      streamId: 'ehcp-c1',
      revision: 0,
      position: first.position.toString(),
      caseId: 'c1',
      la: '202',
      occurredAt: first.occurredAt,
      recordedAt: first.recordedAt,
      correlationId: 'corr-c1',
      causationId: 'cause-c1',
      data: { type: 'PlanOpened' },
    });
    expect(message.headers).toEqual({
      'event-id': first.id,
      'event-type': 'PlanOpened',
      'correlation-id': 'corr-c1',
      'causation-id': 'cause-c1',
      'schema-version': '1',
    });
    expect(forwarder.name).toBe('forwarder.ehcp');
    expect(await forwarder.checkpoint()).toBe(await store.headPosition());
  });

  it('moves the checkpoint only once the publish has returned', async () => {
    await append('ehcp-c1', 'c1', 'PlanOpened', 'DraftPlanIssued');
    const [e1, e2] = await all();
    const seenDuringPublish: bigint[] = [];
    bus.onPublish = async () => void seenDuringPublish.push(await forwarder.checkpoint());
    await forwarder.handle(e1);
    await forwarder.handle(e2);
    expect(seenDuringPublish).toEqual([0n, e1.position]);
    expect(await forwarder.checkpoint()).toBe(e2.position);
  });

  it('keeps the checkpoint when a publish fails, and the runner re-sends from there (at least once)', async () => {
    await append('ehcp-c1', 'c1', 'PlanOpened', 'DraftPlanIssued', 'FinalPlanIssued');
    const [e1, e2] = await all();
    await forwarder.handle(e1);
    bus.failNext = 'before-send';
    await expect(forwarder.handle(e2)).rejects.toThrow('broker unreachable');
    expect(await forwarder.checkpoint()).toBe(e1.position);

    bus.failNext = 'after-send'; // the broker has it, the forwarder never hears so: it must send it again
    const runner = new SubscriptionRunner(store, [forwarder]);
    await runner.onApplicationBootstrap();
    try {
      expect(await runner.waitFor(await store.headPosition(), 10_000)).toBe(true);
    } finally {
      await runner.onApplicationShutdown();
    }
    // The runner hands over the page e2..e3: sent whole, lost ack, sent whole again.
    expect(onTopic().map((m) => JSON.parse(m.value!).type)).toEqual([
      'PlanOpened',
      'DraftPlanIssued',
      'FinalPlanIssued',
      'DraftPlanIssued',
      'FinalPlanIssued',
    ]);
    expect(await forwarder.checkpoint()).toBe(await store.headPosition());
  });

  it('publishes a page in one publish and moves the checkpoint once, past foreign events after its own', async () => {
    await append('ehcp-c1', 'c1', 'PlanOpened', 'DraftPlanIssued');
    await append('assessment-c2', 'c2', 'AssessmentRequested');
    const publishes: number[] = [];
    bus.onPublish = async () => void publishes.push(onTopic().length);
    await forwarder.handleBatch(await all());
    expect(publishes).toEqual([0]);
    expect(onTopic().map((m) => JSON.parse(m.value!).type)).toEqual(['PlanOpened', 'DraftPlanIssued']);
    expect(await forwarder.checkpoint()).toBe(await store.headPosition());

    // A page of foreign events only: nothing to publish, and no checkpoint write.
    await append('assessment-c3', 'c3', 'AssessmentRequested');
    const before = await forwarder.checkpoint();
    await forwarder.handleBatch((await all()).slice(-1));
    expect(publishes).toEqual([0]);
    expect(await forwarder.checkpoint()).toBe(before);
  });

  it('feeds an idempotent consumer that applies the duplicate only once', async () => {
    await append('ehcp-c1', 'c1', 'PlanOpened', 'DraftPlanIssued');
    const [e1, e2] = await all();
    await forwarder.handle(e1);
    bus.failNext = 'after-send';
    await expect(forwarder.handle(e2)).rejects.toThrow('ack lost');
    await forwarder.handle(e2);
    const applied: string[] = [];
    const delivered: InboundMessage[] = [];
    const handle = await bus.consume({
      groupId: 'placement.listens-to-ehcp',
      topics: ['send.ehcp.events'],
      handler: async (m) => {
        delivered.push(m);
        await IdempotentConsumer.handleOnce(db, 'placement.listens-to-ehcp', m.headers['event-id'], async () => {
          applied.push(m.headers['event-type']);
        });
      },
    });
    await eventually('three deliveries', () => delivered.length === 3);
    await handle.stop();
    expect(applied).toEqual(['PlanOpened', 'DraftPlanIssued']);
  });
});
