import pg from 'pg';
import { type PostgresEventRow, postgresRowToEvent } from '../../../event-store/src/postgres/index.js';
import { quoteIdent } from '../../../event-store/src/postgres/postgres-schema.js';
import { type StoreCopy, type StoreSize, type StoredRow, readRow } from './store-copy.port.js';

/** The schema the product's services keep their events in (docs/architecture.md "Stores"). */
export const PRODUCT_EVENT_STORE_SCHEMA = 'event_store';

/**
 * A service's PostgreSQL store, read in read-only transactions: the session default makes the server refuse
 * any write, and nothing here creates the schema or its table.
 */
export class PostgresStoreCopy implements StoreCopy {
  private readonly pool: pg.Pool;
  private readonly table: string;

  constructor(
    url: string,
    readonly location: string,
    schema = PRODUCT_EVENT_STORE_SCHEMA,
  ) {
    this.pool = new pg.Pool({ connectionString: url, max: 1, options: '-c default_transaction_read_only=on' });
    this.pool.on('error', () => undefined);
    this.table = `${quoteIdent(schema)}.events`;
  }

  async size(): Promise<StoreSize> {
    const { rows } = await this.pool.query<{ streams: string; events: string }>(
      `SELECT count(DISTINCT stream_id) AS streams, count(*) AS events FROM ${this.table}`,
    );
    return { streams: Number(rows[0].streams), events: Number(rows[0].events) };
  }

  async *rowsByStream(batch: number): AsyncIterable<readonly StoredRow[]> {
    let after: PostgresEventRow | undefined;
    for (;;) {
      // Keyset pages over the (stream_id, revision) unique index: no cursor held open across batches.
      const { rows } = after
        ? await this.pool.query<PostgresEventRow>(
            `SELECT * FROM ${this.table} WHERE (stream_id, revision) > ($1, $2) ORDER BY stream_id, revision LIMIT $3`,
            [after.stream_id, after.revision, batch],
          )
        : await this.pool.query<PostgresEventRow>(`SELECT * FROM ${this.table} ORDER BY stream_id, revision LIMIT $1`, [batch]);
      if (rows.length === 0) return;
      yield rows.map((row) => readRow(row, postgresRowToEvent));
      if (rows.length < batch) return;
      after = rows[rows.length - 1];
    }
  }

  async readStream(streamId: string): Promise<StoredRow[]> {
    const { rows } = await this.pool.query<PostgresEventRow>(
      `SELECT * FROM ${this.table} WHERE stream_id = $1 ORDER BY revision`,
      [streamId],
    );
    return rows.map((row) => readRow(row, postgresRowToEvent));
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
