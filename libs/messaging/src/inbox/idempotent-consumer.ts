import { inWriteTurn } from '@send/event-store';
import { type DataSource, type EntityManager, In } from 'typeorm';
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

  /**
   * handleOnce for many events in ONE transaction: the inbox rows of those not yet applied (a repeat inside
   * the batch counts once) and the effect on exactly those, all or nothing. The effect gets the fresh ids in
   * the order given. A concurrent delivery that wins an insert rolls the whole batch back; it is then tried
   * again, and the winner's rows are skipped. Returns how many were applied.
   */
  static async handleManyOnce(
    db: DataSource,
    consumer: string,
    eventIds: readonly string[],
    effect: (em: EntityManager, fresh: readonly string[]) => Promise<void>,
    now: () => Date = () => new Date(),
  ): Promise<number> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await inTurn(db, () =>
          db.transaction(async (em) => {
            const ids = [...new Set(eventIds)];
            const processedAt = now().toISOString();
            let fresh: string[];
            if (db.options.type === 'postgres') {
              fresh = await insertNew(em, consumer, ids, processedAt);
            } else {
              fresh = await notYetApplied(em, consumer, ids);
              for (let i = 0; i < fresh.length; i += CHUNK)
                await insertOrRefuse(
                  em,
                  fresh.slice(i, i + CHUNK).map((eventId) => ({ consumer, eventId, processedAt })),
                );
            }
            if (fresh.length === 0) return 0;
            await effect(em, fresh);
            return fresh.length;
          }),
        );
      } catch (error) {
        if (!(error instanceof AlreadyApplied) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }
}

/** Ids per SELECT … IN (…) and rows per INSERT: well inside SQLite's and PostgreSQL's bound-parameter limits. */
const CHUNK = 500;
/** A batch collides only with another member still finishing the same partition after a rebalance. */
const MAX_ATTEMPTS = 3;

async function notYetApplied(em: EntityManager, consumer: string, ids: readonly string[]): Promise<string[]> {
  const seen = new Set<string>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await em.findBy(InboxEntity, { consumer, eventId: In(ids.slice(i, i + CHUNK)) });
    for (const row of rows) seen.add(row.eventId);
  }
  return ids.filter((id) => !seen.has(id));
}

/**
 * PostgreSQL: the look-up and the insert in one statement per chunk. ON CONFLICT DO NOTHING waits for a
 * concurrent delivery that inserted the same row and skips it once that one commits (or inserts it if that one
 * rolled back), so what RETURNING gives is exactly what this transaction applies; in the order given.
 */
async function insertNew(em: EntityManager, consumer: string, ids: readonly string[], processedAt: string): Promise<string[]> {
  const { schema, tableName } = em.getRepository(InboxEntity).metadata;
  const driver = em.connection.driver;
  const table = [schema, tableName]
    .filter((part): part is string => !!part)
    .map((part) => driver.escape(part))
    .join('.');
  const inserted = new Set<string>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = (await em.query(
      `INSERT INTO ${table} (consumer, "eventId", "processedAt") SELECT $1, id, $2 FROM unnest($3::varchar[]) AS id
       ON CONFLICT DO NOTHING RETURNING "eventId"`,
      [consumer, processedAt, ids.slice(i, i + CHUNK)],
    )) as { eventId: string }[];
    for (const row of rows) inserted.add(row.eventId);
  }
  return ids.filter((id) => inserted.has(id));
}

/**
 * SQLite (and handleOnce): the existence check misses nothing there (one writer at a time); on PostgreSQL it
 * can miss a concurrent delivery (two transactions both see no row), and the primary key then makes the second
 * insert fail, and that failure means "already applied".
 */
async function insertOrRefuse(em: EntityManager, rows: InboxEntity | InboxEntity[]): Promise<void> {
  try {
    await em.insert(InboxEntity, rows);
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
