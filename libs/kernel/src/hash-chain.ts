import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { EventRecord, GENESIS_HASH } from './envelope.js';

/**
 * Integrity hash of one event: SHA-256 over the RFC 8785 canonical JSON of the record without its own
 * hash, which includes prevHash, so each event seals the one before it in the same stream.
 */
export function hashEvent(record: Omit<EventRecord, 'hash'>): string {
  const { ...body } = record as Omit<EventRecord, 'hash'> & { hash?: string };
  delete body.hash;
  const json = canonicalize(body);
  if (json === undefined) throw new TypeError('event cannot be canonicalised');
  return createHash('sha256').update(json, 'utf8').digest('hex');
}

export interface ChainCheck {
  readonly valid: boolean;
  readonly events: number;
  readonly firstBrokenRevision?: number;
}

/** Recomputes a stream's chain from its first event and reports the first link that does not hold. */
export function verifyChain(events: readonly EventRecord[]): ChainCheck {
  let prev = GENESIS_HASH;
  for (const [i, e] of events.entries()) {
    if (e.revision !== i || e.prevHash !== prev || hashEvent(e) !== e.hash) {
      return { valid: false, events: events.length, firstBrokenRevision: e.revision };
    }
    prev = e.hash;
  }
  return { valid: true, events: events.length };
}
