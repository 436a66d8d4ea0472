import { StoredEvent } from '@send/kernel';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { inWriteTurn } from '@send/event-store';
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
    if (this.def.keyOf(event) === undefined) return;
    await serialised(this.db, () =>
      this.db.transaction(async (em) => {
        if (await this.apply(em, event, 'by-position')) await saveCheckpoint(em, this.def.name, event.position);
      }),
    );
  }

  /**
   * Applies one event inside the caller's transaction. 'by-position' ignores an event at or before the
   * row's position (one local log); 'by-caller' leaves dedupe to the caller — events fed from several
   * stores over Kafka have no common position, and the inbox dedupes them by event id instead.
   */
  async apply(em: EntityManager, event: StoredEvent, dedupe: 'by-position' | 'by-caller'): Promise<boolean> {
    const key = this.def.keyOf(event);
    if (key === undefined) return false;
    const repo = em.getRepository(this.def.entity);
    const row = (await repo.findOneBy({ [this.def.primaryKey]: key } as never)) as Row | null;
    if (dedupe === 'by-position' && row && BigInt(row.lastPosition) >= event.position) return false;
    const next = this.def.evolve(row, event);
    if (next) await repo.save(next as never);
    return true;
  }

  async checkpoint(): Promise<bigint> {
    const row = await this.db.getRepository(CheckpointEntity).findOneBy({ name: this.def.name });
    return BigInt(row?.position ?? '0');
  }

  async reset(): Promise<void> {
    await serialised(this.db, () =>
      this.db.transaction(async (em) => {
        await em.getRepository(this.def.entity).clear();
        await em.getRepository(CheckpointEntity).delete({ name: this.def.name });
      }),
    );
  }
}

/** One statement (INSERT … ON CONFLICT DO UPDATE): save() would read first and write in its own transaction. */
export async function saveCheckpoint(em: EntityManager, name: string, position: bigint): Promise<void> {
  await em.getRepository(CheckpointEntity).upsert({ name, position: position.toString() }, ['name']);
}

/** Read-model transactions share the embedded file's write turn with the event store (see write-queue.ts). */
export function serialised<T>(_db: DataSource, work: () => Promise<T>): Promise<T> {
  return inWriteTurn(work);
}
