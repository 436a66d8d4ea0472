import { STREAM_PREFIXES, type StoredEvent, type StreamOwner, eventsTopic } from '@send/kernel';
import { CheckpointEntity, type EventSubscriber, saveCheckpoint, serialised } from '@send/read-models';
import type { DataSource } from 'typeorm';
import type { MessageBus, OutboundMessage } from '../message-bus.port.js';

export type EventToMessage = (event: StoredEvent) => OutboundMessage | undefined;

export interface EventForwarderOptions {
  /** The service's context (`ehcp`), or the deadline watcher: whose streams and topic (libs/kernel/src/streams.ts). */
  readonly context: StreamOwner;
  readonly bus: MessageBus;
  /** The service's read-model database: the checkpoint lives beside its read models. */
  readonly db: DataSource;
  /** The streams this context owns; default its prefixes in STREAM_PREFIXES. */
  readonly streamPrefixes?: readonly string[];
  /** Default `send.<context>.events`; a namespace in front keeps test runs or tenants apart on one cluster. */
  readonly topic?: string;
  /** Maps an event to what goes on the wire; undefined keeps the event private. Default: defaultEventMessage. */
  readonly toMessage?: EventToMessage;
}

/**
 * Keyed by case id so that one case's events share a partition and arrive in order. Actor, reason and hashes
 * stay in the store: integration events carry ids, not personal data (docs/architecture.md "Security").
 */
export function defaultEventMessage(event: StoredEvent): OutboundMessage {
  return {
    key: event.caseId,
    value: {
      id: event.id,
      type: event.type,
      streamId: event.streamId,
      revision: event.revision,
      position: event.position.toString(),
      caseId: event.caseId,
      la: event.la,
      occurredAt: event.occurredAt,
      recordedAt: event.recordedAt,
      correlationId: event.correlationId,
      causationId: event.causationId,
      data: event.data,
    },
    headers: {
      'event-id': event.id,
      'event-type': event.type,
      'correlation-id': event.correlationId,
      'causation-id': event.causationId,
      'schema-version': String(event.schemaVersion),
    },
  };
}

/**
 * Publishes a service's own events from its store to its topic (docs/architecture.md "Delivery"). Fed in global
 * order by the SubscriptionRunner, a page of the log (≤500 events) per handleBatch(). The checkpoint moves only
 * after the broker acknowledged the publish: a crash or a failed publish in between means the page is sent again
 * on resume (at least once, never lost), and consumers dedupe by event id. One publish carries the whole page in
 * one send, which keeps the store's order per key on the wire.
 */
export class EventForwarder implements EventSubscriber {
  readonly name: string;
  readonly topic: string;
  private readonly streamPrefixes: readonly string[];
  private readonly toMessage: EventToMessage;

  constructor(private readonly options: EventForwarderOptions) {
    this.name = `forwarder.${options.context}`;
    this.topic = options.topic ?? eventsTopic(options.context);
    this.streamPrefixes = options.streamPrefixes ?? STREAM_PREFIXES[options.context];
    this.toMessage = options.toMessage ?? defaultEventMessage;
  }

  async handle(event: StoredEvent): Promise<void> {
    await this.handleBatch([event]);
  }

  /** Publishes, never appends. */
  mayReactTo(): boolean {
    return false;
  }

  /**
   * One acknowledged publish for the page's own, public events, then one checkpoint write (an upsert) to the
   * page's last position, foreign events after the last published one included. A page with nothing to publish
   * writes no checkpoint: skipping it again after a restart costs nothing, whereas a write per page would.
   */
  async handleBatch(events: readonly StoredEvent[]): Promise<void> {
    const messages = events.flatMap((event) => {
      if (!this.streamPrefixes.some((p) => event.streamId.startsWith(p))) return [];
      const message = this.toMessage(event);
      return message === undefined ? [] : [message];
    });
    if (messages.length === 0) return;
    await this.options.bus.publish(this.topic, messages);
    const { db } = this.options;
    await serialised(db, () => saveCheckpoint(db.manager, this.name, events[events.length - 1].position));
  }

  async checkpoint(): Promise<bigint> {
    const row = await this.options.db.getRepository(CheckpointEntity).findOneBy({ name: this.name });
    return BigInt(row?.position ?? '0');
  }
}
