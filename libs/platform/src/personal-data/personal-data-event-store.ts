import type { EventRecord, ExpectedRevision, StoredEvent } from '@send/kernel';
import type { AppendResult, BatchHandler, EventHandler, EventStore, SubscribeOptions, Subscription } from '@send/event-store';
import type { PersonalDataCipher } from './personal-data.js';

/**
 * The event store as the product reads it: every event's personal data opened with its child's key (or its
 * erased placeholder). Appends pass through as they are: the write path seals before hashing. `raw` is the
 * store as stored, for what checks the hash chain (verify) and what copies the stored form (the broker).
 */
export class PersonalDataEventStore implements EventStore {
  constructor(
    readonly raw: EventStore,
    private readonly cipher: PersonalDataCipher,
  ) {}

  append(streamId: string, expected: ExpectedRevision, records: readonly EventRecord[]): Promise<AppendResult> {
    return this.raw.append(streamId, expected, records);
  }

  async readStream(streamId: string): Promise<StoredEvent[]> {
    return this.cipher.open(await this.raw.readStream(streamId));
  }

  async readLast(streamId: string): Promise<StoredEvent | undefined> {
    const last = await this.raw.readLast(streamId);
    return last && (await this.cipher.open([last]))[0];
  }

  async readAll(after: bigint, limit: number): Promise<StoredEvent[]> {
    return this.cipher.open(await this.raw.readAll(after, limit));
  }

  headPosition(): Promise<bigint> {
    return this.raw.headPosition();
  }

  subscribeToAll(after: bigint, handler: EventHandler, options?: SubscribeOptions): Subscription {
    return this.raw.subscribeToAll(after, async (e) => handler((await this.cipher.open([e]))[0]!), options);
  }

  subscribeToAllInBatches(after: bigint, handler: BatchHandler, options?: SubscribeOptions): Subscription {
    return this.raw.subscribeToAllInBatches(after, async (events) => handler(await this.cipher.open(events)), options);
  }

  close(): Promise<void> {
    return this.raw.close();
  }
}

/** The store as stored, beneath the opening decorator if there is one. */
export function storeAsStored(store: EventStore): EventStore {
  return store instanceof PersonalDataEventStore ? store.raw : store;
}
