import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { EventRecord, GENESIS_HASH } from './envelope.js';

/**
 * Integrity hash of one event: SHA-256 over the RFC 8785 canonical JSON of the record without its own
 * hash, which includes prevHash, so each event seals the one before it in the same stream.
 */
export function hashEvent(record: Omit<EventRecord, 'hash'>): string {
  return createHash('sha256').update(canonicalEvent(record), 'utf8').digest('hex');
}

/**
 * The exact text hashEvent hashes (docs/audit-export.md): the export hands it out beside each event so that an
 * outsider can recompute the chain with nothing but SHA-256.
 */
export function canonicalEvent(record: Omit<EventRecord, 'hash'>): string {
  // Only the envelope's own fields are sealed: a store's position or any field it adds stays outside.
  const body: Omit<EventRecord, 'hash'> = {
    id: record.id,
    type: record.type,
    schemaVersion: record.schemaVersion,
    streamId: record.streamId,
    revision: record.revision,
    caseId: record.caseId,
    la: record.la,
    occurredAt: record.occurredAt,
    recordedAt: record.recordedAt,
    actor: record.actor,
    correlationId: record.correlationId,
    causationId: record.causationId,
    ...(record.reason === undefined ? {} : { reason: record.reason }),
    data: record.data,
    prevHash: record.prevHash,
  };
  const json = canonicalize(body);
  if (json === undefined) throw new TypeError('event cannot be canonicalised');
  return json;
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
