import { join } from 'node:path';
import { Column, DataSource, Entity, Index, PrimaryColumn } from 'typeorm';
import { SqliteEventStore, buildRecords } from '@send/event-store';
import type { StoredEvent } from '@send/kernel';
import { scratchDirectory } from '@send/testing';
import { CheckpointEntity } from './checkpoint.entity.js';
import { CATCH_UP_PAGE, SubscriptionRunner } from './subscription-runner.js';
import { TypeOrmProjection } from './typeorm-projection.js';

/**
 * The runner's lanes against a real SQLite file (docs/architecture.md "Read side"): projections on one database
 * apply each page of the log in one transaction; one that fails mid-page leaves nothing of the page behind, the
 * others carry on, and it catches up on its own once it can: every event applied once, none lost.
 */

/** Each projection has a table of its own, as in the product (reset() clears the table). */
function tallyTable(table: string) {
  @Entity(table)
  class TallyEntity {
    @PrimaryColumn({ type: 'varchar', length: 100 }) key!: string;
    @Column({ type: 'integer' }) count!: number;
    @Column({ type: 'text' }) seen!: string;
    @Column({ type: 'varchar', length: 30 }) lastPosition!: string;
  }
  return TallyEntity;
}
const TABLES = {
  good: tallyTable('tally_good'),
  bad: tallyTable('tally_bad'),
  a: tallyTable('tally_a'),
  b: tallyTable('tally_b'),
};
/** A table with secondary indexes, as the deadline register's: one column never changes, one now and then. */
function indexedTable(table: string) {
  @Entity(table)
  @Index(`IDX_${table}_stream`, ['stream'])
  @Index(`IDX_${table}_phase`, ['phase', 'stream'])
  class SlotEntity {
    @PrimaryColumn({ type: 'varchar', length: 100 }) key!: string;
    @Column({ type: 'varchar', length: 100 }) stream!: string;
    @Column({ type: 'integer' }) phase!: number;
    @Column({ type: 'integer' }) count!: number;
    @Column({ type: 'text' }) seen!: string;
    @Column({ type: 'varchar', length: 30 }) lastPosition!: string;
  }
  return SlotEntity;
}
const SLOTS = { rebuilt: indexedTable('slots_rebuilt'), live: indexedTable('slots_live') };
const ENTITIES = [...Object.values(TABLES), ...Object.values(SLOTS), CheckpointEntity];
type Tally = { key: string; count: number; seen: string; lastPosition: string };
type Slot = { key: string; stream: string; phase: number; count: number; seen: string; lastPosition: string };

const dir = scratchDirectory('send-runner-');
const ctx = {
  caseId: 'c1',
  la: '202',
  actor: { id: 'u', role: 'caseworker' as const },
  correlationId: 'k',
  causationId: 'k',
  recordedAt: new Date('2026-01-01T00:00:00Z'),
};

/** Counts the events of each stream, keyed `<name>:<stream>`; `failOn` makes it throw on one event until cleared. */
function tally(db: DataSource, name: keyof typeof TABLES, failOn: { revision?: number }) {
  return new TypeOrmProjection<Tally>(db, {
    name,
    entity: TABLES[name],
    primaryKey: 'key',
    keyOf: (e) => `${name}:${e.streamId}`,
    evolve: (row: Tally | null, e: StoredEvent) => {
      if (e.revision === failOn.revision) throw new Error(`${name} cannot apply revision ${e.revision} yet`);
      return {
        key: `${name}:${e.streamId}`,
        count: (row?.count ?? 0) + 1,
        seen: `${row?.seen ?? ''}${e.revision},`,
        lastPosition: e.position.toString(),
      };
    },
  });
}

/** The read models' own connection to the store's file, as the embedded mode opens it. */
const readModels = (file: string) =>
  new DataSource({ type: 'better-sqlite3', database: file, enableWAL: true, entities: ENTITIES, synchronize: true }).initialize();

