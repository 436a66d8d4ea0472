import { deadLetterTopic } from '@send/kernel';

export const MESSAGE_BUS = Symbol('MESSAGE_BUS');

export interface OutboundMessage {
  /** Partitioning key: every message with the same key lands in one partition, so it is delivered in order. */
  readonly key: string;
  /** Serialised as JSON. */
  readonly value: unknown;
  readonly headers: Record<string, string>;
}

export interface InboundMessage {
  readonly topic: string;
  readonly partition: number;
  /** Decimal string: Kafka offsets are 64-bit. */
  readonly offset: string;
  readonly key: string;
  /** The parsed JSON value; a value that is not JSON never reaches a handler (it goes to the dead-letter topic). */
  readonly value: unknown;
  readonly headers: Record<string, string>;
}

export type MessageHandler = (message: InboundMessage) => Promise<void>;

/** Many messages of one partition, in offset order; the offsets are committed only once it resolved. */
export type BatchHandler = (messages: readonly InboundMessage[]) => Promise<void>;

export interface ConsumeOptions {
  readonly groupId: string;
  readonly topics: readonly string[];
  /**
   * Must be idempotent (see IdempotentConsumer): delivery is at least once, because the offset is committed
   * only after the handler resolved and a crash in between delivers the message again.
   */
  readonly handler: MessageHandler;
  /**
   * When present, an adapter that fetches in batches (Kafka) hands each batch over at once, so the consumer can
   * apply it in one transaction; it must apply all or nothing. If it throws, the batch goes through `handler`
   * one message at a time instead, with the retries and dead letters below, so one poison message neither
   * blocks nor loses the others. An adapter may also use `handler` alone (the in-process bus does).
   */
  readonly batchHandler?: BatchHandler;
  /** Attempts per message, the first included, before it is dead-lettered. Default 5. */
  readonly maxAttempts?: number;
  /** Where a message that keeps failing goes. Default `<topic>.dlq`. */
  readonly deadLetterTopic?: string;
  /** Delay before the first retry, doubled per attempt up to MAX_RETRY_BACKOFF_MS. Default 200 ms. */
  readonly retryBackoffMs?: number;
  /** Where a group without a committed offset starts. Default true: a new consumer sees the whole history. */
  readonly fromBeginning?: boolean;
  /**
   * Groups whose work this one takes over (a consumer renamed, or several merged into one). The first time this
   * group starts with no offset of its own, it starts on each partition where the furthest behind of them had got
   * to (from the beginning where one of them had none), so nothing any of them had still to do is skipped; they
   * are then deleted. The in-process bus keeps no offsets and ignores it.
   */
  readonly takeOverFrom?: readonly string[];
}

export interface ConsumerHandle {
  /** Resolves once the message or batch in flight (if any) is finished; what was not committed goes to the next consumer. */
  stop(): Promise<void>;
}

/**
 * The one messaging port (docs/architecture.md "Delivery"): Kafka in distributed mode, in memory in embedded mode,
 * with the same guarantees: order per key, at-least-once delivery, commit after handling, dead-letter after
 * bounded retries so one poison message does not block its partition.
 */
export interface MessageBus {
  /** Resolves once every message is acknowledged by the broker (all in-sync replicas). */
  publish(topic: string, messages: readonly OutboundMessage[]): Promise<void>;
  consume(options: ConsumeOptions): Promise<ConsumerHandle>;
  /** Resolves when the broker answers now; rejects otherwise (readiness). */
  check(): Promise<void>;
  close(): Promise<void>;
}

export const DEFAULT_MAX_ATTEMPTS = 5;
export const DEFAULT_RETRY_BACKOFF_MS = 200;
export const MAX_RETRY_BACKOFF_MS = 5_000;

export function deadLetterTopicFor(topic: string, options: Pick<ConsumeOptions, 'deadLetterTopic'>): string {
  return options.deadLetterTopic ?? deadLetterTopic(topic);
}
