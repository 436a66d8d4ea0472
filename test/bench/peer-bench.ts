import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DomainEvent, EventRecord } from '@send/kernel';
import { EventContext, EventStore, SqliteEventStore, buildRecords } from '@send/event-store';
import { PostgresEventStore } from '../../libs/event-store/src/postgres/index.js';
import { appendOps, buildStreams } from './records.js';
import { type Throughput } from './store-bench.js';
import { perSecond, prng, progress } from './stats.js';
import { shownUrl } from './kafka-bench.js';
import { renderPeer } from './report-peer.js';

/**
 * The product's stores against a peer, Emmett, on the same workload in the same run: appends of one and of
 * ten events with the expected revision, then whole-stream reads, on SQLite (same disk) and PostgreSQL
 * (same server). The product builds its records (ids, canonical JSON, SHA-256 hash chain) inside the timed
 * loop, so the chain's cost counts against it; Emmett gets the same type, data and envelope fields as its
 * event's data and metadata.
 */

export interface PeerOptions {
  readonly streams: number;
  readonly perStream: number;
  readonly readStreamCalls: number;
}

/** One side's figures for one backend. */
export interface PeerSide {
  readonly name: string;
  readonly append1: Throughput;
  readonly append10: Throughput;
  readonly readStream: Throughput;
}

export interface PeerBackend {
  readonly product: PeerSide;
  /** Emmett's event store as its factory builds it. */
  readonly emmett: PeerSide;
  /** Emmett's own append/read functions on one connection held open (SQLite only: its store opens one per call). */
  readonly emmettOneConnection?: PeerSide;
  readonly emmettVersion: string;
  /** Emmett appends retried after a transient SQLITE_BUSY on commit (warm-ups included), by side name. */
  readonly retries: Record<string, number>;
  /** Durability as each side's connection reports it. */
  readonly settings: Record<string, string>;
}

export type PeerPart = { readonly ran: true; readonly value: PeerBackend } | { readonly ran: false; readonly reason: string };

export interface PeerResults {
  readonly events: number;
  /** Appends (or reads) per interleaved block. */
  readonly block: number;
  readonly streams: number;
  readonly sqlite: PeerPart;
  readonly postgres: PeerPart;
}

/**
 * Appends (or reads) per block when the sides are interleaved; a tenth of it for ten-event appends. Smaller than the
 * store section's blocks: this section runs longer, so finer turns spread drift in the machine's load more evenly.
 */
const PEER_BLOCK = 200;

interface EmmettEvent {
  readonly type: string;
  readonly data: unknown;
  readonly metadata: Record<string, unknown>;
}
interface EmmettStore {
  appendToStream(stream: string, events: EmmettEvent[], options: { expectedStreamVersion: bigint }): Promise<unknown>;
  readStream(stream: string): Promise<{ events: unknown[] }>;
  close?(): Promise<void>;
}
interface EmmettSqliteConnection {
  close(): void;
  command(sql: string): Promise<unknown>;
  querySingle<T>(sql: string): Promise<T | null>;
}
interface EmmettSqlite {
  getSQLiteEventStore(options: { fileName: string }): EmmettStore;
  sqliteConnection(options: { fileName: string }): EmmettSqliteConnection;
  createEventStoreSchema(connection: EmmettSqliteConnection): Promise<void>;
  appendToStream(
    connection: EmmettSqliteConnection,
    stream: string,
    streamType: string,
    events: EmmettEvent[],
    options: { expectedStreamVersion: bigint },
  ): Promise<{ success: boolean }>;
  readStream(connection: EmmettSqliteConnection, stream: string): Promise<{ events: unknown[] }>;
}
interface EmmettPostgres {
  getPostgreSQLEventStore(url: string): EmmettStore & { schema: { migrate(): Promise<unknown> }; close(): Promise<void> };
}

/** One append as each side receives it, prepared before any timing. */
interface PeerOp {
  readonly streamId: string;
  readonly expected: number | 'no-stream';
  readonly events: DomainEvent[];
  readonly ctx: EventContext;
  readonly emmett: EmmettEvent[];
  /** Emmett counts a stream's version in events (0 = no stream), the product in revisions (last one's index). */
  readonly emmettExpected: bigint;
}

interface Side {
  readonly name: string;
  append(op: PeerOp): Promise<void>;
  read(streamId: string): Promise<number>;
  close(): Promise<void>;
}

const peersDir = (name: string) => fileURLToPath(new URL(`../../../test/bench/peers/${name}`, import.meta.url));