async function until(what: string, check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

it('a projection failing mid-page leaves the page unapplied, the others go on, and it catches up once, in order', async () => {
  const file = join(dir, 'lanes.sqlite');
  const store = new SqliteEventStore(file);
  const db = await readModels(file);
  // 30 events in one stream, appended before the runner starts, so that they arrive as one page.
  const records = buildRecords(
    's-1',
    undefined,
    Array.from({ length: 30 }, (_, n) => ({ type: 'Counted', data: { n } })),
    ctx,
  );
  await store.append('s-1', 'no-stream', records);
  const failing = { revision: 17 as number | undefined };
  const good = tally(db, 'good', {});
  const bad = tally(db, 'bad', failing);
  const runner = new SubscriptionRunner(store, [good, bad]);
  await runner.onApplicationBootstrap();
  const rows = async () => [...(await db.getRepository(TABLES.good).find()), ...(await db.getRepository(TABLES.bad).find())];
  try {
    await until('the good projection to apply the page', async () => (await rows()).some((r) => r.key === 'good:s-1'));
    // The bad one threw at revision 17: the shared transaction rolled back, and its own retry of the page too.
    expect((await rows()).find((r) => r.key === 'bad:s-1')).toBeUndefined();
    expect((await rows()).find((r) => r.key === 'good:s-1')?.count).toBe(30);
    expect(await good.checkpoint()).toBe(30n);
    expect(await bad.checkpoint()).toBe(0n);
    // A write now reaches the good projection without waiting for the bad one.
    const head = (await store.readStream('s-1')).at(-1)!;
    await store.append('s-1', 29, buildRecords('s-1', head, [{ type: 'Counted', data: { n: 30 } }], ctx));
    expect(await runner.waitFor(31n, 10_000, ['good'])).toBe(true);
    expect(runner.list().find((s) => s.name === 'bad')?.position).toBe('0');
    // The cause goes away: the bad projection catches up on its own, each event once and in order.
    failing.revision = undefined;
    expect(await runner.waitFor(31n, 10_000, ['bad'])).toBe(true);
    const bad1 = (await rows()).find((r) => r.key === 'bad:s-1')!;
    expect(bad1.count).toBe(31);
    expect(bad1.seen).toBe(Array.from({ length: 31 }, (_, n) => `${n},`).join(''));
    expect((await rows()).find((r) => r.key === 'good:s-1')?.count).toBe(31);
  } finally {
    await runner.onApplicationShutdown();
    await db.destroy();
    await store.close();
  }
});

it('rebuilds one projection of a lane from position 0 without applying anything twice to the others', async () => {
  const file = join(dir, 'rebuild.sqlite');
  const store = new SqliteEventStore(file);
  const db = await readModels(file);
  for (let s = 0; s < 3; s++)
    await store.append(
      `r-${s}`,
      'no-stream',
      buildRecords(
        `r-${s}`,
        undefined,
        Array.from({ length: 700 }, (_, n) => ({ type: 'Counted', data: { n } })),
        ctx,
      ),
    );
  const a = tally(db, 'a', {});
  const b = tally(db, 'b', {});
  const runner = new SubscriptionRunner(store, [a, b]);
  await runner.onApplicationBootstrap();
  try {
    expect(await runner.waitFor(2100n, 20_000)).toBe(true);
    expect(await runner.rebuild('a')).toEqual({ name: 'a', position: '2100' });
    const rows = [
      ...(await db.getRepository(TABLES.a).find({ order: { key: 'ASC' } })),
      ...(await db.getRepository(TABLES.b).find({ order: { key: 'ASC' } })),
    ];
    expect(rows.map((r) => [r.key, r.count])).toEqual([
      ['a:r-0', 700],
      ['a:r-1', 700],
      ['a:r-2', 700],
      ['b:r-0', 700],
      ['b:r-1', 700],
      ['b:r-2', 700],
    ]);
  } finally {
    await runner.onApplicationShutdown();
    await db.destroy();
    await store.close();
  }
});

/** A process that answers each 'Asked' a little later, in the same stream, caused by it. */
function answering(store: SqliteEventStore) {
  return {
    name: 'reactor',
    checkpoint: async () => 0n,
    handle: async (e: StoredEvent) => {
      if (e.type !== 'Asked') return;
      await new Promise((r) => setTimeout(r, 200));
      const head = (await store.readStream(e.streamId)).at(-1)!;
      await store.append(
        e.streamId,
        head.revision,
        buildRecords(e.streamId, head, [{ type: 'Answered', data: {} }], { ...ctx, causationId: e.id }),
      );
    },
  };
}

it("a write's wait covers what it set off: a reaction appended by a process is applied before the wait ends", async () => {
  const file = join(dir, 'reactions.sqlite');
  const store = new SqliteEventStore(file);
  const db = await readModels(file);
  const good = tally(db, 'good', {});
  const reactor = answering(store);
  const runner = new SubscriptionRunner(store, [good, reactor]);
  await runner.onApplicationBootstrap();
  try {
    const asked = buildRecords('q-1', undefined, [{ type: 'Asked', data: {} }], ctx);
    const { position } = await store.append('q-1', 'no-stream', asked);
    expect(await runner.caughtUpWith(position, [asked[0].id], 10_000)).toBe(true);
    expect((await db.getRepository(TABLES.good).findOneBy({ key: 'good:q-1' }))?.count).toBe(2);
  } finally {
    await runner.onApplicationShutdown();
    await db.destroy();
    await store.close();
  }
});

it('a write of types nothing reacts to ends its wait once it is applied; one a process reacts to still waits for the reaction', async () => {
  const file = join(dir, 'reactions-typed.sqlite');
  const store = new SqliteEventStore(file);
  const db = await readModels(file);
  const good = tally(db, 'good', {});
  const reactor = { ...answering(store), mayReactTo: (type: string) => type === 'Asked' };
  const runner = new SubscriptionRunner(store, [good, reactor]);
  await runner.onApplicationBootstrap();
  try {
    const told = buildRecords('q-2', undefined, [{ type: 'Told', data: {} }], ctx);
    const first = await store.append('q-2', 'no-stream', told);
    expect(await runner.caughtUpWith(first.position, [told[0].id], 10_000, ['Told'])).toBe(true);
    expect((await db.getRepository(TABLES.good).findOneBy({ key: 'good:q-2' }))?.count).toBe(1);

    const asked = buildRecords('q-3', undefined, [{ type: 'Asked', data: {} }], ctx);
    const second = await store.append('q-3', 'no-stream', asked);
    expect(await runner.caughtUpWith(second.position, [asked[0].id], 10_000, ['Asked'])).toBe(true);
    expect((await db.getRepository(TABLES.good).findOneBy({ key: 'good:q-3' }))?.count).toBe(2);
  } finally {
    await runner.onApplicationShutdown();
    await db.destroy();
    await store.close();
  }
});

/** Each stream's events spread over 40 rows; a row's phase (indexed) moves every third event it takes. */
function slots(db: DataSource, name: keyof typeof SLOTS, failOn: { position?: bigint } = {}) {
  const keyOf = (e: StoredEvent) => `${e.streamId}#${e.revision % 40}`;
  return new TypeOrmProjection<Slot>(db, {
    name: `slots-${name}`,
    entity: SLOTS[name],
    primaryKey: 'key',
    keyOf,
    evolve: (row: Slot | null, e: StoredEvent) => {
      if (e.position === failOn.position) throw new Error(`cannot apply position ${e.position} yet`);
      const count = (row?.count ?? 0) + 1;
      return {
        key: keyOf(e),
        stream: e.streamId,
        phase: Math.floor(count / 3),
        count,
        seen: `${row?.seen ?? ''}${e.revision},`,
        lastPosition: e.position.toString(),
      };
    },
  });
}

/** More than one large page of the log: 25 streams of 500 events. */
async function fillLarge(store: SqliteEventStore): Promise<bigint> {
  for (let s = 0; s < 25; s++)
    await store.append(
      `big-${s}`,
      'no-stream',
      buildRecords(
        `big-${s}`,
        undefined,
        Array.from({ length: 500 }, (_, n) => ({ type: 'Counted', data: { n } })),
        ctx,
      ),
    );
  const head = await store.headPosition();
  expect(head).toBeGreaterThan(BigInt(CATCH_UP_PAGE));
  return head;
}

/** The same log applied as a live system meets it: small batches of 1 to 37 events, each in its own transaction. */
async function applyLive(store: SqliteEventStore, projection: TypeOrmProjection<Slot>, head: bigint): Promise<void> {
  let after = 0n;
  for (let size = 1; after < head; size = (size % 37) + 1) {
    const page = await store.readAll(after, size);
    await projection.handleBatch(page);
    after = page[page.length - 1].position;
  }
}

/** A fresh file holding more than one large page of the log, and the `live` table as a live system left it. */
async function largeLog(name: string): Promise<{ file: string; store: SqliteEventStore; db: DataSource; head: bigint }> {
  const file = join(dir, `${name}.sqlite`);
  const store = new SqliteEventStore(file);
  const db = await readModels(file);
  const head = await fillLarge(store);
  await applyLive(store, slots(db, 'live'), head);
  return { file, store, db, head };
}

const rowsOf = async (db: DataSource, name: keyof typeof SLOTS) =>
  (await db.getRepository(SLOTS[name]).find({ order: { key: 'ASC' } })).map((r) => ({ ...r }));
const indexesOf = async (db: DataSource, table: string) =>
  (
    (await db.query(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name`, [
      table,
    ])) as { name: string }[]
  ).map((r) => r.name);

it('a rebuild from 0 in large pages leaves the rows that applying the log as it was written leaves, indexes included', async () => {
  const { store, db, head } = await largeLog('large');
  const rebuilt = slots(db, 'rebuilt');
  const runner = new SubscriptionRunner(store, [rebuilt]);
  await runner.onApplicationBootstrap();
  try {
    // The first start already applied the whole log from 0; the rebuild does it again from an emptied table.
    expect(await runner.waitFor(head, 60_000)).toBe(true);
    expect(await rowsOf(db, 'rebuilt')).toEqual(await rowsOf(db, 'live'));
    expect(await runner.rebuild('slots-rebuilt')).toEqual({ name: 'slots-rebuilt', position: head.toString() });
    const live = await rowsOf(db, 'live');
    expect(live).toHaveLength(25 * 40);
    expect(await rowsOf(db, 'rebuilt')).toEqual(live);
    expect(await indexesOf(db, 'slots_rebuilt')).toEqual(['IDX_slots_rebuilt_phase', 'IDX_slots_rebuilt_stream']);
    expect(await rebuilt.checkpoint()).toBe(head);
  } finally {
    await runner.onApplicationShutdown();
    await db.destroy();
    await store.close();
  }
});

it('a first start from 0 over a long log sets its indexes aside and has them back once it has caught up', async () => {
  const { store, db, head } = await largeLog('first-start');
  const fresh = slots(db, 'rebuilt');
  // What the table held when the catch-up came to build its indexes again.
  let before: string[] | undefined;
  const rebuilt = fresh.rebuilt.bind(fresh);
  fresh.rebuilt = async () => {
    before = await indexesOf(db, 'slots_rebuilt');
    await rebuilt();
  };
  const runner = new SubscriptionRunner(store, [fresh]);
  await runner.onApplicationBootstrap();
  try {
    await runner.caughtUp();
    expect(before).toEqual([]);
    expect(await indexesOf(db, 'slots_rebuilt')).toEqual(['IDX_slots_rebuilt_phase', 'IDX_slots_rebuilt_stream']);
    expect(await fresh.checkpoint()).toBe(head);
    expect(await rowsOf(db, 'rebuilt')).toEqual(await rowsOf(db, 'live'));
  } finally {
    await runner.onApplicationShutdown();
    await db.destroy();
    await store.close();
  }
});

it('a first start stopped in the middle of its catch-up ends on the next start: indexes back, every event applied once', async () => {
  const large = await largeLog('first-start-stopped');
  const { file, store, head } = large;
  let { db } = large;
  // The first large page is held until the process has begun to stop, so the catch-up ends with that page.
  const first = slots(db, 'rebuilt');
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let pages = 0;
  const applyRowsIn = first.applyRowsIn.bind(first);
  first.applyRowsIn = async (em, events) => {
    pages += 1;
    await held;
    return applyRowsIn(em, events);
  };
  let runner = new SubscriptionRunner(store, [first]);
  await runner.onApplicationBootstrap();
  try {
    await until('the first large page to be under way', async () => pages === 1);
    const stopping = runner.onApplicationShutdown();
    release();
    await stopping;
    expect(await first.checkpoint()).toBe(BigInt(CATCH_UP_PAGE));
    expect(await indexesOf(db, 'slots_rebuilt')).toEqual([]);
    await db.destroy();
    // The next start opens the file as the embedded mode does (its schema sync puts the indexes back) and the
    // projection carries on from its checkpoint, row by row with its indexes kept up: the table is not empty.
    db = await readModels(file);
    expect(await indexesOf(db, 'slots_rebuilt')).toEqual(['IDX_slots_rebuilt_phase', 'IDX_slots_rebuilt_stream']);
    const again = slots(db, 'rebuilt');
    runner = new SubscriptionRunner(store, [again]);
    await runner.onApplicationBootstrap();
    await runner.caughtUp();
    expect(await runner.waitFor(head, 60_000)).toBe(true);
    expect(await again.checkpoint()).toBe(head);
    // `seen` lists every revision each row took, in order: nothing was applied twice or left out.
    expect(await rowsOf(db, 'rebuilt')).toEqual(await rowsOf(db, 'live'));
    expect(await indexesOf(db, 'slots_rebuilt')).toEqual(['IDX_slots_rebuilt_phase', 'IDX_slots_rebuilt_stream']);
  } finally {
    await runner.onApplicationShutdown();
    await db.destroy();
    await store.close();
  }
});

it('a table that already holds rows keeps its indexes through a catch-up', async () => {
  const file = join(dir, 'first-start-rows.sqlite');
  const store = new SqliteEventStore(file);
  const db = await readModels(file);
  try {
    const projection = slots(db, 'rebuilt');
    await db.getRepository(SLOTS.rebuilt).insert({ key: 'k', stream: 's', phase: 0, count: 1, seen: '0,', lastPosition: '1' });
    expect(await projection.setAsideForCatchUp()).toBe(false);
    expect(await indexesOf(db, 'slots_rebuilt')).toEqual(['IDX_slots_rebuilt_phase', 'IDX_slots_rebuilt_stream']);
  } finally {
    await db.destroy();
    await store.close();
  }
});

it('a rebuild that fails mid-page resumes from its checkpoint: every event applied once, none lost', async () => {
  const { store, db, head } = await largeLog('large-failing');
  // Fails inside the second large page until the cause is cleared, as a crash there would leave it.
  const failing = { position: undefined as bigint | undefined };
  const rebuilt = slots(db, 'rebuilt', failing);
  const runner = new SubscriptionRunner(store, [rebuilt]);
  await runner.onApplicationBootstrap();
  try {
    expect(await runner.waitFor(head, 60_000)).toBe(true);
    failing.position = BigInt(CATCH_UP_PAGE) + 1234n;
    const rebuilding = runner.rebuild('slots-rebuilt');
    await until('the rebuild to stop at the failing page', async () => (await rebuilt.checkpoint()) === BigInt(CATCH_UP_PAGE));
    await new Promise((r) => setTimeout(r, 300));
    expect(await rebuilt.checkpoint()).toBe(BigInt(CATCH_UP_PAGE));
    failing.position = undefined;
    expect(await rebuilding).toEqual({ name: 'slots-rebuilt', position: head.toString() });
    expect(await rowsOf(db, 'rebuilt')).toEqual(await rowsOf(db, 'live'));
    expect(await indexesOf(db, 'slots_rebuilt')).toEqual(['IDX_slots_rebuilt_phase', 'IDX_slots_rebuilt_stream']);
  } finally {
    await runner.onApplicationShutdown();
    await db.destroy();
    await store.close();
  }
});

it('indexes a rebuild set aside are back on the next start when it stopped before the end', async () => {
  const file = join(dir, 'interrupted.sqlite');
  const store = new SqliteEventStore(file);
  let db = await readModels(file);
  try {
    await slots(db, 'rebuilt').reset();
    expect(await indexesOf(db, 'slots_rebuilt')).toEqual([]);
    // The process ends here (a crash: rebuilt() never runs); the next start opens the file as the embedded mode does.
    await db.destroy();
    db = await readModels(file);
    expect(await indexesOf(db, 'slots_rebuilt')).toEqual(['IDX_slots_rebuilt_phase', 'IDX_slots_rebuilt_stream']);
  } finally {
    await db.destroy();
    await store.close();
  }
});
