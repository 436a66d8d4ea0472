import { type StoredEvent, verifyChain } from '@send/kernel';
import { type StoredRow, revisionOfRow } from '../store-copy/store-copy.port.js';

/** One stream's verdict, as GET …/verify gives it (docs/api.md "Audit"), with what made an unreadable row fail. */
export interface StreamCheck {
  readonly stream: string;
  readonly events: number;
  readonly valid: boolean;
  readonly firstBrokenRevision?: number;
  /** Set when the first broken revision is a row whose stored JSON no longer parses. */
  readonly unreadable?: { readonly position: string; readonly problem: string };
}

/**
 * Checks one stream's rows, in revision order, with the product's own verifyChain. The chain is sound only up
 * to the first unreadable row, so that row is the first broken revision unless a link before it already fails.
 */
export function checkStream(stream: string, rows: readonly StoredRow[]): StreamCheck {
  const firstUnreadable = rows.findIndex((row) => row.type === 'unreadable');
  const readable = firstUnreadable === -1 ? rows : rows.slice(0, firstUnreadable);
  const events = readable.map((row) => (row as Extract<StoredRow, { type: 'event' }>).event as StoredEvent);
  const chain = verifyChain(events);
  if (!chain.valid) return { stream, events: rows.length, valid: false, firstBrokenRevision: chain.firstBrokenRevision };
  const bad = rows[firstUnreadable];
  if (bad === undefined || bad.type !== 'unreadable') return { stream, events: rows.length, valid: true };
  return {
    stream,
    events: rows.length,
    valid: false,
    firstBrokenRevision: revisionOfRow(bad),
    unreadable: { position: bad.position.toString(), problem: bad.problem },
  };
}
