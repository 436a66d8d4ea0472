import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { postgresUnreachable, withoutPassword } from '@send/testing';
import { keyStoreContract } from './key-store.contract.js';
import { PostgresKeyStore } from './postgres-key-store.js';

const url = process.env.PG_EVENT_STORE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const reason = await postgresUnreachable(url);

if (reason === undefined) {
  const schema = `keys_test_${randomBytes(6).toString('hex')}`;
  afterAll(async () => {
    const admin = new pg.Client(url);
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });
  keyStoreContract('PostgreSQL', () => PostgresKeyStore.open(url, randomBytes(32), schema));
} else if (process.env.CI === 'true') {
  describe('PostgreSQL key store', () => {
    beforeAll(() => {
      throw new Error(`PostgreSQL not reachable at ${withoutPassword(url)} in CI: ${reason}`);
    });
    it('needs a reachable PostgreSQL (PG_EVENT_STORE_URL)', () => undefined);
  });
} else {
  console.warn(`PostgreSQL key store NOT RUN: ${withoutPassword(url)} not reachable (${reason})`);
  describe.skip('PostgreSQL key store (NOT RUN: database not reachable)', () => {
    it('contract', () => undefined);
  });
}
