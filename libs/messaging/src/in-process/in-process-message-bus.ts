import { createHash } from 'node:crypto';
import { type DeadLetter, type RawMessage, StopSignal, deliver, serialise } from '../delivery.js';
import type { ConsumeOptions, ConsumerHandle, MessageBus, OutboundMessage } from '../message-bus.port.js';

const PARTITIONS = 3;

interface Entry {
  readonly key: string;
  readonly value: string | null;
  readonly headers: Record<string, string>;
}

/**
 * The message bus in memory, for embedded mode and unit tests. It keeps Kafka's shape so the same consumers
 * behave the same way: a log per partition (key → partition, so order per key), committed offsets per group
 * that a new consumer of the group resumes from, one message at a time per partition, and the shared
 * retry / dead-letter rule. Nothing survives the process, which is acceptable only because embedded mode
 * rebuilds its deliveries from the event store's checkpoints.
 */
export class InProcessMessageBus implements MessageBus {
  private readonly logs = new Map<string, Entry[][]>();
  /** groupId → "topic/partition" → next offset to deliver. */
  private readonly committed = new Map<string, Map<string, number>>();
  private readonly active = new Set<string>();
  private readonly waiters = new Set<() => void>();
  private readonly stops = new Set<() => Promise<void>>();

  async publish(topic: string, messages: readonly OutboundMessage[]): Promise<void> {
    // Serialise up front: a consumer must never see the publisher's later mutations, and bad values fail here.
    const entries = messages.map((m) => ({ key: m.key, value: serialise(m.value), headers: { ...m.headers } }));
    for (const entry of entries) this.append(topic, entry);
    this.wake();
  }

  async consume(options: ConsumeOptions): Promise<ConsumerHandle> {
    // Kafka would split partitions between two members of a group; here one member per group and topic.
    const claims = options.topics.map((t) => `${options.groupId}\u0000${t}`);
    if (claims.some((c) => this.active.has(c))) throw new Error(`group ${options.groupId} already has a consumer`);
    claims.forEach((c) => this.active.add(c));
    const signal = new StopSignal();
    const loops = options.topics.flatMap((topic) =>
      Array.from({ length: PARTITIONS }, (_, p) => this.runPartition(options, topic, p, signal)),
    );
    const stop = async () => {
      signal.stop();
      this.wake();
      await Promise.allSettled(loops);
      claims.forEach((c) => this.active.delete(c));
      this.stops.delete(stop);
    };
    this.stops.add(stop);
    return { stop };
  }

  /** Stops every consumer; the logs and committed offsets stay, as a broker's would. */
  async check(): Promise<void> {
    // In memory: always there while the process is.
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.stops].map((stop) => stop()));
  }

  /** What a topic holds, for operators and tests (a dead-letter topic is read this way). */
  read(topic: string): RawMessage[] {
    return (this.logs.get(topic) ?? []).flatMap((log, partition) =>
      log.map((e, offset) => ({ topic, partition, offset: String(offset), ...e })),
    );
  }

  private async runPartition(options: ConsumeOptions, topic: string, partition: number, signal: StopSignal): Promise<void> {
    const offsets = this.offsetsOf(options.groupId);
    const slot = `${topic}/${partition}`;
    const startAt = options.fromBeginning === false ? this.partitionLog(topic, partition).length : 0;
    if (!offsets.has(slot)) offsets.set(slot, startAt);
    while (!signal.stopped) {
      const next = offsets.get(slot)!;
      const entry = this.partitionLog(topic, partition)[next];
      if (!entry) {
        await this.nextPublish();
        continue;
      }
      const raw = { topic, partition, offset: String(next), ...entry };
      const outcome = await deliver(raw, options, signal, (letter) => this.deadLetter(letter));
      if (outcome === 'stopped') return;
      offsets.set(slot, next + 1);
    }
  }

  private async deadLetter(letter: DeadLetter): Promise<void> {
    this.append(letter.topic, { key: letter.key, value: letter.value, headers: letter.headers });
    this.wake();
  }

  private append(topic: string, entry: Entry): void {
    this.partitionLog(topic, partitionOf(entry.key)).push(entry);
  }

  private partitionLog(topic: string, partition: number): Entry[] {
    let log = this.logs.get(topic);
    if (!log) {
      log = Array.from({ length: PARTITIONS }, () => []);
      this.logs.set(topic, log);
    }
    return log[partition];
  }

  private offsetsOf(groupId: string): Map<string, number> {
    let offsets = this.committed.get(groupId);
    if (!offsets) {
      offsets = new Map();
      this.committed.set(groupId, offsets);
    }
    return offsets;
  }

  private nextPublish(): Promise<void> {
    return new Promise((resolve) => this.waiters.add(resolve));
  }

  private wake(): void {
    const waiting = [...this.waiters];
    this.waiters.clear();
    waiting.forEach((w) => w());
  }
}

function partitionOf(key: string): number {
  return createHash('md5').update(key).digest().readUInt32BE(0) % PARTITIONS;
}
