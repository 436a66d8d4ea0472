import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * A projection's rows read and written in bulk, with SQL built once per table from TypeORM's own metadata and
 * values converted by TypeORM's own driver (the same conversions `find` and `save` make). TypeORM's query
 * builder re-scans its parameters for every one it adds, which made a page of a rebuild cost more in building
 * the statement than in running it (docs/benchmarks.md "Rebuild and replay").
 */
export class BulkRows<Row extends ObjectLiteral> {
  private readonly select: (n: number) => string;
  private readonly upsert: (n: number) => string;
  private readonly columns: EntityMetadata['columns'];

  constructor(
    private readonly em: EntityManager,
    entity: EntityTarget<Row>,
    primaryKey: string,
  ) {
    const meta = em.connection.getMetadata(entity);
    const driver = em.connection.driver;
    const q = (name: string) => driver.escape(name);
    const table = meta.tablePath.split('.').map(q).join('.');
    const pk = meta.findColumnWithPropertyName(primaryKey);
    if (!pk) throw new Error(`${meta.name} has no column ${primaryKey}`);
    this.columns = meta.columns;
    const postgres = driver.options.type === 'postgres';
    const marks = (from: number, n: number) =>
      Array.from({ length: n }, (_, i) => (postgres ? `$${from + i + 1}` : '?')).join(', ');
    const names = this.columns.map((c) => q(c.databaseName)).join(', ');
    const updates = this.columns
      .filter((c) => c !== pk)
      .map((c) => `${q(c.databaseName)} = excluded.${q(c.databaseName)}`)
      .join(', ');
    const width = this.columns.length;
    this.select = (n) => `SELECT * FROM ${table} WHERE ${q(pk.databaseName)} IN (${marks(0, n)})`;
    this.upsert = (n) =>
      `INSERT INTO ${table} (${names}) VALUES ${Array.from({ length: n }, (_, r) => `(${marks(r * width, width)})`).join(', ')} ` +
      `ON CONFLICT (${q(pk.databaseName)}) DO UPDATE SET ${updates}`;
  }

  async find(keys: readonly string[]): Promise<Row[]> {
    if (keys.length === 0) return [];
    const driver = this.em.connection.driver;
    const raw = (await this.em.query(this.select(keys.length), [...keys])) as Record<string, unknown>[];
    return raw.map((r) => {
      const row: Record<string, unknown> = {};
      for (const c of this.columns) row[c.propertyName] = driver.prepareHydratedValue(r[c.databaseName], c);
      return row as Row;
    });
  }

  async save(rows: readonly Row[]): Promise<void> {
    if (rows.length === 0) return;
    const driver = this.em.connection.driver;
    const values = rows.flatMap((row) =>
      this.columns.map((c) => {
        const value = row[c.propertyName as keyof Row] as unknown;
        // A column the row leaves out takes its declared default, as an INSERT through TypeORM would.
        const given = value === undefined ? (typeof c.default === 'function' ? null : (c.default ?? null)) : value;
        return driver.preparePersistentValue(given, c);
      }),
    );
    await this.em.query(this.upsert(rows.length), values);
  }
}
