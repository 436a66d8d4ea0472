import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { SqliteEventStore, buildRecords } from '@send/event-store';
import { CONTEXTS, type StoredEvent, caseStream } from '@send/kernel';
import type { CaseReplayer } from '@send/read-models';
import { scratchDirectory } from '@send/testing';
import { SqliteStoreCopy } from '../store-copy/sqlite-store-copy.js';
import { verifyStore } from '../verify/store-verifier.js';
import { type AuditTool, runAudit } from './run-audit.js';

/**
 * The auditor's tool on a real SQLite store written by the product's own event store (docs/audit-export.md):
 * a case exported and checked by the independent checker, a byte altered and caught, and a whole-store
 * verification that names a tampered stream and an unreadable row without stopping.
 */

const dir = scratchDirectory('send-audit-cli-');
const CHECKER = resolve('infra/audit/check-export.py');
const caseId = randomUUID();
const other = randomUUID();

const ctx = (id: string, recordedAt: string, reason?: string) => ({
  caseId: id,
  la: '202',
  actor: { id: 'caseworker@202', role: 'caseworker' as const },
  correlationId: randomUUID(),
  causationId: randomUUID(),
  recordedAt: new Date(recordedAt),
  ...(reason === undefined ? {} : { reason }),
});

/** A store with the case in three of its streams, another case, and a setting's stream. */
async function makeStore(file: string): Promise<void> {
  const store = new SqliteEventStore(file);
  const append = async (stream: string, id: string, types: string[], at: string, data: unknown = {}, reason?: string) => {
    const head = (await store.readStream(stream)).at(-1);
    const records = buildRecords(
      stream,
      head,
      types.map((type) => ({ type, data })),
      ctx(id, at, reason),
    );
    await store.append(stream, head ? head.revision : 'no-stream', records);
  };
  await append(caseStream('assessment', caseId), caseId, ['AssessmentRequested'], '2026-01-05T09:00:00Z', {
    receivedOn: '2026-01-05',
    child: { name: 'Zoë Ñoño ✓ 😀', note: 'line\nbreak "quoted" \\ tab\t' },
    weights: [1.5, 0.1, 1e21, -0, 2 ** 60],
  });
  await append(caseStream('deadlines', caseId), caseId, ['DeadlineBreached'], '2026-02-20T06:00:00Z', {
    rule: 'assessment-decision',
  });
  await append(
    caseStream('assessment', caseId),
    caseId,
    ['AssessmentDecided'],
    '2026-02-21T09:00:00Z',
    { decision: 'assess' },
    'Evidence of SEN',
  );
  await append(caseStream('ehcp', caseId), caseId, ['PlanOpened', 'DraftPlanIssued'], '2026-03-01T09:00:00Z', { version: 1 });
  await append(caseStream('assessment', other), other, ['AssessmentRequested'], '2026-01-06T09:00:00Z', {
    receivedOn: '2026-01-06',
  });
  await append('setting-1', 'setting-1', ['SettingRegistered', 'SencoAppointed'], '2026-01-01T09:00:00Z', { name: 'Oak' });
  await store.close();
}

/** Changes stored rows behind the store's back, as someone with the file and a SQLite shell could. */
function tamper(file: string, sql: string, ...params: unknown[]): void {
  const db = new Database(file);
  db.exec('DROP TRIGGER IF EXISTS events_append_only_update');
  db.prepare(sql).run(...params);
  db.close();
}

function collector() {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream, text: () => text };
}

const counting = (context: CaseReplayer['context']): CaseReplayer => ({
  context,
  fold: (events) => ({ state: events.map((e) => e.type) }),
});

