import { randomBytes } from 'node:crypto';
import pg from 'pg';
import {
  type Admin,
  type ConfigResourceTypes,
  Kafka,
  type LogEntry,
  type Message,
  Partitioners,
  type Producer,
  logLevel,
} from 'kafkajs';
import { DataSource } from 'typeorm';
import { type EventRecord, STREAM_PREFIXES, type StoredEvent } from '@send/kernel';
import { EventForwarder, KafkaMessageBus, type OutboundMessage } from '@send/messaging';
import { CheckpointEntity, saveCheckpoint } from '@send/read-models';
import { kafkaBrokersFrom, toWire } from '@send/platform';
import { PostgresEventStore } from '../../libs/event-store/src/postgres/index.js';
import { BATCH } from '../../libs/event-store/src/polling-subscription.js';
import { type DistributedOptions, type DistributedResults, runDistributedBench } from './distributed-bench.js';
import { buildStreams } from './records.js';
import { type Latency, latency, progress, sleep, spanRate, withTimeout } from './stats.js';

export interface KafkaOptions {
  /** Messages (and events) in the throughput runs. */
  readonly messages: number;
  /** Events per stream in the forwarder's pre-filled store. */
  readonly perStream: number;
  readonly batch: number;
  /** Messages the KafkaMessageBus consumer reads (of the same topic), fewer than the raw one: its rate is per message. */
  readonly busConsume: number;
  /** Single-message hops timed one by one at a fixed rate (the floor under the end-to-end latency). */
  readonly hop: { messages: number; rate: number };
  readonly distributed: DistributedOptions;
}

export interface SpanRate {
  /** Units done after the first one's timestamp. */
  readonly count: number;
  readonly ms: number;
  readonly perSecond: number;
}

export type Part<T> = { readonly ran: true; readonly value: T } | { readonly ran: false; readonly reason: string };

export interface ForwarderResult {
  readonly rate: SpanRate;
  /** Its baseline: raw kafkajs sends of one page each, the same bytes, in passes alternating with the forwarder's. */
  readonly baseline: SpanRate;
  /** Passes of each side; rate and baseline are each side's median pass. */
  readonly rounds: number;
  /** Acknowledged publishes (one per page of the log) and the events they carried. */
  readonly publishes: number;
  /** Wall time of the whole run (subscription start to last acknowledged publish), ms. */
  readonly totalMs: number;
  /** Mean time inside KafkaMessageBus.publish per event (the awaited, acknowledged send), µs. */
  readonly publishUs: number;
  /** Mean time per event outside publish (readAll page share, toWire, checkpoint write), µs. */
  readonly otherUs: number;
  /** Time to append the pre-filled events to PostgreSQL (untimed in the rate), ms. */
  readonly prefillMs: number;
  /** The checkpoint write alone (saveCheckpoint, one upsert, on the same DataSource), µs per save, measured after the run. */
  readonly checkpointSaveUs: number;
  readonly checkpointSaves: number;
  /** SHOW synchronous_commit on that connection (on = a WAL flush per commit). */
  readonly synchronousCommit: string;
}

export interface KafkaResults {
  readonly brokers: string[];
  readonly partitions: number;
  readonly messages: number;
  readonly messageBytes: { mean: number; min: number; max: number };
  readonly produce1: SpanRate;
  readonly produceBatch: SpanRate & { batch: number };
  /** Sends of one page of the log each: the forwarder's baseline. */
  readonly producePage: SpanRate & { batch: number };
  readonly rawConsume: SpanRate & { joinMs: number; commit: Latency };
  readonly busConsume: SpanRate & { batches: number };
  readonly hop: { messages: number; targetRate: number; achievedRate: number; latency: Latency };
  readonly forwarder: Part<ForwarderResult>;
  readonly distributed: Part<DistributedResults>;
  readonly pgUrl: string;
  /** Broker settings that bound what is measured, as the broker reports them (describeConfigs). */
  readonly brokerConfig: Record<string, string>;
}

export type KafkaOutcome =
  { readonly ran: true; readonly results: KafkaResults } | { readonly ran: false; readonly reason: string };

const PARTITIONS = 3;
/** The SubscriptionRunner's page (the stores' BATCH): what the forwarder publishes at once. */
const PAGE = BATCH;

