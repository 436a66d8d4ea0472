import { type StoredEvent, caseStreams } from '@send/kernel';
import type { EventStore } from '@send/event-store';
import type { DataSource } from 'typeorm';
import { CaseEventEntity } from './case-event.entity.js';
import { storedEventOf } from './case-events.projection.js';

export const CASE_EVENT_SOURCE = Symbol('CASE_EVENT_SOURCE');

/** Where history, verify and replay read a case's events: the store itself, or the gateway's verbatim copy. */
export interface CaseEventSource {
  /** Each stream of the case with its events in revision order; streams with no events are left out. */
  streamsOf(caseId: string): Promise<Map<string, StoredEvent[]>>;
}

export class StoreCaseEventSource implements CaseEventSource {
  constructor(private readonly store: EventStore) {}

  async streamsOf(caseId: string): Promise<Map<string, StoredEvent[]>> {
    const streams = new Map<string, StoredEvent[]>();
    // The case's stream in each context, then the deadline watcher's.
    for (const stream of caseStreams(caseId)) {
      const events = await this.store.readStream(stream);
      if (events.length > 0) streams.set(stream, events);
    }
    return streams;
  }
}

/** Distributed gateway: the copy fed from Kafka; it carries the hashes, so it verifies like the store. */
export class CopiedCaseEventSource implements CaseEventSource {
  constructor(private readonly db: DataSource) {}

  async streamsOf(caseId: string): Promise<Map<string, StoredEvent[]>> {
    const rows = await this.db
      .getRepository(CaseEventEntity)
      .find({ where: { caseId }, order: { streamId: 'ASC', revision: 'ASC' } });
    const streams = new Map<string, StoredEvent[]>();
    for (const row of rows) streams.set(row.streamId, [...(streams.get(row.streamId) ?? []), storedEventOf(row)]);
    return streams;
  }
}
