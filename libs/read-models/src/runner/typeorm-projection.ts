import { StoredEvent } from '@send/kernel';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { inWriteTurn } from '@send/event-store';
import { BulkRows } from './bulk-rows.js';
import { CheckpointEntity } from './checkpoint.entity.js';
import { EventSubscriber } from './event-subscriber.js';

export interface ProjectionDefinition<Row extends ObjectLiteral & { lastPosition: string }> {
  readonly name: string;
  readonly entity: EntityTarget<Row>;
  /** The row an event touches, or undefined when the projection ignores the event. */
  readonly keyOf: (event: StoredEvent) => string | undefined;
  readonly primaryKey: keyof Row & string;
  readonly evolve: (row: Row | null, event: StoredEvent) => Row | null;
}

/** Keys per SELECT … IN (…) and rows per save: well inside SQLite's and PostgreSQL's bound-parameter limits. */
const READ_CHUNK = 500;
const WRITE_CHUNK = 250;

/**
 * The thin adapter around a pure evolve (docs/conventions.md §9): the row and the checkpoint are written in one
 * transaction, and an event at or before the row's own lastPosition is ignored, so redelivery is harmless.
 */
export class TypeOrmProjection<Row extends ObjectLiteral & { lastPosition: string }> implements EventSubscriber {
  constructor(
    private readonly db: DataSource,
    private readonly def: ProjectionDefinition<Row>,
  ) {}

  get name(): string {
    return this.def.name;
  }

  async handle(event: StoredEvent): Promise<void> {
    await this.handleBatch([event]);
  }

  /**
   * Every pending event in one transaction: the rows they touch read in one query, evolved in memory in log
   * order, written back once each, and the checkpoint moved to the last event applied. One commit (one fsync)
   * per batch instead of one per event is what lets a busy writer's read models keep up.
   */
  async handleBatch(events: readonly StoredEvent[]): Promise<void> {
    if (!events.some((e) => this.def.keyOf(e) !== undefined)) return;
    await projectionTransaction(this.db, (em) => this.applyBatchIn(em, events));
  }

  /** A projection writes rows, never events. */
  mayReactTo(): boolean {
    return false;
  }

  /** The projection's DataSource: projections on the same one can share a transaction (SubscriptionRunner). */
  get dataSource(): DataSource {
    return this.db;
  }

  /** handleBatch's work inside a transaction the caller opened: the rows, then the checkpoint if anything applied. */
  async applyBatchIn(em: EntityManager, events: readonly StoredEvent[]): Promise<void> {
    const checkpoint = await this.applyRowsIn(em, events);
    if (checkpoint !== undefined) await saveCheckpoint(em, this.def.name, checkpoint);
  }

  /**
   * The rows alone, inside the caller's transaction; the position the checkpoint must move to in that same
   * transaction, or undefined when nothing applied (SubscriptionRunner writes a lane's checkpoints together).
   */
  async applyRowsIn(em: EntityManager, events: readonly StoredEvent[]): Promise<bigint | undefined> {
    const mine = events.filter((e) => this.def.keyOf(e) !== undefined);
    if (mine.length === 0) return undefined;
    return (await this.applyAll(em, mine, 'by-position')) > 0 ? mine[mine.length - 1].position : undefined;
  }

  /**
   * Applies one event inside the caller's transaction. 'by-position' ignores an event at or before the
   * row's position (one local log); 'by-caller' leaves dedupe to the caller — events fed from several
   * stores over Kafka have no common position, and the inbox dedupes them by event id instead.
   */
  async apply(em: EntityManager, event: StoredEvent, dedupe: 'by-position' | 'by-caller'): Promise<boolean> {
    return (await this.applyAll(em, [event], dedupe)) > 0;
  }

  /** applyAll for many events in order, inside the caller's transaction; returns how many it applied. */
  async applyAll(em: EntityManager, events: readonly StoredEvent[], dedupe: 'by-position' | 'by-caller'): Promise<number> {
    const keyed = events.flatMap((event) => {
      const key = this.def.keyOf(event);
      return key === undefined ? [] : [{ key, event }];
    });
    if (keyed.length === 0) return 0;
    const bulk = new BulkRows<Row>(em, this.def.entity, this.def.primaryKey);
    const pk = this.def.primaryKey;
    const rows = new Map<string, Row | null>();
    const keys = [...new Set(keyed.map((k) => k.key))];
    for (let i = 0; i < keys.length; i += READ_CHUNK) {
      for (const row of await bulk.find(keys.slice(i, i + READ_CHUNK))) rows.set(String(row[pk]), row);
    }
    const stored = new Map(rows);
    const changed = new Set<string>();
    let applied = 0;
    for (const { key, event } of keyed) {
      const row = rows.get(key) ?? null;
      if (dedupe === 'by-position' && row && BigInt(row.lastPosition) >= event.position) continue;
      const next = this.def.evolve(row, event);
      applied += 1;
      if (next) {
        rows.set(key, next);
        changed.add(key);
      }
    }
    const dirty = [...changed].map((k) => ({ before: stored.get(k), row: rows.get(k) as Row }));
    const inPlace = dirty.filter((d) => d.before && bulk.keepsIndexes(d.before, d.row)).map((d) => d.row);
    const others = dirty.filter((d) => !(d.before && bulk.keepsIndexes(d.before, d.row))).map((d) => d.row);
    // One INSERT … ON CONFLICT DO UPDATE per chunk: save() would SELECT every row again to choose insert or update.
    for (let i = 0; i < others.length; i += WRITE_CHUNK) await bulk.save(others.slice(i, i + WRITE_CHUNK));
    for (let i = 0; i < inPlace.length; i += WRITE_CHUNK) await bulk.save(inPlace.slice(i, i + WRITE_CHUNK), true);
    return applied;
  }

