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

/** Keys held opened in memory: enough for every case a busy day touches; older ones are read again when needed. */
const CACHED_KEYS = 50_000;

/**
 * Embedded: the keys in a SQLite file of their own (DATA_DIR/keys.sqlite), never the event store's file, so that
 * a copy of the events alone opens no child's record. The one process that holds the file is the only one that
 * destroys keys in it, so opened keys are kept in memory (dropped on destruction), and the keys new cases ask for
 * in the same turn of the event loop are made in one durable commit (one fsync for a burst of new cases, not one
 * each; a key is durable before anything sealed under it is written). secure_delete overwrites a destroyed key's
 * bytes, and a truncating checkpoint straight after empties the write-ahead log of the page that held it.
 */
export class SqliteKeyStore implements KeyStore {
  private readonly db: Database.Database;
  private readonly opened = new Map<string, DataKey>();
  /** The keys being made for the next commit, by case, and who waits for each. */
  private pending = new Map<string, Promise<DataKey | undefined>>();
  private waiting: { caseId: string; resolve: (k: DataKey | undefined) => void; reject: (e: unknown) => void }[] = [];
  /** Prepared once: a look-up runs on every write to a case whose key is not held in memory. */
  private readonly sql: {
    readonly key: Database.Statement;
    readonly insert: Database.Statement;
    readonly destroyed: Database.Statement;
  };

  constructor(
    file: string,
    private readonly master: Buffer,
  ) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('secure_delete = ON');
    this.db.pragma('synchronous = FULL');
    this.db.exec(SCHEMA);
    this.sql = {
      key: this.db.prepare('SELECT key_id, wrapped FROM data_keys WHERE case_id = ?'),
      insert: this.db.prepare('INSERT OR IGNORE INTO data_keys (case_id, key_id, wrapped, created_at) VALUES (?, ?, ?, ?)'),
      destroyed: this.db.prepare('SELECT 1 FROM destroyed_keys WHERE case_id = ?'),
    };
  }

  async dataKey(caseId: string, options: { readonly create: boolean }): Promise<DataKey | undefined> {
    const held = this.opened.get(caseId) ?? this.read(caseId);
    if (held || !options.create) return held;
    return this.pending.get(caseId) ?? this.make(caseId);
  }

  private read(caseId: string): DataKey | undefined {
    const row = this.sql.key.get(caseId) as KeyRow | undefined;
    return row && this.remember(caseId, { keyId: row.key_id, key: unwrapKey(this.master, caseId, row.wrapped) });
  }

  private remember(caseId: string, key: DataKey): DataKey {
    if (this.opened.size >= CACHED_KEYS) this.opened.delete(this.opened.keys().next().value!);
    this.opened.set(caseId, key);
    return key;
  }

  /** Queued for the batch that commits on the next turn of the event loop; undefined for a destroyed key. */
  private make(caseId: string): Promise<DataKey | undefined> {
    if (this.pending.size === 0) setImmediate(() => this.commitPending());
    const made = new Promise<DataKey | undefined>((resolve, reject) => {
      this.waiting.push({ caseId, resolve, reject });
    });
    this.pending.set(caseId, made);
    return made;
  }

  private commitPending(): void {
    const batch = this.waiting;
    this.waiting = [];
    this.pending = new Map();
    // The keys this commit wrote, held as made: reading each back would unwrap what is already in hand.
    const inserted = new Map<string, DataKey>();
    try {
      const now = new Date().toISOString();
      this.db.transaction(() => {
        for (const { caseId } of batch) {
          if (this.sql.destroyed.get(caseId)) continue;
          const made = newDataKey();
          if (this.sql.insert.run(caseId, made.keyId, wrapKey(this.master, caseId, made.key), now).changes === 1)
            inserted.set(caseId, made);
        }
      })();
      for (const { caseId, resolve } of batch) {
        const made = inserted.get(caseId);
        // A key another writer of the file made first (INSERT OR IGNORE kept it) is read as stored.
        resolve(made ? this.remember(caseId, made) : this.read(caseId));
      }
    } catch (error) {
      for (const { reject } of batch) reject(error);
    }
  }

  async status(caseId: string): Promise<KeyStatus> {
    if (this.opened.has(caseId) || this.db.prepare('SELECT 1 FROM data_keys WHERE case_id = ?').get(caseId)) return 'held';
    return this.db.prepare('SELECT 1 FROM destroyed_keys WHERE case_id = ?').get(caseId) ? 'destroyed' : 'none';
  }

  async destroy(caseId: string, destroyedAt: Date): Promise<boolean> {
    // A key being made for the case is made first, then destroyed with the rest.
    await this.pending.get(caseId);
    this.opened.delete(caseId);
    const destroy = this.db.transaction(() => {
      const row = this.db.prepare('SELECT key_id FROM data_keys WHERE case_id = ?').get(caseId) as KeyRow | undefined;
      this.db.prepare('DELETE FROM data_keys WHERE case_id = ?').run(caseId);
      this.db
        .prepare('INSERT OR IGNORE INTO destroyed_keys (case_id, key_id, destroyed_at) VALUES (?, ?, ?)')
        .run(caseId, row?.key_id ?? '', destroyedAt.toISOString());
      return row !== undefined;
    });
    const had = destroy();
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    return had;
  }

  async close(): Promise<void> {
    if (this.waiting.length > 0) this.commitPending();
    this.db.close();
  }
}
