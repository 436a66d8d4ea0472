import Database from 'better-sqlite3';
import { join } from 'node:path';
import { hashEvent } from '@send/kernel';
import { startEmbedded, type Harness } from './harness.js';
import {
  type Auth,
  type Json,
  GENESIS,
  SHA256,
  UUID,
  caseReadyForDraft,
  caseUrl,
  conclude,
  decide,
  expectProblem,
  history,
  login,
  openCase,
  planSections,
  registerSetting,
  step,
} from './fixtures.js';

/**
 * The record as evidence (docs/api.md "Audit"): history with its hash chain, verification that detects a
 * change made behind the API's back, and replay of the case as it stood at an instant.
 */

const T0 = '2026-11-28T10:00:00.000Z';
const T1 = '2026-11-28T10:05:00.000Z';
const T2 = '2026-11-28T10:10:00.000Z';
const T3 = '2026-11-28T10:15:00.000Z';

let h: Harness;
let cw: Auth;
let caseId: string;

beforeAll(async () => {
  h = await startEmbedded(new Date(T0));
  cw = await login(h, 'caseworker@202');
  caseId = await openCase(h, cw, '2025-01-31');
  h.clock.set(new Date(T1));
  await decide(h, cw, caseId, 'assess', '2025-02-10');
  h.clock.set(new Date(T2));
  await conclude(h, cw, caseId, 'issue-plan', '2025-05-01');
  h.clock.set(new Date(T3));
  await step(h, cw, caseId, '/plan/draft', { issuedOn: '2025-05-05', sections: planSections() });
});
afterAll(async () => {
  await h.close();
});

const byStream = (events: Json[]) => {
  const streams = new Map<string, Json[]>();
  for (const e of events) streams.set(e.stream, [...(streams.get(e.stream) ?? []), e]);
  return streams;
};