  async checkpoint(): Promise<bigint> {
    const row = await this.db.getRepository(CheckpointEntity).findOneBy({ name: this.def.name });
    return BigInt(row?.position ?? '0');
  }

  async reset(): Promise<void> {
    const q = (name: string) => this.db.driver.escape(name);
    await serialised(this.db, () =>
      this.db.transaction(async (em) => {
        await em.getRepository(this.def.entity).clear();
        await em.getRepository(CheckpointEntity).delete({ name: this.def.name });
        for (const index of this.setAsideIndexes()) await em.query(`DROP INDEX IF EXISTS ${q(index.name)}`);
      }),
    );
  }

  /**
   * A first start from 0 over a log longer than a catch-up page (a new read-model file beside an existing store, a
   * restore): the same set-aside as a rebuild's reset, if the table is still empty; true if it dropped any, and
   * rebuilt() then builds them once the lane has caught up. A table that holds rows is left as it is.
   */
  async setAsideForCatchUp(): Promise<boolean> {
    const indexes = this.setAsideIndexes();
    if (indexes.length === 0) return false;
    const q = (name: string) => this.db.driver.escape(name);
    const table = q(this.db.getMetadata(this.def.entity).tableName);
    return serialised(this.db, () =>
      this.db.transaction(async (em) => {
        if (((await em.query(`SELECT 1 FROM ${table} LIMIT 1`)) as unknown[]).length > 0) return false;
        for (const index of indexes) await em.query(`DROP INDEX IF EXISTS ${q(index.name)}`);
        return true;
      }),
    );
  }

  /** The secondary indexes reset() dropped, built again over the rebuilt table in one sorted pass each. */
  async rebuilt(): Promise<void> {
    const indexes = this.setAsideIndexes();
    if (indexes.length === 0) return;
    const q = (name: string) => this.db.driver.escape(name);
    const table = q(this.db.getMetadata(this.def.entity).tableName);
    await serialised(this.db, async () => {
      for (const index of indexes) {
        const columns = index.columns.map((c) => q(c.databaseName)).join(', ');
        const where = index.where ? ` WHERE ${index.where}` : '';
        await this.db.query(`CREATE INDEX IF NOT EXISTS ${q(index.name)} ON ${table} (${columns})${where}`);
      }
    });
  }

  /**
   * On the embedded file a rebuild from 0 drops the table's non-unique indexes and builds them at the end: kept
   * up row by row, random keys and all, they cost about a sixth of a deadline-register rebuild (docs/benchmarks.md
   * "Rebuild and replay"). Queries meanwhile scan the table, which is incomplete until the rebuild ends anyway; the
   * pages the indexes free hold no more than the rows clear() frees. A crash in between is mended on the next
   * start, where schema synchronisation creates every index the entities declare and the table lacks.
   */
  private setAsideIndexes() {
    if (this.db.options.type !== 'better-sqlite3' || !this.db.options.synchronize) return [];
    return this.db.getMetadata(this.def.entity).indices.filter((i) => !i.isUnique);
  }
}

/**
 * One statement (INSERT … ON CONFLICT DO UPDATE): save() would read first and write in its own transaction. Written
 * through BulkRows, as the rows are: the repository's upsert builds its statement anew through the query builder on
 * every call, once per projection per page on a live write.
 */
export async function saveCheckpoint(em: EntityManager, name: string, position: bigint): Promise<void> {
  await saveCheckpoints(em, [{ name, position }]);
}

/** Several subscribers' checkpoints in one statement (a lane's page: one per projection that applied it). */
export async function saveCheckpoints(
  em: EntityManager,
  checkpoints: readonly { readonly name: string; readonly position: bigint }[],
): Promise<void> {
  if (checkpoints.length === 0) return;
  const rows = checkpoints.map(({ name, position }) => ({ name, position: position.toString() }));
  await new BulkRows<CheckpointEntity>(em, CheckpointEntity, 'name').save(rows);
}

/**
 * Every write to the embedded file takes its turn with the event store's (see write-queue.ts): read models,
 * checkpoints, idempotency records, bundle records. No TypeORM write on the embedded file may bypass it, or
 * projectionTransaction's durability setting could leak onto it.
 */
export function serialised<T>(_db: DataSource, work: () => Promise<T>): Promise<T> {
  return inWriteTurn(work);
}

/**
 * A projection's transaction (rows and checkpoint together). On the embedded file it commits without its own
 * fsync (synchronous=NORMAL for this transaction only, FULL again straight after): a read model is derived and
 * its checkpoint commits with it, so a power cut can only take it back to an earlier checkpoint, from which it
 * is applied again; and the next event append's FULL commit syncs the shared write-ahead log anyway. Acknowledged
 * events and idempotency records keep their fsync (docs/architecture.md "Read side").
 */
export function projectionTransaction<T>(db: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  if (db.options.type !== 'better-sqlite3') return db.transaction(work);
  return serialised(db, async () => {
    await db.query('PRAGMA synchronous = NORMAL');
    try {
      return await db.transaction(work);
    } finally {
      await db.query('PRAGMA synchronous = FULL');
    }
  });
}
