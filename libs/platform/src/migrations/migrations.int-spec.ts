import { DataSource } from 'typeorm';
import { READ_MODEL_ENTITIES } from '@send/read-models';
import { MESSAGING_ENTITIES } from '@send/messaging';
import { withoutPassword } from '@send/testing';
import { IdempotencyRecordEntity } from '../idempotency/idempotency-record.entity.js';
import { FamilyAccountEntity } from '../auth/family-account.entity.js';
import { READ_MODEL_MIGRATIONS } from './index.js';

const url = process.env.PG_EVENT_STORE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `migrations_${process.pid}_${Date.now()}`;

/** The migrations must build exactly what the entities describe: otherwise a deploy runs on a schema the code does not expect. */
describe('read-model migrations on PostgreSQL', () => {
  let admin: DataSource;
  beforeAll(async () => {
    admin = new DataSource({ type: 'postgres', url });
    try {
      await admin.initialize();
    } catch (error) {
      throw new Error(`PostgreSQL not reachable at ${withoutPassword(url)}`, { cause: error });
    }
    await admin.query(`CREATE SCHEMA "${schema}"`);
  });
  afterAll(async () => {
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.destroy();
  });

  it('leave nothing for the entities to change, and run once', async () => {
    const db = new DataSource({
      type: 'postgres',
      url,
      schema,
      entities: [...READ_MODEL_ENTITIES, IdempotencyRecordEntity, FamilyAccountEntity, ...MESSAGING_ENTITIES],
      migrations: READ_MODEL_MIGRATIONS,
      // The migrations name no schema (each service owns its database); point them at the scratch one.
      extra: { options: `-c search_path=${schema}` },
    });
    await db.initialize();
    expect(await db.runMigrations()).toHaveLength(READ_MODEL_MIGRATIONS.length);
    const pending = await db.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    expect(await db.runMigrations()).toHaveLength(0);
    await db.destroy();
  });
});
