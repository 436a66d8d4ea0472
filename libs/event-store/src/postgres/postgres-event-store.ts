import { EventEmitter } from 'node:events';
import pg from 'pg';
import { ConcurrencyError, EventRecord, ExpectedRevision, StoredEvent } from '@send/kernel';
import { AppendResult, BatchHandler, EventHandler, EventStore, SubscribeOptions, Subscription } from '../event-store.port.js';
import { type PollingSource, pollingBatchSubscription, pollingSubscription } from '../polling-subscription.js';
import { STREAM_REVISION_CONSTRAINT, advisoryKey, ensureSchema, notifyChannel, quoteIdent } from './postgres-schema.js';
import { readAllRows, readRows } from '../unreadable-event.js';

export interface PostgresEventStoreOptions {
  /** Schema holding the events table; default 'public'. */
  readonly schema?: string;
  /** How often subscriptions poll when nothing wakes them; default 250 ms. */
  readonly pollMs?: number;
  /**
   * LISTEN on a dedicated connection so appends by other processes wake subscriptions at once instead of
   * at the next poll. Default true; without it delivery still happens, within pollMs.
   */
  readonly listen?: boolean;
}

interface Row {
  position: string;
  id: string;
  stream_id: string;
  revision: number;
  type: string;
  schema_version: number;
  case_id: string;
  la: string;
  occurred_at: string;
  recorded_at: string;
  actor: StoredEvent['actor'];
  correlation_id: string;
  causation_id: string;
  reason: string | null;
  data: unknown;
  hash: string;
  prev_hash: string;
}

function toStored(row: Row): StoredEvent {
  return {
    id: row.id,
    type: row.type,
    schemaVersion: row.schema_version,
    streamId: row.stream_id,
    revision: row.revision,
    // BIGINT arrives as a string (it may exceed 2^53); the port's positions are bigint anyway.
    position: BigInt(row.position),
    caseId: row.case_id,
    la: row.la,
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at,
    actor: row.actor,
    correlationId: row.correlation_id,
    causationId: row.causation_id,
    ...(row.reason === null ? {} : { reason: row.reason }),
    data: row.data,
    hash: row.hash,
    prevHash: row.prev_hash,
  };
}

function json(value: unknown, what: string): string {
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError(`${what} is not JSON-serialisable and cannot be stored`);
  return text;
}

/**
 * PostgreSQL store.
 *
 * Global order without gaps that fill in later: every append takes one transaction-level advisory lock
 * (per schema) BEFORE its INSERT draws positions from the identity, and holds it until COMMIT/ROLLBACK.
 * So positions are drawn in commit order: a transaction can only draw after the previous drawer has
 * committed (and become visible) or rolled back. A reader that sees position p therefore already sees every
 * committed position below p, and `readAll(after)` can never step past an event that appears later with a
 * smaller position (the bigserial gap problem). A rollback leaves a permanent hole, which is harmless.
 * The alternative — storing pg_current_xact_id() and reading only below the snapshot's xmin — lets
 * writers run in parallel, but xid order is not position order, so it needs (xid, position) checkpoints
 * that do not fit the port's single bigint, and any long-running transaction anywhere stalls every reader.
 * The price of the lock is that appends to one schema are serialised; each holds it for a few ms.
 *
 * The same lock makes the expected-revision check safe: the check reads MAX(revision) after acquiring it,
 * under READ COMMITTED, so it sees every earlier append. The unique (stream_id, revision) constraint stays
 * as a backstop for writers that bypass this class, and its violation is mapped to ConcurrencyError too.
 */
export class PostgresEventStore implements EventStore {
  private readonly pool: pg.Pool;
  private readonly ownsPool: boolean;
  private readonly schema: string;
  private readonly table: string;
  private readonly lockKey: string;
  private readonly channel: string;
  private readonly appended = new EventEmitter();
  private readonly subscriptions = new Set<Subscription>();
  private sequence = 0;
  /** The last position of this store's own latest append, and the appends still waiting for their answer (see wakeFor). */
  private appendedUpTo = 0n;
  private readonly appending = new Set<Promise<void>>();
  private listener?: Promise<pg.Client | undefined>;
  private closed = false;

  constructor(
    poolOrUrl: pg.Pool | string,
    private readonly options: PostgresEventStoreOptions = {},
  ) {
    this.ownsPool = typeof poolOrUrl === 'string';
    this.pool = typeof poolOrUrl === 'string' ? new pg.Pool({ connectionString: poolOrUrl }) : poolOrUrl;
    // An idle pooled connection that dies emits 'error' on the pool; unhandled, that would crash the process.
    if (this.ownsPool) this.pool.on('error', () => undefined);
    this.schema = options.schema ?? 'public';
    this.table = `${quoteIdent(this.schema)}.events`;
    this.lockKey = advisoryKey(this.schema);
    this.channel = notifyChannel(this.schema);
    this.appended.setMaxListeners(0);
  }

