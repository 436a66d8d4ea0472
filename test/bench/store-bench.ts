import Database from 'better-sqlite3';
import { join } from 'node:path';
import { EventRecord } from '@send/kernel';
import { SqliteEventStore } from '@send/event-store';
import { AppendOp, EVENTS_DDL, INSERT_SQL, appendOps, buildStreams, insertValues } from './records.js';
import { perSecond, prng, progress, timed } from './stats.js';

export interface Throughput {
  /** Units (events, rows, streams) done in the timed region. */
  readonly count: number;
  readonly ms: number;
  readonly perSecond: number;
}

export interface StoreResults {
  readonly events: number;
  readonly streams: number;
  readonly buildRecordsPerSecond: number;
  readonly append1: { store: Throughput; raw: Throughput; rawNoFsync: Throughput };
  readonly append10: { store: Throughput; raw: Throughput };
  readonly readStream: { calls: number; store: Throughput; raw: Throughput; eventsPerCall: number };
  readonly readAll: { passes: number; page: number; store: Throughput; raw: Throughput };
}

/** Appends per block when the sides are interleaved. */
const BLOCK = 1_000;

function result(count: number, ms: number): Throughput {
  return { count, ms, perSecond: perSecond(count, ms) };
}

function countEvents(ops: readonly AppendOp[]): number {
  return ops.reduce((n, op) => n + op.records.length, 0);
}

/** Opens a file the way SqliteEventStore does: WAL, the given synchronous level, same schema. */
function openRaw(file: string, synchronous: 'FULL' | 'NORMAL' = 'FULL'): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma('busy_timeout = 5000');
  db.exec(EVENTS_DDL);
  return db;
}