/** Installs a peer package from its lockfile the first time, then loads it from there (its core version is its own). */
function loadPeer<T>(name: string, main: string): { module: T; version: string } {
  const dir = peersDir(name);
  if (!existsSync(join(dir, 'node_modules'))) {
    progress(`installing ${name} (npm ci --prefix ${dir})`);
    execFileSync('npm', ['ci', '--prefix', dir, '--no-audit', '--no-fund'], {
      stdio: ['ignore', process.stderr, process.stderr],
    });
  }
  const require = createRequire(join(dir, 'package.json'));
  const pkg = JSON.parse(readFileSync(join(dir, 'node_modules', main, 'package.json'), 'utf8')) as { version: string };
  return { module: require(main) as T, version: `${main}@${pkg.version}` };
}

function peerOps(streams: readonly EventRecord[][], batch: number): PeerOp[] {
  return appendOps(streams, batch).map((op) => {
    const first = op.records[0];
    const ctx: EventContext = {
      caseId: first.caseId,
      la: first.la,
      actor: first.actor,
      correlationId: first.correlationId,
      causationId: first.causationId,
      occurredAt: first.occurredAt,
      recordedAt: new Date(first.recordedAt),
    };
    const meta = {
      caseId: ctx.caseId,
      la: ctx.la,
      occurredAt: ctx.occurredAt,
      recordedAt: first.recordedAt,
      actor: ctx.actor,
      correlationId: ctx.correlationId,
      causationId: ctx.causationId,
    };
    return {
      streamId: op.streamId,
      expected: op.expected,
      events: op.records.map((r) => ({ type: r.type, data: r.data })),
      ctx,
      emmett: op.records.map((r) => ({ type: r.type, data: r.data, metadata: meta })),
      emmettExpected: op.expected === 'no-stream' ? 0n : BigInt(op.expected + 1),
    };
  });
}

/** The product: records built (hash chain continued from the last append) and appended inside the timed region. */
function productSide(name: string, store: EventStore): Side {
  const heads = new Map<string, { revision: number; hash: string }>();
  return {
    name,
    async append(op) {
      const records = buildRecords(op.streamId, heads.get(op.streamId), op.events, op.ctx);
      await store.append(op.streamId, op.expected, records);
      heads.set(op.streamId, records[records.length - 1]);
    },
    read: async (id) => (await store.readStream(id)).length,
    close: () => store.close(),
  };
}

/**
 * Emmett's SQLite connection commits while node-sqlite3 may still be finalising the append's last statement, and
 * that commit then fails with SQLITE_BUSY ("SQL statements in progress") and rolls back. A caller would retry such
 * an append, so the bench does, at most MAX_TRIES times, inside the timed region, and counts the retries.
 */
const MAX_TRIES = 5;
const isBusy = (error: unknown) => error instanceof Error && (error as { code?: string }).code === 'SQLITE_BUSY';

async function withRetries(retries: { count: number }, body: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await body();
      return;
    } catch (error) {
      if (!isBusy(error) || attempt === MAX_TRIES) throw error;
      retries.count += 1;
    }
  }
}

function emmettSide(name: string, store: EmmettStore, retries: { count: number }): Side {
  return {
    name,
    append: (op) =>
      withRetries(retries, () => store.appendToStream(op.streamId, op.emmett, { expectedStreamVersion: op.emmettExpected })),
    read: async (id) => (await store.readStream(id)).events.length,
    close: async () => store.close?.(),
  };
}

/** Emmett's own SQLite functions on one connection kept open, the way its store would run if it did not reopen per call. */
async function emmettConnectionSide(m: EmmettSqlite, file: string, retries: { count: number }): Promise<Side> {
  const connection = m.sqliteConnection({ fileName: file });
  await m.createEventStoreSchema(connection);
  const appendOnce = async (op: PeerOp) => {
    const result = await m.appendToStream(connection, op.streamId, op.streamId.split('-')[0], op.emmett, {
      expectedStreamVersion: op.emmettExpected,
    });
    if (!result.success) throw new Error(`Emmett rejected the append to ${op.streamId}`);
  };
  return {
    name: 'Emmett, one open connection',
    append: (op) => withRetries(retries, () => appendOnce(op)),
    read: async (id) => (await m.readStream(connection, id)).events.length,
    close: async () => connection.close(),
  };
}

function result(count: number, ms: number): Throughput {
  return { count, ms, perSecond: perSecond(count, ms) };
}

/** The sides take turns block by block, alternating who goes first, so drift (fsync latency, other load) falls on all. */
async function interleaved<T>(
  items: readonly T[],
  block: number,
  sides: readonly Side[],
  run: (side: Side, item: T) => Promise<number>,
) {
  const spent = sides.map(() => 0);
  const units = sides.map(() => 0);
  for (let from = 0, round = 0; from < items.length; from += block, round++) {
    const chunk = items.slice(from, from + block);
    const order = sides.map((_, i) => i);
    if (round % 2 === 1) order.reverse();
    for (const i of order) {
      const t = performance.now();
      for (const item of chunk) units[i] += await run(sides[i], item);
      spent[i] += performance.now() - t;
    }
  }
  return sides.map((_, i) => result(units[i], spent[i]));
}

