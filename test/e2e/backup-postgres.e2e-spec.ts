import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { PostgresEventStore } from '../../libs/event-store/src/postgres/index.js';
import type { EventRecord, StoredEvent } from '@send/kernel';
import { SqliteEventStore } from '@send/event-store';
import { READ_MODEL_MIGRATIONS } from '@send/platform';
import {
  CaseSummaryEntity,
  DeadlineEntity,
  READ_MODEL_ENTITIES,
  SubscriptionRunner,
  caseSummaryProjection,
  deadlineRegisterProjection,
  inclusionFactsProjection,
} from '@send/read-models';
import { PersonalDataCipher, PersonalDataEventStore, SqliteKeyStore, loadConfig } from '@send/platform';
import { startEmbedded, type Harness } from './harness.js';
import { decide, login, openCase } from './fixtures.js';

/**
 * A proven backup of a service's PostgreSQL database (README "Backups"): its event store and read models,
 * dumped online with pg_dump while events are still being appended, restored with pg_restore into a fresh
 * database, and found whole: every stream verifies with the audit tool, and every read model rebuilt from
 * position 0 holds the same rows as the dump did. The events are the embedded application's own, copied
 * into the PostgreSQL store as they were written (same records, same hashes).
 */
const run = promisify(execFile);
const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const names = { live: `send_bk_${randomBytes(4).toString('hex')}`, restored: `send_rs_${randomBytes(4).toString('hex')}` };
const urlOf = (db: string) => {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${db}`;
  return url.toString();
};

let h: Harness;
let admin: pg.Client;
const opened: { close(): Promise<unknown> }[] = [];

/** The read models read the events as the product does: personal data opened with the case keys of the embedded app. */
function opening(store: PostgresEventStore): PersonalDataEventStore {
  const keys = new SqliteKeyStore(join(h.dataDir, 'keys.sqlite'), loadConfig({ DATA_DIR: h.dataDir }).personalDataKey);
  opened.push(keys);
  return new PersonalDataEventStore(store, new PersonalDataCipher(keys));
}

async function services(db: string) {
  const store = await PostgresEventStore.open(urlOf(db), { schema: 'event_store' });
  const ds = await new DataSource({
    type: 'postgres',
    url: urlOf(db),
    entities: READ_MODEL_ENTITIES,
    migrations: READ_MODEL_MIGRATIONS,
    migrationsRun: true,
    synchronize: false,
  }).initialize();
  const runner = new SubscriptionRunner(opening(store), [
    caseSummaryProjection(ds),
    deadlineRegisterProjection(ds),
    inclusionFactsProjection(ds),
  ]);
  opened.push({ close: () => runner.onApplicationShutdown() }, { close: () => ds.destroy() }, store);
  return { store, ds, runner };
}

const asRecord = (e: StoredEvent): EventRecord => {
  const { position: _position, ...record } = e;
  return record as EventRecord;
};

async function copyInto(store: PostgresEventStore, events: readonly StoredEvent[]): Promise<void> {
  const byStream = new Map<string, StoredEvent[]>();
  for (const e of events) byStream.set(e.streamId, [...(byStream.get(e.streamId) ?? []), e]);
  for (const [stream, list] of byStream) {
    const head = await store.readLast(stream);
    const fresh = list.filter((e) => head === undefined || e.revision > head.revision);
    if (fresh.length > 0) await store.append(stream, head === undefined ? 'no-stream' : head.revision, fresh.map(asRecord));
  }
}

const rows = async (ds: DataSource) => ({
  summaries: await ds.getRepository(CaseSummaryEntity).find({ order: { caseId: 'ASC' } }),
  deadlines: await ds.getRepository(DeadlineEntity).find({ order: { id: 'ASC' } }),
});

beforeAll(async () => {
  admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  for (const db of Object.values(names)) await admin.query(`CREATE DATABASE ${db}`);
  h = await startEmbedded();
  const cw = await login(h, 'caseworker@202');
  for (const on of ['2025-01-06', '2025-01-13', '2025-02-03'])
    await decide(h, cw, await openCase(h, cw, on), 'assess', '2025-03-03');
});
afterAll(async () => {
  for (const o of opened.reverse()) await o.close().catch(() => undefined);
  await h?.close();
  for (const db of Object.values(names)) await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  await admin.end();
});

it('restores a pg_dump taken while writes go on into a fresh database, every stream valid and every read model rebuilt', async () => {
  const { store: live, runner } = await services(names.live);
  const source = new SqliteEventStore(join(h.dataDir, 'send.sqlite'));
  opened.push(source);
  const events = await source.readAll(0n, 100_000);
  const firstHalf = events.slice(0, Math.floor(events.length / 2));
  await copyInto(live, firstHalf);
  await runner.onApplicationBootstrap();
  expect(await runner.waitFor(await live.headPosition(), 20_000)).toBe(true);

  // pg_dump reads one snapshot; the rest of the events are appended while it runs.
  const dumpFile = join(h.dataDir, 'service.dump');
  const dumping = run('pg_dump', ['--format=custom', '--file', dumpFile, urlOf(names.live)]);
  await copyInto(live, events);
  await dumping;
  expect(await runner.waitFor(await live.headPosition(), 20_000)).toBe(true);

  await run('pg_restore', ['--dbname', urlOf(names.restored), '--no-owner', dumpFile]);
  const { stdout } = await run('node', ['dist/apps/audit/src/main.js', 'verify', '--postgres', urlOf(names.restored), '--json'], {
    encoding: 'utf8',
  });
  const verified = JSON.parse(stdout) as { valid: boolean; events: number; broken: unknown[] };
  expect(verified).toMatchObject({ valid: true, broken: [] });
  // A snapshot: at least the half that was there before the dump began, at most all of it, never a torn stream.
  expect(verified.events).toBeGreaterThanOrEqual(firstHalf.length);
  expect(verified.events).toBeLessThanOrEqual(events.length);

  const { store: restoredStore, ds: restoredDb, runner: restoredRunner } = await services(names.restored);
  const head = await restoredStore.headPosition();
  // The dump's read models, caught up from their own checkpoints (the snapshot may hold events they had not
  // applied yet), against the same read models rebuilt from position 0.
  await restoredRunner.onApplicationBootstrap();
  expect(await restoredRunner.waitFor(head, 20_000)).toBe(true);
  const asRestored = await rows(restoredDb);
  expect(asRestored.summaries.length).toBeGreaterThan(0);
  for (const name of ['case-summary', 'deadline-register', 'inclusion-facts']) {
    expect(await restoredRunner.rebuild(name, 20_000)).toEqual({ name, position: head.toString() });
  }
  expect(await rows(restoredDb)).toEqual(asRestored);
  // The restored log's prefix is the live log's, event for event.
  const restoredEvents = await restoredStore.readAll(0n, 100_000);
  expect(restoredEvents.map((e) => e.id)).toEqual((await live.readAll(0n, restoredEvents.length)).map((e) => e.id));
}, 90_000);
