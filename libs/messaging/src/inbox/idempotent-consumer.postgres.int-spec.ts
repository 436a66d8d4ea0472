import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Column, DataSource, Entity, type EntityManager, In, PrimaryGeneratedColumn } from 'typeorm';
import { postgresUnreachable, withoutPassword } from '@send/testing';
import { IdempotentConsumer } from './idempotent-consumer.js';
import { InboxEntity, MESSAGING_ENTITIES } from './inbox.entity.js';

/** Stands for whatever a consumer writes in its own database. */
@Entity('ledger_lines')
class LedgerLine {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 64 })
  eventId!: string;
}

const url = process.env.PG_MESSAGING_URL ?? 'postgres://postgres@127.0.0.1:5432/send_test';
const shownUrl = withoutPassword(url);
const schema = `inbox_it_${randomBytes(4).toString('hex')}`;

const reason = await postgresUnreachable(url);

if (reason === undefined) {
  suites();
} else if (process.env.CI === 'true') {
  describe('IdempotentConsumer on PostgreSQL', () => {
    beforeAll(() => {
      throw new Error(`PostgreSQL not reachable at ${shownUrl} in CI: ${reason}`);
    });
    it('needs a reachable PostgreSQL (PG_MESSAGING_URL)', () => undefined);
  });
} else {
  console.warn(`IdempotentConsumer PostgreSQL suite NOT RUN: ${shownUrl} not reachable (${reason})`);
  describe.skip('IdempotentConsumer on PostgreSQL (NOT RUN)', () => {
    it('concurrent deliveries', () => undefined);
  });
}

function suites(): void {
  describe('IdempotentConsumer on PostgreSQL', () => {
    let db: DataSource;

    beforeAll(async () => {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      await admin.end();
      db = await new DataSource({
        type: 'postgres',
        url,
        schema,
        entities: [LedgerLine, ...MESSAGING_ENTITIES],
        synchronize: true,
        extra: { max: 8 },
      }).initialize();
    });
    afterAll(async () => {
      await db?.query(`DROP SCHEMA ${schema} CASCADE`);
      await db?.destroy();
    });

    it('applies concurrent deliveries of one event once: the losers of the insert race report false', async () => {
      // Each effect waits a little so the transactions overlap: all pass the existence check, one wins the key.
      const effect = async (em: EntityManager) => {
        await em.query('SELECT pg_sleep(0.05)');
        await em.insert(LedgerLine, { eventId: 'e1' });
      };
      const results = await Promise.all(
        Array.from({ length: 6 }, () => IdempotentConsumer.handleOnce(db, 'funding', 'e1', effect)),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await db.getRepository(LedgerLine).countBy({ eventId: 'e1' })).toBe(1);
      expect(await db.getRepository(InboxEntity).countBy({ eventId: 'e1' })).toBe(1);
    });

    it('applies overlapping concurrent batches once each: the loser of the insert race is tried again', async () => {
      const ids = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `b${from + i}`);
      const effect = async (em: EntityManager, fresh: readonly string[]) => {
        await em.query('SELECT pg_sleep(0.05)');
        for (const eventId of fresh) await em.insert(LedgerLine, { eventId });
      };
      const applied = await Promise.all(
        [ids(0, 6), ids(3, 9), ids(6, 12)].map((batch) => IdempotentConsumer.handleManyOnce(db, 'funding', batch, effect)),
      );
      expect(applied.reduce((a, b) => a + b, 0)).toBe(12);
      const lines = await db.getRepository(LedgerLine).findBy({ eventId: In(ids(0, 12)) });
      expect(lines.map((l) => l.eventId).sort()).toEqual(ids(0, 12).sort());
      expect(await db.getRepository(InboxEntity).countBy({ eventId: In(ids(0, 12)) })).toBe(12);
    });

    it('rolls back the inbox row with a failed effect, so the retry applies it', async () => {
      const failing = async (em: EntityManager) => {
        await em.insert(LedgerLine, { eventId: 'e2' });
        throw new Error('downstream refused');
      };
      await expect(IdempotentConsumer.handleOnce(db, 'funding', 'e2', failing)).rejects.toThrow('downstream refused');
      expect(await db.getRepository(InboxEntity).countBy({ eventId: 'e2' })).toBe(0);
      expect(
        await IdempotentConsumer.handleOnce(
          db,
          'funding',
          'e2',
          async (em) => void (await em.insert(LedgerLine, { eventId: 'e2' })),
        ),
      ).toBe(true);
      expect(await db.getRepository(LedgerLine).countBy({ eventId: 'e2' })).toBe(1);
    });
  });
}
