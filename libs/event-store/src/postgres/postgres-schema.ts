import { createHash } from 'node:crypto';
import pg from 'pg';

/** Quotes an SQL identifier (schema, channel) so any name the operator configures is safe to interpolate. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * A signed 64-bit key derived from the schema name, for pg_advisory_xact_lock. Derived in JS rather than
 * with hashtext() so the key does not depend on the server version, and per schema so two stores sharing a
 * database (tests, tenants) do not serialise each other.
 */
export function advisoryKey(schema: string): string {
  return createHash('sha256').update(`send.event-store:${schema}`).digest().readBigInt64BE(0).toString();
}

/** NOTIFY channel for a schema: hashed because channel names are identifiers limited to 63 bytes. */
export function notifyChannel(schema: string): string {
  return `send_es_${createHash('sha256').update(schema).digest('hex').slice(0, 24)}`;
}

export const STREAM_REVISION_CONSTRAINT = 'events_stream_revision_key';
export const APPEND_ONLY_MESSAGE = 'events are append-only';

/**
 * DDL, every statement idempotent. Column choices:
 * - position: identity with CACHE 1. A per-session cache would hand out blocks of values (session A holds
 *   1..20, B 21..40), so positions would stop following commit order even under the append lock.
 * - data/actor: `json`, not `jsonb`. json keeps the exact text written (key order, number spelling) and pg
 *   parses it back with JSON.parse, so what is read equals what was hashed; jsonb would reorder keys.
 * - occurred_at/recorded_at: text, because occurredAt may be a date or an instant and must come back verbatim.
 * - id: text rather than uuid, so its spelling (case) is kept byte for byte.
 */
function ddl(schema: string): string[] {
  const s = quoteIdent(schema);
  return [
    `CREATE SCHEMA IF NOT EXISTS ${s}`,
    `CREATE TABLE IF NOT EXISTS ${s}.events (
       position       bigint GENERATED ALWAYS AS IDENTITY (CACHE 1) PRIMARY KEY,
       id             text    NOT NULL,
       stream_id      text    NOT NULL,
       revision       integer NOT NULL CHECK (revision >= 0),
       type           text    NOT NULL,
       schema_version integer NOT NULL,
       case_id        text    NOT NULL,
       la             text    NOT NULL,
       occurred_at    text    NOT NULL,
       recorded_at    text    NOT NULL,
       actor          json    NOT NULL,
       correlation_id text    NOT NULL,
       causation_id   text    NOT NULL,
       reason         text,
       data           json    NOT NULL,
       hash           text    NOT NULL,
       prev_hash      text    NOT NULL,
       CONSTRAINT events_id_key UNIQUE (id),
       CONSTRAINT ${STREAM_REVISION_CONSTRAINT} UNIQUE (stream_id, revision)
     )`,
    `CREATE INDEX IF NOT EXISTS events_by_case ON ${s}.events (case_id, position)`,
    // One append in one statement, so one round trip: lock, check, insert, notify (see PostgresEventStore.append).
    // VOLATILE (the default), so under READ COMMITTED each statement inside takes a fresh snapshot and the head
    // is read after the lock is held.
    `CREATE OR REPLACE FUNCTION ${s}.events_append(
       p_lock bigint, p_stream_id text, p_after integer, p_channel text,
       p_id text[], p_stream text[], p_revision integer[], p_type text[], p_schema_version integer[], p_case_id text[],
       p_la text[], p_occurred_at text[], p_recorded_at text[], p_actor json[], p_correlation_id text[],
       p_causation_id text[], p_reason text[], p_data json[], p_hash text[], p_prev_hash text[]
     ) RETURNS TABLE (head integer, last_position bigint) LANGUAGE plpgsql AS $fn$
     DECLARE
       v_head integer;
       v_last bigint;
     BEGIN
       PERFORM pg_advisory_xact_lock(p_lock);
       SELECT max(e.revision) INTO v_head FROM ${s}.events e WHERE e.stream_id = p_stream_id;
       IF coalesce(v_head, -1) <> p_after THEN
         RETURN QUERY SELECT v_head, NULL::bigint;
         RETURN;
       END IF;
       WITH inserted AS (
         INSERT INTO ${s}.events (id, stream_id, revision, type, schema_version, case_id, la, occurred_at, recorded_at,
                                  actor, correlation_id, causation_id, reason, data, hash, prev_hash)
         SELECT * FROM unnest(p_id, p_stream, p_revision, p_type, p_schema_version, p_case_id, p_la, p_occurred_at,
                              p_recorded_at, p_actor, p_correlation_id, p_causation_id, p_reason, p_data, p_hash, p_prev_hash)
         RETURNING position
       ) SELECT max(i.position) INTO v_last FROM inserted i;
       -- The payload is the append's last position: the appending process, already woken, ignores its own.
       PERFORM pg_notify(p_channel, v_last::text);
       RETURN QUERY SELECT v_head, v_last;
     END
     $fn$`,
    // The record is evidence: once written it is never changed or removed (TRUNCATE included, which
    // row-level triggers would not see, hence one statement-level trigger for all three).
    `CREATE OR REPLACE FUNCTION ${s}.events_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
     BEGIN
       RAISE EXCEPTION '${APPEND_ONLY_MESSAGE}' USING ERRCODE = 'integrity_constraint_violation';
     END
     $fn$`,
  ];
}

/**
 * Creates the schema, table, index and append-only trigger if missing. Runs in one transaction under an
 * advisory lock because concurrent CREATE ... IF NOT EXISTS from two starting processes can still collide
 * on the catalog (a unique violation on pg_type); the lock makes the second wait and then find it all there.
 */
export async function ensureSchema(pool: pg.Pool, schema: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1::bigint)', [advisoryKey(`${schema}#init`)]);
    for (const statement of ddl(schema)) await client.query(statement);
    const s = quoteIdent(schema);
    const existing = await client.query(
      `SELECT 1 FROM pg_trigger WHERE tgrelid = $1::regclass AND tgname = 'events_append_only'`,
      [`${s}.events`],
    );
    if (existing.rowCount === 0) {
      await client.query(
        `CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ${s}.events
         FOR EACH STATEMENT EXECUTE FUNCTION ${s}.events_append_only()`,
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
