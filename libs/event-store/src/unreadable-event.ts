import type { StoredEvent } from '@send/kernel';

/**
 * A stored row that no longer parses as an event (its JSON was damaged on disk or by hand). It names the
 * stream, revision and position, never the content: the row may hold a child's details. `before` holds the
 * readable events of the same read that came before it, so a caller can use or verify up to the damage.
 */
export class UnreadableEventError extends Error {
  constructor(
    readonly streamId: string,
    readonly revision: number,
    readonly position: bigint,
    readonly problem: string,
    readonly before: readonly StoredEvent[] = [],
  ) {
    super(`The stored event at ${streamId} revision ${revision} (position ${position}) cannot be read: ${problem}`);
    this.name = 'UnreadableEventError';
  }
}

export interface RowPlace {
  readonly stream_id: string;
  readonly revision: number;
  readonly position: number | string | bigint;
}

/**
 * Maps rows in order; a row that cannot be mapped throws UnreadableEventError with the events before it.
 * `placeOf` finds the stream, revision and position of a row that is not an object with those columns.
 */
export function readRows<R extends RowPlace>(rows: readonly R[], toStored: (row: R) => StoredEvent): StoredEvent[];
export function readRows<R>(rows: readonly R[], toStored: (row: R) => StoredEvent, placeOf: (row: R) => RowPlace): StoredEvent[];
export function readRows<R>(
  rows: readonly R[],
  toStored: (row: R) => StoredEvent,
  placeOf: (row: R) => RowPlace = (row) => row as RowPlace,
): StoredEvent[] {
  const events: StoredEvent[] = [];
  for (const row of rows) {
    try {
      events.push(toStored(row));
    } catch (error) {
      const problem = error instanceof Error ? error.name : 'unreadable';
      const place = placeOf(row);
      throw new UnreadableEventError(place.stream_id, place.revision, BigInt(place.position), problem, events);
    }
  }
  return events;
}

/**
 * readAll's rule: the readable events before a damaged row are delivered, and the damage is reported only
 * when it is the first row of the read, so a subscriber stops exactly at the damaged position.
 */
export function readAllRows<R extends RowPlace>(rows: readonly R[], toStored: (row: R) => StoredEvent): StoredEvent[];
export function readAllRows<R>(
  rows: readonly R[],
  toStored: (row: R) => StoredEvent,
  placeOf: (row: R) => RowPlace,
): StoredEvent[];
export function readAllRows<R>(
  rows: readonly R[],
  toStored: (row: R) => StoredEvent,
  placeOf: (row: R) => RowPlace = (row) => row as RowPlace,
): StoredEvent[] {
  try {
    return readRows(rows, toStored, placeOf);
  } catch (error) {
    if (error instanceof UnreadableEventError && error.before.length > 0) return [...error.before];
    throw error;
  }
}
