import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { STREAM_PREFIXES, type StoredEvent, type StreamOwner, eventsTopic } from '@send/kernel';
import {
  type ConsumeOptions,
  type ConsumerHandle,
  IdempotentConsumer,
  InboxEntity,
  MESSAGE_BUS,
  type MessageBus,
} from '@send/messaging';
import {
  type CheckpointedProcessManager,
  CheckpointEntity,
  type EventSubscriber,
  type TypeOrmProjection,
  eraseCaseReadModels,
  saveCheckpoint,
} from '@send/read-models';
import { PERSONAL_DATA_CIPHER, type PersonalDataCipher } from '../personal-data/personal-data.js';
import { PERSONAL_DATA_ERASERS, type PersonalDataEraser } from '../personal-data/erasers.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { ReadYourWrites } from '../write/read-your-writes.js';
import { fromWire } from './wire-event.js';
import { storedFormOf } from '../personal-data/personal-data.js';

export const KAFKA_PROJECTIONS = Symbol('KAFKA_PROJECTIONS');
export const KAFKA_PROCESS_MANAGERS = Symbol('KAFKA_PROCESS_MANAGERS');
/** The owners whose streams this process keeps in its own store and forwards (PlatformOptions.forwards). */
export const LOCAL_OWNERS = Symbol('LOCAL_OWNERS');
const READ_MODELS = 'read-models';
/** The one consumer group of this process's process managers (react). */
const PROCESS_MANAGERS = 'process-managers';
/** The gateway's verbatim copy of the events (libs/read-models/src/projections.ts). */
const CASE_EVENTS = 'case-events';
/**
 * A waiter looks at the inbox after FIRST_CHECK_MS and then every RECHECK_MS, besides being woken when this
 * process applies one of its events: another replica of the same service, sharing its database, may be the one
 * that applies it, or it was applied before this process started.
 */
const FIRST_CHECK_MS = 100;
const RECHECK_MS = 500;
const RECENT = 20_000;

/**
 * The distributed read side: this process's read models fed from its own store (LocalReadModels, no broker in
 * between) and from the other contexts' topics, and its process managers fed from every context's topic.
 * Projections apply each batch in one transaction with its inbox rows, so a redelivered event changes nothing;
 * process managers send commands that their deciders make idempotent. Answers "have these events been applied
 * here?" for read-your-writes (docs/architecture.md "Delivery").
 */
@Injectable()
export class KafkaFeeder implements OnApplicationBootstrap, OnApplicationShutdown, ReadYourWrites {
  private readonly logger = new Logger('kafka-feeder');
  private readonly handles: ConsumerHandle[] = [];
  /** Event id → the waiters to wake once it is applied here. */
  private readonly waiting = new Map<string, Set<() => void>>();
  /** The batch being applied to the read models (project). */
  private applying: Promise<unknown> = Promise.resolve();
  /** The ids applied here lately (at most RECENT), for a waiter that starts after its events were applied. */
  private readonly recent = new Set<string>();
  private starting?: Promise<void>;
  private stopped = false;
  private total = 0;

  constructor(
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(KAFKA_PROJECTIONS) private readonly projections: TypeOrmProjection<never>[],
    @Inject(KAFKA_PROCESS_MANAGERS) private readonly processManagers: CheckpointedProcessManager[],
    @Inject(PERSONAL_DATA_CIPHER) private readonly cipher: PersonalDataCipher,
    @Optional() @Inject(PERSONAL_DATA_ERASERS) private readonly erasers: readonly PersonalDataEraser[] = [],
    @Optional() @Inject(LOCAL_OWNERS) private readonly local: readonly StreamOwner[] = [],
  ) {}

  private get topics(): string[] {
    return this.config.contexts.map((owner) => eventsTopic(owner, this.config.kafkaNamespace));
  }

  /** The read models get this process's own events from its store, so only the other contexts' topics. */
  private get foreignTopics(): string[] {
    return this.config.contexts
      .filter((owner) => !this.local.includes(owner))
      .map((owner) => eventsTopic(owner, this.config.kafkaNamespace));
  }

