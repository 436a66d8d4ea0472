import { join } from 'node:path';
import { Column, DataSource, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { scratchDirectory } from '@send/testing';
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

const dir = scratchDirectory('send-inbox-');

describe('IdempotentConsumer.handleOnce', () => {
  let db: DataSource;
  const book = (eventId: string) => async (em: import('typeorm').EntityManager) => {
    await em.insert(LedgerLine, { eventId });
  };
  const lines = () => db.getRepository(LedgerLine).count();
  const inbox = () => db.getRepository(InboxEntity).find();

  beforeEach(async () => {
    db = await new DataSource({
      type: 'better-sqlite3',
      database: join(dir, `${Date.now()}-${Math.random()}.sqlite`),
      entities: [LedgerLine, ...MESSAGING_ENTITIES],
      synchronize: true,
    }).initialize();
  });
  afterEach(() => db.destroy());

  it('applies an event delivered twice only once, and records when', async () => {
    const at = new Date('2026-03-02T10:00:00Z');
    expect(await IdempotentConsumer.handleOnce(db, 'funding', 'e1', book('e1'), () => at)).toBe(true);
    expect(await IdempotentConsumer.handleOnce(db, 'funding', 'e1', book('e1'))).toBe(false);
    expect(await lines()).toBe(1);
    expect(await inbox()).toEqual([{ consumer: 'funding', eventId: 'e1', processedAt: '2026-03-02T10:00:00.000Z' }]);
  });

  it('applies it once when both deliveries arrive at the same time', async () => {
    const results = await Promise.all([1, 2, 3].map(() => IdempotentConsumer.handleOnce(db, 'funding', 'e1', book('e1'))));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await lines()).toBe(1);
  });

  it('keeps consumers apart: the same event applies once per consumer', async () => {
    expect(await IdempotentConsumer.handleOnce(db, 'funding', 'e1', book('e1'))).toBe(true);
    expect(await IdempotentConsumer.handleOnce(db, 'placement', 'e1', book('e1'))).toBe(true);
    expect(await lines()).toBe(2);
  });

  it('rolls the inbox row back with an effect that threw, so the retry applies it', async () => {
    const failing = async (em: import('typeorm').EntityManager) => {
      await em.insert(LedgerLine, { eventId: 'e1' });
      throw new Error('downstream refused');
    };
    await expect(IdempotentConsumer.handleOnce(db, 'funding', 'e1', failing)).rejects.toThrow('downstream refused');
    expect(await inbox()).toEqual([]);
    expect(await lines()).toBe(0);
    expect(await IdempotentConsumer.handleOnce(db, 'funding', 'e1', book('e1'))).toBe(true);
    expect(await lines()).toBe(1);
  });
});
