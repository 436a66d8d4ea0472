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
  private readonly update: (n: number) => string;
  private readonly columns: EntityMetadata['columns'];
  /** Columns some index of the table holds, the primary key aside. */
  private readonly indexed: EntityMetadata['columns'];

  constructor(
    private readonly em: EntityManager,
    entity: EntityTarget<Row>,
    primaryKey: string,
  ) {
    const meta = em.connection.getMetadata(entity);
    const shapes = SHAPES.get(meta) ?? new Map<string, Shape>();
    SHAPES.set(meta, shapes);
    let shape = shapes.get(primaryKey);
    if (!shape) shapes.set(primaryKey, (shape = shapeOf(meta, em.connection.driver, primaryKey)));
    ({ select: this.select, upsert: this.upsert, update: this.update, columns: this.columns, indexed: this.indexed } = shape);
  }

  /** True when `next` holds what `stored` holds in every indexed column, so that writing it leaves the indexes as they are. */
  keepsIndexes(stored: Row, next: Row): boolean {
    return this.indexed.every((c) => stored[c.propertyName as keyof Row] === next[c.propertyName as keyof Row]);
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

  /** Inserts the rows, or updates those already stored; `keepingIndexes`: each is stored already and keepsIndexes. */
  async save(rows: readonly Row[], keepingIndexes = false): Promise<void> {
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
    await this.em.query((keepingIndexes ? this.update : this.upsert)(rows.length), values);
  }
}

interface Shape {
  readonly select: (n: number) => string;
  readonly upsert: (n: number) => string;
  readonly update: (n: number) => string;
  readonly columns: EntityMetadata['columns'];
  readonly indexed: EntityMetadata['columns'];
}

/**
 * A table's statements, made once per table and key and kept with its metadata: a page of a rebuild writes chunks
 * of the same size over and over, and building the placeholders of 250 rows × every column anew for each chunk
 * cost about a sixth of a deadline-register rebuild.
 */
const SHAPES = new WeakMap<EntityMetadata, Map<string, Shape>>();

function shapeOf(meta: EntityMetadata, driver: EntityManager['connection']['driver'], primaryKey: string): Shape {
  const q = (name: string) => driver.escape(name);
  const table = meta.tablePath.split('.').map(q).join('.');
  const pk = meta.findColumnWithPropertyName(primaryKey);
  if (!pk) throw new Error(`${meta.name} has no column ${primaryKey}`);
  const columns = meta.columns;
  const postgres = driver.options.type === 'postgres';
  const marks = (from: number, n: number) =>
    Array.from({ length: n }, (_, i) => (postgres ? `$${from + i + 1}` : '?')).join(', ');
  const names = columns.map((c) => q(c.databaseName)).join(', ');
  const indexed = new Set([...meta.indices.flatMap((i) => i.columns), ...meta.uniques.flatMap((u) => u.columns)]);
  indexed.delete(pk);
  const set = (cs: EntityMetadata['columns']) => cs.map((c) => `${q(c.databaseName)} = excluded.${q(c.databaseName)}`).join(', ');
  const updates = set(columns.filter((c) => c !== pk));
  const plain = columns.filter((c) => c !== pk && !indexed.has(c));
  const width = columns.length;
  const insert = (n: number) =>
    `INSERT INTO ${table} (${names}) VALUES ${Array.from({ length: n }, (_, r) => `(${marks(r * width, width)})`).join(', ')} ` +
    `ON CONFLICT (${q(pk.databaseName)}) DO UPDATE SET `;
  const upsert = memo((n) => insert(n) + updates);
  return {
    select: memo((n) => `SELECT * FROM ${table} WHERE ${q(pk.databaseName)} IN (${marks(0, n)})`),
    upsert,
    // Setting an indexed column, even to the value it has, rewrites its index entries: a row whose indexed
    // columns stay as stored sets only the others (most deadline-register updates: a clock closes, its keys stay).
    update: plain.length > 0 && indexed.size > 0 ? memo((n) => insert(n) + set(plain)) : upsert,
    columns,
    indexed: [...indexed],
  };
}

/** The statement for n rows, built once per n. */
function memo(build: (n: number) => string): (n: number) => string {
  const made = new Map<number, string>();
  return (n) => {
    let sql = made.get(n);
    if (sql === undefined) made.set(n, (sql = build(n)));
    return sql;
  };
}
