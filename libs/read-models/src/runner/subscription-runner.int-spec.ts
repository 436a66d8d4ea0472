import { join } from 'node:path';
import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { SqliteEventStore, buildRecords } from '@send/event-store';
import type { StoredEvent } from '@send/kernel';
import { scratchDirectory } from '@send/testing';
import { CheckpointEntity } from './checkpoint.entity.js';
import { SubscriptionRunner } from './subscription-runner.js';
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
const ENTITIES = [...Object.values(TABLES), CheckpointEntity];
type Tally = { key: string; count: number; seen: string; lastPosition: string };

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

it("a write's wait covers what it set off: a reaction appended by a process is applied before the wait ends", async () => {
  const file = join(dir, 'reactions.sqlite');
  const store = new SqliteEventStore(file);
  const db = await readModels(file);
  const good = tally(db, 'good', {});
  // A process that answers each 'Asked' a little later, in the same stream, caused by it.
  const reactor = {
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
