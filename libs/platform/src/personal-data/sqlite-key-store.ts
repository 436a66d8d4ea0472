import Database from 'better-sqlite3';
import { type DataKey, newDataKey, unwrapKey, wrapKey } from './personal-cipher.js';
import type { KeyStatus, KeyStore } from './key-store.port.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS data_keys (
  case_id    TEXT PRIMARY KEY,
  key_id     TEXT NOT NULL,
  wrapped    BLOB NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS destroyed_keys (
  case_id      TEXT PRIMARY KEY,
  key_id       TEXT NOT NULL,
  destroyed_at TEXT NOT NULL
);
`;

interface KeyRow {
  key_id: string;
  wrapped: Buffer;
}

/**
 * Embedded: the keys in a SQLite file of their own (DATA_DIR/keys.sqlite), never the event store's file, so that
 * a copy of the events alone opens no child's record. secure_delete overwrites a destroyed key's bytes in the
 * file, and a rollback journal (not a write-ahead log) keeps no later copy of the page once the write commits.
 */
export class SqliteKeyStore implements KeyStore {
  private readonly db: Database.Database;

  constructor(
    file: string,
    private readonly master: Buffer,
  ) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = DELETE');
    this.db.pragma('secure_delete = ON');
    this.db.pragma('synchronous = FULL');
    this.db.exec(SCHEMA);
  }

  async dataKey(caseId: string, options: { readonly create: boolean }): Promise<DataKey | undefined> {
    const row = this.db.prepare('SELECT key_id, wrapped FROM data_keys WHERE case_id = ?').get(caseId) as KeyRow | undefined;
    if (row) return { keyId: row.key_id, key: unwrapKey(this.master, caseId, row.wrapped) };
    if (!options.create || (await this.status(caseId)) === 'destroyed') return undefined;
    const made = newDataKey();
    this.db
      .prepare('INSERT OR IGNORE INTO data_keys (case_id, key_id, wrapped, created_at) VALUES (?, ?, ?, ?)')
      .run(caseId, made.keyId, wrapKey(this.master, caseId, made.key), new Date().toISOString());
    return this.dataKey(caseId, { create: false });
  }

  async status(caseId: string): Promise<KeyStatus> {
    if (this.db.prepare('SELECT 1 FROM data_keys WHERE case_id = ?').get(caseId)) return 'held';
    return this.db.prepare('SELECT 1 FROM destroyed_keys WHERE case_id = ?').get(caseId) ? 'destroyed' : 'none';
  }

  async destroy(caseId: string, destroyedAt: Date): Promise<boolean> {
    const destroy = this.db.transaction(() => {
      const row = this.db.prepare('SELECT key_id FROM data_keys WHERE case_id = ?').get(caseId) as KeyRow | undefined;
      this.db.prepare('DELETE FROM data_keys WHERE case_id = ?').run(caseId);
      this.db
        .prepare('INSERT OR IGNORE INTO destroyed_keys (case_id, key_id, destroyed_at) VALUES (?, ?, ?)')
        .run(caseId, row?.key_id ?? '', destroyedAt.toISOString());
      return row !== undefined;
    });
    return destroy();
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
