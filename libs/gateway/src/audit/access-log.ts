import { type Role, type StoredEvent, accessLogStream, verifyChain } from '@send/kernel';
import { type EventStore, appendAtHead } from '@send/event-store';

/** What of a case was read: the audit and tribunal reads of docs/api.md "Audit". */
export const CASE_READ_KINDS = [
  'history',
  'verify',
  'replay',
  'replay-diff',
  'timeline',
  'bundle',
  'plan-export',
  'attachments',
  'attachment',
] as const;
export type CaseReadKind = (typeof CASE_READ_KINDS)[number];

/**
 * Whose reads are logged: the users who read a child's record without working on it (docs/architecture.md
 * "Security"). Caseworkers' and managers' reads are not: their work on the case is itself the record.
 * `family` is listed for when that role reads its own case.
 */
export const LOGGED_READERS: ReadonlySet<Role> = new Set<Role>(['auditor', 'tribunal', 'family']);

export type ReadQuery = Readonly<Record<string, string | readonly string[]>>;

/** One read of a case; who read it and when are the event's actor and recordedAt. */
export interface CaseRead {
  readonly type: 'CaseRead';
  readonly data: { readonly what: CaseReadKind; readonly query: ReadQuery };
}

export interface ReadOfCase {
  readonly caseId: string;
  readonly la: string;
  readonly reader: { readonly id: string; readonly role: Role };
  readonly what: CaseReadKind;
  readonly query: ReadQuery;
  readonly at: Date;
  readonly correlationId: string;
}

/**
 * Several auditors may read one case at once: each append that loses the race to the stream's next
 * revision is retried, up to this many times, before the read fails rather than go unrecorded.
 */
const APPEND_ATTEMPTS = 10;

/**
 * Appends the read to the case's access log, continuing its hash chain. The log refuses nothing and keeps
 * no state, so only its last event is read (its revision and hash), never the whole stream: a case read a
 * thousand times costs its next read no more than its first.
 */
export async function recordRead(store: EventStore, read: ReadOfCase): Promise<void> {
  const event: CaseRead = { type: 'CaseRead', data: { what: read.what, query: read.query } };
  await appendAtHead(
    store,
    accessLogStream(read.caseId),
    [event],
    {
      caseId: read.caseId,
      la: read.la,
      actor: read.reader,
      correlationId: read.correlationId,
      causationId: read.correlationId,
      recordedAt: read.at,
    },
    { maxAttempts: APPEND_ATTEMPTS },
  );
}

/** One entry of GET …/access-log. */
export interface AccessLogEntry {
  readonly eventId: string;
  readonly who: string;
  readonly role: Role;
  readonly when: string;
  readonly what: CaseReadKind;
  readonly query: ReadQuery;
  readonly hash: string;
}

/** The access log of a case, oldest first, with whether its own chain still holds. */
export function accessLogOf(caseId: string, events: readonly StoredEvent[]) {
  const entries: AccessLogEntry[] = events.map((e) => {
    const data = (e as StoredEvent<CaseRead['data']>).data;
    return {
      eventId: e.id,
      who: e.actor.id,
      role: e.actor.role,
      when: e.recordedAt,
      what: data.what,
      query: data.query,
      hash: e.hash,
    };
  });
  return { caseId, valid: verifyChain(events).valid, reads: entries };
}

/** The query of a read as recorded: strings stay strings; any other shape is kept as its JSON text. */
export function readQueryOf(query: Readonly<Record<string, unknown>> | undefined): ReadQuery {
  const plain = (value: unknown): string | readonly string[] =>
    typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'))
      ? (value as string | string[])
      : JSON.stringify(value);
  return Object.fromEntries(Object.entries(query ?? {}).map(([key, value]) => [key, plain(value)]));
}
