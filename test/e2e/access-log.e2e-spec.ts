import Database from 'better-sqlite3';
import { join } from 'node:path';
import { TokenService } from '@send/platform';
import { startEmbedded, type Harness } from './harness.js';
import { type Auth, type Json, SHA256, caseUrl, decide, expectProblem, history, login, openCase } from './fixtures.js';

/**
 * Reads are logged (docs/api.md "Audit", access-log): every read of a case by an auditor or tribunal user
 * is recorded in the case's access log, apart from its record; its LA's managers and auditors may see it.
 */

const T0 = '2026-11-28T10:00:00.000Z';
const T1 = '2026-11-28T10:05:00.000Z';
const T2 = '2026-11-28T10:30:00.000Z';

let h: Harness;
let cw: Auth;
let manager: Auth;
let auditor: Auth;
let tribunal: Auth;
let caseId: string;

const accessLog = async (auth: Auth, id = caseId) => (await h.http.get(caseUrl(id, '/access-log')).set(auth).expect(200)).body;

beforeAll(async () => {
  h = await startEmbedded(new Date(T0));
  cw = await login(h, 'caseworker@202');
  manager = await login(h, 'manager@202');
  auditor = await login(h, 'auditor');
  tribunal = await login(h, 'tribunal');
  caseId = await openCase(h, cw, '2025-01-31');
  h.clock.set(new Date(T1));
  await decide(h, cw, caseId, 'assess', '2025-02-10');
  h.clock.set(new Date(T2));
  await h.http.get(caseUrl(caseId, '/history')).set(auditor).expect(200);
  await h.http.get(caseUrl(caseId, '/verify')).set(auditor).expect(200);
  await h.http
    .get(caseUrl(caseId, `/replay?asOf=${encodeURIComponent(T0)}`))
    .set(tribunal)
    .expect(200);
  await h.http
    .get(caseUrl(caseId, `/replay/diff?from=${encodeURIComponent(T0)}&to=${encodeURIComponent(T1)}`))
    .set(auditor)
    .expect(200);
  // Casework roles read too; their reads are not logged.
  await h.http.get(caseUrl(caseId, '/history')).set(cw).expect(200);
  await h.http.get(caseUrl(caseId, '/verify')).set(manager).expect(200);
});
afterAll(async () => {
  await h.close();
});

