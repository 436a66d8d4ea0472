import { StoredEvent } from '@send/kernel';
import { EventStore } from '@send/event-store';

/** The streams that make up one case across the contexts, plus the deadline watcher's own stream. */
export const CASE_STREAM_PREFIXES = ['assessment', 'ehcp', 'deadlines'] as const;

export async function readCaseStreams(store: EventStore, caseId: string): Promise<Map<string, StoredEvent[]>> {
  const streams = new Map<string, StoredEvent[]>();
  for (const prefix of CASE_STREAM_PREFIXES) {
    const events = await store.readStream(`${prefix}-${caseId}`);
    if (events.length > 0) streams.set(`${prefix}-${caseId}`, events);
  }
  return streams;
}
