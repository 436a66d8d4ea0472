import { type StoredEvent, caseStreams } from '@send/kernel';
import { type EventStore, UnreadableEventError } from '@send/event-store';
import type { DataSource } from 'typeorm';
import { CaseEventEntity } from './case-event.entity.js';
import { storedEventOf } from './case-events.projection.js';

export const CASE_EVENT_SOURCE = Symbol('CASE_EVENT_SOURCE');

/** Where history, verify and replay read a case's events: the store itself, or the gateway's verbatim copy. */
export interface CaseEventSource {
  /** Each stream of the case with its events in revision order; streams with no events are left out. */
  streamsOf(caseId: string): Promise<Map<string, StoredEvent[]>>;
  /** The same for verify: a stream holding an unreadable event gives the events before it and where it is. */
  streamsForVerify(caseId: string): Promise<StreamRead[]>;
}

export interface StreamRead {
  readonly stream: string;
  readonly events: readonly StoredEvent[];
  readonly unreadable?: { readonly revision: number; readonly position: string; readonly problem: string };
}

function unreadableOf(error: UnreadableEventError): NonNullable<StreamRead['unreadable']> {
  return { revision: error.revision, position: error.position.toString(), problem: error.problem };
}

export class StoreCaseEventSource implements CaseEventSource {
  /** `stored`: the store as stored, for verify, when `store` opens personal data (the chain covers the stored form). */
  constructor(
    private readonly store: EventStore,
    private readonly stored: EventStore = store,
  ) {}

  async streamsOf(caseId: string): Promise<Map<string, StoredEvent[]>> {
    const streams = new Map<string, StoredEvent[]>();
    // The case's stream in each context, then the deadline watcher's.
    for (const stream of caseStreams(caseId)) {
      const events = await this.store.readStream(stream);
      if (events.length > 0) streams.set(stream, events);
    }
    return streams;
  }

  async streamsForVerify(caseId: string): Promise<StreamRead[]> {
    const reads: StreamRead[] = [];
    for (const stream of caseStreams(caseId)) {
      try {
        const events = await this.stored.readStream(stream);
        if (events.length > 0) reads.push({ stream, events });
      } catch (error) {
        if (!(error instanceof UnreadableEventError)) throw error;
        reads.push({ stream, events: error.before, unreadable: unreadableOf(error) });
      }
    }
    return reads;
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
    for (const row of rows) streams.set(row.streamId, [...(streams.get(row.streamId) ?? []), copiedEvent(row)]);
    return streams;
  }

  async streamsForVerify(caseId: string): Promise<StreamRead[]> {
    const rows = await this.db
      .getRepository(CaseEventEntity)
      .find({ where: { caseId }, order: { streamId: 'ASC', revision: 'ASC' } });
    const reads = new Map<string, { events: StoredEvent[]; unreadable?: StreamRead['unreadable'] }>();
    for (const row of rows) {
      const read = reads.get(row.streamId) ?? { events: [] };
      reads.set(row.streamId, read);
      if (read.unreadable) continue;
      try {
        read.events.push(copiedEvent(row));
      } catch (error) {
        if (!(error instanceof UnreadableEventError)) throw error;
        read.unreadable = unreadableOf(error);
      }
    }
    return [...reads.entries()].map(([stream, read]) => ({ stream, ...read }));
  }
}

/** The copy's JSON, or an UnreadableEventError naming where it is damaged. */
function copiedEvent(row: CaseEventEntity): StoredEvent {
  try {
    return storedEventOf(row);
  } catch (error) {
    const problem = error instanceof Error ? error.name : 'unreadable';
    throw new UnreadableEventError(row.streamId, row.revision, BigInt(row.lastPosition), problem);
  }
}
