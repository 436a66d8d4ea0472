import type { StoreCopy, StoredRow } from '../store-copy/store-copy.port.js';
import { streamOfRow } from '../store-copy/store-copy.port.js';
import { type StreamCheck, checkStream } from './stream-check.js';

export interface StoreVerification {
  readonly valid: boolean;
  readonly location: string;
  readonly streams: number;
  readonly events: number;
  /** Every stream whose chain does not hold, in stream order. */
  readonly broken: readonly StreamCheck[];
}

export interface VerifyProgress {
  start(events: number): void;
  /** Called after each stream with the number of its rows. */
  advance(events: number): void;
  stop(): void;
}

const BATCH = 2000;

/**
 * Verifies every stream of a whole store, one stream at a time so that memory holds one stream, never the
 * store: rows arrive ordered by stream and revision, and a stream is checked when the next one begins.
 */
export async function verifyStore(copy: StoreCopy, progress: VerifyProgress, batch = BATCH): Promise<StoreVerification> {
  const size = await copy.size();
  progress.start(size.events);
  const broken: StreamCheck[] = [];
  let streams = 0;
  let events = 0;
  let current: { stream: string; rows: StoredRow[] } | undefined;
  const finish = () => {
    if (current === undefined) return;
    const check = checkStream(current.stream, current.rows);
    if (!check.valid) broken.push(check);
    streams += 1;
    events += current.rows.length;
    progress.advance(current.rows.length);
  };
  try {
    for await (const rows of copy.rowsByStream(batch)) {
      for (const row of rows) {
        const stream = streamOfRow(row);
        if (current?.stream !== stream) {
          finish();
          current = { stream, rows: [] };
        }
        current.rows.push(row);
      }
    }
    finish();
  } finally {
    progress.stop();
  }
  return { valid: broken.length === 0, location: copy.location, streams, events, broken };
}
