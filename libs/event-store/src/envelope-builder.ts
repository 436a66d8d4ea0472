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
  let revision = head === undefined ? -1 : head.revision;
  let prevHash = head === undefined ? GENESIS_HASH : head.hash;
  const recordedAt = ctx.recordedAt.toISOString();
  return events.map((e) => {
    revision += 1;
    const body: Omit<EventRecord, 'hash'> = {
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
      prevHash,
    };
    const record = { ...body, hash: hashEvent(body) };
    prevHash = record.hash;
    return record;
  });
}
