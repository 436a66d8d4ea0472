import {
  type Admin,
  type Consumer,
  type EachBatchPayload,
  type IHeaders,
  Kafka,
  type KafkaMessage,
  type LogEntry,
  Partitioners,
  type Producer,
  logLevel,
} from 'kafkajs';
import { type DeadLetter, type RawMessage, StopSignal, deliverBatch, serialise } from '../delivery.js';
import type { ConsumeOptions, ConsumerHandle, MessageBus, OutboundMessage } from '../message-bus.port.js';

/** Messages per batch handed to a consumer: one transaction each, as the SubscriptionRunner's page. */
const BATCH_SIZE = 500;
/**
 * The most one send carries for any one partition. The broker refuses a partition's record batch above
 * `message.max.bytes` (1 MiB by default), and a forwarder page refused whole would be retried whole forever; so a
 * send's messages are counted per partition they go to, and a send stops before any partition's share passes this.
 */
const SEND_BYTES = 896 * 1024;
/** How long a topic's partition count is trusted for that count (kafkajs refreshes its metadata as often). */
const PARTITIONS_MAX_AGE_MS = 300_000;
/**
 * A handled run's offset is committed at most this long after, in one request with every other partition's of
 * the member that came due meanwhile. Each commit is a round trip to the group coordinator and a write to its
 * log: one per run made every consumer group pay it on every arrival. A crash before the commit delivers those
 * runs again, which is at-least-once as before (consumers apply by event id); stop() commits what is due first.
 */
const COMMIT_WITHIN_MS = 100;

// kafkajs 2 warns on every producer that its default partitioner changed; ours is chosen explicitly below.
// kafkajs reads this switch only from the environment, so it is set here rather than being a setting of ours.
process.env.KAFKAJS_NO_PARTITIONER_WARNING ??= '1';

export interface KafkaMessageBusOptions {
  /** host:port of each broker (AppConfig.kafkaBrokers, from KAFKA_BROKERS). */
  readonly brokers: readonly string[];
  readonly clientId?: string;
  /** A member that has not heartbeated for this long is removed from its group and its partitions move. */
  readonly sessionTimeout?: number;
  /** How long a fetch waits for data; bounds how long stop() takes. */
  readonly maxWaitTimeInMs?: number;
  readonly partitions?: number;
  readonly replicationFactor?: number;
}

/**
 * Kafka behind the MessageBus port. Guarantees: order per key (the key picks the partition; the producer is
 * idempotent with one request in flight, so a retried send cannot overtake the one after it); at-least-once
 * (the offset is committed by hand, only after the handler or the dead-letter publish succeeded); a poison
 * message costs bounded retries and then moves to `<topic>.dlq`, so its partition keeps flowing.
 */
export class KafkaMessageBus implements MessageBus {
  private readonly kafka: Kafka;
  private readonly producer: Producer;
  private readonly admin: Admin;
  private readonly stops = new Set<() => Promise<void>>();
  private readonly knownTopics = new Set<string>();
  private readonly partitionCounts = new Map<string, { count: number; at: number }>();
  /** The producer's partitioner, to count a send's bytes per partition (publish). */
  private readonly partitioner = Partitioners.DefaultPartitioner();
  private connecting?: Promise<void>;
  private readonly sessionTimeout: number;
  private readonly heartbeatInterval: number;

  constructor(private readonly options: KafkaMessageBusOptions) {
    this.sessionTimeout = options.sessionTimeout ?? 30_000;
    this.heartbeatInterval = Math.floor(this.sessionTimeout / 3);
    this.kafka = new Kafka({
      clientId: options.clientId ?? 'send',
      brokers: [...options.brokers],
      connectionTimeout: 3_000,
      logLevel: logLevel.WARN,
      logCreator: () => logLine,
    });
    this.producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    this.admin = this.kafka.admin();
  }

