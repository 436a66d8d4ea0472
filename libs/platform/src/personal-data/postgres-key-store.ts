import pg from 'pg';
import { type DataKey, newDataKey, unwrapKey, wrapKey } from './personal-cipher.js';
import type { KeyStatus, KeyStore } from './key-store.port.js';

const schemaSql = (schema: string) => `
CREATE SCHEMA IF NOT EXISTS ${schema};
CREATE TABLE IF NOT EXISTS ${schema}.data_keys (
  case_id    TEXT PRIMARY KEY,
  key_id     TEXT NOT NULL,
  wrapped    BYTEA NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS ${schema}.destroyed_keys (
  case_id      TEXT PRIMARY KEY,
  key_id       TEXT NOT NULL,
  destroyed_at TIMESTAMPTZ NOT NULL
);
`;

/**
 * Distributed: the keys in a PostgreSQL database (or schema) of their own, KEY_STORE_URL, configured apart from
 * the event stores and read models so that it can be held and backed up apart from them. Every service that
 * reads personal data reaches it; a destroyed key's row is deleted, and only the fact of its destruction stays.
 */
export class PostgresKeyStore implements KeyStore {
  private constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string,
    private readonly master: Buffer,
  ) {}

  static async open(url: string, master: Buffer, schema = 'key_store'): Promise<PostgresKeyStore> {
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`not a schema name: ${schema}`);
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    // Several services may start at once: the schema is made under one advisory lock.
    const client = await pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock(hashtext($1))', [`send:${schema}`]);
      await client.query(schemaSql(schema));
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [`send:${schema}`]);
    } finally {
      client.release();
    }
    return new PostgresKeyStore(pool, schema, master);
  }

  async dataKey(caseId: string, options: { readonly create: boolean }): Promise<DataKey | undefined> {
    const found = await this.pool.query<{ key_id: string; wrapped: Buffer }>(
      `SELECT key_id, wrapped FROM ${this.schema}.data_keys WHERE case_id = $1`,
      [caseId],
    );
    const row = found.rows[0];
    if (row) return { keyId: row.key_id, key: unwrapKey(this.master, caseId, row.wrapped) };
    if (!options.create) return undefined;
    const made = newDataKey();
    // Never a new key for a case whose key was destroyed, even racing the destruction.
    await this.pool.query(
      `INSERT INTO ${this.schema}.data_keys (case_id, key_id, wrapped)
       SELECT $1, $2, $3 WHERE NOT EXISTS (SELECT 1 FROM ${this.schema}.destroyed_keys WHERE case_id = $1)
       ON CONFLICT (case_id) DO NOTHING`,
      [caseId, made.keyId, wrapKey(this.master, caseId, made.key)],
    );
    return this.dataKey(caseId, { create: false });
  }

  async status(caseId: string): Promise<KeyStatus> {
    const { rows } = await this.pool.query<{ held: boolean; destroyed: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM ${this.schema}.data_keys WHERE case_id = $1) AS held,
              EXISTS (SELECT 1 FROM ${this.schema}.destroyed_keys WHERE case_id = $1) AS destroyed`,
      [caseId],
    );
    return rows[0]!.held ? 'held' : rows[0]!.destroyed ? 'destroyed' : 'none';
  }

  async destroy(caseId: string, destroyedAt: Date): Promise<boolean> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const deleted = await client.query<{ key_id: string }>(
        `DELETE FROM ${this.schema}.data_keys WHERE case_id = $1 RETURNING key_id`,
        [caseId],
      );
      await client.query(
        `INSERT INTO ${this.schema}.destroyed_keys (case_id, key_id, destroyed_at) VALUES ($1, $2, $3)
         ON CONFLICT (case_id) DO NOTHING`,
        [caseId, deleted.rows[0]?.key_id ?? '', destroyedAt],
      );
      await client.query('COMMIT');
      return deleted.rows.length > 0;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