  /**
   * Starts the consumers in the background, never holding up start-up: with the broker down the process
   * must still listen and take its own writes (stored in its outbox, forwarded when the broker returns).
   * Each consumer is retried until it joins its group; GET /ready says the bus is down meanwhile.
   */
  onApplicationBootstrap(): void {
    const groupOf = (name: string) => `${this.config.kafkaNamespace}${this.config.service}.${name}`;
    const foreign = this.foreignTopics;
    const consumers: ConsumeOptions[] = [
      ...(foreign.length === 0
        ? []
        : [
            {
              groupId: groupOf(READ_MODELS),
              topics: foreign,
              handler: async (m) => this.project([fromWire(m.value, this.config.personalDataKey)]),
              batchHandler: async (batch) => this.project(batch.map((m) => fromWire(m.value, this.config.personalDataKey))),
            } satisfies ConsumeOptions,
          ]),
      ...(this.processManagers.length === 0
        ? []
        : [
            {
              groupId: groupOf(PROCESS_MANAGERS),
              topics: this.topics,
              // Each process manager had a group of its own before: the first start carries on where they stopped.
              takeOverFrom: this.processManagers.map((pm) => groupOf(pm.name)),
              handler: async (m) => this.react(m.value),
            } satisfies ConsumeOptions,
          ]),
    ];
    this.total = consumers.length;
    this.starting = (async () => {
      for (const options of consumers) await this.startConsumer(options);
      if (!this.stopped)
        this.logger.log(
          `consuming ${foreign.join(', ') || 'no topic'} for ${this.projections.length} projection(s) (own events from the local store), ` +
            `${this.topics.join(', ')} for ${this.processManagers.length} process manager(s)`,
        );
    })();
  }

  /**
   * One message to this process's process managers, in order: those that react to its type get it opened (once),
   * the others never see it, and most messages concern none of them. Fed by one consumer group for all of them, so
   * that every arrival costs one fetch and one commit in this process, not one per manager. A manager that throws
   * fails the message, which is tried again for all of them (reactions are idempotent: the target deciders return
   * nothing for a command already applied) and, after its retries, dead-lettered once for the group.
   */
  private async react(value: unknown): Promise<void> {
    const type = (value as { type?: unknown } | null)?.type;
    const due = this.processManagers.filter((pm) => typeof type !== 'string' || pm.mayReactTo(type));
    if (due.length === 0) return;
    const [event] = await this.cipher.open([fromWire(value, this.config.personalDataKey)]);
    for (const pm of due) await pm.reactTo(event!);
  }

  /** How many of this process's consumer groups have joined (GET /ready). */
  consumers(): { joined: number; total: number } {
    return { joined: this.handles.length, total: this.total };
  }

