import Database from 'better-sqlite3';
import { EventEmitter } from 'node:events';
import { ConcurrencyError, EventRecord, ExpectedRevision, StoredEvent } from '@send/kernel';
import { AppendResult, BatchHandler, EventHandler, EventStore, SubscribeOptions, Subscription } from '../event-store.port.js';
import { type PollingSource, pollingBatchSubscription, pollingSubscription } from '../polling-subscription.js';
import { inWriteTurn } from './write-queue.js';
import { type RowPlace, readAllRows, readRows } from '../unreadable-event.js';

/** The embedded store's table; exported so the benchmark's raw baseline writes exactly the same rows. */
export const SQLITE_EVENTS_SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  position       INTEGER PRIMARY KEY AUTOINCREMENT,
  id             TEXT NOT NULL UNIQUE,
  stream_id      TEXT NOT NULL,
  revision       INTEGER NOT NULL,
  type           TEXT NOT NULL,
  schema_version INTEGER NOT NULL,
  case_id        TEXT NOT NULL,
  la             TEXT NOT NULL,
  occurred_at    TEXT NOT NULL,
  recorded_at    TEXT NOT NULL,
  actor          TEXT NOT NULL,
  correlation_id TEXT NOT NULL,
  causation_id   TEXT NOT NULL,
  reason         TEXT,
  data           TEXT NOT NULL,
  hash           TEXT NOT NULL,
  prev_hash      TEXT NOT NULL,
  UNIQUE (stream_id, revision)
);
CREATE INDEX IF NOT EXISTS events_by_case ON events (case_id, position);
-- The record is evidence: once written it is never changed or removed.
CREATE TRIGGER IF NOT EXISTS events_append_only_update BEFORE UPDATE ON events
  BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER IF NOT EXISTS events_append_only_delete BEFORE DELETE ON events
  BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
