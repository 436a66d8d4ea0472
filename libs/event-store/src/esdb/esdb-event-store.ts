import { ConcurrencyError, EventRecord, ExpectedRevision, StoredEvent } from '@send/kernel';
import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  StreamNotFoundError,
  WrongExpectedVersionError,
  excludeSystemEvents,
} from '@eventstore/db-client';
import type { AllStreamResolvedEvent, Position, ResolvedEvent } from '@eventstore/db-client';
import { AppendResult, BatchHandler, EventHandler, EventStore, SubscribeOptions, Subscription } from '../event-store.port.js';
import {
  concurrencyError,
  esdbExpectedRevision,
  fromCurrentRevision,
  fromEsdbRevision,
  fromRecorded,
  isSystemEvent,
  readPositionAfter,
  toEventData,
} from './esdb-mapping.js';

/** Events read from $all per round trip while looking for our (non-system) events. */
const PAGE = 256;
/** A dropped subscription is re-opened from its checkpoint after this long, doubling up to the maximum. */
const RETRY_MS = 500;
const RETRY_MAX_MS = 10_000;

function commitOf(resolved: ResolvedEvent | AllStreamResolvedEvent): bigint {
  const commit = resolved.commitPosition ?? resolved.event?.position?.commit;
  if (commit === undefined) throw new Error('EventStoreDB returned an event without a commit position (server too old?)');
  return commit;
}

