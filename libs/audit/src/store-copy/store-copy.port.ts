import { type StoredEvent, canonicalEvent } from '@send/kernel';

/**
 * One row of a copy of the store, as read back: the event it holds, or the fact that it could not be read
 * (its stored JSON no longer parses). An auditor's copy may have been damaged, so one bad row is reported
 * against its stream instead of stopping the whole reading.
 */
export type StoredRow =
  | { readonly type: 'event'; readonly event: StoredEvent }
  | {
      readonly type: 'unreadable';
      readonly streamId: string;
      readonly revision: number;
      readonly position: bigint;
      readonly problem: string;
    };

export interface StoreSize {
  readonly streams: number;
  readonly events: number;
}

/**
 * A store opened read-only by the audit tool (docs/audit-export.md): an embedded SQLite file or a service's
 * PostgreSQL database. It reads rows rather than going through the event-store port, because the port
 * fails a whole read on one unreadable row, and it lists every stream of the store, which the port does not.
 */
export interface StoreCopy {
  /** Where the copy is, for messages (a PostgreSQL URL without its password). */
  readonly location: string;
  size(): Promise<StoreSize>;
  /** Every row of the store ordered by stream, then revision, in batches of up to `batch` rows. */
  rowsByStream(batch: number): AsyncIterable<readonly StoredRow[]>;
  /** The rows of one stream by revision; [] when the stream does not exist. */
  readStream(streamId: string): Promise<StoredRow[]>;
  close(): Promise<void>;
}

export const streamOfRow = (row: StoredRow): string => (row.type === 'event' ? row.event.streamId : row.streamId);
export const revisionOfRow = (row: StoredRow): number => (row.type === 'event' ? row.event.revision : row.revision);

/**
 * Maps one raw row with the adapter's own mapping, keeping a failure as an unreadable row. A row whose
 * envelope has no canonical form (a lone surrogate or a non-finite number in its JSON) cannot be hashed,
 * so it is unreadable too, rather than a crash halfway through a verification.
 */
export function readRow<R extends { stream_id: string; revision: number; position: string | number | bigint }>(
  row: R,
  toEvent: (row: R) => StoredEvent,
): StoredRow {
  try {
    const event = toEvent(row);
    canonicalEvent(event);
    return { type: 'event', event };
  } catch (error) {
    return {
      type: 'unreadable',
      streamId: row.stream_id,
      revision: row.revision,
      position: BigInt(row.position),
      problem: error instanceof Error ? error.message : String(error),
    };
  }
}
