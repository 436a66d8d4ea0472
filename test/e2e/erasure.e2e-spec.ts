import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { hashEvent } from '@send/kernel';
import { startEmbedded, type Harness } from './harness.js';
import {
  type Auth,
  SPECIFIC_ITEM,
  caseReadyForDraft,
  caseUrl,
  conclude,
  decide,
  login,
  openCase,
  planSections,
  post,
  step,
} from './fixtures.js';
import { smallPng } from './attachment-files.js';

/**
 * Erasure end to end, embedded (docs/architecture.md "Security"): the child's name is encrypted at rest under the
 * case's own key, which erasure destroys; afterwards no read route names the child, the timeline tells of the
 * erasure, the hash chains still verify (route and audit CLI), and neither SQLite file holds the name.
 */

const NAME = 'Zephyrine';
const FAMILY = 'Quillfeather';
let h: Harness;
let cw: Auth;
let manager: Auth;
let caseId: string;
let other: string;

const fileHolds = (file: string, text: string) =>
  [file, `${file}-wal`].some((f) => existsSync(f) && readFileSync(f).includes(Buffer.from(text, 'utf8')));

beforeAll(async () => {
  h = await startEmbedded(new Date('2026-11-28T10:00:00Z'));
  cw = await login(h, 'caseworker@202');
  manager = await login(h, 'manager@202');
  const child = { givenName: NAME, familyName: FAMILY, dateOfBirth: '2016-02-29' };
  caseId = await openCase(h, cw, '2025-01-31', { child });
  await decide(h, cw, caseId, 'assess', '2025-02-10');
  await conclude(h, cw, caseId, 'no-plan', '2025-04-01');
  other = await openCase(h, cw, '2025-02-03', { child: { givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2016-03-01' } });
});
afterAll(() => h.close());

it('keeps the name only as ciphertext in the event store, and in clear where it is read', async () => {
  const file = join(h.dataDir, 'send.sqlite');
  const db = new Database(file, { readonly: true });
  const row = db.prepare(`SELECT data FROM events WHERE type = 'AssessmentRequested' AND case_id = ?`).get(caseId) as {
    data: string;
  };
  db.close();
  expect(row.data).not.toContain(NAME);
  expect(JSON.parse(row.data).child.personal).toMatch(/^pd1:[0-9a-f]{16}:/);
  const summary = await h.http.get(caseUrl(caseId)).set(cw).expect(200);
  expect(summary.body.child).toEqual({ givenName: NAME, familyName: FAMILY, dateOfBirth: '2016-02-29' });
  expect(existsSync(join(h.dataDir, 'keys.sqlite'))).toBe(true);
});

it('refuses erasure to a caseworker, and an unknown case', async () => {
  await post(h, cw, caseId, '/erasure', { ground: 'right-to-erasure', source: 'UK GDPR Art. 17(1)(a)' }).then((r) =>
    expect(r.status).toBe(403),
  );
  const unknown = await post(h, manager, '00000000-0000-4000-8000-000000000000', '/erasure', {
    ground: 'right-to-erasure',
    source: 'UK GDPR Art. 17(1)(a)',
  });
  expect(unknown.status).toBe(404);
  expect(unknown.body.code).toBe('CASE.NOT_FOUND');
  const bad = await post(h, manager, caseId, '/erasure', { ground: 'because', source: '' });
  expect(bad.status).toBe(400);
  expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['ground', 'source']);
});

it('erases: names gone from every read route, the timeline says so, the chains verify, the files hold no name', async () => {
  const erased = await post(h, manager, caseId, '/erasure', { ground: 'right-to-erasure', source: 'UK GDPR Art. 17(1)(a)' });
  expect(erased.status).toBe(201);
  expect(erased.body.events).toEqual([{ id: expect.any(String), type: 'PersonalDataErased' }]);

  const summary = await h.http.get(caseUrl(caseId)).set(cw).expect(200);
  expect(summary.body.child).toEqual({ givenName: '[erased]', familyName: '[erased]', dateOfBirth: '' });
  expect(summary.body.stage).toBe('no-plan');

  const list = await h.http.get('/api/v1/cases?la=202').set(cw).expect(200);
  expect(JSON.stringify(list.body)).not.toContain(NAME);
  expect(JSON.stringify(list.body)).toContain('Okafor');

  // History: each event as stored (it re-hashes to its hash), and what it reads as beside it.
  const history = await h.http.get(caseUrl(caseId, '/history')).set(cw).expect(200);
  expect(JSON.stringify(history.body)).not.toContain(NAME);
  const request = history.body.find((e: { type: string }) => e.type === 'AssessmentRequested');
  expect(request.data.child.personal).toMatch(/^pd1:/);
  expect(request.readable.data.child.givenName).toBe('[erased]');
  expect(hashEvent({ ...request, streamId: request.stream, caseId, la: '202' } as never)).toBe(request.hash);
  const decision = history.body.find((e: { type: string }) => e.type === 'AssessmentDecided');
  expect(decision.readable.reason).toBe('[erased]');

  const timeline = await h.http.get(caseUrl(caseId, '/timeline')).set(cw).expect(200);
  expect(JSON.stringify(timeline.body)).not.toContain(NAME);
  expect(timeline.body.entries.map((e: { title: string }) => e.title)).toContain('Personal data erased on 2026-11-28');

  const replay = await h.http.get(caseUrl(caseId, '/replay')).set(cw).expect(200);
  expect(JSON.stringify(replay.body)).not.toContain(NAME);
  expect(replay.body.assessment.state.erasedOn).toBe('2026-11-28');

  const verify = await h.http.get(caseUrl(caseId, '/verify')).set(cw).expect(200);
  expect(verify.body.valid).toBe(true);

  const bundle = await h.http.get(caseUrl(caseId, '/bundle.pdf')).set(cw);
  expect(bundle.status).toBe(200);

  const dashboards = await h.http.get('/api/v1/dashboards/inclusion?la=202').set(manager);
  expect(dashboards.status).toBe(200);
  expect(JSON.stringify(dashboards.body)).not.toContain(NAME);

  // The other child is untouched.
  const kept = await h.http.get(caseUrl(other)).set(cw).expect(200);
  expect(kept.body.child.givenName).toBe('Amara');

  const file = join(h.dataDir, 'send.sqlite');
  expect(fileHolds(file, NAME)).toBe(false);
  expect(fileHolds(file, FAMILY)).toBe(false);
  const keys = new Database(join(h.dataDir, 'keys.sqlite'), { readonly: true });
  expect(keys.prepare('SELECT case_id FROM data_keys WHERE case_id = ?').all(caseId)).toEqual([]);
  expect(keys.prepare('SELECT case_id FROM destroyed_keys').all()).toEqual([{ case_id: caseId }]);
  keys.close();

  const audit = spawnSync('node', ['dist/apps/audit/src/main.js', 'verify', '--sqlite', file], { encoding: 'utf8' });
  expect(audit.stdout).toContain('every hash chain is intact');
  expect(audit.status).toBe(0);
});

it('refuses a second erasure with its stable code, and survives a restart erased', async () => {
  const again = await post(h, manager, caseId, '/erasure', { ground: 'right-to-erasure', source: 'UK GDPR Art. 17(1)(a)' });
  expect(again.status).toBe(422);
  expect(again.body.code).toBe('ASSESSMENT.PERSONAL_DATA_ALREADY_ERASED');
  await h.restart();
  cw = await login(h, 'caseworker@202');
  const rebuilt = await h.http.post('/api/v1/admin/projections/case-summary/rebuild').set(await login(h, 'admin'));
  expect([200, 202]).toContain(rebuilt.status);
  const summary = await h.http.get(caseUrl(caseId)).set(cw).expect(200);
  expect(summary.body.child.givenName).toBe('[erased]');
  const kept = await h.http.get(caseUrl(other)).set(cw).expect(200);
  expect(kept.body.child.givenName).toBe('Amara');
});

it('the retention sweep erases by the same path a child born 29 February 1996 from 2 March 2027, not a day before', async () => {
  const admin = await login(h, 'admin');
  const born = { givenName: 'Leapwell', familyName: 'Marchmont', dateOfBirth: '1996-02-29' };
  const old = await openCase(h, cw, '2014-09-01', { child: born });
  const young = await openCase(h, cw, '2025-02-03', {
    child: { givenName: 'Youngest', familyName: 'Kept', dateOfBirth: '2016-03-01' },
  });
  await h.http.post('/api/v1/admin/retention/sweep').set(cw).expect(403);

  // Kept until 1 March 2027 (a leap-day birthday falls on 1 March in a common year): nothing to erase yet.
  h.clock.set(new Date('2027-03-01T10:00:00Z'));
  const early = await h.http.post('/api/v1/admin/retention/sweep').set(admin).expect(200);
  expect(early.body).toEqual({ erased: 0, cases: [] });

  h.clock.set(new Date('2027-03-02T10:00:00Z'));
  const due = await h.http.post('/api/v1/admin/retention/sweep').set(admin).expect(200);
  expect(due.body).toEqual({ erased: 1, cases: [old] });
  const again = await h.http.post('/api/v1/admin/retention/sweep').set(admin).expect(200);
  expect(again.body).toEqual({ erased: 0, cases: [] });

  const summary = await h.http.get(caseUrl(old)).set(cw).expect(200);
  expect(summary.body.child).toEqual({ givenName: '[erased]', familyName: '[erased]', dateOfBirth: '' });
  expect((await h.http.get(caseUrl(young)).set(cw).expect(200)).body.child.givenName).toBe('Youngest');
  const history = await h.http.get(caseUrl(old, '/history')).set(cw).expect(200);
  const event = history.body.find((e: { type: string }) => e.type === 'PersonalDataErased');
  expect(event).toMatchObject({
    actor: { id: 'process:retention-sweep', role: 'system' },
    data: { ground: 'retention-period-ended', erasedOn: '2027-03-02', scope: 'key-destroyed' },
  });
  expect(event.data.source).toContain('IRMS Information Management Toolkit');
  expect((await h.http.get(caseUrl(old, '/verify')).set(cw).expect(200)).body.valid).toBe(true);
  expect(fileHolds(join(h.dataDir, 'send.sqlite'), 'Leapwell')).toBe(false);
});

it("takes a child's photos with the erasure: the files go, the caption reads as erased, and the case still verifies", async () => {
  const id = await openCase(h, cw, '2026-10-01', {
    child: { givenName: 'Pictured', familyName: 'Child', dateOfBirth: '2017-05-04' },
  });
  const png = smallPng(31);
  const added = await h.http
    .post(caseUrl(id, '/attachments'))
    .set(cw)
    .field('section', 'A')
    .field('caption', 'Pictured at the seaside')
    .attach('file', png, { filename: 'seaside.png', contentType: 'image/png' })
    .expect(201);
  const sha256 = added.body.sha256 as string;
  const file = join(h.dataDir, 'attachments', id, 'sha256', sha256.slice(0, 2), sha256.slice(2));
  expect(existsSync(file)).toBe(true);
  expect(fileHolds(join(h.dataDir, 'send.sqlite'), 'seaside')).toBe(false);
  const before = await h.http.get(caseUrl(id, '/attachments')).set(cw).expect(200);
  expect(JSON.stringify(before.body)).toContain('Pictured at the seaside');

  await post(h, manager, id, '/erasure', { ground: 'right-to-erasure', source: 'UK GDPR Art. 17(1)(a)' }).then((r) =>
    expect(r.status).toBe(201),
  );
  expect(existsSync(file)).toBe(false);
  expect(existsSync(join(h.dataDir, 'attachments', id))).toBe(false);
  const after = await h.http.get(caseUrl(id, '/attachments')).set(cw).expect(200);
  expect(JSON.stringify(after.body)).not.toContain('seaside');
  const verify = await h.http.get(caseUrl(id, '/verify')).set(cw).expect(200);
  expect(verify.body).toMatchObject({ valid: true, attachments: { problems: [] } });
  const audit = spawnSync(
    'node',
    [
      'dist/apps/audit/src/main.js',
      'verify',
      '--sqlite',
      join(h.dataDir, 'send.sqlite'),
      '--attachments',
      join(h.dataDir, 'attachments'),
    ],
    { encoding: 'utf8' },
  );
  expect(audit.status).toBe(0);
});

it("takes the plan's words with the erasure, in every section and version, and keeps what the figures count", async () => {
  const words = {
    A: 'Wrenfield loves lighthouses.',
    B: { primaryNeed: 'SLCN', secondaryNeeds: ['SEMH'], description: 'Wrenfield stammers when anxious.' },
    C: 'Wrenfield has eczema.',
    D: 'Wrenfield has a social worker.',
    E: [{ text: 'Wrenfield will order lunch unaided.', area: 'independent-living', by: '2027-07-01' }],
    F: [{ ...SPECIFIC_ITEM, provision: 'Fluency therapy for Wrenfield, individual sessions' }],
    G: 'Dermatology reviews for Wrenfield.',
    H1: 'Wrenfield gets short breaks.',
    H2: 'Wrenfield attends a youth club.',
    J: 'Wrenfield has a direct payment.',
    K: [{ title: 'Speech therapy report on Wrenfield', from: 'NHS speech and language therapy' }],
  };
  const id = await caseReadyForDraft(h, cw, '2025-01-06', '2025-02-10', '2025-04-01');
  await step(h, cw, id, '/plan/draft', { issuedOn: '2025-04-20', sections: planSections(words) });
  await step(h, cw, id, '/plan/final', { issuedOn: '2025-05-20', I: { type: 'mainstream', name: 'Harbour Primary' } });
  const sqlite = join(h.dataDir, 'send.sqlite');
  expect(fileHolds(sqlite, 'Wrenfield')).toBe(false);
  const before = await h.http.get(caseUrl(id, '/plan')).set(cw).expect(200);
  expect(JSON.stringify(before.body)).toContain('Wrenfield stammers when anxious.');
  expect(JSON.stringify(before.body)).toContain('Speech therapy report on Wrenfield');

  await post(h, manager, id, '/erasure', { ground: 'right-to-erasure', source: 'UK GDPR Art. 17(1)(a)' }).then((r) =>
    expect(r.status).toBe(201),
  );
  const after = await h.http.get(caseUrl(id, '/plan')).set(cw).expect(200);
  expect(JSON.stringify(after.body)).not.toContain('Wrenfield');
  const draft = await h.http.get(caseUrl(id, '/plan/versions/1')).set(cw).expect(200);
  expect(JSON.stringify(draft.body)).not.toContain('Wrenfield');
  const history = await h.http.get(caseUrl(id, '/history')).set(cw).expect(200);
  expect(JSON.stringify(history.body)).not.toContain('Wrenfield');
  const final = history.body.find((e: { type: string }) => e.type === 'FinalPlanIssued').readable.data.sections;
  expect(final.A).toEqual({ text: '[erased]' });
  expect(final.B).toEqual({ primaryNeed: 'SLCN', secondaryNeeds: ['SEMH'], description: '[erased]' });
  expect(final.E).toEqual([{ outcomeId: 'o-1', text: '[erased]', area: 'independent-living', by: '2027-07-01' }]);
  expect(final.F.items[0]).toMatchObject({ provision: '[erased]', hours: 1, frequency: 'weekly' });
  expect(final.I).toMatchObject({ type: 'mainstream', name: 'Harbour Primary' });
  expect((await h.http.get(caseUrl(id, '/verify')).set(cw).expect(200)).body.valid).toBe(true);
  expect((await h.http.get(caseUrl(id, '/bundle.pdf')).set(cw)).status).toBe(200);
  const inclusion = await h.http.get('/api/v1/dashboards/inclusion?la=202').set(manager).expect(200);
  expect(JSON.stringify(inclusion.body)).not.toContain('Wrenfield');
  expect(fileHolds(sqlite, 'Wrenfield')).toBe(false);
});

it("closes the family's access with the erasure: accounts removed, tokens refused, no code redeemed or issued", async () => {
  const id = await openCase(h, cw, '2026-10-05', {
    child: { givenName: 'Invited', familyName: 'Family', dateOfBirth: '2017-06-01' },
  });
  const invite = () => h.http.post(caseUrl(id, '/family-invitations')).set(cw).send({});
  const redeem = (code: string, username: string) =>
    h.http.post('/api/v1/family/invitations/redeem').send({ code, username, password: 'correct horse battery' });
  const first = (await invite().expect(201)).body.code as string;
  const spare = (await invite().expect(201)).body.code as string;
  const made = (await redeem(first, 'mum@example.org').expect(201)).body;
  const family = { Authorization: `Bearer ${made.accessToken}` };
  await h.http.get('/api/v1/family/case').set(family).expect(200);

  await post(h, manager, id, '/erasure', { ground: 'right-to-erasure', source: 'UK GDPR Art. 17(1)(a)' }).then((r) =>
    expect(r.status).toBe(201),
  );
  expect((await h.http.get('/api/v1/family/case').set(family)).status).toBe(401);
  const signIn = await h.http.post('/api/v1/auth/token').send({ username: 'mum@example.org', password: 'correct horse battery' });
  expect(signIn.status).toBe(401);
  const late = await redeem(spare, 'dad@example.org');
  expect(late.status).toBe(422);
  expect(late.body.code).toBe('FAMILY.CASE_ERASED');
  const again = await invite();
  expect(again.status).toBe(422);
  expect(again.body.code).toBe('FAMILY.CASE_ERASED');
  const status = await h.http.get(caseUrl(id, '/family-access')).set(manager).expect(200);
  expect(status.body.accounts).toEqual([]);
  expect(fileHolds(join(h.dataDir, 'send.sqlite'), 'mum@example.org')).toBe(false);
});
