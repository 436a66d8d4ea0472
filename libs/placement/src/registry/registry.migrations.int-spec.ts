import { DataSource } from 'typeorm';
import { READ_MODEL_MIGRATIONS, readModelEntities } from '@send/platform';
import { PLACEMENT_READ_MODEL } from './registry.read-model.js';

const url = process.env.PG_EVENT_STORE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `placement_migrations_${process.pid}_${Date.now()}`;

/**
 * The placement service's read-model database on PostgreSQL is exactly what the migrations build: the
 * shared tables (checked in libs/platform/src/migrations) and placement's own, which the platform's check
 * cannot name (a shared lib imports no context).
 */
describe("placement's read model on PostgreSQL", () => {
  let admin: DataSource;
  beforeAll(async () => {
    admin = new DataSource({ type: 'postgres', url });
    try {
      await admin.initialize();
    } catch (error) {
      throw new Error(`PostgreSQL not reachable at ${url.replace(/:[^:@/]*@/, ':***@')}`, { cause: error });
    }
    await admin.query(`CREATE SCHEMA "${schema}"`);
  });
  afterAll(async () => {
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.destroy();
  });

  it('is built by the migrations, leaving nothing for its entities to change', async () => {
    const db = new DataSource({
      type: 'postgres',
      url,
      schema,
      entities: readModelEntities([PLACEMENT_READ_MODEL]),
      migrations: READ_MODEL_MIGRATIONS,
      extra: { options: `-c search_path=${schema}` },
    });
    await db.initialize();
    await db.runMigrations();
    const pending = await db.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    await db.destroy();
  });
});
