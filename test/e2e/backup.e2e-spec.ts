import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startEmbedded, type Harness } from './harness.js';
import { type Auth, type Json, caseUrl, decide, login, openCase } from './fixtures.js';

/**
 * A proven backup of the embedded store (README "Backups"): taken online with the audit tool while the
 * application goes on writing, restored into a fresh DATA_DIR, and found whole: the backup is an exact prefix
 * of the live log, every stream verifies, the restored application serves the same cases, every read model
 * rebuilt from position 0 gives the same answers, and it takes new writes.
 */
const run = promisify(execFile);
const audit = (...args: string[]) => run('node', ['dist/apps/audit/src/main.js', ...args], { encoding: 'utf8' });

let live: Harness;
let restored: Harness;
let cw: Auth;
const cases: string[] = [];
let backupFile: string;
let backupReport: Json;

beforeAll(async () => {
  live = await startEmbedded();
  cw = await login(live, 'caseworker@202');
  for (const [i, on] of ['2025-01-06', '2025-01-13', '2025-02-03', '2025-03-03'].entries()) {
    const id = await openCase(live, cw, on);
    if (i % 2 === 0) await decide(live, cw, id, 'assess', '2025-03-17');
    cases.push(id);
  }
  // Writes keep arriving while the backup runs: it must still be one consistent snapshot.
  let writing = true;
  const writer = (async () => {
    let n = 0;
    while (writing)
      await openCase(live, cw, '2025-04-01', {
        child: { givenName: 'Concurrent', familyName: `Writer-${n++}`, dateOfBirth: '2016-05-05' },
      });
    return n;
  })();
  backupFile = join(mkdtempSync(join(tmpdir(), 'send-backup-')), 'send-backup.sqlite');
  const { stdout } = await audit('backup', '--sqlite', join(live.dataDir, 'send.sqlite'), '--out', backupFile, '--json');
  backupReport = JSON.parse(stdout);
  writing = false;
  expect(await writer).toBeGreaterThan(0);

  const fresh = mkdtempSync(join(tmpdir(), 'send-restored-'));
  copyFileSync(backupFile, join(fresh, 'send.sqlite'));
  // The children's keys are backed up apart from the events, and after them, so every key the copy needs is there.
  const keys = new Database(join(live.dataDir, 'keys.sqlite'), { readonly: true });
  await keys.backup(join(fresh, 'keys.sqlite'));
  keys.close();
  // And the master key that wraps them (PERSONAL_DATA_KEY; in demo mode kept in DATA_DIR).
  copyFileSync(join(live.dataDir, '.demo-personal-data-key'), join(fresh, '.demo-personal-data-key'));
  restored = await startEmbedded(undefined, fresh);
}, 60_000);
afterAll(async () => {
  await restored?.close();
  await live?.close();
});

it('reports the copy verified, with its size and SHA-256', () => {
  expect(backupReport).toMatchObject({ to: backupFile, valid: true, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  expect(backupReport.events).toBeGreaterThan(cases.length * 4);
});

it('holds an exact prefix of the live log: the same events, positions and hashes, nothing half-written', () => {
  const rows = (file: string) => {
    const db = new Database(file, { readonly: true });
    try {
      return db.prepare('SELECT position, id, stream_id, revision, hash FROM events ORDER BY position').all();
    } finally {
      db.close();
    }
  };
  const copy = rows(join(restored.dataDir, 'send.sqlite'));
  const original = rows(join(live.dataDir, 'send.sqlite'));
  expect(copy.length).toBe(backupReport.events);
  expect(original.length).toBeGreaterThan(copy.length);
  expect(original.slice(0, copy.length)).toEqual(copy);
});

it('verifies every stream of the restored store with the audit tool', async () => {
  const { stdout } = await audit('verify', '--sqlite', join(restored.dataDir, 'send.sqlite'), '--json');
  expect(JSON.parse(stdout)).toMatchObject({ valid: true, events: backupReport.events, broken: [] });
});

it('serves the same cases after restore, and every read model rebuilt from position 0 answers the same', async () => {
  const rcw = await login(restored, 'caseworker@202');
  const admin = await login(restored, 'admin');
  const views = async () =>
    Promise.all(
      cases.map(async (id) => ({
        summary: (await restored.http.get(caseUrl(id)).set(rcw).expect(200)).body,
        deadlines: (await restored.http.get(caseUrl(id, '/deadlines')).set(rcw).expect(200)).body,
      })),
    );
  const before = await views();
  for (const [i, id] of cases.entries()) {
    const original = (await live.http.get(caseUrl(id)).set(cw).expect(200)).body;
    expect(before[i].summary).toEqual(original);
  }
  const subscribers = ((await restored.http.get('/ready').expect(200)).body.subscribers as Json[]).map((s) => s.name as string);
  const projections = ['case-summary', 'deadline-register', 'inclusion-facts', 'settings-registry', 'inclusion-plans'];
  expect(subscribers).toEqual(expect.arrayContaining(projections));
  for (const name of projections) {
    const res = await restored.http.post(`/api/v1/admin/projections/${name}/rebuild`).set(admin).expect(200);
    expect(res.body).toEqual({ name, position: String(backupReport.events) });
  }
  expect(await views()).toEqual(before);
});

it('takes new writes on the restored store, which verify', async () => {
  const rcw = await login(restored, 'caseworker@202');
  const id = await openCase(restored, rcw, '2025-05-06');
  await decide(restored, rcw, id, 'assess', '2025-05-20');
  expect((await restored.http.get(caseUrl(id, '/verify')).set(rcw).expect(200)).body.valid).toBe(true);
  expect((await restored.http.get(caseUrl(cases[0], '/verify')).set(rcw).expect(200)).body.valid).toBe(true);
});
