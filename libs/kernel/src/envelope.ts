/**
 * The stored event envelope (docs/architecture.md "Event envelope").
 * Positions are bigint because EventStoreDB's are; revisions are numbers, converted with a
 * range check wherever a store hands back a bigint (see toSafeNumber).
 */
export type Role = 'caseworker' | 'manager' | 'auditor' | 'tribunal' | 'regions' | 'family' | 'admin' | 'system';

export interface Actor {
  readonly id: string;
  readonly role: Role;
}

/** What a decider returns: a past-tense type and its data. Everything else is added by the command path. */
export interface DomainEvent<T extends string = string, D = unknown> {
  readonly type: T;
  readonly data: D;
}

/** Everything the store keeps of one event except its global position, which the store assigns. */
export interface EventRecord<D = unknown> {
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly streamId: string;
  readonly revision: number;
  readonly caseId: string;
  readonly la: string;
  /** Business date (YYYY-MM-DD) or instant at which the act happened. */
  readonly occurredAt: string;
  /** Instant at which the system recorded it (ISO 8601, UTC). */
  readonly recordedAt: string;
  readonly actor: Actor;
  readonly correlationId: string;
  readonly causationId: string;
  readonly reason?: string;
  readonly data: D;
  /** SHA-256 over canonical JSON of this record (without hash) chained to prevHash. */
  readonly hash: string;
  readonly prevHash: string;
}

export interface StoredEvent<D = unknown> extends EventRecord<D> {
  readonly position: bigint;
}

export const GENESIS_HASH = '0'.repeat(64);

export function toSafeNumber(value: bigint, what: string): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`${what} ${value} is outside the safe integer range`);
  }
  return Number(value);
}