  /**
   * One send for the lot, unless a partition's share would pass SEND_BYTES: then consecutive slices, each awaited
   * before the next, so order per key holds either way. The partition of each message is worked out with the
   * producer's own partitioner (the key's hash over the topic's partitions), only to count the bytes; the
   * producer still chooses it.
   */
  async publish(topic: string, messages: readonly OutboundMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const payload = messages.map((m) => ({ key: m.key, value: serialise(m.value), headers: { ...m.headers } }));
    const partitionMetadata = Array.from({ length: await this.partitionsOf(topic) }, (_, partitionId) => ({
      partitionId,
      leader: 0,
      partitionErrorCode: 0,
      replicas: [0],
      isr: [0],
    }));
    let slice: typeof payload = [];
    const bytes = new Map<number, number>();
    for (const m of payload) {
      const size = approximateBytes(m);
      const partition = this.partitioner({ topic, partitionMetadata, message: m });
      if (slice.length > 0 && (bytes.get(partition) ?? 0) + size > SEND_BYTES) {
        await this.send(topic, slice);
        slice = [];
        bytes.clear();
      }
      slice.push(m);
      bytes.set(partition, (bytes.get(partition) ?? 0) + size);
    }
    await this.send(topic, slice);
  }

  /** The topic's partition count as the broker reports it, cached for PARTITIONS_MAX_AGE_MS. */
  private async partitionsOf(topic: string): Promise<number> {
    const known = this.partitionCounts.get(topic);
    if (known && Date.now() - known.at < PARTITIONS_MAX_AGE_MS) return known.count;
    await this.connect();
    await this.ensureTopics([topic]);
    const { topics } = await this.admin.fetchTopicMetadata({ topics: [topic] });
    const count = Math.max(1, topics[0]?.partitions.length ?? 1);
    this.partitionCounts.set(topic, { count, at: Date.now() });
    return count;
  }