describe('GET …/access-log', () => {
  it("lists every auditor's and tribunal user's read, oldest first: who, role, when, what and the query", async () => {
    const log = await accessLog(manager);
    expect(log).toMatchObject({ caseId, valid: true });
    expect(log.reads.map((r: Json) => [r.who, r.role, r.what])).toEqual([
      ['auditor', 'auditor', 'history'],
      ['auditor', 'auditor', 'verify'],
      ['tribunal', 'tribunal', 'replay'],
      ['auditor', 'auditor', 'replay-diff'],
    ]);
    expect(log.reads[2].query).toEqual({ asOf: T0 });
    expect(log.reads[3].query).toEqual({ from: T0, to: T1 });
    for (const r of log.reads) {
      expect(r.when).toBe(T2);
      expect(r.hash).toMatch(SHA256);
    }
  });

  it("leaves out caseworkers' and managers' reads: their work on the case is the record", async () => {
    const log = await accessLog(auditor);
    expect(log.reads.some((r: Json) => ['caseworker', 'manager'].includes(r.role))).toBe(false);
  });

  it('is open to the managers of the LA and to auditors; not to caseworkers (403) or tribunal users (403)', async () => {
    expectProblem(await h.http.get(caseUrl(caseId, '/access-log')).set(cw), 403);
    expectProblem(await h.http.get(caseUrl(caseId, '/access-log')).set(tribunal), 403);
    await h.http.get(caseUrl(caseId, '/access-log')).set(auditor).expect(200);
  });

  it("answers another LA's manager exactly as for a case that does not exist (404)", async () => {
    const token = h.app.get(TokenService).issue({ id: 'manager@203', role: 'manager', la: '203' });
    const other = { Authorization: `Bearer ${token}` };
    expectProblem(await h.http.get(caseUrl(caseId, '/access-log')).set(other), 404, 'CASE.NOT_FOUND');
  });

  it('is not itself logged, and reading it changes nothing', async () => {
    const before = (await accessLog(auditor)).reads.length;
    expect((await accessLog(auditor)).reads.length).toBe(before);
  });

  it("is not part of the case's record: history and verify never show it, and stay as they were", async () => {
    const events = await history(h, cw, caseId);
    expect(events.some((e) => e.stream.startsWith('access-') || e.type === 'CaseRead')).toBe(false);
    const verify = (await h.http.get(caseUrl(caseId, '/verify')).set(cw).expect(200)).body;
    expect(verify.valid).toBe(true);
    expect(verify.streams.map((s: Json) => s.stream).sort()).toEqual([`assessment-${caseId}`]);
  });

  it('does not record a refused read', async () => {
    const before = (await accessLog(auditor)).reads.length;
    expectProblem(await h.http.get(caseUrl(caseId, '/replay?asOf=last-tuesday')).set(auditor), 400);
    expect((await accessLog(auditor)).reads.length).toBe(before);
  });

  it('is empty for a case nobody outside its LA has read', async () => {
    const unread = await openCase(h, cw, '2025-01-31');
    expect(await accessLog(manager, unread)).toEqual({ caseId: unread, valid: true, reads: [] });
  });

  it('records two reads of one case made at once, each once, the chain intact', async () => {
    const before = (await accessLog(auditor)).reads.length;
    await Promise.all([
      h.http.get(caseUrl(caseId, '/timeline')).set(tribunal).expect(200),
      h.http.get(caseUrl(caseId, '/verify')).set(auditor).expect(200),
    ]);
    const log = await accessLog(auditor);
    expect(log.valid).toBe(true);
    expect(
      log.reads
        .slice(before)
        .map((r: Json) => r.what)
        .sort(),
    ).toEqual(['timeline', 'verify']);
  });
});

describe('a read whose access-log record cannot be written', () => {
  /** The store itself refuses the access log's appends (a real SQLite error), and nothing else. */
  const refuseAccessLogWrites = (refuse: boolean) => {
    const db = new Database(join(h.dataDir, 'send.sqlite'));
    try {
      db.pragma('busy_timeout = 5000');
      db.exec(
        refuse
          ? `CREATE TRIGGER refuse_access_log BEFORE INSERT ON events WHEN NEW.stream_id LIKE 'access-%'
             BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`
          : 'DROP TRIGGER refuse_access_log',
      );
    } finally {
      db.close();
    }
  };
  afterEach(() => {
    try {
      refuseAccessLogWrites(false);
    } catch {
      // already dropped
    }
  });

  it('is refused 503 AUDIT.ACCESS_LOG_UNAVAILABLE, not answered unrecorded; the read goes through once the log can be written', async () => {
    const before = await accessLog(auditor);
    refuseAccessLogWrites(true);
    for (const path of ['/timeline', '/history', '/bundle.pdf']) {
      const res = await h.http.get(caseUrl(caseId, path)).set(tribunal);
      const problem = expectProblem(res, 503, 'AUDIT.ACCESS_LOG_UNAVAILABLE');
      expect(problem.detail).toMatch(/access log/);
      expect(JSON.stringify(res.body)).not.toContain('Amara');
    }
    // A caseworker's read is not logged, so the same refusal does not touch it.
    await h.http.get(caseUrl(caseId, '/timeline')).set(cw).expect(200);
    expect(await accessLog(auditor)).toEqual(before);

    refuseAccessLogWrites(false);
    await h.http.get(caseUrl(caseId, '/timeline')).set(tribunal).expect(200);
    const after = await accessLog(auditor);
    expect(after.valid).toBe(true);
    expect(after.reads.length).toBe(before.reads.length + 1);
    expect(after.reads.at(-1)).toMatchObject({ who: 'tribunal', what: 'timeline' });
  });

  it('leaves /ready reporting the access log store, which it reads', async () => {
    const ready = (await h.http.get('/ready').expect(200)).body;
    expect(ready.checks.auditStore).toMatch(/^ok \(in the event store, head \d+\)$/);
  });
});
