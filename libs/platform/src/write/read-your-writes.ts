import type { EventRecord } from '@send/kernel';

export const READ_YOUR_WRITES = Symbol('READ_YOUR_WRITES');

/**
 * How a write waits, bounded, until the reads that follow it will see it (docs/api.md "Read your writes").
 * Embedded: every local subscriber reaches the log's head. Distributed: this process's Kafka-fed read
 * models have applied the written events.
 */
export interface ReadYourWrites {
  afterWrite(events: readonly Pick<EventRecord, 'id'>[], timeoutMs: number): Promise<boolean>;
}
