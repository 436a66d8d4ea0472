import { EventRecord, ExpectedRevision, StoredEvent } from '@send/kernel';

export const EVENT_STORE = Symbol('EVENT_STORE');

export interface AppendResult {
  /** Revision of the last event appended to the stream. */
  readonly revision: number;
  /** Global position of the last event appended. */
  readonly position: bigint;
}

export type EventHandler = (event: StoredEvent) => Promise<void>;

/**
 * Handles, in global order, every event that was pending when it was called (at most one page of readAll).
 * Throwing stops the subscription with onError(error, first event of the batch): the batch counts as not
 * handled, so the owner resumes at or before it (delivery is at least once; docs/architecture.md "Delivery").
 */
export type BatchHandler = (events: readonly StoredEvent[]) => Promise<void>;

export interface Subscription {
  /** Resolves once the handler is no longer running. */
  stop(): Promise<void>;
}

export interface SubscribeOptions {
  /** Called when the handler throws; the subscription stops and its owner decides how to resume. */
  /** The handler failed on `event`, or (no event) the store could not read what comes next. */
  readonly onError?: (error: unknown, event?: StoredEvent) => void;
}

/**
 * The one port every store adapter implements (SQLite embedded, PostgreSQL, EventStoreDB).
 * Records arrive fully formed — revision, hash and prevHash are computed by the command path from
 * the stream it read — so every adapter stores exactly the same bytes and the hash chain does not
 * depend on which store holds it. A wrong expected revision is a ConcurrencyError from @send/kernel.
 */
export interface EventStore {
  append(streamId: string, expected: ExpectedRevision, records: readonly EventRecord[]): Promise<AppendResult>;
  /** Every event of one stream in revision order; [] when the stream does not exist. */
  readStream(streamId: string): Promise<StoredEvent[]>;
  /** The last event of one stream (its head: revision and hash), reading that one event; undefined when none. */
  readLast(streamId: string): Promise<StoredEvent | undefined>;
  /** Up to `limit` events with a global position strictly greater than `after`, in global order. */
  readAll(after: bigint, limit: number): Promise<StoredEvent[]>;
  /** Position of the newest event, 0n when the store is empty. */
  headPosition(): Promise<bigint>;
  /** Delivers every event after `after` in global order, then each new one, one at a time. */
  subscribeToAll(after: bigint, handler: EventHandler, options?: SubscribeOptions): Subscription;
  /**
   * The same delivery, handed over a page at a time: what is pending when the subscriber asks, in order, so that
   * a projection can apply it in one transaction. Never an empty batch.
   */
  subscribeToAllInBatches(after: bigint, handler: BatchHandler, options?: SubscribeOptions): Subscription;
  close(): Promise<void>;
}