const appendAll = (sides: readonly Side[], ops: readonly PeerOp[], block: number) =>
  interleaved(ops, block, sides, async (side, op) => {
    await side.append(op);
    return op.events.length;
  });

interface Backend {
  /** A fresh, empty store for each side, in the order product, Emmett[, Emmett one connection]. */
  open(run: string): Promise<Side[]>;
  /** Rows each side's store holds, to check nothing was lost or doubled. */
  count(run: string): Promise<number[]>;
}

async function runBackend(backend: Backend, opts: PeerOptions): Promise<Record<string, Throughput>[]> {
  const { streams, perStream } = opts;
  const all = buildStreams(streams, perStream);
  const warm = buildStreams(100, 10);
  const events = streams * perStream;
  const results: Record<string, Throughput>[] = [];
  const check = async (run: string) => {
    const counts = await backend.count(run);
    if (counts.some((n) => n !== events))
      throw new Error(`${run}: expected ${events} events on every side, found ${counts.join(', ')}`);
  };
  for (const [batch, name] of [
    [1, 'append1'],
    [10, 'append10'],
  ] as const) {
    const warmSides = await backend.open(`warm${batch}`);
    await appendAll(warmSides, peerOps(warm, batch), PEER_BLOCK / batch);
    for (const side of warmSides) await side.close();
    const sides = await backend.open(name);
    const figures = await appendAll(sides, peerOps(all, batch), PEER_BLOCK / batch);
    figures.forEach((f, i) => (results[i] = { ...results[i], [name]: f }));
    if (batch === 10) {
      for (const side of sides) await side.close();
      await check(name);
      continue;
    }
    // Reads run on the logs the one-event appends wrote, each side on its own.
    const ids = all.map((s) => s[0].streamId);
    const pick = (seed: number, n: number) => {
      const rnd = prng(seed);
      return Array.from({ length: n }, () => ids[Math.floor(rnd() * ids.length)]);
    };
    await interleaved(pick(7, 500), PEER_BLOCK, sides, (side, id) => side.read(id));
    const reads = await interleaved(pick(42, opts.readStreamCalls), PEER_BLOCK, sides, (side, id) => side.read(id));
    for (const [i, r] of reads.entries()) {
      if (r.count !== opts.readStreamCalls * perStream) {
        throw new Error(`${sides[i].name}: readStream returned ${r.count} events, expected ${opts.readStreamCalls * perStream}`);
      }
      results[i] = { ...results[i], readStream: r };
    }
    for (const side of sides) await side.close();
    await check(name);
  }
  return results;
}

function toSide(name: string, r: Record<string, Throughput>): PeerSide {
  return { name, append1: r.append1, append10: r.append10, readStream: r.readStream };
}