async function audit(argv: string[], extra: Partial<AuditTool> = {}) {
  const stdout = collector();
  const stderr = collector();
  const code = await runAudit(argv, {
    stdout: stdout.stream,
    stderr: stderr.stream,
    env: { DATA_DIR: dir },
    now: () => new Date('2026-06-01T00:00:00Z'),
    replayers: CONTEXTS.map(counting),
    ...extra,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const check = (file: string) => spawnSync('python3', [CHECKER, file], { encoding: 'utf8' });
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('export and the independent checker', () => {
  const file = join(dir, 'export.sqlite');
  let exported: string;
  beforeAll(async () => {
    await makeStore(file);
    const run = await audit(['export', caseId, '--sqlite', file]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    exported = run.stdout;
  });

  it("writes every event of the case's streams, stream by stream in revision order, and nothing of other cases", () => {
    const lines = exported
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => `${l.envelope.streamId}#${l.envelope.revision}`)).toEqual([
      `assessment-${caseId}#0`,
      `assessment-${caseId}#1`,
      `ehcp-${caseId}#0`,
      `ehcp-${caseId}#1`,
      `deadlines-${caseId}#0`,
    ]);
    expect(lines[1].envelope.reason).toBe('Evidence of SEN');
  });

  it('is checked by the checker with nothing but SHA-256, and the heads it prints are the stored ones', () => {
    const path = join(dir, 'case.jsonl');
    writeFileSync(path, exported);
    const result = check(path);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('export verifies: 5 event(s) in 3 stream(s)');
    const head = JSON.parse(exported.trimEnd().split('\n')[1]).hash;
    expect(result.stdout).toContain(`assessment-${caseId}: 2 event(s), head ${head}`);
  });

  it.each([
    ['a byte of an envelope', (text: string) => text.replace('"decision":"assess"', '"decision":"asses!"')],
    ['a byte of a canonical form', (text: string) => text.replace('\\"decision\\":\\"assess\\"', '\\"decision\\":\\"asses!\\"')],
    ['a byte of a hash', (text: string) => text.replace(/"hash":"(.)/, (_, c: string) => `"hash":"${c === 'a' ? 'b' : 'a'}`)],
    [
      'a line left out',
      (text: string) =>
        text
          .split('\n')
          .filter((_, i) => i !== 0)
          .join('\n'),
    ],
  ])('fails when %s is altered', (_what, alter) => {
    const path = join(dir, 'altered.jsonl');
    const altered = alter(exported);
    expect(altered).not.toBe(exported);
    writeFileSync(path, altered);
    const result = check(path);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^FAIL line \d+/m);
    expect(result.stderr).toContain('export does NOT verify');
  });

  it('fails an export taken after a stored event was altered', async () => {
    const copy = join(dir, 'export-tampered.sqlite');
    await makeStore(copy);
    tamper(copy, `UPDATE events SET data = replace(data, 'assess', 'refuse') WHERE type = 'AssessmentDecided'`);
    const run = await audit(['export', caseId, '--sqlite', copy]);
    expect(run.code).toBe(0);
    const path = join(dir, 'tampered.jsonl');
    writeFileSync(path, run.stdout);
    const result = check(path);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`assessment-${caseId} revision 1): SHA-256 of the canonical form is`);
  });
});

describe('verify over a whole store', () => {
  const file = join(dir, 'verify.sqlite');
  beforeAll(async () => {
    await makeStore(file);
  });

  it('finds an untouched store intact and says how much it read', async () => {
    const run = await audit(['verify', '--sqlite', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Verified 5 stream(s), 8 event(s) in ${file}: every hash chain is intact.\n`);
  });

  it('reads the default store in DATA_DIR', async () => {
    await makeStore(join(dir, 'send.sqlite'));
    expect(await audit(['verify'])).toMatchObject({ code: 0 });
  });

  it('names a tampered stream and an unreadable row, exits 1, and leaves the file untouched', async () => {
    const broken = join(dir, 'broken.sqlite');
    await makeStore(broken);
    tamper(broken, `UPDATE events SET data = replace(data, 'assess', 'refuse') WHERE type = 'AssessmentDecided'`);
    tamper(broken, `UPDATE events SET data = '{"name": "Oak"' WHERE type = 'SencoAppointed'`);
    const before = sha256(broken);
    const run = await audit(['verify', '--sqlite', broken]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`Verified 5 stream(s), 8 event(s) in ${broken}: 2 broken stream(s).`);
    expect(run.stdout).toContain(`BROKEN assessment-${caseId}: first broken revision 1 of 2 event(s); hash chain broken`);
    expect(run.stdout).toMatch(
      /BROKEN setting-1: first broken revision 1 of 2 event\(s\); unreadable stored event \(position \d+\): /,
    );
    expect(sha256(broken)).toBe(before);

    const json = await audit(['verify', '--sqlite', broken, '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      valid: false,
      streams: 5,
      events: 8,
      broken: [
        { stream: `assessment-${caseId}`, valid: false, events: 2, firstBrokenRevision: 1 },
        { stream: 'setting-1', valid: false, events: 2, firstBrokenRevision: 1, unreadable: { problem: expect.any(String) } },
      ],
    });
  });

  it('reads the file in pages that end inside a stream without losing a row', async () => {
    const copy = new SqliteStoreCopy(file);
    const noProgress = { start: () => undefined, advance: () => undefined, stop: () => undefined };
    try {
      for (const batch of [1, 2, 3]) {
        expect(await verifyStore(copy, noProgress, batch)).toMatchObject({ valid: true, streams: 5, events: 8 });
      }
    } finally {
      await copy.close();
    }
  });

  it('opens the store read-only: the connection refuses a write', () => {
    const copy = new SqliteStoreCopy(file);
    const db = (copy as unknown as { db: Database.Database }).db;
    expect(db.readonly).toBe(true);
    expect(() => db.exec(`INSERT INTO events (id) VALUES ('x')`)).toThrow(/readonly/);
    return copy.close();
  });

  it('refuses a store that is not there (exit 2) rather than creating one', async () => {
    const run = await audit(['verify', '--sqlite', join(dir, 'missing.sqlite')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot open the store at');
  });

  it('answers bad usage with exit 2 and the usage text', async () => {
    const run = await audit(['verify', '--sqlite']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('usage: npm run -s audit');
  });
});

describe('replay and timeline of a case', () => {
  const file = join(dir, 'replay.sqlite');
  beforeAll(() => makeStore(file));

  it('replays each context from the events recorded up to the instant', async () => {
    const run = await audit(['replay', caseId, '--sqlite', file, '--as-of', '2026-02-21T00:00:00Z']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      caseId,
      asOf: '2026-02-21T00:00:00.000Z',
      assessment: { revision: 0, state: ['AssessmentRequested'] },
      ehcp: { revision: -1, state: [] },
      placement: { revision: -1, state: [] },
      mediation: { revision: -1, state: [] },
      funding: { revision: -1, state: [] },
    });
  });

  it('replays as of now without --as-of, and says when the case is not in the store', async () => {
    expect(JSON.parse((await audit(['replay', caseId, '--sqlite', file])).stdout)).toMatchObject({
      asOf: '2026-06-01T00:00:00.000Z',
      ehcp: { revision: 1 },
    });
    const missing = await audit(['replay', randomUUID(), '--sqlite', file]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('the store holds no events of case');
  });

  it('refuses to replay over an unreadable event, and warns over a broken chain', async () => {
    const copy = join(dir, 'replay-broken.sqlite');
    await makeStore(copy);
    tamper(copy, `UPDATE events SET data = replace(data, 'assess', 'refuse') WHERE type = 'AssessmentDecided'`);
    const warned = await audit(['replay', caseId, '--sqlite', copy]);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toContain(`warning: assessment-${caseId} fails verification at revision 1`);
    tamper(copy, `UPDATE events SET data = 'not json' WHERE type = 'PlanOpened'`);
    const refused = await audit(['replay', caseId, '--sqlite', copy]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`ehcp-${caseId} revision 0 is unreadable`);
  });

  it('says the timeline is not available when the build has none', async () => {
    const run = await audit(['timeline', caseId, '--sqlite', file]);
    expect(run).toMatchObject({ code: 1, stdout: '', stderr: 'audit: the timeline is not available in this build\n' });
  });

  it("prints the timeline the app composes, given the case's streams and the filters", async () => {
    const seen: unknown[] = [];
    const timeline = (streams: ReadonlyMap<string, readonly StoredEvent[]>, id: string, query: unknown) => {
      seen.push({ streams: [...streams.keys()], id, query });
      return { caseId: id, entries: [] };
    };
    const run = await audit(['timeline', caseId, '--sqlite', file, '--kinds', 'deadline', '--to', '2026-02-28'], { timeline });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ caseId, entries: [] });
    expect(seen).toEqual([
      {
        streams: [`assessment-${caseId}`, `ehcp-${caseId}`, `deadlines-${caseId}`],
        id: caseId,
        query: { to: '2026-02-28', kinds: ['deadline'] },
      },
    ]);
  });
});
