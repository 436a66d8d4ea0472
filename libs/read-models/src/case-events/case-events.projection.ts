import { StoredEvent } from '@send/kernel';

export type CaseEventRow = {
  id: string;
  caseId: string;
  streamId: string;
  revision: number;
  record: string;
  lastPosition: string;
};

/** Pure: an event is copied once and never changed (docs/conventions.md §9). */
export function evolveCaseEvent(row: CaseEventRow | null, event: StoredEvent): CaseEventRow {
  return (
    row ?? {
      id: event.id,
      caseId: event.caseId,
      streamId: event.streamId,
      revision: event.revision,
      record: JSON.stringify({ ...event, position: event.position.toString() }),
      lastPosition: event.position.toString(),
    }
  );
}

export function storedEventOf(row: Pick<CaseEventRow, 'record'>): StoredEvent {
  const raw = JSON.parse(row.record) as StoredEvent & { position: string };
  return { ...raw, position: BigInt(raw.position) };
}