/**
 * EventStoreDB store. Reading $all needs a user allowed to (an admin in a secure cluster); the connection
 * string carries the credentials. Revisions are checked by the server against the expected revision derived
 * from the records themselves (see esdbExpectedRevision), so racing appends end as one success and one
 * WrongExpectedVersionError, mapped to ConcurrencyError.
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly subscriptions = new Set<Subscription>();

  constructor(
    private readonly client: EventStoreDBClient,
    private readonly ownsClient = true,
  ) {}

  static fromConnectionString(connectionString: string): EventStoreDbEventStore {
    return new EventStoreDbEventStore(EventStoreDBClient.connectionString(connectionString), true);
  }

  async append(streamId: string, expected: ExpectedRevision, records: readonly EventRecord[]): Promise<AppendResult> {
    if (records.length === 0) return this.appendNothing(streamId, expected);
    const expectedRevision = esdbExpectedRevision(streamId, expected, records);
    if (expectedRevision === undefined) {
      throw new ConcurrencyError(streamId, expected, await this.currentRevision(streamId));
    }
    try {
      const result = await this.client.appendToStream(streamId, records.map(toEventData), { expectedRevision });
      return {
        revision: fromEsdbRevision(result.nextExpectedRevision),
        position: result.position?.commit ?? (await this.positionOf(streamId)),
      };
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) throw concurrencyError(streamId, expected, error.actualVersion);
      throw error;
    }
  }

  /** Same answer as the other adapters for an empty batch: check the expectation, write nothing. */
  private async appendNothing(streamId: string, expected: ExpectedRevision): Promise<AppendResult> {
    const actual = await this.currentRevision(streamId);
    if (expected !== 'any' && expected !== actual) throw new ConcurrencyError(streamId, expected, actual);
    return { revision: actual === 'no-stream' ? -1 : actual, position: 0n };
  }

  private async lastOfStream(streamId: string): Promise<ResolvedEvent | undefined> {
    try {
      for await (const resolved of this.client.readStream(streamId, { direction: BACKWARDS, fromRevision: END, maxCount: 1 })) {
        return resolved;
      }
    } catch (error) {
      if (!(error instanceof StreamNotFoundError)) throw error;
    }
    return undefined;
  }

  private async currentRevision(streamId: string): Promise<number | 'no-stream'> {
    const last = await this.lastOfStream(streamId);
    return last?.event ? fromCurrentRevision(last.event.revision) : 'no-stream';
  }

  /** Only for servers that do not report the append's position (before 22.6). */
  private async positionOf(streamId: string): Promise<bigint> {
    const last = await this.lastOfStream(streamId);
    return last ? commitOf(last) : 0n;
  }

  async readStream(streamId: string): Promise<StoredEvent[]> {
    const events: StoredEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(streamId, { direction: FORWARDS })) {
        if (resolved.event) events.push(fromRecorded(resolved.event, commitOf(resolved)));
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  async readLast(streamId: string): Promise<StoredEvent | undefined> {
    try {
      for await (const resolved of this.client.readStream(streamId, { direction: BACKWARDS, fromRevision: END, maxCount: 1 })) {
        if (resolved.event) return fromRecorded(resolved.event, commitOf(resolved));
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return undefined;
      throw error;
    }
    return undefined;
  }

  /**
   * $all also holds EventStoreDB's own events, and a read starts at (not after) a position, so one page
   * of `limit` may hold fewer of ours than asked: keep reading pages until `limit` are found or $all ends.
   */
  async readAll(after: bigint, limit: number): Promise<StoredEvent[]> {
    const events: StoredEvent[] = [];
    let checkpoint = after;
    while (events.length < limit) {
      const maxCount = Math.min(PAGE, limit - events.length + 1);
      let seen = 0;
      let last: Position | undefined;
      for await (const resolved of this.client.readAll({
        fromPosition: readPositionAfter(checkpoint),
        maxCount,
        direction: FORWARDS,
      })) {
        seen += 1;
        const event = resolved.event;
        if (!event) continue;
        last = event.position;
        if (event.position.commit <= checkpoint || isSystemEvent(event) || events.length >= limit) continue;
        events.push(fromRecorded(event, event.position.commit));
      }
      if (seen < maxCount || last === undefined || last.commit <= checkpoint) break;
      checkpoint = last.commit;
    }
    return events;
  }

  /** The newest of our events; EventStoreDB's own (stats, projection links) may come after it, so page back. */
  async headPosition(): Promise<bigint> {
    let from: Position | typeof END = END;
    for (;;) {
      let seen = 0;
      let last: Position | undefined;
      for await (const resolved of this.client.readAll({ fromPosition: from, maxCount: PAGE, direction: BACKWARDS })) {
        seen += 1;
        const event = resolved.event;
        if (!event) continue;
        if (!isSystemEvent(event)) return event.position.commit;
        last = event.position;
      }
      // A backwards read from a position starts before it, so the next page begins at the oldest seen.
      if (seen < PAGE || last === undefined) return 0n;
      from = last;
    }
  }

  /**
   * Native catch-up subscription. Events are handed over one at a time: the for-await pulls the next only
   * after the handler's promise settles. A handler error stops it and calls onError. A dropped connection
   * (the client does not re-open subscriptions) re-subscribes from the last delivered position, so delivery
   * stays in order with nothing repeated. An event that cannot be decoded as an envelope is not retried
   * (it would fail forever): the loop rejects, as a failing read does in pollingSubscription.
   */
  /** EventStoreDB pushes one event at a time; each is handed over as a batch of one. */
  subscribeToAllInBatches(after: bigint, handler: BatchHandler, options?: SubscribeOptions): Subscription {
    return this.subscribeToAll(after, (event) => handler([event]), options);
  }

  subscribeToAll(after: bigint, handler: EventHandler, options: SubscribeOptions = {}): Subscription {
    let running = true;
    let current: ReturnType<EventStoreDBClient['subscribeToAll']> | undefined;
    let wake: () => void = () => undefined;
    const pause = (ms: number) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    let loop: Promise<void> = Promise.resolve();
    const subscription: Subscription = {
      stop: async () => {
        running = false;
        this.subscriptions.delete(subscription);
        wake();
        await current?.unsubscribe().catch(() => undefined);
        await loop;
      },
    };
    this.subscriptions.add(subscription);
    loop = (async () => {
      let checkpoint = after;
      let retryMs = RETRY_MS;
      while (running) {
        let undecodable: unknown;
        current = this.client.subscribeToAll({ fromPosition: readPositionAfter(checkpoint), filter: excludeSystemEvents() });
        try {
          for await (const resolved of current) {
            const event = resolved.event;
            if (!running) break;
            if (!event || event.position.commit <= checkpoint || isSystemEvent(event)) continue;
            let stored: StoredEvent;
            try {
              stored = fromRecorded(event, event.position.commit);
            } catch (error) {
              undecodable = error;
              break;
            }
            try {
              await handler(stored);
            } catch (error) {
              running = false;
              this.subscriptions.delete(subscription);
              options.onError?.(error, stored);
              break;
            }
            checkpoint = stored.position;
            retryMs = RETRY_MS;
          }
        } catch {
          // Dropped or cancelled by stop(): the checks below decide between ending and re-subscribing.
        } finally {
          await current.unsubscribe().catch(() => undefined);
        }
        if (undecodable !== undefined) {
          running = false;
          this.subscriptions.delete(subscription);
          throw undecodable;
        }
        if (!running) return;
        await pause(retryMs);
        retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
      }
    })();
    return subscription;
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    if (this.ownsClient) await this.client.dispose();
  }
}
