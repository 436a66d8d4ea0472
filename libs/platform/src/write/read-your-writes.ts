import type { EventRecord } from '@send/kernel';

export const READ_YOUR_WRITES = Symbol('READ_YOUR_WRITES');

/**
 * How a write waits, bounded, until the reads that follow it will see it (docs/api.md "Read your writes").
 * Embedded: every local subscriber reaches the log's head. Distributed: this process's Kafka-fed read
 * models have applied the written events.
 */
export interface ReadYourWrites {
  /** `position`: where the write's last event landed in the local log (embedded: the wait ends once every subscriber has passed it and whatever it set off). */
  afterWrite(events: readonly Pick<EventRecord, 'id' | 'type'>[], timeoutMs: number, position?: bigint): Promise<boolean>;
}