  /** Creates the missing topics (partitions and replication from the options, default 3 and 1). */
  async ensureTopics(topics: readonly string[]): Promise<void> {
    const missing = topics.filter((t) => !this.knownTopics.has(t));
    if (missing.length === 0) return;
    await this.connect();
    await this.admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((topic) => ({
        topic,
        numPartitions: this.options.partitions ?? 3,
        replicationFactor: this.options.replicationFactor ?? 1,
      })),
    });
    missing.forEach((t) => this.knownTopics.add(t));
  }

  async consume(options: ConsumeOptions): Promise<ConsumerHandle> {
    await this.ensureTopics(options.topics);
    const signal = new StopSignal();
    const member: Member = { inFlight: Promise.resolve(), due: new Map(), committing: Promise.resolve() };
    await this.startMember(member, options, signal);
    const stop = async () => {
      signal.stop();
      // kafkajs drops a commit made after disconnect() began, silently: the message in flight would then
      // come back to the next member although it was handled. So let it finish and commit first.
      await member.inFlight.catch(() => undefined);
      await this.commitDue(member);
      await member.consumer?.disconnect();
      this.stops.delete(stop);
    };
    this.stops.add(stop);
    return { stop };
  }

  private async startMember(member: Member, options: ConsumeOptions, signal: StopSignal): Promise<void> {
    const consumer = this.kafka.consumer({
      groupId: options.groupId,
      sessionTimeout: this.sessionTimeout,
      heartbeatInterval: this.heartbeatInterval,
      maxWaitTimeInMs: this.options.maxWaitTimeInMs ?? 1_000,
    });
    member.consumer = consumer;
    if (options.takeOverFrom?.length) await this.takeOver(options);
    // kafkajs does not restart a consumer after a non-retriable error, and a commit refused because the
    // member was evicted (UNKNOWN_MEMBER_ID) is one: the group would silently stop consuming. Start afresh;
    // the new member resumes from the last commit, so nothing is skipped.
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (!payload.restart && !signal.stopped) void this.restartMember(member, options, signal);
    });
    await consumer.connect();
    await consumer.subscribe({ topics: [...options.topics], fromBeginning: options.fromBeginning ?? true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: 1,
      eachBatch: (payload) => (member.inFlight = this.handleBatch(member, payload, options, signal)),
    });
    // stop() may have run while this (re)start was connecting: it must not leave a member behind.
    if (signal.stopped) await consumer.disconnect();
  }

  /**
   * ConsumeOptions.takeOverFrom: seeds this group's offsets from the groups it replaces, once. Run before this
   * member joins, so the group has no member yet; if another member of it is already running (it started first and
   * seeded it), the group has offsets of its own and nothing is done. A group of the old ones that still has
   * members (an older replica during a rolling upgrade) is not deleted: its reactions are idempotent, and it can
   * be deleted once that replica is gone.
   */
  private async takeOver(options: ConsumeOptions): Promise<void> {
    await this.connect();
    const topics = [...options.topics];
    const offsetsOf = async (groupId: string) =>
      new Map(
        (await this.admin.fetchOffsets({ groupId, topics })).flatMap((t) =>
          t.partitions.map(
            (p) =>
              [`${t.topic}\u0000${p.partition}`, { topic: t.topic, partition: p.partition, offset: BigInt(p.offset) }] as const,
          ),
        ),
      );
    const own = await offsetsOf(options.groupId);
    if ([...own.values()].some((p) => p.offset >= 0n)) return;
    const old = await Promise.all(options.takeOverFrom!.map(offsetsOf));
    if (!old.some((group) => [...group.values()].some((p) => p.offset >= 0n))) return;
    const start = new Map<string, { partition: number; offset: string }[]>();
    for (const [key, { topic, partition }] of own) {
      const theirs = old.map((group) => group.get(key)?.offset ?? -1n);
      // A group with no offset here would have read the partition from its beginning: so does this one.
      if (theirs.some((o) => o < 0n)) continue;
      const slowest = theirs.reduce((a, b) => (b < a ? b : a));
      start.set(topic, [...(start.get(topic) ?? []), { partition, offset: slowest.toString() }]);
    }
    for (const [topic, partitions] of start) await this.admin.setOffsets({ groupId: options.groupId, topic, partitions });
    await this.admin.deleteGroups([...options.takeOverFrom!]).catch((error: unknown) => {
      console.warn(
        `kafka: ${options.groupId} took over from ${options.takeOverFrom!.join(', ')}, which could not all be deleted: ${String(error)}`,
      );
    });
  }

  private async restartMember(member: Member, options: ConsumeOptions, signal: StopSignal): Promise<void> {
    for (let attempt = 1; !signal.stopped; attempt++) {
      await signal.sleep(Math.min(1_000 * attempt, 10_000));
      if (signal.stopped) return;
      try {
        await this.commitDue(member);
        await member.consumer?.disconnect().catch(() => undefined);
        await this.startMember(member, options, signal);
        return;
      } catch (error) {
        console.error(`kafka consumer ${options.groupId} could not restart (attempt ${attempt}): ${String(error)}`);
      }
    }
  }

  /**
   * A fetched batch is cut into runs of at most BATCH_SIZE messages, each handed to deliverBatch (one
   * transaction for a consumer with a batch handler, else one message at a time, in order), and the offset after
   * the last one done is due for commit once the run is done (within COMMIT_WITHIN_MS). A commit costs a broker
   * round trip (longer where the broker lingers to group them), so one per message capped every consumer near
   * 150 messages/s. A crash mid-run redelivers what was handled but not committed: still at least once, and
   * consumers apply by event id.
   */
  private async handleBatch(member: Member, payload: EachBatchPayload, options: ConsumeOptions, signal: StopSignal) {
    const { batch, heartbeat, resolveOffset, isRunning, isStale } = payload;
    for (let start = 0; start < batch.messages.length; start += BATCH_SIZE) {
      if (signal.stopped || !isRunning() || isStale()) return;
      const run = batch.messages.slice(start, start + BATCH_SIZE).map((m) => toRaw(batch.topic, batch.partition, m));
      const done = await this.whileHeartbeating(heartbeat, () =>
        deliverBatch(run, options, signal, (letter) => this.sendDeadLetter(letter)),
      );
      if (done === 0) return;
      const last = run[done - 1].offset;
      resolveOffset(last);
      this.commitSoon(member, { topic: batch.topic, partition: batch.partition, offset: (BigInt(last) + 1n).toString() });
      // Not committed past a stop mid-run: the group's next member gets the rest again.
      if (done < run.length) return;
    }
  }

  /** The partition's next offset, committed with whatever else is due within COMMIT_WITHIN_MS. */
  private commitSoon(member: Member, next: { topic: string; partition: number; offset: string }): void {
    member.due.set(`${next.topic}\u0000${next.partition}`, next);
    member.timer ??= setTimeout(() => void this.commitDue(member), COMMIT_WITHIN_MS);
  }

  /**
   * Commits every offset due, in one request. A refused commit (the group rebalanced, or the member was evicted)
   * is dropped: the partition's next owner starts from the last commit, so those runs are delivered again, at
   * least once. Whatever offset lands is one past messages that were handled, so none is ever skipped.
   */
  private commitDue(member: Member): Promise<void> {
    clearTimeout(member.timer);
    member.timer = undefined;
    const due = [...member.due.values()];
    member.due.clear();
    const consumer = member.consumer;
    // One commit at a time, in order: a later one never lands before an earlier one for the same partition.
    member.committing = member.committing.then(async () => {
      if (due.length === 0 || !consumer) return;
      await consumer.commitOffsets(due).catch((error: unknown) => {
        console.warn(`kafka: ${due.length} offset(s) not committed (${String(error)}); those messages will come again`);
      });
    });
    return member.committing;
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.stops].map((stop) => stop()));
    await Promise.allSettled([this.producer.disconnect(), this.admin.disconnect()]);
    this.connecting = undefined;
    this.knownTopics.clear();
  }

  /**
   * kafkajs heartbeats only between messages. A handler slower than the session timeout would get its member
   * evicted, its partition reassigned, its commit rejected and its message delivered twice; heartbeating while
   * it runs keeps the membership. A failed heartbeat (a rebalance under way) is left to kafkajs to resolve.
   */
  private async whileHeartbeating<T>(heartbeat: () => Promise<void>, work: () => Promise<T>): Promise<T> {
    // kafkajs sends a heartbeat only once heartbeatInterval has passed since the last, so tick twice as often.
    const every = Math.max(100, Math.floor(this.heartbeatInterval / 2));
    const timer = setInterval(() => heartbeat().catch(() => undefined), every);
    try {
      return await work();
    } finally {
      clearInterval(timer);
    }
  }

  private async sendDeadLetter(letter: DeadLetter): Promise<void> {
    await this.send(letter.topic, [{ key: letter.key, value: letter.value, headers: letter.headers }]);
  }

  async check(): Promise<void> {
    await this.connect();
    const answer = this.admin.describeCluster();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>(
      (_, reject) => (timer = setTimeout(() => reject(new Error('broker did not answer in 3 s')), 3_000)),
    );
    await Promise.race([answer, timeout]).finally(() => clearTimeout(timer));
  }

  private async send(topic: string, messages: { key: string; value: string | null; headers: Record<string, string> }[]) {
    await this.connect();
    await this.ensureTopics([topic]);
    // acks -1: acknowledged by every in-sync replica, so an acknowledged event survives a broker loss.
    await this.producer.send({ topic, acks: -1, messages });
  }

  private connect(): Promise<void> {
    this.connecting ??= Promise.all([this.producer.connect(), this.admin.connect()]).then(
      () => undefined,
      (error: unknown) => {
        this.connecting = undefined;
        throw error;
      },
    );
    return this.connecting;
  }
}