`;

interface Row {
  position: number | bigint;
  id: string;
  stream_id: string;
  revision: number;
  type: string;
  schema_version: number;
  case_id: string;
  la: string;
  occurred_at: string;
  recorded_at: string;
  actor: string;
  correlation_id: string;
  causation_id: string;
  reason: string | null;
  data: string;
  hash: string;
  prev_hash: string;
}

/**
 * The columns the store's reads select, in this order. Those reads take rows as arrays (better-sqlite3's
 * `raw`): building an object with named keys for each row, in the driver, cost about as much as the rest of
 * a stream's read (docs/benchmarks.md "Rebuild and replay").
 */
const COLUMNS = [
  'position',
  'id',
  'stream_id',
  'revision',
  'type',
  'schema_version',
  'case_id',
  'la',
  'occurred_at',
  'recorded_at',
  'actor',
  'correlation_id',
  'causation_id',
  'reason',
  'data',
  'hash',
  'prev_hash',
] as const satisfies readonly (keyof Row)[];

/** A row read raw: the value of each of COLUMNS at its index. */
type Values = { -readonly [I in keyof typeof COLUMNS]: (typeof COLUMNS)[I] extends keyof Row ? Row[(typeof COLUMNS)[I]] : never };

const SELECT = `SELECT ${COLUMNS.join(', ')} FROM events`;

function valuesToStored(v: Values): StoredEvent {
  const position = BigInt(v[0]);
  const actor = JSON.parse(v[10]) as StoredEvent['actor'];
  const data = JSON.parse(v[14]) as unknown;
  // Two literals rather than `...(reason === null ? {} : { reason })`: the spread cost a third of this function,
  // and the keys keep the same order either way.
  if (v[13] === null) {
    return {
      id: v[1],
      type: v[4],
      schemaVersion: v[5],
      streamId: v[2],
      revision: v[3],
      position,
      caseId: v[6],
      la: v[7],
      occurredAt: v[8],
      recordedAt: v[9],
      actor,
      correlationId: v[11],
      causationId: v[12],
      data,
      hash: v[15],
      prevHash: v[16],
    };
  }
  return {
    id: v[1],
    type: v[4],
    schemaVersion: v[5],
    streamId: v[2],
    revision: v[3],
    position,
    caseId: v[6],
    la: v[7],
    occurredAt: v[8],
    recordedAt: v[9],
    actor,
    correlationId: v[11],
    causationId: v[12],
    reason: v[13],
    data,
    hash: v[15],
    prevHash: v[16],
  };
}

/** Where a row read as values is, for UnreadableEventError. */
function placeOf(v: Values): RowPlace {
  return { stream_id: v[2], revision: v[3], position: v[0] };
}

function toStored(row: Row): StoredEvent {
  return valuesToStored(COLUMNS.map((column) => row[column]) as unknown as Values);
}

interface PendingAppend {
  readonly streamId: string;
  readonly expected: ExpectedRevision;
  readonly records: readonly EventRecord[];
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (error: unknown) => void;
  outcome?: { result: AppendResult } | { error: unknown };
}

/**
 * The embedded store: one SQLite file in WAL mode with synchronous=FULL, so a commit that returned
 * is on disk. better-sqlite3 is synchronous, so a check-then-insert inside one IMMEDIATE transaction
 * cannot interleave with another append in this process, and the write lock covers other processes.
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly appended = new EventEmitter();
  private sequence = 0;
  private readonly sql: ReturnType<typeof prepareStatements>;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    // A group commit's savepoints keep their journals in memory, not in a temporary file (platform.module.ts).
    this.db.pragma('temp_store = MEMORY');
    this.db.exec(SQLITE_EVENTS_SCHEMA);
    this.sql = prepareStatements(this.db);
    this.appended.setMaxListeners(0);
    this.appendTx = this.db.transaction(this.appendRows.bind(this));
    this.groupTx = this.db.transaction(this.appendGroup.bind(this));
  }

  private readonly appendTx: Database.Transaction<SqliteEventStore['appendRows']>;
  private readonly groupTx: Database.Transaction<(group: PendingAppend[]) => void>;
  private pending: PendingAppend[] = [];

  /**
   * Group commit: appends that arrive while another write holds the file's turn are committed together, one
   * transaction and one fsync for all of them, each inside its own savepoint, so that one append's conflict
   * rolls back only that append. Each caller is answered after the commit, as before (synchronous=FULL).
   */
  append(streamId: string, expected: ExpectedRevision, records: readonly EventRecord[]): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.pending.push({ streamId, expected, records, resolve, reject });
      // Commit at the end of this turn of the event loop (setImmediate), not in the next microtask: requests
      // that arrived together get as far as their append first and share the commit.
      if (this.pending.length === 1) setImmediate(() => void inWriteTurn(() => this.commitPending()));
    });
  }

  /** Appends committed and commits made: how well group commit is doing (the benchmark reads it). */
  readonly commits = { appends: 0, groups: 0 };

  private commitPending(): void {
    const group = this.pending;
    this.commits.appends += group.length;
    this.commits.groups += 1;
    this.pending = [];
    try {
      this.groupTx.immediate(group);
    } catch (error) {
      for (const p of group) p.reject(error);
      return;
    }
    this.sequence += 1;
    this.appended.emit('append');
    for (const p of group) {
      if (p.outcome && 'error' in p.outcome) p.reject(p.outcome.error);
      else if (p.outcome) p.resolve(p.outcome.result);
    }
  }

  /** Inside the group's transaction: each append in a savepoint (a nested better-sqlite3 transaction). */
  private appendGroup(group: PendingAppend[]): void {
    for (const p of group) {
      try {
        p.outcome = { result: this.appendTx(p.streamId, p.expected, p.records) };
      } catch (error) {
        p.outcome = { error };
      }
    }
  }

  private appendRows(streamId: string, expected: ExpectedRevision, records: readonly EventRecord[]): AppendResult {
    const head = this.sql.streamHead.get(streamId) as {
      r: number | null;
    };
    const actual = head.r === null ? ('no-stream' as const) : head.r;
    if (!matches(expected, actual)) throw new ConcurrencyError(streamId, expected, actual);
    const next = actual === 'no-stream' ? 0 : actual + 1;
    let position = 0n;
    for (const [i, r] of records.entries()) {
      if (r.streamId !== streamId || r.revision !== next + i) {
        throw new ConcurrencyError(streamId, expected, actual);
      }
      const info = this.sql.insert.run(...sqliteInsertValues(r));
      position = BigInt(info.lastInsertRowid);
    }
    return { revision: next + records.length - 1, position };
  }

  async readStream(streamId: string): Promise<StoredEvent[]> {
    const rows = this.sql.stream.all(streamId) as Values[];
    return readRows(rows, valuesToStored, placeOf);
  }

  async readLast(streamId: string): Promise<StoredEvent | undefined> {
    const row = this.sql.last.get(streamId) as Values | undefined;
    return row === undefined ? undefined : readRows([row], valuesToStored, placeOf)[0];
  }

  async readAll(after: bigint, limit: number): Promise<StoredEvent[]> {
    const rows = this.sql.after.all(after, limit) as Values[];
    return readAllRows(rows, valuesToStored, placeOf);
  }

  async headPosition(): Promise<bigint> {
    const row = this.sql.head.get() as { p: number | null };
    return BigInt(row.p ?? 0);
  }

  subscribeToAll(after: bigint, handler: EventHandler, options?: SubscribeOptions): Subscription {
    return pollingSubscription(this.pollingSource(), after, handler, options);
  }

  subscribeToAllInBatches(after: bigint, handler: BatchHandler, options?: SubscribeOptions): Subscription {
    return pollingBatchSubscription(this.pollingSource(), after, handler, options);
  }

  private pollingSource(): PollingSource {
    return {
      readAll: (a, l) => this.readAll(a, l),
      appendSequence: () => this.sequence,
      waitForAppend: (ms, since) => this.waitForAppend(ms, since),
    };
  }

  private waitForAppend(ms: number, since: number): Promise<void> {
    if (this.sequence !== since) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.appended.off('append', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.appended.on('append', done);
    });
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

function matches(expected: ExpectedRevision, actual: number | 'no-stream'): boolean {
  if (expected === 'any') return true;
  return expected === actual;
}

export const SQLITE_INSERT_SQL = `INSERT INTO events (id, stream_id, revision, type, schema_version, case_id, la,
   occurred_at, recorded_at, actor, correlation_id, causation_id, reason, data, hash, prev_hash)
 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** One record as the 16 values of SQLITE_INSERT_SQL. */
