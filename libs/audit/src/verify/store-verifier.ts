import { AttachmentLedger, type AttachmentFileProblem, type BlobStore, checkAttachmentFiles } from '@send/event-store';
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
  /** Each attachment's file against its recorded SHA-256, when a blob store is given (docs/api.md "Attachments"). */
  readonly attachments?: { readonly checked: number; readonly problems: readonly AttachmentFileProblem[] };
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
export async function verifyStore(
  copy: StoreCopy,
  progress: VerifyProgress,
  batch = BATCH,
  blobs?: BlobStore,
): Promise<StoreVerification> {
  const size = await copy.size();
  progress.start(size.events);
  const broken: StreamCheck[] = [];
  let streams = 0;
  let events = 0;
  let current: { stream: string; rows: StoredRow[] } | undefined;
  const recorded = new AttachmentLedger();
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
        if (row.type === 'event') recorded.note(row.event);
      }
    }
    finish();
  } finally {
    progress.stop();
  }
  if (!blobs) return { valid: broken.length === 0, location: copy.location, streams, events, broken };
  const all = recorded.attachments();
  const problems = await checkAttachmentFiles(all, blobs);
  const checked = all.filter((a) => !a.withdrawn?.bytesRemoved).length;
  const attachments = { checked, problems };
  return { valid: broken.length === 0 && problems.length === 0, location: copy.location, streams, events, broken, attachments };
}
