import Database from 'better-sqlite3';
import { type SqliteEventRow, sqliteRowToEvent } from '@send/event-store';
import { type StoreCopy, type StoreSize, type StoredRow, readRow } from './store-copy.port.js';

/**
 * An embedded store's file, opened read-only: the tool never creates the file, its table or its triggers,
 * and SQLite itself refuses any write through this connection.
 */
export class SqliteStoreCopy implements StoreCopy {
  private readonly db: Database.Database;

  constructor(readonly location: string) {
    this.db = new Database(location, { readonly: true, fileMustExist: true });
  }

  async size(): Promise<StoreSize> {
    const row = this.db.prepare('SELECT COUNT(DISTINCT stream_id) AS streams, COUNT(*) AS events FROM events').get() as StoreSize;
    return { streams: Number(row.streams), events: Number(row.events) };
  }

  async *rowsByStream(batch: number): AsyncIterable<readonly StoredRow[]> {
    const first = this.db.prepare('SELECT * FROM events ORDER BY stream_id, revision LIMIT ?');
    // A row value comparison walks the (stream_id, revision) unique index from where the last batch ended.
    const next = this.db.prepare(
      'SELECT * FROM events WHERE (stream_id, revision) > (?, ?) ORDER BY stream_id, revision LIMIT ?',
    );
    let rows = first.all(batch) as SqliteEventRow[];
    while (rows.length > 0) {
      yield rows.map((row) => readRow(row, sqliteRowToEvent));
      if (rows.length < batch) return;
      const last = rows[rows.length - 1];
      rows = next.all(last.stream_id, last.revision, batch) as SqliteEventRow[];
    }
  }

  /**
   * SQLite's online backup API: the whole file (events, read models, checkpoints, idempotency records) copied
   * page by page as one consistent snapshot, while the application goes on writing; it starts over if the source
   * changes under it, so what lands is always a state the file was in.
   */
  async backupTo(file: string): Promise<void> {
    await this.db.backup(file);
  }

  async readStream(streamId: string): Promise<StoredRow[]> {
    const rows = this.db.prepare('SELECT * FROM events WHERE stream_id = ? ORDER BY revision').all(streamId) as SqliteEventRow[];
    return rows.map((row) => readRow(row, sqliteRowToEvent));
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