export function sqliteInsertValues(r: EventRecord): unknown[] {
  return [
    r.id,
    r.streamId,
    r.revision,
    r.type,
    r.schemaVersion,
    r.caseId,
    r.la,
    r.occurredAt,
    r.recordedAt,
    JSON.stringify(r.actor),
    r.correlationId,
    r.causationId,
    r.reason ?? null,
    JSON.stringify(r.data),
    r.hash,
    r.prevHash,
  ];
}

/** Prepared once per connection: preparing on every call cost a quarter of read throughput. */
function prepareStatements(db: Database.Database) {
  return {
    streamHead: db.prepare('SELECT MAX(revision) AS r FROM events WHERE stream_id = ?'),
    insert: db.prepare(SQLITE_INSERT_SQL),
    // Rows as arrays of COLUMNS (raw): see COLUMNS.
    stream: db.prepare(`${SELECT} WHERE stream_id = ? ORDER BY revision`).raw(true),
    last: db.prepare(`${SELECT} WHERE stream_id = ? ORDER BY revision DESC LIMIT 1`).raw(true),
    after: db.prepare(`${SELECT} WHERE position > ? ORDER BY position LIMIT ?`).raw(true),
    head: db.prepare('SELECT MAX(position) AS p FROM events'),
  };
}

/** One stored row and its envelope, for reading a copy of the store row by row (docs/audit-export.md). */
export type SqliteEventRow = Row;
export const sqliteRowToEvent: (row: SqliteEventRow) => StoredEvent = toStored;