describe('GET …/history', () => {
  it('lists every event of the case across contexts, oldest first', async () => {
    const events = await history(h, cw, caseId);
    expect(events.map((e) => e.type)).toEqual([
      'AssessmentRequested',
      'DeadlineStarted',
      'DeadlineStarted',
      'DeadlineStarted',
      'AssessmentDecided',
      'DeadlineMet',
      'PlanIssueDecided',
      'DeadlineNotApplicable',
      'PlanOpened',
      'DraftPlanIssued',
      'DeadlineStarted',
    ]);
    expect(events.map((e) => e.recordedAt)).toEqual([T0, T0, T0, T0, T1, T1, T2, T2, T2, T3, T3]);
    expect(new Set(events.map((e) => e.stream))).toEqual(new Set([`assessment-${caseId}`, `ehcp-${caseId}`]));
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('gives each event its id, stream, revision, dates, actor, data and hashes; reasons where given', async () => {
    const events = await history(h, cw, caseId);
    for (const e of events) {
      expect(e.id).toMatch(UUID);
      expect(Number.isInteger(e.revision)).toBe(true);
      expect(typeof e.occurredAt).toBe('string');
      expect(typeof e.actor.id).toBe('string');
      expect(e.data).toEqual(expect.any(Object));
      expect(e.hash).toMatch(SHA256);
      expect(e.prevHash).toMatch(SHA256);
    }
    const requested = events[0];
    expect(requested.actor.id).toBe('caseworker@202');
    expect(requested.occurredAt.startsWith('2025-01-31')).toBe(true);
    // As stored, the child encrypted under the case's key (the hash covers that); as read, beside it.
    expect(requested.data).toMatchObject({
      la: '202',
      receivedOn: '2025-01-31',
      child: { personal: expect.stringMatching(/^pd1:/) },
    });
    expect(requested.readable.data).toMatchObject({ la: '202', receivedOn: '2025-01-31', child: { givenName: 'Amara' } });
    const decided = events.find((e) => e.type === 'AssessmentDecided')!;
    expect(decided.reason).toMatch(/^pd1:/);
    expect(decided.readable.reason).toBe('Decision to assess, with reasons as sent to the family');
    expect(decided.data).toMatchObject({ decision: 'assess', decidedOn: '2025-02-10' });
  });

  it('chains each stream: the first prevHash is 64 zeros, each next prevHash is the hash before it', async () => {
    for (const [, events] of byStream(await history(h, cw, caseId))) {
      expect(events.map((e) => e.revision)).toEqual(events.map((_, i) => i));
      expect(events[0].prevHash).toBe(GENESIS);
      for (let i = 1; i < events.length; i++) expect(events[i].prevHash).toBe(events[i - 1].hash);
    }
  });
});

describe('GET …/verify', () => {
  it('finds every stream of the case valid, with its event count', async () => {
    const streams = byStream(await history(h, cw, caseId));
    const res = await h.http.get(caseUrl(caseId, '/verify')).set(cw).expect(200);
    expect(res.body.valid).toBe(true);
    expect([...res.body.streams].sort((a: Json, b: Json) => a.stream.localeCompare(b.stream))).toEqual(
      [...streams.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([stream, events]) => expect.objectContaining({ stream, events: events.length, valid: true })),
    );
  });
});

describe('GET …/replay?asOf=', () => {
  const replay = async (asOf: string) =>
    (
      await h.http
        .get(caseUrl(caseId, `/replay?asOf=${encodeURIComponent(asOf)}`))
        .set(cw)
        .expect(200)
    ).body;

  it('before the request: nothing yet', async () => {
    const r = await replay('2026-11-28T09:59:59Z');
    expect(r.assessment.revision).toBe(-1);
    expect(r.ehcp.revision).toBe(-1);
    for (const context of ['placement', 'mediation', 'funding']) expect(r[context].revision).toBe(-1);
  });

  it('between the request and the decision: the case as requested', async () => {
    const r = await replay('2026-11-28T10:02:00Z');
    expect(r.caseId).toBe(caseId);
    expect(r.assessment).toMatchObject({ revision: 3, stage: 'requested' });
    expect(r.ehcp.revision).toBe(-1);
  });

  it('at the instant of the decision, and until the outcome: assessing', async () => {
    expect((await replay(T1)).assessment).toMatchObject({ revision: 5, stage: 'assessing' });
    // The same instant written with a UTC+1 offset.
    expect((await replay('2026-11-28T11:07:00+01:00')).assessment).toMatchObject({ revision: 5, stage: 'assessing' });
  });

  it('after the outcome the plan is open in the ehcp context; after the draft it is a draft', async () => {
    const afterOutcome = await replay('2026-11-28T10:12:00Z');
    expect(afterOutcome.assessment).toMatchObject({ revision: 7, stage: 'plan-to-issue' });
    expect(afterOutcome.ehcp).toMatchObject({ revision: 0, state: { status: 'open' } });
    const afterDraft = await replay('2026-11-28T10:20:00Z');
    expect(afterDraft.ehcp).toMatchObject({ revision: 2, state: { status: 'draft' } });
  });

  it('refuses an asOf that is not an instant: 400', async () => {
    expectProblem(await h.http.get(caseUrl(caseId, '/replay?asOf=last-tuesday')).set(cw), 400);
  });
});

describe('GET …/replay?asOf= rebuilds all five contexts', () => {
  const T4 = '2026-11-28T11:00:00.000Z';
  const T5 = '2026-11-28T11:30:00.000Z';
  let full: string;
  let oakwood: string;

  const replay = async (asOf: string) =>
    (
      await h.http
        .get(caseUrl(full, `/replay?asOf=${encodeURIComponent(asOf)}`))
        .set(cw)
        .expect(200)
    ).body;

  beforeAll(async () => {
    h.clock.set(new Date(T4));
    oakwood = await registerSetting(h, cw, { name: 'Oakwood Primary' });
    await h.http
      .put('/api/v1/inclusion-plans/202')
      .set(cw)
      .send({ publishedOn: '2025-04-01', settingIds: [oakwood] })
      .expect(200);
    full = await caseReadyForDraft(h, cw, '2025-03-03', '2025-04-07', '2025-06-02');
    await step(h, cw, full, '/plan/draft', { issuedOn: '2025-06-09', sections: planSections() });
    await h.http.get(caseUrl(full, '/placement/tailored-list?asOf=2025-06-10')).set(cw).expect(200);
    await step(h, cw, full, '/placement/preferences', { ranked: [oakwood], expressedOn: '2025-06-12' });
    const consulted = await step(h, cw, full, '/placement/consultations', { settingId: oakwood, sentOn: '2025-06-13' });
    await step(h, cw, full, `/placement/consultations/${consulted.consultationId}/answer`, {
      answeredOn: '2025-06-20',
      answer: 'can-meet',
    });
    await step(h, cw, full, '/placement/allocate', { decidedOn: '2025-06-25' });
    h.clock.set(new Date(T5));
    await step(h, cw, full, '/plan/final', { issuedOn: '2025-06-26' });
  });

  it('answers for every context, each with its revision and state', async () => {
    const r = await replay('2026-11-28T12:00:00Z');
    for (const context of ['assessment', 'ehcp', 'placement', 'mediation', 'funding']) {
      expect(r[context]).toEqual(expect.objectContaining({ revision: expect.any(Number), state: expect.any(Object) }));
    }
  });

  it('before the final plan: the place is allocated, nothing is priced and no appeal right is open yet', async () => {
    const r = await replay('2026-11-28T11:15:00Z');
    expect(r.placement.revision).toBeGreaterThanOrEqual(0);
    expect(r.placement.state).toMatchObject({ status: 'allocated', allocation: { settingId: oakwood } });
    expect(r.ehcp.state).toMatchObject({ status: 'draft' });
    expect(r.mediation).toMatchObject({ revision: -1, state: { status: 'none' } });
    expect(r.funding).toMatchObject({ revision: -1, state: { status: 'none' } });
  });

  it("after the final plan: the plan is final, funding has priced it and the family's appeal rights are open", async () => {
    const r = await replay('2026-11-28T11:45:00Z');
    expect(r.ehcp.state).toMatchObject({ status: 'final' });
    expect(r.placement.state).toMatchObject({ status: 'allocated' });
    expect(r.funding.revision).toBeGreaterThanOrEqual(0);
    expect(r.funding.state).toMatchObject({ status: 'priced' });
    expect(r.mediation.revision).toBeGreaterThanOrEqual(0);
    expect(r.mediation.state).toMatchObject({ status: 'open' });
  });

  it('counts, per context, the events of that context only', async () => {
    const streams = byStream(await history(h, cw, full));
    const r = await replay('2026-11-28T12:00:00Z');
    for (const context of ['assessment', 'ehcp', 'placement', 'mediation', 'funding']) {
      expect(r[context].revision).toBe((streams.get(`${context}-${full}`) ?? []).length - 1);
    }
  });
});

describe('tampering with the stored record is detected', () => {
  const sqlite = () => {
    const db = new Database(join(h.dataDir, 'send.sqlite'));
    db.pragma('busy_timeout = 5000');
    return db;
  };

  it('the events table refuses an UPDATE while its append-only trigger stands', async () => {
    const target = await openCase(h, cw, '2025-01-31');
    const db = sqlite();
    try {
      expect(() => db.prepare("UPDATE events SET reason = 'edited' WHERE stream_id = ?").run(`assessment-${target}`)).toThrow(
        /append-only/,
      );
    } finally {
      db.close();
    }
    expect((await h.http.get(caseUrl(target, '/verify')).set(cw).expect(200)).body.valid).toBe(true);
  });

  it("a changed event's data breaks its stream at that revision; other streams and cases stay valid", async () => {
    const target = await openCase(h, cw, '2025-01-31');
    await decide(h, cw, target, 'assess', '2025-02-10'); // AssessmentDecided is revision 4
    await conclude(h, cw, target, 'issue-plan', '2025-05-01');
    const db = sqlite();
    try {
      db.exec('DROP TRIGGER IF EXISTS events_append_only_update');
      const row = db.prepare('SELECT data FROM events WHERE stream_id = ? AND revision = 4').get(`assessment-${target}`) as {
        data: string;
      };
      const data = JSON.parse(row.data);
      expect(data.decision).toBe('assess');
      const changes = db
        .prepare('UPDATE events SET data = ? WHERE stream_id = ? AND revision = 4')
        .run(JSON.stringify({ ...data, decidedOn: '2025-02-03' }), `assessment-${target}`).changes;
      expect(changes).toBe(1);
    } finally {
      db.close();
    }
    const res = await h.http.get(caseUrl(target, '/verify')).set(cw).expect(200);
    expect(res.body.valid).toBe(false);
    const streams = Object.fromEntries((res.body.streams as Json[]).map((s) => [s.stream, s]));
    expect(streams[`assessment-${target}`]).toMatchObject({ valid: false, firstBrokenRevision: 4 });
    expect(streams[`ehcp-${target}`]).toMatchObject({ valid: true });
    expect((await h.http.get(caseUrl(caseId, '/verify')).set(cw).expect(200)).body.valid).toBe(true);
  });

  it('re-sealing the changed event with a fresh hash is caught at the next link', async () => {
    const target = await openCase(h, cw, '2025-01-31');
    const db = sqlite();
    try {
      db.exec('DROP TRIGGER IF EXISTS events_append_only_update');
      const row = db.prepare('SELECT * FROM events WHERE stream_id = ? AND revision = 1').get(`assessment-${target}`) as Json;
      const data = { ...JSON.parse(row.data), dueOn: '2025-12-31' };
      const hash = hashEvent({
        id: row.id,
        type: row.type,
        schemaVersion: row.schema_version,
        streamId: row.stream_id,
        revision: row.revision,
        caseId: row.case_id,
        la: row.la,
        occurredAt: row.occurred_at,
        recordedAt: row.recorded_at,
        actor: JSON.parse(row.actor),
        correlationId: row.correlation_id,
        causationId: row.causation_id,
        ...(row.reason === null ? {} : { reason: row.reason }),
        data,
        prevHash: row.prev_hash,
      });
      db.prepare('UPDATE events SET data = ?, hash = ? WHERE id = ?').run(JSON.stringify(data), hash, row.id);
    } finally {
      db.close();
    }
    const res = await h.http.get(caseUrl(target, '/verify')).set(cw).expect(200);
    expect(res.body.valid).toBe(false);
    expect((res.body.streams as Json[]).find((s) => s.stream === `assessment-${target}`)).toMatchObject({
      valid: false,
      firstBrokenRevision: 2,
    });
  });
});

describe('GET …/replay/diff?from=&to=', () => {
  const diff = async (from: string, to: string) =>
    (
      await h.http
        .get(caseUrl(caseId, `/replay/diff?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`))
        .set(cw)
        .expect(200)
    ).body;

  it('names, per context, the events recorded after from and up to to, with the revisions at either end', async () => {
    const d = await diff(T0, T2);
    expect(d).toMatchObject({ caseId, from: T0, to: T2 });
    expect(Object.keys(d.contexts)).toEqual(['assessment', 'ehcp', 'placement', 'mediation', 'funding']);
    expect(d.contexts.assessment).toMatchObject({ fromRevision: 3, toRevision: 7 });
    expect(d.contexts.assessment.events.map((e: Json) => e.type)).toEqual([
      'AssessmentDecided',
      'DeadlineMet',
      'PlanIssueDecided',
      'DeadlineNotApplicable',
    ]);
    expect(d.contexts.ehcp).toMatchObject({ fromRevision: -1, toRevision: 0 });
    expect(d.contexts.ehcp.events.map((e: Json) => e.type)).toEqual(['PlanOpened']);
    expect(d.contexts.placement).toMatchObject({ events: [], changes: [] });
  });

  it('matches the events to history: ids, revisions and recording instants', async () => {
    const d = await diff(T0, T3);
    const named = Object.values(d.contexts as Record<string, Json>).flatMap((c) => c.events.map((e: Json) => e.id));
    const recorded = (await history(h, cw, caseId)).filter((e) => e.recordedAt > T0 && e.recordedAt <= T3);
    expect(new Set(named)).toEqual(new Set(recorded.map((e) => e.id)));
  });

  it("describes what changed in each context's replayed state, path by path", async () => {
    const d = await diff(T0, T2);
    expect(d.contexts.assessment.changes).toEqual(
      expect.arrayContaining([{ path: '/stage', kind: 'changed', from: 'requested', to: 'plan-to-issue' }]),
    );
    expect(d.contexts.ehcp.changes).toEqual(
      expect.arrayContaining([{ path: '/state/status', kind: 'changed', from: 'none', to: 'open' }]),
    );
  });

  it('is empty between two instants with nothing recorded in between', async () => {
    const d = await diff('2026-11-28T10:06:00Z', '2026-11-28T10:09:00Z');
    for (const c of Object.values(d.contexts as Record<string, Json>)) expect(c).toMatchObject({ events: [], changes: [] });
  });

  it('refuses a bad instant, naming the field, and a window that ends before it starts: 400', async () => {
    const bad = await h.http.get(caseUrl(caseId, '/replay/diff?from=yesterday&to=2026-11-28T10:00:00Z')).set(cw);
    expect(expectProblem(bad, 400).errors).toEqual([expect.objectContaining({ field: 'from' })]);
    const missing = await h.http.get(caseUrl(caseId, '/replay/diff?to=2026-11-28T10:00:00Z')).set(cw);
    expect(expectProblem(missing, 400).errors).toEqual([expect.objectContaining({ field: 'from' })]);
    const reversed = await h.http
      .get(caseUrl(caseId, `/replay/diff?from=${encodeURIComponent(T2)}&to=${encodeURIComponent(T1)}`))
      .set(cw);
    expect(expectProblem(reversed, 400).errors).toEqual([expect.objectContaining({ field: 'to' })]);
  });
});