interface Member {
  consumer?: Consumer;
  inFlight: Promise<unknown>;
  /** Offsets handled and not committed yet, by topic and partition (commitSoon). */
  readonly due: Map<string, { topic: string; partition: number; offset: string }>;
  timer?: NodeJS.Timeout;
  /** The commit under way, if any; the next waits for it. */
  committing: Promise<void>;
}

/** Key, value and headers as they go into a record, plus a little for the record's own fields. */
function approximateBytes(m: { key: string; value: string; headers: Record<string, string> }): number {
  let bytes = 32 + Buffer.byteLength(m.key) + Buffer.byteLength(m.value);
  for (const [name, value] of Object.entries(m.headers)) bytes += Buffer.byteLength(name) + Buffer.byteLength(value);
  return bytes;
}

function toRaw(topic: string, partition: number, message: KafkaMessage): RawMessage {
  return {
    topic,
    partition,
    offset: message.offset,
    key: message.key?.toString('utf8') ?? '',
    value: message.value === null ? null : message.value.toString('utf8'),
    headers: headersToStrings(message.headers),
  };
}

function headersToStrings(headers: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    const last = Array.isArray(value) ? value[value.length - 1] : value;
    if (last !== undefined) out[name] = last.toString();
  }
  return out;
}

function logLine({ namespace, level, log }: LogEntry): void {
  const { message, ...extra } = log;
  const text = `kafkajs ${namespace}: ${message} ${JSON.stringify(extra)}`;
  if (level <= logLevel.ERROR) console.error(text);
  else console.warn(text);
}
