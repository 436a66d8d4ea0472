import { ConcurrencyError, EventRecord, ExpectedRevision, StoredEvent, toSafeNumber } from '@send/kernel';
import { ANY, NO_STREAM, START, jsonEvent } from '@eventstore/db-client';
import type { AppendExpectedRevision, CurrentRevision, EventData, JSONType, ReadPosition } from '@eventstore/db-client';

/**
 * How a stored event sits in EventStoreDB, kept free of any server call so it can be unit tested.
 *
 * Event id, type, stream and revision are EventStoreDB's own fields (so its UI, $by_event_type and $ce-
 * projections work); data is the event's JSON data; every other envelope field is in the JSON metadata.
 * Correlation and causation ids are stored under EventStoreDB's conventional `$correlationId` and
 * `$causationId` keys so its $by_correlation_id projection links them, and read back from there.
 */
export interface EnvelopeMetadata {
  readonly $correlationId: string;
  readonly $causationId: string;
  readonly schemaVersion: number;
  readonly caseId: string;
  readonly la: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly actor: StoredEvent['actor'];
  readonly reason?: string;
  readonly hash: string;
  readonly prevHash: string;
}

/** The parts of the client's RecordedEvent the mapping reads (the client's own type is a deep union). */
export interface RecordedLike {
  readonly id: string;
  readonly type: string;
  readonly streamId: string;
  readonly revision: bigint;
  readonly isJson: boolean;
  readonly data: unknown;
  readonly metadata: unknown;
}

/** EventStoreDB formats event ids itself, so only the canonical lowercase form reads back byte for byte. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function envelopeMetadata(record: EventRecord): EnvelopeMetadata {
  return {
    $correlationId: record.correlationId,
    $causationId: record.causationId,
    schemaVersion: record.schemaVersion,
    caseId: record.caseId,
    la: record.la,
    occurredAt: record.occurredAt,
    recordedAt: record.recordedAt,
    actor: record.actor,
    ...(record.reason === undefined ? {} : { reason: record.reason }),
    hash: record.hash,
    prevHash: record.prevHash,
  };
}

export function toEventData(record: EventRecord): EventData {
  if (!UUID.test(record.id)) {
    throw new TypeError(`event id ${record.id} must be a lowercase UUID to be stored in EventStoreDB unchanged`);
  }
  // The client serialises data with JSON.stringify; undefined would be lost (and could not be hashed back).
  if (JSON.stringify(record.data) === undefined) {
    throw new TypeError(`data of event ${record.id} is not JSON-serialisable and cannot be stored`);
  }
  return jsonEvent({
    id: record.id,
    type: record.type,
    data: record.data as JSONType,
    metadata: envelopeMetadata(record) as unknown as JSONType,
  });
}

/** Events EventStoreDB writes itself (stats, metadata, projection links): never part of our record. */
export function isSystemEvent(event: Pick<RecordedLike, 'type' | 'streamId'>): boolean {
  return event.type.startsWith('$') || event.streamId.startsWith('$');
}

function isEnvelopeMetadata(value: unknown): value is EnvelopeMetadata {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  const strings = ['$correlationId', '$causationId', 'caseId', 'la', 'occurredAt', 'recordedAt', 'hash', 'prevHash'];
  return (
    strings.every((k) => typeof m[k] === 'string') &&
    typeof m.schemaVersion === 'number' &&
    typeof m.actor === 'object' &&
    m.actor !== null &&
    (m.reason === undefined || typeof m.reason === 'string')
  );
}

/**
 * Rebuilds the exact StoredEvent that was appended. A non-system event without our envelope is an error,
 * not something to skip: dropping it silently would hide a foreign or tampered write from the audit.
 */
export function fromRecorded(event: RecordedLike, position: bigint): StoredEvent {
  if (!event.isJson || !isEnvelopeMetadata(event.metadata)) {
    throw new Error(`event ${event.id} in ${event.streamId} is not a stored envelope (no JSON envelope metadata)`);
  }
  const m = event.metadata;
  return {
    id: event.id,
    type: event.type,
    schemaVersion: m.schemaVersion,
    streamId: event.streamId,
    revision: fromEsdbRevision(event.revision),
    position,
    caseId: m.caseId,
    la: m.la,
    occurredAt: m.occurredAt,
    recordedAt: m.recordedAt,
    actor: m.actor,
    correlationId: m.$correlationId,
    causationId: m.$causationId,
    ...(m.reason === undefined ? {} : { reason: m.reason }),
    data: event.data,
    hash: m.hash,
    prevHash: m.prevHash,
  };
}

export function fromEsdbRevision(revision: bigint): number {
  return toSafeNumber(revision, 'stream revision');
}

export function fromCurrentRevision(current: CurrentRevision): number | 'no-stream' {
  return current === NO_STREAM ? 'no-stream' : fromEsdbRevision(current);
}

/**
 * The expected revision to send, or undefined when the records cannot continue the stream at `expected`.
 * Records carry their revisions (the hash covers them), so the only place they can go is right after
 * revision first-1. That is what is sent even for 'any': EventStoreDB would otherwise number them itself,
 * possibly differently, and the stored chain would no longer verify.
 */
export function esdbExpectedRevision(
  streamId: string,
  expected: ExpectedRevision,
  records: readonly EventRecord[],
): AppendExpectedRevision | undefined {
  if (records.length === 0) return expected === 'any' ? ANY : expected === 'no-stream' ? NO_STREAM : BigInt(expected);
  const first = records[0].revision;
  if (!records.every((r, i) => r.streamId === streamId && r.revision === first + i)) return undefined;
  const implied: AppendExpectedRevision = first === 0 ? NO_STREAM : BigInt(first - 1);
  if (expected === 'any') return implied;
  if (expected === 'no-stream') return first === 0 ? NO_STREAM : undefined;
  return first === expected + 1 ? implied : undefined;
}

export function concurrencyError(streamId: string, expected: ExpectedRevision, actual: CurrentRevision): ConcurrencyError {
  return new ConcurrencyError(streamId, expected, fromCurrentRevision(actual));
}

/**
 * The port's global position is the commit position. Reads and subscriptions start *at* a position in
 * EventStoreDB, so callers also drop the event whose commit equals `after`. Since v20 every appended event
 * is its own implicitly committed record (commit == prepare), so the pair below names exactly that event.
 */
export function readPositionAfter(after: bigint): ReadPosition {
  return after === 0n ? START : { commit: after, prepare: after };
}