function rowCount(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

interface Appender {
  run(ops: readonly AppendOp[]): Promise<void>;
  close(): Promise<void>;
}

/** The system under test: SqliteEventStore.append, awaited one at a time. */
function storeAppender(file: string): Appender {
  const store = new SqliteEventStore(file);
  return {
    async run(ops) {
      for (const op of ops) await store.append(op.streamId, op.expected, op.records);
    },
    close: () => store.close(),
  };
}

/** The physical floor: one prepared INSERT per row, one BEGIN IMMEDIATE … COMMIT per append. */
function rawAppender(file: string, synchronous: 'FULL' | 'NORMAL' = 'FULL'): Appender {
  const db = openRaw(file, synchronous);
  const insert = db.prepare(INSERT_SQL);
  const tx = db.transaction((records: readonly EventRecord[]) => {
    for (const r of records) insert.run(...insertValues(r));
  });
  return {
    async run(ops) {
      for (const op of ops) tx.immediate(op.records);
    },
    async close() {
      db.close();
    },
  };
}

/**
 * Runs the same appends through each side, each into its own fresh file, interleaved in blocks (and
 * alternating which side goes first) so that drift in the disk's fsync latency falls on all sides alike.
 */
async function interleaved(ops: readonly AppendOp[], block: number, sides: Appender[]): Promise<Throughput[]> {
  const spent = sides.map(() => 0);
  for (let from = 0, round = 0; from < ops.length; from += block, round++) {
    const chunk = ops.slice(from, from + block);
    const order = sides.map((_, i) => i);
    if (round % 2 === 1) order.reverse();
    for (const i of order) spent[i] += await timed(() => sides[i].run(chunk));
  }
  for (const side of sides) await side.close();
  return spent.map((ms) => result(countEvents(ops), ms));
}

async function warmUp(side: Appender, ops: readonly AppendOp[]): Promise<void> {
  await side.run(ops);
  await side.close();
}

function check(file: string, expected: number, what: string): void {
  const n = rowCount(file);
  if (n !== expected) throw new Error(`${what}: expected ${expected} rows in ${file}, found ${n}`);
}

export async function runStoreBench(
  dir: string,
  opts: { streams: number; perStream: number; readStreamCalls: number; readAllPasses: number },
): Promise<StoreResults> {
  const { streams, perStream } = opts;
  const events = streams * perStream;

  progress(`building ${events.toLocaleString('en-GB')} records (${streams} streams × ${perStream}) with buildRecords`);
  let all: ReturnType<typeof buildStreams> = [];
  const buildMs = await timed(() => {
    all = buildStreams(streams, perStream);
  });
  const warm = buildStreams(100, 10);
  const warm1 = appendOps(warm, 1);
  const warm10 = appendOps(warm, 10);
  const ops1 = appendOps(all, 1);
  const ops10 = appendOps(all, 10);
  let w = 0;
  const scratch = () => join(dir, `warmup-${w++}.sqlite`);

  const f = (name: string) => join(dir, `${name}.sqlite`);
  progress('append, 1 event per append: SqliteEventStore, raw better-sqlite3 (FULL) and raw (NORMAL), interleaved');
  await warmUp(storeAppender(scratch()), warm1);
  await warmUp(rawAppender(scratch()), warm1);
  await warmUp(rawAppender(scratch(), 'NORMAL'), warm1);
  const [store1, raw1, rawNoFsync] = await interleaved(ops1, BLOCK, [
    storeAppender(f('store-1')),
    rawAppender(f('raw-1')),
    rawAppender(f('raw-1-normal'), 'NORMAL'),
  ]);
  for (const name of ['store-1', 'raw-1', 'raw-1-normal']) check(f(name), events, name);

  progress('append, 10 events per append: SqliteEventStore and raw better-sqlite3, interleaved');
  await warmUp(storeAppender(scratch()), warm10);
  await warmUp(rawAppender(scratch()), warm10);
  const [store10, raw10] = await interleaved(ops10, BLOCK / 10, [storeAppender(f('store-10')), rawAppender(f('raw-10'))]);
  for (const name of ['store-10', 'raw-10']) check(f(name), events, name);

  // Reads run against the log the one-event-per-append run wrote.
  const file = join(dir, 'store-1.sqlite');
  const ids = all.map((s) => s[0].streamId);
  const pick = (seed: number, n: number) => {
    const rnd = prng(seed);
    return Array.from({ length: n }, () => ids[Math.floor(rnd() * ids.length)]);
  };
  const picks = pick(42, opts.readStreamCalls);
  const warmPicks = pick(7, 500);
  const page = 500;

  progress(
    `readStream × ${opts.readStreamCalls} random streams, readAll × ${opts.readAllPasses} passes: SqliteEventStore and raw SELECT, interleaved`,
  );
  const store = new SqliteEventStore(file);
  const db = openRaw(file);
  const byStream = db.prepare('SELECT * FROM events WHERE stream_id = ? ORDER BY revision');
  const byPosition = db.prepare('SELECT * FROM events WHERE position > ? ORDER BY position LIMIT ?');
  const storeStreams = async (ids: readonly string[]) => {
    let n = 0;
    for (const id of ids) n += (await store.readStream(id)).length;
    return n;
  };
  const rawStreams = async (ids: readonly string[]) => {
    let n = 0;
    for (const id of ids) n += byStream.all(id).length;
    return n;
  };
  const storeReadAll = async () => {
    let n = 0;
    let after = 0n;
    for (;;) {
      const batch = await store.readAll(after, page);
      if (batch.length === 0) return n;
      n += batch.length;
      after = batch[batch.length - 1].position;
    }
  };
  const rawReadAll = async () => {
    let n = 0;
    let after = 0;
    for (;;) {
      const batch = byPosition.all(after, page) as { position: number }[];
      if (batch.length === 0) return n;
      n += batch.length;
      after = batch[batch.length - 1].position;
    }
  };
  // Warm-up, then both sides in alternating blocks (which side goes first alternates too).
  await storeStreams(warmPicks);
  await rawStreams(warmPicks);
  await storeReadAll();
  await rawReadAll();
  let storeStreamEvents = 0,
    rawStreamEvents = 0,
    storeStreamMs = 0,
    rawStreamMs = 0;
  for (let from = 0, round = 0; from < picks.length; from += BLOCK, round++) {
    const chunk = picks.slice(from, from + BLOCK);
    const sides = [
      async () => {
        const t = performance.now();
        storeStreamEvents += await storeStreams(chunk);
        storeStreamMs += performance.now() - t;
      },
      async () => {
        const t = performance.now();
        rawStreamEvents += await rawStreams(chunk);
        rawStreamMs += performance.now() - t;
      },
    ];
    if (round % 2 === 1) sides.reverse();
    for (const side of sides) await side();
  }
  let storeAllEvents = 0,
    rawAllEvents = 0,
    storeAllMs = 0,
    rawAllMs = 0;
  for (let pass = 0; pass < opts.readAllPasses; pass++) {
    const sides = [
      async () => {
        const t = performance.now();
        storeAllEvents += await storeReadAll();
        storeAllMs += performance.now() - t;
      },
      async () => {
        const t = performance.now();
        rawAllEvents += await rawReadAll();
        rawAllMs += performance.now() - t;
      },
    ];
    if (pass % 2 === 1) sides.reverse();
    for (const side of sides) await side();
  }
  await store.close();
  db.close();

  if (storeStreamEvents !== rawStreamEvents || storeStreamEvents !== opts.readStreamCalls * perStream) {
    throw new Error(
      `readStream read ${storeStreamEvents} events, raw ${rawStreamEvents}, expected ${opts.readStreamCalls * perStream}`,
    );
  }
  if (storeAllEvents !== rawAllEvents || storeAllEvents !== events * opts.readAllPasses) {
    throw new Error(`readAll read ${storeAllEvents} events, raw ${rawAllEvents}, expected ${events * opts.readAllPasses}`);
  }

  return {
    events,
    streams,
    buildRecordsPerSecond: perSecond(events, buildMs),
    append1: { store: store1, raw: raw1, rawNoFsync },
    append10: { store: store10, raw: raw10 },
    readStream: {
      calls: opts.readStreamCalls,
      eventsPerCall: perStream,
      store: result(storeStreamEvents, storeStreamMs),
      raw: result(rawStreamEvents, rawStreamMs),
    },
    readAll: {
      passes: opts.readAllPasses,
      page,
      store: result(storeAllEvents, storeAllMs),
      raw: result(rawAllEvents, rawAllMs),
    },
  };
}
