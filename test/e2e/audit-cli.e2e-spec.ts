import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmbedded, type Harness } from './harness.js';
import { decide, login, openCase } from './fixtures.js';

/**
 * The built auditor's tool (README "Auditing a copy of the store") on the store the embedded application
 * wrote: verify, export checked by the independent checker, and verify again after a stored event is altered.
 */

let h: Harness;
let caseId: string;
let file: string;
const audit = (...args: string[]) =>
  spawnSync('node', ['dist/apps/audit/src/main.js', ...args, '--sqlite', file], { encoding: 'utf8' });

beforeAll(async () => {
  h = await startEmbedded(new Date('2026-11-28T10:00:00Z'));
  const cw = await login(h, 'caseworker@202');
  caseId = await openCase(h, cw, '2025-01-31');
  await decide(h, cw, caseId, 'assess', '2025-02-10');
  file = join(h.dataDir, 'send.sqlite');
});
afterAll(() => h.close());

it('verifies the live store, exports the case for the checker, and names a stream altered behind its back', () => {
  const intact = audit('verify');
  expect(intact.stdout).toContain('every hash chain is intact');
  expect(intact.status).toBe(0);

  const exported = audit('export', caseId);
  expect(exported.status).toBe(0);
  const path = join(h.dataDir, 'case.jsonl');
  writeFileSync(path, exported.stdout);
  const checked = spawnSync('python3', ['infra/audit/check-export.py', path], { encoding: 'utf8' });
  expect(checked.stdout).toContain('export verifies');
  expect(checked.status).toBe(0);

  const replay = audit('replay', caseId, '--as-of', '2026-11-28T10:00:00Z');
  expect(replay.status).toBe(0);
  expect(JSON.parse(replay.stdout)).toMatchObject({ caseId, assessment: { revision: expect.any(Number) } });

  const timeline = audit('timeline', caseId);
  expect(timeline.status).toBe(0);
  const told = JSON.parse(timeline.stdout) as { entries: { title: string; kind: string }[] };
  expect(told.entries.map((e) => e.title)).toEqual(
    expect.arrayContaining([expect.stringContaining('Request for an EHC needs assessment received'), 'Decision to assess']),
  );

  const db = new Database(file);
  db.exec('DROP TRIGGER IF EXISTS events_append_only_update');
  db.prepare(`UPDATE events SET data = replace(data, 'assess', 'refuse') WHERE type = 'AssessmentDecided'`).run();
  db.close();
  const broken = audit('verify');
  expect(broken.status).toBe(1);
  expect(broken.stdout).toContain(`BROKEN assessment-${caseId}: first broken revision`);
});
