import Database from 'better-sqlite3';
import { join } from 'node:path';
import { startEmbedded, type Harness } from './harness.js';
import { type Auth, type Json, caseUrl, decide, expectProblem, login, openCase } from './fixtures.js';

/**
 * One stored event whose JSON no longer parses (damage on disk, or an edit by hand) must not take the
 * application down: it starts, verify names the stream and revision, the subscribers that meet it stop there
 * and say so in /ready and /metrics, and writes and the subscribers past it go on (docs/architecture.md
 * "Faults").
 */
let h: Harness;
let cw: Auth;
let damaged: string;
let other: string;

beforeAll(async () => {
  h = await startEmbedded();
  cw = await login(h, 'caseworker@202');
  damaged = await openCase(h, cw, '2025-01-31');
  other = await openCase(h, cw, '2025-02-03');
  const db = new Database(join(h.dataDir, 'send.sqlite'));
  try {
    db.exec('DROP TRIGGER IF EXISTS events_append_only_update');
    const changed = db
      .prepare('UPDATE events SET data = \'{"child": {not json\' WHERE stream_id = ? AND revision = 0')
      .run(`assessment-${damaged}`).changes;
    expect(changed).toBe(1);
  } finally {
    db.close();
  }
  // The subscribers that keep no checkpoint of their own re-read the log from the start: they meet it now.
  await h.restart();
  cw = await login(h, 'caseworker@202');
  // The subscribers reach the damaged event on their own after start: wait (bounded) until one has.
  const deadline = Date.now() + 20_000;
  while ((await h.http.get('/ready')).body.status !== 'degraded' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
});
afterAll(async () => h.close());

it('the application starts and answers', async () => {
  expect((await h.http.get('/health').expect(200)).body).toEqual({ status: 'ok' });
});

it("verify names the damaged stream and revision; the case's other streams and other cases verify", async () => {
  const res = await h.http.get(caseUrl(damaged, '/verify')).set(cw).expect(200);
  expect(res.body.valid).toBe(false);
  const streams = Object.fromEntries((res.body.streams as Json[]).map((s) => [s.stream, s]));
  expect(streams[`assessment-${damaged}`]).toMatchObject({
    valid: false,
    firstBrokenRevision: 0,
    unreadable: { revision: 0, problem: 'SyntaxError' },
  });
  expect(JSON.stringify(res.body)).not.toContain('not json');
  expect((await h.http.get(caseUrl(other, '/verify')).set(cw).expect(200)).body.valid).toBe(true);
});

it('/ready says which subscribers stopped and where, and stays ready; /metrics flags them', async () => {
  const ready = await h.http.get('/ready').expect(200);
  expect(ready.body.status).toBe('degraded');
  const stopped = (ready.body.subscribers as Json[]).filter((s) => s.stuck);
  expect(stopped.length).toBeGreaterThan(0);
  for (const s of stopped) expect(s.stuck).toMatchObject({ streamId: `assessment-${damaged}`, revision: 0 });
  // The projections that had already passed the damaged event carry on.
  const summary = (ready.body.subscribers as Json[]).find((s) => s.name === 'case-summary');
  expect(summary?.stuck).toBeUndefined();
  expect(ready.body.checks.subscribers).toMatch(new RegExp(`stopped at assessment-${damaged} revision 0`));
  const metrics = (await h.http.get('/metrics').expect(200)).text;
  expect(metrics).toMatch(new RegExp(`send_subscriber_stuck\\{subscriber="${stopped[0].name}"\\} 1`));
  expect(metrics).toMatch(/send_subscriber_stuck\{subscriber="case-summary"\} 0/);
});

it('writes go on: a new case is recorded, listed and decided, without waiting on the stopped subscribers', async () => {
  const fresh = await openCase(h, cw, '2025-03-03');
  await decide(h, cw, fresh, 'assess', '2025-03-10');
  const summary = await h.http.get(caseUrl(fresh)).set(cw).expect(200);
  expect(summary.body.stage).toBe('assessing');
  expect((await h.http.get(caseUrl(fresh, '/verify')).set(cw).expect(200)).body.valid).toBe(true);
});

it("reading the damaged case's history answers a problem naming the damage, not a crash", async () => {
  const res = await h.http.get(caseUrl(damaged, '/history')).set(cw);
  expectProblem(res, 500, 'STORE.UNREADABLE_EVENT');
  expect(res.body).toMatchObject({ streamId: `assessment-${damaged}`, revision: 0 });
  expect(JSON.stringify(res.body)).not.toContain('not json');
});
