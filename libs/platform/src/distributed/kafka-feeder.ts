import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EventEmitter } from 'node:events';
import { DataSource, In } from 'typeorm';
import { type StoredEvent, eventsTopic } from '@send/kernel';
import {
  type ConsumeOptions,
  type ConsumerHandle,
  IdempotentConsumer,
  InboxEntity,
  MESSAGE_BUS,
  type MessageBus,
} from '@send/messaging';
import { type CheckpointedProcessManager, type TypeOrmProjection, eraseCaseReadModels } from '@send/read-models';
import { PERSONAL_DATA_CIPHER, type PersonalDataCipher } from '../personal-data/personal-data.js';
import { PERSONAL_DATA_ERASERS, type PersonalDataEraser } from '../personal-data/erasers.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { ReadYourWrites } from '../write/read-your-writes.js';
import { fromWire } from './wire-event.js';

export const KAFKA_PROJECTIONS = Symbol('KAFKA_PROJECTIONS');
export const KAFKA_PROCESS_MANAGERS = Symbol('KAFKA_PROCESS_MANAGERS');
const READ_MODELS = 'read-models';
/** The gateway's verbatim copy of the events (libs/read-models/src/projections.ts). */
const CASE_EVENTS = 'case-events';

/**
 * The distributed read side: this process's read models and process managers fed from every context's
 * topic. Projections apply each fetched batch in one transaction with its inbox rows, so a redelivered
 * message changes nothing; process managers send commands that their deciders make idempotent. Answers
 * "have these events been applied here?" for read-your-writes.
 */
@Injectable()
export class KafkaFeeder implements OnApplicationBootstrap, OnApplicationShutdown, ReadYourWrites {
  private readonly logger = new Logger('kafka-feeder');
  private readonly handles: ConsumerHandle[] = [];
  private readonly applied = new EventEmitter().setMaxListeners(0);
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
  ) {}

  private get topics(): string[] {
    return this.config.contexts.map((owner) => eventsTopic(owner, this.config.kafkaNamespace));
  }

  /**
   * Starts the consumers in the background, never holding up start-up: with the broker down the process
   * must still listen and take its own writes (stored in its outbox, forwarded when the broker returns).
   * Each consumer is retried until it joins its group; GET /ready says the bus is down meanwhile.
   */
  onApplicationBootstrap(): void {
    const groupOf = (name: string) => `${this.config.kafkaNamespace}${this.config.service}.${name}`;
    const consumers: ConsumeOptions[] = [
      {
        groupId: groupOf(READ_MODELS),
        topics: this.topics,
        handler: async (m) => this.project([fromWire(m.value, this.config.personalDataKey)]),
        batchHandler: async (batch) => this.project(batch.map((m) => fromWire(m.value, this.config.personalDataKey))),
      },
      ...this.processManagers.map((pm): ConsumeOptions => ({
        groupId: groupOf(pm.name),
        topics: this.topics,
        handler: async (m) => {
          const [event] = await this.cipher.open([fromWire(m.value, this.config.personalDataKey)]);
          await pm.reactTo(event!);
        },
      })),
    ];
    this.total = consumers.length;
    this.starting = (async () => {
      for (const options of consumers) await this.startConsumer(options);
      if (!this.stopped)
        this.logger.log(
          `consuming ${this.topics.join(', ')} for ${this.projections.length} projection(s), ${this.processManagers.length} process manager(s)`,
        );
    })();
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
   * A fetched batch in ONE transaction: the inbox rows of the events not applied yet and every projection's
   * effect of exactly those, then the bus commits the offsets. A failure leaves none of it, and the bus
   * delivers the batch again one message at a time (a poison message is then dead-lettered alone).
   */
  private async project(events: readonly StoredEvent[]): Promise<void> {
    const byId = new Map(events.map((e) => [e.id, e]));
    await IdempotentConsumer.handleManyOnce(this.db, READ_MODELS, [...byId.keys()], async (em, fresh) => {
      const apply = fresh.map((id) => byId.get(id)!);
      const opened = await this.cipher.open(apply);
      // The verbatim copy keeps the stored form, which its hash chain covers; every other read model reads it opened.
      for (const p of this.projections) await p.applyAll(em, p.name === CASE_EVENTS ? apply : opened, 'by-caller');
    });
    // Erased elsewhere: this process's own read models lose the child's identity too (erase-case-read-models.ts),
    // and what it keeps apart from them (the family's accounts at the gateway, files) goes; each is idempotent.
    for (const e of events) {
      if (e.type !== 'PersonalDataErased') continue;
      for (const eraser of this.erasers) await eraser.erase(e.caseId);
      await eraseCaseReadModels(this.db, e.caseId);
    }
    this.applied.emit('applied');
  }

  async afterWrite(events: readonly { id: string }[], timeoutMs: number): Promise<boolean> {
    return this.waitForEvents(
      events.map((e) => e.id),
      timeoutMs,
    );
  }

  /** True once every id is in this process's read models (its inbox), false when the bound runs out. */
  async waitForEvents(ids: readonly string[], timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    const inbox = this.db.getRepository(InboxEntity);
    for (;;) {
      let done: () => void = () => undefined;
      const woke = new Promise<void>((resolve) => {
        const timer = setTimeout(() => done(), Math.max(0, Math.min(250, deadline - Date.now())));
        done = () => {
          clearTimeout(timer);
          this.applied.off('applied', done);
          resolve();
        };
        this.applied.on('applied', done);
      });
      const found = ids.length === 0 ? 0 : await inbox.countBy({ consumer: READ_MODELS, eventId: In([...ids]) });
      if (found >= ids.length || Date.now() >= deadline) {
        done();
        return found >= ids.length;
      }
      await woke;
    }
  }
}
