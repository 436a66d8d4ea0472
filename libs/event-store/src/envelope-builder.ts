import { randomUUID } from 'node:crypto';
import { Actor, DomainEvent, EventRecord, GENESIS_HASH, StoredEvent, hashEvent } from '@send/kernel';

export interface EventContext {
  readonly caseId: string;
  readonly la: string;
  readonly actor: Actor;
  readonly correlationId: string;
  readonly causationId: string;
  /** Business date or instant of the act; defaults to the recording instant. */
  readonly occurredAt?: string;
  readonly reason?: string;
  readonly recordedAt: Date;
}

/** A record before its hash: what a sealer may change (personal fields) before the chain covers it. */
export type RecordBody = Omit<EventRecord, 'hash'>;

/**
 * Replaces personal data in records before they are hashed (docs/architecture.md "Security"): the chain then
 * covers the stored form, so it still verifies once a key is destroyed.
 */
export type RecordSealer = (bodies: readonly RecordBody[]) => Promise<readonly RecordBody[]>;

/**
 * Turns a decider's events into stored records that continue the stream's hash chain.
 * `head` is the last event read from the stream (undefined for a new stream).
 */
export function buildRecords(
  streamId: string,
  head: Pick<StoredEvent, 'revision' | 'hash'> | undefined,
  events: readonly DomainEvent[],
  ctx: EventContext,
  newId: () => string = randomUUID,
): EventRecord[] {
  return chainRecords(head, buildBodies(streamId, head, events, ctx, newId));
}

/** The records' envelopes, numbered after `head`, not yet hashed. */
export function buildBodies(
  streamId: string,
  head: Pick<StoredEvent, 'revision'> | undefined,
  events: readonly DomainEvent[],
  ctx: EventContext,
  newId: () => string = randomUUID,
): RecordBody[] {
  let revision = head === undefined ? -1 : head.revision;
  const recordedAt = ctx.recordedAt.toISOString();
  return events.map((e) => {
    revision += 1;
    return {
      id: newId(),
      type: e.type,
      schemaVersion: 1,
      streamId,
      revision,
      caseId: ctx.caseId,
      la: ctx.la,
      occurredAt: ctx.occurredAt ?? recordedAt,
      recordedAt,
      actor: ctx.actor,
      correlationId: ctx.correlationId,
      causationId: ctx.causationId,
      ...(ctx.reason === undefined ? {} : { reason: ctx.reason }),
      data: e.data,
      prevHash: GENESIS_HASH,
    };
  });
}

/** Links the bodies into the chain after `head`: each prevHash is the previous record's hash. */
export function chainRecords(head: Pick<StoredEvent, 'hash'> | undefined, bodies: readonly RecordBody[]): EventRecord[] {
  let prevHash = head === undefined ? GENESIS_HASH : head.hash;
  return bodies.map((b) => {
    const body = { ...b, prevHash };
    const record = { ...body, hash: hashEvent(body) };
    prevHash = record.hash;
    return record;
  });
}
