import { inWriteTurn } from '@send/event-store';
import type { DataSource, EntityManager } from 'typeorm';
import { InboxEntity } from './inbox.entity.js';

/** Thrown inside the transaction to roll it back when another delivery of the same event won the insert. */
class AlreadyApplied extends Error {}

/**
 * Kafka delivers at least once, so a consumer sees some messages twice (a crash before the commit, a
 * rebalance, a forwarder re-sending after a failed checkpoint write). The inbox row and the effect are
 * written in ONE transaction: either both are there (a redelivery is skipped) or neither is (an effect that
 * threw leaves no row, so the retry applies it). Effects outside this database — a command appended to the
 * event store — are not covered and must be idempotent on their own (the deciders return no events twice).
 */
export class IdempotentConsumer {
  /** True when the effect ran and committed; false when this consumer had already applied the event. */
  static async handleOnce(
    db: DataSource,
    consumer: string,
    eventId: string,
    effect: (em: EntityManager) => Promise<void>,
    now: () => Date = () => new Date(),
  ): Promise<boolean> {
    try {
      return await inTurn(db, () =>
        db.transaction(async (em) => {
          if (await em.existsBy(InboxEntity, { consumer, eventId })) return false;
          await insertOrRefuse(em, { consumer, eventId, processedAt: now().toISOString() });
          await effect(em);
          return true;
        }),
      );
    } catch (error) {
      if (error instanceof AlreadyApplied) return false;
      throw error;
    }
  }
}

/**
 * The existence check above misses a concurrent delivery on PostgreSQL (two transactions both see no row);
 * the primary key then makes the second insert fail, and that failure means "already applied".
 */
async function insertOrRefuse(em: EntityManager, row: InboxEntity): Promise<void> {
  try {
    await em.insert(InboxEntity, row);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AlreadyApplied();
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: unknown; driverError?: { code?: unknown } };
  const code = String(e.driverError?.code ?? e.code ?? '');
  return code === '23505' || code.startsWith('SQLITE_CONSTRAINT');
}

/**
 * On the embedded SQLite file every write transaction takes its turn with the event store (decisions.md 5).
 * So, there, the effect must not itself wait for a write turn (e.g. append to the store): it would wait forever.
 */
function inTurn<T>(db: DataSource, work: () => Promise<T>): Promise<T> {
  return db.options.type === 'better-sqlite3' ? inWriteTurn(work) : work();
}