  /** Constructs the store and creates its table if missing. */
  static async open(poolOrUrl: pg.Pool | string, options: PostgresEventStoreOptions = {}): Promise<PostgresEventStore> {
    const store = new PostgresEventStore(poolOrUrl, options);
    try {
      await store.init();
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  /** Idempotent: CREATE ... IF NOT EXISTS. Numbered migrations can replace this later. */
  init(): Promise<void> {
    return ensureSchema(this.pool, this.schema);
  }

  /**
   * One round trip: `events_append` (postgres-schema.ts) takes the lock, reads the head, and inserts and notifies
   * only if the rows continue it, all in the statement's own transaction. Under READ COMMITTED (PostgreSQL's
   * default, and what the check is written for) the head is read after the lock is held. A database whose default
   * is stricter would read an older head; the unique (stream_id, revision) constraint still refuses the duplicate
   * revision (as ConcurrencyError below, or a serialization failure under SERIALIZABLE).
   */
  async append(streamId: string, expected: ExpectedRevision, records: readonly EventRecord[]): Promise<AppendResult> {
    // In flight until appendedUpTo has moved (or the append failed): a NOTIFY may arrive before the answer does.
    const appended = this.appendNow(streamId, expected, records);
    const settled = appended.then(
      () => undefined,
      () => undefined,
    );
    this.appending.add(settled);
    void settled.then(() => this.appending.delete(settled));
    return appended;
  }

  private async appendNow(streamId: string, expected: ExpectedRevision, records: readonly EventRecord[]): Promise<AppendResult> {
    if (records.length === 0 || !continues(streamId, expected, records)) {
      const actual = await this.currentRevision(this.pool, streamId);
      if (records.length > 0 || !matches(expected, actual)) throw new ConcurrencyError(streamId, expected, actual);
      return { revision: actual === 'no-stream' ? -1 : actual, position: 0n };
    }
    const columns: unknown[][] = Array.from({ length: 16 }, () => []);
    for (const r of records) {
      [
        r.id,
        r.streamId,
        r.revision,
        r.type,
        r.schemaVersion,
        r.caseId,
        r.la,
        r.occurredAt,
        r.recordedAt,
        json(r.actor, 'actor'),
        r.correlationId,
        r.causationId,
        r.reason ?? null,
        json(r.data, `data of ${r.id}`),
        r.hash,
        r.prevHash,
      ].forEach((value, c) => columns[c].push(value));
    }
    let row: { head: number | null; last_position: string | null };
    try {
      const { rows } = await this.pool.query<typeof row>({
        // Named, so each connection parses and plans it once.
        name: `${this.channel}_append`,
        text: `SELECT head, last_position FROM ${quoteIdent(this.schema)}.events_append(${Array.from({ length: 20 }, (_, i) => `$${i + 1}`).join(', ')})`,
        values: [this.lockKey, streamId, records[0].revision - 1, this.channel, ...columns],
      });
      row = rows[0];
    } catch (error) {
      if (error instanceof pg.DatabaseError && error.code === '23505' && error.constraint === STREAM_REVISION_CONSTRAINT) {
        throw new ConcurrencyError(streamId, expected, await this.currentRevision(this.pool, streamId));
      }
      throw error;
    }
    if (row.last_position === null) throw new ConcurrencyError(streamId, expected, row.head === null ? 'no-stream' : row.head);
    const position = BigInt(row.last_position);
    if (position > this.appendedUpTo) this.appendedUpTo = position;
    this.bump();
    return { revision: records[records.length - 1].revision, position };
  }

  private async currentRevision(db: pg.Pool | pg.PoolClient, streamId: string): Promise<number | 'no-stream'> {
    const { rows } = await db.query<{ r: number | null }>(`SELECT max(revision) AS r FROM ${this.table} WHERE stream_id = $1`, [
      streamId,
    ]);
    return rows[0].r === null ? 'no-stream' : rows[0].r;
  }

  async readStream(streamId: string): Promise<StoredEvent[]> {
    const { rows } = await this.pool.query<Row>(`SELECT * FROM ${this.table} WHERE stream_id = $1 ORDER BY revision`, [streamId]);
    return readRows(rows, toStored);
  }

  async readLast(streamId: string): Promise<StoredEvent | undefined> {
    const { rows } = await this.pool.query<Row>(
      `SELECT * FROM ${this.table} WHERE stream_id = $1 ORDER BY revision DESC LIMIT 1`,
      [streamId],
    );
    return rows.length === 0 ? undefined : toStored(rows[0]);
  }

  async readAll(after: bigint, limit: number): Promise<StoredEvent[]> {
    const { rows } = await this.pool.query<Row>(
      `SELECT * FROM ${this.table} WHERE position > $1::bigint ORDER BY position LIMIT $2`,
      [after.toString(), limit],
    );
    return readAllRows(rows, toStored);
  }

  async headPosition(): Promise<bigint> {
    const { rows } = await this.pool.query<{ p: string }>(`SELECT coalesce(max(position), 0) AS p FROM ${this.table}`);
    return BigInt(rows[0].p);
  }

  subscribeToAll(after: bigint, handler: EventHandler, options?: SubscribeOptions): Subscription {
    return this.subscribe((source, onError) => pollingSubscription(source, after, handler, onError), options);
  }

  subscribeToAllInBatches(after: bigint, handler: BatchHandler, options?: SubscribeOptions): Subscription {
    return this.subscribe((source, onError) => pollingBatchSubscription(source, after, handler, onError), options);
  }

  private subscribe(
    start: (source: PollingSource, options: SubscribeOptions & { pollMs?: number }) => Subscription,
    options?: SubscribeOptions,
  ): Subscription {
    this.startListening();
    const inner = start(
      {
        readAll: (a, l) => this.readAll(a, l),
        appendSequence: () => this.sequence,
        waitForAppend: (ms, since) => this.waitForAppend(ms, since),
      },
      {
        pollMs: this.options.pollMs,
        onError: (error, event) => {
          this.subscriptions.delete(subscription);
          options?.onError?.(error, event);
        },
      },
    );
    const subscription: Subscription = {
      stop: async () => {
        this.subscriptions.delete(subscription);
        const stopped = inner.stop();
        // Wake the loop if it is parked in waitForAppend, so stop() does not wait out a whole poll interval.
        this.appended.emit('append');
        await stopped;
      },
    };
    this.subscriptions.add(subscription);
    return subscription;
  }

  /**
   * A NOTIFY wakes the subscriptions unless it is for an append at or before this store's own latest one: that
   * append woke them already, and positions follow commit order under the append lock, so whatever they read
   * after it holds this one too. Without the check every own append woke each subscription twice, the second
   * time for an empty read. An empty or unreadable payload (an older events_append) is always a wake.
   */
  private wakeFor(payload: string | undefined): void {
    const woken = payload !== undefined && /^\d+$/.test(payload) && BigInt(payload) <= this.appendedUpTo;
    if (!woken) this.bump();
  }

  private bump(): void {
    this.sequence += 1;
    this.appended.emit('append');
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

  /**
   * One LISTEN connection per store, opened with the pool's settings but outside the pool so it never takes
   * a slot appends need. If it cannot connect or later fails, subscriptions fall back to polling.
   */
  private startListening(): void {
    if (this.options.listen === false || this.listener || this.closed) return;
    const client = new pg.Client(this.pool.options);
    client.on('error', () => undefined);
    client.on('notification', (message) => {
      if (message.channel !== this.channel) return;
      // The notification of an own append can overtake its answer: decide once the appends in flight now are done.
      const inFlight = [...this.appending];
      if (inFlight.length === 0) this.wakeFor(message.payload);
      else void Promise.all(inFlight).then(() => this.wakeFor(message.payload));
    });
    this.listener = client
      .connect()
      .then(() => client.query(`LISTEN ${quoteIdent(this.channel)}`))
      .then(() => client)
      .catch(async () => {
        await client.end().catch(() => undefined);
        return undefined;
      });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // Stop subscriptions first so no poll runs against an ended pool.
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    const listener = await this.listener;
    await listener?.end().catch(() => undefined);
    if (this.ownsPool) await this.pool.end();
  }
}

function matches(expected: ExpectedRevision, actual: number | 'no-stream'): boolean {
  if (expected === 'any') return true;
  return expected === actual;
}

/** Whether the records are the stream's next revisions in order, starting where `expected` says the head is. */
function continues(streamId: string, expected: ExpectedRevision, records: readonly EventRecord[]): boolean {
  const first = records[0].revision;
  if (expected !== 'any' && first !== (expected === 'no-stream' ? 0 : expected + 1)) return false;
  return records.every((r, i) => r.streamId === streamId && r.revision === first + i);
}

/** One stored row and its envelope, for reading a copy of the store row by row (docs/audit-export.md). */
export type PostgresEventRow = Row;
export const postgresRowToEvent: (row: PostgresEventRow) => StoredEvent = toStored;