function logLine({ namespace, log }: LogEntry): void {
  const { message, ...extra } = log;
  progress(`kafkajs ${namespace}: ${message} ${JSON.stringify(extra)}`);
}

/** The client the raw baseline uses: the same settings KafkaMessageBus gives its own. */
function rawKafka(brokers: string[], clientId: string): Kafka {
  return new Kafka({ clientId, brokers, connectionTimeout: 3_000, logLevel: logLevel.WARN, logCreator: () => logLine });
}

function rawProducer(kafka: Kafka): Producer {
  return kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
}

/** Why the broker cannot be used, or undefined when it answers. */
export async function brokerUnreachable(brokers: string[]): Promise<string | undefined> {
  const probe = new Kafka({
    clientId: 'send-bench-probe',
    brokers,
    connectionTimeout: 2_000,
    retry: { retries: 0 },
    logLevel: logLevel.NOTHING,
  });
  const admin = probe.admin();
  try {
    await admin.connect();
    await admin.listTopics();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

async function pgUnreachable(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export const shownUrl = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

/** The Kafka section: raw kafkajs rates, the forwarder over PostgreSQL, then the distributed apps end to end. */
export async function runKafkaBench(opts: KafkaOptions): Promise<KafkaOutcome> {
  const brokers = kafkaBrokersFrom(process.env);
  const reason = await brokerUnreachable(brokers);
  if (reason !== undefined) {
    const text = `no broker at ${brokers.join(',')} (${reason})`;
    progress(`Kafka section NOT RUN: ${text}`);
    return { ran: false, reason: text };
  }
  const pgUrl = process.env.PG_EVENT_STORE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const pgReason = await pgUnreachable(pgUrl);
  const pgNotRun = pgReason === undefined ? undefined : `no PostgreSQL at ${shownUrl(pgUrl)} (${pgReason})`;
  if (pgNotRun) progress(`Kafka section: forwarder and end-to-end parts NOT RUN: ${pgNotRun}`);

  const run = `bench-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
  const kafka = rawKafka(brokers, run);
  const admin = kafka.admin();
  await admin.connect();
  const topics: string[] = [];
  const groups: string[] = [];
  const topic = async (name: string) => {
    const t = `${run}.${name}`;
    topics.push(t);
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic: t, numPartitions: PARTITIONS, replicationFactor: 1 }] });
    return t;
  };

  try {
    const brokerConfig = await describeBroker(admin);
    // The events the forwarder will carry, built before any timing; the raw side sends the same bytes.
    const personalDataKey = randomBytes(32);
    const streams = buildStreams(opts.messages / opts.perStream, opts.perStream);
    const records = streams.flat();
    const wire: Message[] = records.map((r, i) => {
      const m = toWire({ ...r, position: BigInt(i + 1) }, personalDataKey);
      return { key: m.key, value: JSON.stringify(m.value), headers: { ...m.headers } };
    });
    const sizes = wire.map((m) => Buffer.byteLength(m.value as string) + Buffer.byteLength(m.key as string));
    const messageBytes = {
      mean: sizes.reduce((a, b) => a + b, 0) / sizes.length,
      min: Math.min(...sizes),
      max: Math.max(...sizes),
    };

    const producer = rawProducer(kafka);
    await producer.connect();
    let produce1: SpanRate;
    let produceBatch: SpanRate;
    let producePage: SpanRate;
    const rawTopic = await topic('raw-1');
    try {
      progress(`Kafka raw: warm-up, 500 awaited sends`);
      const warm = await topic('warm');
      for (let i = 0; i < 500; i++) await producer.send({ topic: warm, acks: -1, messages: [wire[i % wire.length]] });

      progress(`Kafka raw: ${opts.messages} messages, one awaited send each (acks -1, idempotent, 1 in flight)`);
      const acks = new Float64Array(wire.length);
      for (let i = 0; i < wire.length; i++) {
        await producer.send({ topic: rawTopic, acks: -1, messages: [wire[i]] });
        acks[i] = performance.now();
      }
      produce1 = spanRate(acks, wire.length - 1);

      progress(`Kafka raw: ${opts.messages} messages, ${opts.batch} per send`);
      const batchTopic = await topic(`raw-${opts.batch}`);
      const batchAcks: number[] = [];
      for (let i = 0; i < wire.length; i += opts.batch) {
        await producer.send({ topic: batchTopic, acks: -1, messages: wire.slice(i, i + opts.batch) });
        batchAcks.push(performance.now());
      }
      produceBatch = spanRate(batchAcks, wire.length - opts.batch);

      progress(`Kafka raw: ${opts.messages} messages, ${PAGE} per send (the forwarder's page)`);
      const pageTopic = await topic(`raw-${PAGE}`);
      const pageAcks: number[] = [];
      for (let i = 0; i < wire.length; i += PAGE) {
        await producer.send({ topic: pageTopic, acks: -1, messages: wire.slice(i, i + PAGE) });
        pageAcks.push(performance.now());
      }
      producePage = spanRate(pageAcks, wire.length - Math.min(PAGE, wire.length));
    } finally {
      await producer.disconnect();
    }
    await verifyTopic(admin, rawTopic, wire.length);

    progress(`Kafka raw: consume ${opts.messages} in a group, commit per message by hand`);
    const rawGroup = `${run}.raw-consumer`;
    groups.push(rawGroup);
    const rawConsume = await consumeRaw(kafka, rawTopic, rawGroup, wire.length);

    progress(`KafkaMessageBus.consume: ${opts.busConsume} of the same topic, another group, no-op batch handler`);
    const busGroup = `${run}.bus-consumer`;
    groups.push(busGroup);
    const busConsume = await consumeBus(brokers, run, rawTopic, busGroup, Math.min(opts.busConsume, wire.length));

    progress(`Kafka raw: ${opts.hop.messages} single-message hops at ${opts.hop.rate}/s, produce → consumer`);
    const hopGroup = `${run}.hop`;
    groups.push(hopGroup);
    const hop = await hops(kafka, await topic('hop'), hopGroup, wire, opts.hop);

    let forwarder: Part<ForwarderResult>;
    if (pgNotRun) forwarder = { ran: false, reason: pgNotRun };
    else {
      progress(`EventForwarder: ${opts.messages} events from PostgreSQL to Kafka`);
      const fwdTopic = `${run}.forwarder`;
      topics.push(fwdTopic, `${fwdTopic}.warm`);
      topics.push(`${fwdTopic}.raw`);
      forwarder = { ran: true, value: await runForwarder(pgUrl, brokers, kafka, run, fwdTopic, streams, wire, personalDataKey) };
      // Every forwarder pass published every event once.
      await verifyTopic(admin, fwdTopic, records.length * forwarder.value.rounds);
    }

    let distributed: Part<DistributedResults>;
    if (pgNotRun) distributed = { ran: false, reason: pgNotRun };
    else distributed = { ran: true, value: await runDistributedBench(brokers, opts.distributed) };

    return {
      ran: true,
      results: {
        brokers,
        partitions: PARTITIONS,
        messages: wire.length,
        messageBytes,
        produce1,
        produceBatch: { ...produceBatch, batch: opts.batch },
        producePage: { ...producePage, batch: PAGE },
        rawConsume,
        busConsume,
        hop,
        forwarder,
        distributed,
        pgUrl: shownUrl(pgUrl),
        brokerConfig,
      },
    };
  } finally {
    await admin.deleteGroups(groups).catch((error: unknown) => progress(`could not delete groups: ${String(error)}`));
    await admin.deleteTopics({ topics }).catch((error: unknown) => progress(`could not delete topics: ${String(error)}`));
    await admin.disconnect().catch(() => undefined);
  }
}

/** The broker's offset-commit batching and durability settings: they set the floor of a commit per message. */
async function describeBroker(admin: Admin): Promise<Record<string, string>> {
  const names = ['group.coordinator.append.linger.ms', 'log.flush.interval.messages', 'min.insync.replicas'];
  try {
    const { brokers } = await admin.describeCluster();
    const { resources } = await admin.describeConfigs({
      includeSynonyms: false,
      // ConfigResourceTypes.BROKER: kafkajs is CommonJS and its enums are not named exports under ESM.
      resources: [{ type: 4 as ConfigResourceTypes, name: String(brokers[0].nodeId), configNames: names }],
    });
    return Object.fromEntries(resources[0].configEntries.map((e) => [e.configName, e.configValue]));
  } catch (error) {
    progress(`could not read the broker's settings: ${String(error)}`);
    return {};
  }
}

async function verifyTopic(admin: Admin, topic: string, expected: number): Promise<void> {
  const offsets = await admin.fetchTopicOffsets(topic);
  const total = offsets.reduce((n, p) => n + Number(p.high) - Number(p.low), 0);
  if (total !== expected) throw new Error(`${topic} holds ${total} messages, expected ${expected}`);
}

/** kafkajs directly: a group member that commits each message by hand, one partition at a time, as the bus does. */
async function consumeRaw(
  kafka: Kafka,
  topic: string,
  groupId: string,
  expected: number,
): Promise<SpanRate & { joinMs: number; commit: Latency }> {
  const consumer = kafka.consumer({ groupId, sessionTimeout: 30_000, heartbeatInterval: 10_000, maxWaitTimeInMs: 1_000 });
  const times = new Float64Array(expected);
  const commits = new Float64Array(expected);
  let n = 0;
  let joinMs = Number.NaN;
  consumer.on(consumer.events.GROUP_JOIN, (e) => (joinMs = e.payload.duration));
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  try {
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      partitionsConsumedConcurrently: 1,
      eachMessage: async ({ partition, message }) => {
        if (n >= expected) return;
        const at = performance.now();
        times[n] = at;
        await consumer.commitOffsets([{ topic, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
        commits[n] = performance.now() - at;
        if (++n === expected) finish();
      },
    });
    await withTimeout(finished, 120_000, `raw consumer: ${expected} messages`);
  } finally {
    await consumer.disconnect();
  }
  if (n !== expected) throw new Error(`raw consumer got ${n} messages, expected ${expected}`);
  return { ...spanRate(times, expected - 1), joinMs, commit: latency(commits) };
}

/**
 * The product's batch consumer path (deliverBatch, heartbeat timer, one commit per batch after the handler) with a
 * batch handler that does nothing; each batch is stamped when it reaches the handler.
 */
async function consumeBus(
  brokers: string[],
  run: string,
  topic: string,
  groupId: string,
  expected: number,
): Promise<SpanRate & { batches: number }> {
  const bus = new KafkaMessageBus({ brokers, clientId: `${run}-bus-consumer` });
  const stamps: number[] = [];
  let firstBatch = 0;
  let n = 0;
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const take = (count: number) => {
    if (n >= expected) return;
    const took = Math.min(count, expected - n);
    if (stamps.length === 0) firstBatch = took;
    stamps.push(performance.now());
    n += took;
    if (n === expected) finish();
  };
  try {
    await bus.consume({
      groupId,
      topics: [topic],
      batchHandler: async (batch) => take(batch.length),
      handler: async () => take(1),
    });
    await withTimeout(finished, 120_000, `bus consumer: ${expected} messages`);
  } finally {
    await bus.close();
  }
  return { ...spanRate(stamps, expected - firstBatch), batches: stamps.length };
}

/**
 * The floor under the end-to-end latency: one message at a time through the broker, at a fixed rate, from
 * the send call to the consumer's eachMessage (same process, same clock), with a member already joined.
 */
async function hops(
  kafka: Kafka,
  topic: string,
  groupId: string,
  wire: readonly Message[],
  opts: { messages: number; rate: number },
): Promise<KafkaResults['hop']> {
  const sent = new Float64Array(opts.messages);
  const got = new Float64Array(opts.messages);
  let n = 0;
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const consumer = kafka.consumer({ groupId, sessionTimeout: 30_000, heartbeatInterval: 10_000, maxWaitTimeInMs: 1_000 });
  const producer = rawProducer(kafka);
  try {
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      partitionsConsumedConcurrently: 1,
      eachMessage: async ({ partition, message }) => {
        const k = Number(message.headers?.['bench-seq']?.toString() ?? -1);
        const at = performance.now();
        await consumer.commitOffsets([{ topic, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
        if (k < 0 || k >= opts.messages || got[k] > 0) return;
        got[k] = at;
        if (++n === opts.messages) finish();
      },
    });
    await producer.connect();
    // One untimed send to open the connection and fetch the topic's metadata.
    await producer.send({ topic, acks: -1, messages: [{ ...wire[0], headers: { ...wire[0].headers, 'bench-seq': '-1' } }] });
    const interval = 1000 / opts.rate;
    const t0 = performance.now() + interval;
    for (let k = 0; k < opts.messages; k++) {
      const wait = t0 + k * interval - performance.now();
      if (wait > 0) await sleep(wait);
      const m = wire[k % wire.length];
      sent[k] = performance.now();
      await producer.send({ topic, acks: -1, messages: [{ ...m, headers: { ...m.headers, 'bench-seq': String(k) } }] });
    }
    await withTimeout(finished, 60_000, `hop consumer: ${opts.messages} messages`);
  } finally {
    await producer.disconnect();
    await consumer.disconnect();
  }
  const lat = Float64Array.from(got, (g, k) => g - sent[k]);
  if (lat.some((x) => !(x > 0))) throw new Error('hop: a message was not timed');
  return {
    messages: opts.messages,
    targetRate: opts.rate,
    achievedRate: spanRate(sent, opts.messages - 1).perSecond,
    latency: latency(lat),
  };
}

/** KafkaMessageBus with each publish timed: when the broker acknowledged it, how many it carried, the time inside. */
class TimedBus extends KafkaMessageBus {
  readonly acks: number[] = [];
  readonly sizes: number[] = [];
  publishMs = 0;

  override async publish(topic: string, messages: readonly OutboundMessage[]): Promise<void> {
    const start = performance.now();
    await super.publish(topic, messages);
    const end = performance.now();
    this.publishMs += end - start;
    this.acks.push(end);
    this.sizes.push(messages.length);
  }

  reset(): void {
    this.acks.length = 0;
    this.sizes.length = 0;
    this.publishMs = 0;
  }
}

/** Passes of each side, alternating: one pass of 3,000 events is two sends, too few to time alone. */
const FORWARDER_ROUNDS = 7;

/** Raw kafkajs with the bus's producer settings, one awaited send per page of the same bytes: one timed pass. */
async function producePages(producer: Producer, topic: string, wire: readonly Message[]): Promise<SpanRate> {
  const start = performance.now();
  for (let i = 0; i < wire.length; i += PAGE) await producer.send({ topic, acks: -1, messages: wire.slice(i, i + PAGE) });
  const ms = performance.now() - start;
  return { count: wire.length, ms, perSecond: (wire.length * 1000) / ms };
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Feeds the forwarder a page of the log at a time from its checkpoint, as SubscriptionRunner does, until `events`. */
async function forwardAll(store: PostgresEventStore, forwarder: EventForwarder, events: number): Promise<void> {
  let handled = 0;
  let finish!: () => void;
  let fail!: (error: unknown) => void;
  const finished = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const subscription = store.subscribeToAllInBatches(
    await forwarder.checkpoint(),
    async (page) => {
      await forwarder.handleBatch(page);
      if ((handled += page.length) === events) finish();
    },
    { onError: (error) => fail(error) },
  );
  try {
    await withTimeout(finished, 180_000, `forwarder: ${events} events`);
  } finally {
    await subscription.stop();
  }
}

/**
 * EventForwarder as the services run it: a PostgreSQL store's subscribeToAllInBatches feeding handleBatch() a
 * page of the log at a time (what SubscriptionRunner.start does for a subscriber with handleBatch), publishing
 * through KafkaMessageBus with toWire, checkpoint in a TypeORM DataSource on PostgreSQL.
 */
async function runForwarder(
  url: string,
  brokers: string[],
  kafka: Kafka,
  run: string,
  topic: string,
  streams: readonly EventRecord[][],
  wire: readonly Message[],
  personalDataKey: Buffer,
): Promise<ForwarderResult> {
  const suffix = run.replace(/[^a-z0-9]/g, '_');
  const storeSchema = `${suffix}_es`;
  const checkpointSchema = `${suffix}_cp`;
  const admin = new pg.Client(url);
  await admin.connect();
  let store: PostgresEventStore | undefined;
  let db: DataSource | undefined;
  const bus = new TimedBus({ brokers, clientId: `${run}-forwarder` });
  try {
    await admin.query(`CREATE SCHEMA "${checkpointSchema}"`);
    store = await PostgresEventStore.open(url, { schema: storeSchema });
    const events = streams.reduce((n, s) => n + s.length, 0);
    const prefillStart = performance.now();
    for (const stream of streams) await store.append(stream[0].streamId, 'no-stream', stream);
    const prefillMs = performance.now() - prefillStart;
    const head = await store.headPosition();

    db = new DataSource({ type: 'postgres', url, schema: checkpointSchema, entities: [CheckpointEntity], synchronize: true });
    await db.initialize();
    // Producer and admin connected and the topics created up front, as a running service has them.
    const toMessage = (e: StoredEvent) => toWire(e, personalDataKey);
    // An untimed pass first, to another topic under another checkpoint name (the 'ehcp' forwarder given the
    // assessment streams): the raw side is measured warm, so the forwarder's path is warmed the same way.
    const warmTopic = `${topic}.warm`;
    await bus.ensureTopics([topic, warmTopic, `${topic}.raw`]);
    const warm = new EventForwarder({
      context: 'ehcp',
      streamPrefixes: STREAM_PREFIXES.assessment,
      topic: warmTopic,
      bus,
      db,
      toMessage,
    });
    await forwardAll(store, warm, events);
    const producer = rawProducer(kafka);
    await producer.connect();
    await producePages(producer, `${topic}.raw`, wire);

    // Alternating passes, which side first alternating too, so drift in the broker's and the disk's speed falls
    // on both; each pass is timed from its start to its last acknowledgement. Each forwarder pass starts from
    // checkpoint 0 again (the topic gets the events once per pass).
    const forwarder = new EventForwarder({ context: 'assessment', topic, bus, db, toMessage });
    const passes: { forwarder: SpanRate; raw: SpanRate; publishMs: number; publishes: number }[] = [];
    try {
      for (let round = 0; round < FORWARDER_ROUNDS; round++) {
        const forward = async () => {
          await db!.getRepository(CheckpointEntity).delete({ name: forwarder.name });
          bus.reset();
          const start = performance.now();
          await forwardAll(store!, forwarder, events);
          const { acks, sizes, publishMs } = bus;
          const ms = acks[acks.length - 1] - start;
          const checkpoint = await forwarder.checkpoint();
          if (checkpoint !== head) throw new Error(`forwarder checkpoint ${checkpoint}, head ${head}`);
          const published = sizes.reduce((a, b) => a + b, 0);
          if (published !== events) throw new Error(`forwarder published ${published} of ${events}`);
          return { rate: { count: events, ms, perSecond: (events * 1000) / ms }, publishMs, publishes: acks.length };
        };
        let raw: SpanRate;
        let fwd: Awaited<ReturnType<typeof forward>>;
        if (round % 2 === 0) {
          raw = await producePages(producer, `${topic}.raw`, wire);
          fwd = await forward();
        } else {
          fwd = await forward();
          raw = await producePages(producer, `${topic}.raw`, wire);
        }
        passes.push({ forwarder: fwd.rate, raw, publishMs: fwd.publishMs, publishes: fwd.publishes });
      }
    } finally {
      await producer.disconnect();
    }
    const pick = (rates: readonly SpanRate[]) => rates.find((r) => r.perSecond === median(rates.map((x) => x.perSecond)))!;
    const rate = pick(passes.map((p) => p.forwarder));
    const baseline = pick(passes.map((p) => p.raw));
    const chosen = passes.find((p) => p.forwarder === rate)!;
    const totalMs = rate.ms;
    const publishMs = chosen.publishMs;
    // The checkpoint write on its own: the same upsert the forwarder makes after each acknowledged publish.
    const saves = 500;
    const saveStart = performance.now();
    for (let i = 0; i < saves; i++) await saveCheckpoint(db.manager, 'bench.probe', BigInt(i));
    const checkpointSaveUs = ((performance.now() - saveStart) * 1000) / saves;
    const [{ synchronous_commit: synchronousCommit }] = (await db.query('SHOW synchronous_commit')) as {
      synchronous_commit: string;
    }[];
    return {
      rate,
      baseline,
      rounds: FORWARDER_ROUNDS,
      publishes: chosen.publishes,
      totalMs,
      publishUs: (publishMs * 1000) / events,
      otherUs: ((totalMs - publishMs) * 1000) / events,
      prefillMs,
      checkpointSaveUs,
      checkpointSaves: saves,
      synchronousCommit,
    };
  } finally {
    await bus.close();
    await db?.destroy();
    await store?.close();
    await admin.query(`DROP SCHEMA IF EXISTS "${storeSchema}" CASCADE`);
    await admin.query(`DROP SCHEMA IF EXISTS "${checkpointSchema}" CASCADE`);
    await admin.end();
  }
}