  private async startConsumer(options: ConsumeOptions): Promise<void> {
    for (let attempt = 1; !this.stopped; attempt++) {
      try {
        const handle = await this.bus.consume(options);
        if (this.stopped) await handle.stop();
        else this.handles.push(handle);
        return;
      } catch (error) {
        this.logger.warn(`${options.groupId} cannot join yet (attempt ${attempt}): ${String(error)}; retrying`);
        await new Promise((resolve) => setTimeout(resolve, Math.min(1_000 * attempt, 10_000)).unref());
      }
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.starting;
    await Promise.all(this.handles.map((h) => h.stop()));
  }

  /**
   * A batch in ONE transaction: the inbox rows of the events not applied yet and every projection's effect of
   * exactly those (and, from the local store, the checkpoint). From Kafka the bus then commits the offsets; a
   * failure leaves none of it, and the bus delivers the batch again one message at a time (a poison message is
   * then dead-lettered alone). Events from the local store come opened, with their stored form beside them.
   */
  private project(events: readonly StoredEvent[], local?: { checkpoint: string; position: bigint }): Promise<void> {
    // One batch at a time, whichever feed it comes from: a projection reads a row, evolves it and writes it back,
    // so the local lane and a Kafka batch touching the same case at once would each write over the other's change.
    const run = this.applying.then(() => this.projectNow(events, local));
    this.applying = run.catch(() => undefined);
    return run;
  }

  private async projectNow(events: readonly StoredEvent[], local?: { checkpoint: string; position: bigint }): Promise<void> {
    const byId = new Map(events.map((e) => [e.id, e]));
    await IdempotentConsumer.handleManyOnce(this.db, READ_MODELS, [...byId.keys()], async (em, fresh) => {
      const given = fresh.map((id) => byId.get(id)!);
      const stored = local ? given.map(storedFormOf) : given;
      const opened = local ? given : await this.cipher.open(given);
      // The verbatim copy keeps the stored form, which its hash chain covers; every other read model reads it opened.
      for (const p of this.projections) await p.applyAll(em, p.name === CASE_EVENTS ? stored : opened, 'by-caller');
      if (local) {
        await saveCheckpoint(em, local.checkpoint, local.position);
        // No fsync of its own for a page of the local log: the rows are derived and the checkpoint commits with
        // them, so a database crash can only take both back to an earlier page, applied again from the store.
        // From Kafka the commit stays synchronous: the offsets are committed once it returns.
        if (this.db.options.type === 'postgres') await em.query('SET LOCAL synchronous_commit = off');
      }
    });
    // Erased elsewhere: this process's own read models lose the child's identity too (erase-case-read-models.ts),
    // and what it keeps apart from them (the family's accounts at the gateway, files) goes; each is idempotent.
    for (const e of events) {
      if (e.type !== 'PersonalDataErased') continue;
      for (const eraser of this.erasers) await eraser.erase(e.caseId);
      await eraseCaseReadModels(this.db, e.caseId);
    }
    this.noteApplied(byId.keys());
  }

  /** A page of this process's own log (LocalReadModels), applied like a batch from Kafka, checkpoint included. */
  async applyOwn(events: readonly StoredEvent[], checkpoint: string): Promise<void> {
    const own = events.filter((e) => this.local.some((owner) => STREAM_PREFIXES[owner].some((p) => e.streamId.startsWith(p))));
    if (own.length === 0) return;
    await this.project(own, { checkpoint, position: events[events.length - 1].position });
  }

  async afterWrite(events: readonly { id: string }[], timeoutMs: number): Promise<boolean> {
    return this.waitForEvents(
      events.map((e) => e.id),
      timeoutMs,
    );
  }

  /**
   * True once every id is in this process's read models (its inbox), false when the bound runs out. A waiter is
   * woken by the batch that applies its events (or finds them among those applied lately), not by every batch;
   * it asks the database only after FIRST_CHECK_MS and then every RECHECK_MS, for events another replica
   * sharing this database applied, so many writes waiting at once cost no query storm.
   */
  async waitForEvents(ids: readonly string[], timeoutMs: number): Promise<boolean> {
    const pending = new Set(ids);
    const deadline = Date.now() + timeoutMs;
    const inbox = this.db.getRepository(InboxEntity);
    let wake: () => void = () => undefined;
    const registered = [...pending].map((id) => {
      const onApplied = () => {
        pending.delete(id);
        if (pending.size === 0) wake();
      };
      const set = this.waiting.get(id) ?? new Set();
      this.waiting.set(id, set.add(onApplied));
      return [id, onApplied] as const;
    });
    try {
      for (const id of ids) if (this.recent.has(id)) pending.delete(id);
      for (let check = 0; pending.size > 0; check++) {
        const left = deadline - Date.now();
        if (left <= 0) return false;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, Math.min(check === 0 ? FIRST_CHECK_MS : RECHECK_MS, left));
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        if (pending.size === 0) break;
        const seen = await inbox.find({ select: { eventId: true }, where: { consumer: READ_MODELS, eventId: In([...pending]) } });
        for (const row of seen) pending.delete(row.eventId);
      }
      return true;
    } finally {
      for (const [id, onApplied] of registered) {
        const set = this.waiting.get(id);
        set?.delete(onApplied);
        if (set?.size === 0) this.waiting.delete(id);
      }
    }
  }

  /** Marks events applied here: wakes their waiters and remembers them for a waiter that comes after. */
  private noteApplied(ids: Iterable<string>): void {
    for (const id of ids) {
      this.recent.add(id);
      const wake = this.waiting.get(id);
      if (!wake) continue;
      this.waiting.delete(id);
      for (const w of wake) w();
    }
    // A Set keeps insertion order: the oldest go first.
    for (const old of this.recent) {
      if (this.recent.size <= RECENT) break;
      this.recent.delete(old);
    }
  }
}

/**
 * This process's own events to its read models straight from its store, in the runner's lane of its own (so a
 * forwarder waiting for the broker never holds it up): a write's read-your-writes wait is then one local
 * transaction, not a trip through Kafka and back. The checkpoint commits with the rows; the inbox rows make a
 * page delivered again after a crash change nothing.
 */
export class LocalReadModels implements EventSubscriber {
  readonly name = 'read-models.local';
  readonly lane = 'read-models';

  constructor(
    private readonly feeder: KafkaFeeder,
    private readonly db: DataSource,
  ) {}

  async handle(event: StoredEvent): Promise<void> {
    await this.handleBatch([event]);
  }

  async handleBatch(events: readonly StoredEvent[]): Promise<void> {
    await this.feeder.applyOwn(events, this.name);
  }

  mayReactTo(): boolean {
    return false;
  }

  async checkpoint(): Promise<bigint> {
    const row = await this.db.getRepository(CheckpointEntity).findOneBy({ name: this.name });
    return BigInt(row?.position ?? '0');
  }
}