async function runSqlite(dir: string, opts: PeerOptions): Promise<PeerBackend> {
  const { module: m, version } = loadPeer<EmmettSqlite>('emmett-sqlite', '@event-driven-io/emmett-sqlite');
  const f = (run: string, side: string) => join(dir, `${run}-${side}.sqlite`);
  const storeRetries = { count: 0 };
  const connRetries = { count: 0 };
  const backend: Backend = {
    async open(run) {
      return [
        productSide('SqliteEventStore', new SqliteEventStore(f(run, 'product'))),
        emmettSide("Emmett's SQLite store", m.getSQLiteEventStore({ fileName: f(run, 'emmett') }), storeRetries),
        await emmettConnectionSide(m, f(run, 'emmett-conn'), connRetries),
      ];
    },
    async count(run) {
      const rows = (file: string, table: string) => {
        const db = new Database(file, { readonly: true });
        try {
          return (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
        } finally {
          db.close();
        }
      };
      return [
        rows(f(run, 'product'), 'events'),
        rows(f(run, 'emmett'), 'emt_messages'),
        rows(f(run, 'emmett-conn'), 'emt_messages'),
      ];
    },
  };
  // What each side's connection runs at: the product sets WAL + FULL; Emmett sets WAL and leaves synchronous at its build's default.
  const probe = m.sqliteConnection({ fileName: join(dir, 'probe.sqlite') });
  const emmettSync = await probe.querySingle<{ synchronous: number }>('PRAGMA synchronous');
  const emmettJournal = await probe.querySingle<{ journal_mode: string }>('PRAGMA journal_mode');
  probe.close();
  progress(`peer, SQLite: SqliteEventStore against ${version}, interleaved`);
  const [product, emmett, conn] = await runBackend(backend, opts);
  return {
    product: toSide('SqliteEventStore', product),
    emmett: toSide("Emmett's SQLite store", emmett),
    emmettOneConnection: toSide('Emmett, one open connection', conn),
    emmettVersion: version,
    retries: { "Emmett's SQLite store": storeRetries.count, 'Emmett, one open connection': connRetries.count },
    settings: {
      SqliteEventStore: 'journal_mode=WAL, synchronous=FULL',
      Emmett: `journal_mode=${emmettJournal?.journal_mode ?? '?'}, synchronous=${emmettSync?.synchronous === 2 ? 'FULL' : String(emmettSync?.synchronous)}`,
    },
  };
}

async function runPostgres(base: string, opts: PeerOptions): Promise<PeerBackend> {
  const { module: m, version } = loadPeer<EmmettPostgres>('emmett-postgresql', '@event-driven-io/emmett-postgresql');
  const prefix = `send_peer_${randomBytes(4).toString('hex')}`;
  const db = (run: string, side: string) => `${prefix}_${run}_${side}`;
  const url = (name: string) => `${base}/${name}`;
  const admin = new pg.Client({ connectionString: url('postgres') });
  await admin.connect();
  const created: string[] = [];
  const create = async (name: string) => {
    await admin.query(`CREATE DATABASE ${name}`);
    created.push(name);
  };
  const backend: Backend = {
    async open(run) {
      await create(db(run, 'product'));
      await create(db(run, 'emmett'));
      const emmett = m.getPostgreSQLEventStore(url(db(run, 'emmett')));
      await emmett.schema.migrate();
      return [
        productSide('PostgresEventStore', await PostgresEventStore.open(url(db(run, 'product')))),
        emmettSide("Emmett's PostgreSQL store", emmett, { count: 0 }),
      ];
    },
    async count(run) {
      const rows = async (name: string, table: string) => {
        const c = new pg.Client({ connectionString: url(name) });
        await c.connect();
        try {
          return Number((await c.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
        } finally {
          await c.end();
        }
      };
      return [await rows(db(run, 'product'), 'events'), await rows(db(run, 'emmett'), 'emt_messages')];
    },
  };
  try {
    const settings = (
      await admin.query<{ name: string; setting: string }>(
        "SELECT name, setting FROM pg_settings WHERE name IN ('synchronous_commit', 'fsync', 'server_version')",
      )
    ).rows;
    progress(`peer, PostgreSQL: PostgresEventStore against ${version}, interleaved`);
    const [product, emmett] = await runBackend(backend, opts);
    const server = Object.fromEntries(settings.map((s) => [s.name, s.setting]));
    return {
      product: toSide('PostgresEventStore', product),
      emmett: toSide("Emmett's PostgreSQL store", emmett),
      emmettVersion: version,
      retries: {},
      settings: {
        server: `PostgreSQL ${server.server_version} at ${shownUrl(base)}, fsync=${server.fsync}, synchronous_commit=${server.synchronous_commit} (both sides)`,
      },
    };
  } finally {
    for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

/** `npm run bench` runs the PostgreSQL half only when the server answers; a failure inside a run fails the bench. */
async function pgUnreachable(base: string): Promise<string | undefined> {
  const c = new pg.Client({ connectionString: `${base}/postgres`, connectionTimeoutMillis: 3_000 });
  try {
    await c.connect();
    await c.end();
    return undefined;
  } catch (error) {
    return `no PostgreSQL at ${shownUrl(base)} (${error instanceof Error ? error.message : String(error)})`;
  }
}

export async function runPeerBench(dir: string, opts: PeerOptions): Promise<PeerResults> {
  const base = process.env.PG_BASE_URL ?? 'postgres://postgres@127.0.0.1:5432';
  // Emmett reports a failed transaction with console.log; stdout carries only the report.
  const log = console.log;
  console.log = console.error;
  try {
    const sqlite: PeerPart = { ran: true, value: await runSqlite(dir, opts) };
    const reason = await pgUnreachable(base);
    const postgres: PeerPart =
      reason === undefined ? { ran: true, value: await runPostgres(base, opts) } : { ran: false, reason };
    return { events: opts.streams * opts.perStream, block: PEER_BLOCK, streams: opts.streams, sqlite, postgres };
  } finally {
    console.log = log;
  }
}

/** `node dist/test/bench/peer-bench.js`: this section alone (PEER_STREAMS sets the size), its Markdown on stdout. */
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = mkdtempSync(join(os.tmpdir(), 'send-peer-'));
  const opts = {
    streams: Number(process.env.PEER_STREAMS ?? 1_000),
    perStream: 20,
    readStreamCalls: Number(process.env.PEER_READS ?? 10_000),
  };
  runPeerBench(dir, opts)
    .then((results) => process.stdout.write(`${renderPeer(results, opts).join('\n')}\n`))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    })
    .finally(() => rmSync(dir, { recursive: true, force: true }));
}
