import 'reflect-metadata';
import { type INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { type Decider, type DomainEvent, FixedClock } from '@send/kernel';
import { CaseWriter, DEMO_USERS, PlatformModule, TokenService, createValidationPipe, loadConfig } from '@send/platform';
import { setupOpenApi } from '@send/gateway';
import { PlacementModule } from './placement.module.js';
import { PLACEMENT_READ_MODEL } from './registry/registry.read-model.js';

/** The placement routes over HTTP on a real SQLite file, with the platform's auth, validation and errors. */
const dir = mkdtempSync(join(tmpdir(), 'send-placement-http-'));
const clock = new FixedClock(new Date('2025-10-15T09:00:00Z'));
let app: INestApplication;
let http: ReturnType<typeof request>;
const tokens: Record<string, string> = {};
const caseId = randomUUID();

/** A case exists once the assessment context recorded its request; written here without that context's code. */
const requestDecider: Decider<DomainEvent, DomainEvent, null> = {
  initialState: () => null,
  evolve: (s) => s,
  decide: (e) => [e],
};

beforeAll(async () => {
  const config = loadConfig({ DATA_DIR: dir, PORT: '0', DEADLINE_WATCH_INTERVAL_MS: '3600000' });
  @Module({ imports: [PlatformModule.forRoot({ config, clock, readModels: [PLACEMENT_READ_MODEL] }), PlacementModule] })
  class TestModule {}
  app = await NestFactory.create(TestModule, { logger: ['error'] });
  app.useGlobalPipes(createValidationPipe());
  setupOpenApi(app);
  await app.init();
  http = request(app.getHttpServer());
  for (const user of DEMO_USERS) tokens[user.id] = app.get(TokenService).issue(user);
  const child = { givenName: 'Ada', familyName: 'L', dateOfBirth: '2016-08-31' };
  const requested = { caseId, la: '202', child, requestedBy: 'parent', receivedOn: '2025-03-03' };
  await app.get(CaseWriter).execute(
    requestDecider,
    `assessment-${caseId}`,
    { type: 'AssessmentRequested', data: requested },
    {
      user: DEMO_USERS[0],
      caseId,
      la: '202',
      occurredAt: '2025-03-03',
    },
  );
});
afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

const as = (user: string) => ({ Authorization: `Bearer ${tokens[user]}` });
const post = (user: string, path: string, body: object) => http.post(path).set(as(user)).send(body);
const oakfield = {
  settingId: 'oakfield',
  name: 'Oakfield Special School',
  la: '202',
  type: 'special',
  phases: ['primary', 'secondary'],
  needs: ['ASD', 'SLCN'],
  capacity: 2,
  placesTaken: 1,
  academyTrust: 'Oak Learning Trust',
};
const hillside = {
  settingId: 'hillside',
  name: 'Hillside Primary',
  la: '202',
  type: 'mainstream',
  phases: ['primary'],
  needs: ['ASD'],
  capacity: 30,
};
const riverside = {
  settingId: 'riverside',
  name: 'Riverside',
  la: '203',
  type: 'resourced',
  phases: ['primary'],
  needs: ['ASD'],
  capacity: 4,
};
const cases = `/api/v1/cases/${caseId}/placement`;

describe('settings registry', () => {
  it('registers settings for the caseworker’s own LA only', async () => {
    const res = await post('caseworker@202', '/api/v1/settings', oakfield).expect(201);
    expect(res.body).toEqual({
      settingId: 'oakfield',
      revision: 0,
      events: [{ id: expect.any(String), type: 'SettingRegistered' }],
    });
    await post('caseworker@202', '/api/v1/settings', hillside).expect(201);
    await post('caseworker@203', '/api/v1/settings', riverside).expect(201);
    const refused = await post('caseworker@202', '/api/v1/settings', { ...riverside, settingId: 'other' }).expect(403);
    expect(refused.body.code).toBe('AUTH.FORBIDDEN');
    await post('auditor', '/api/v1/settings', { ...hillside, settingId: 'x' }).expect(403);
  });

  it('generates a setting id when none is given, and refuses a second registration', async () => {
    const res = await post('manager@202', '/api/v1/settings', { ...hillside, settingId: undefined, name: 'Elm' }).expect(201);
    expect(res.body.settingId).toMatch(/^[0-9a-f-]{36}$/);
    const again = await post('caseworker@202', '/api/v1/settings', hillside).expect(422);
    expect(again.body.code).toBe('PLACEMENT.SETTING_ALREADY_REGISTERED');
  });

  it('names every bad field in a 400', async () => {
    const res = await post('caseworker@202', '/api/v1/settings', {
      ...hillside,
      type: 'castle',
      phases: [],
      needs: ['XYZ'],
      capacity: -1,
    }).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['capacity', 'needs', 'phases', 'type']);
  });

  it('lists the registry per LA, for national readers too', async () => {
    const res = await http.get('/api/v1/settings?la=202').set(as('auditor')).expect(200);
    expect(res.body.map((s: { name: string }) => s.name).sort()).toEqual(['Elm', 'Hillside Primary', 'Oakfield Special School']);
    expect(res.body.find((s: { settingId: string }) => s.settingId === 'oakfield')).toMatchObject({
      placesTaken: 1,
      placesFree: 1,
    });
  });

  it('records a SENCo and the 3-year qualification clock; another LA may not', async () => {
    await post('caseworker@202', '/api/v1/settings/oakfield/senco', { appointedOn: '2024-02-29' }).expect(201);
    await post('caseworker@203', '/api/v1/settings/oakfield/senco', { appointedOn: '2024-02-29' }).expect(403);
    await post('caseworker@202', '/api/v1/settings/nowhere/senco', { appointedOn: '2024-02-29' }).expect(404);
    const res = await http.get('/api/v1/settings/oakfield').set(as('tribunal')).expect(200);
    expect(res.body.senco).toEqual({
      appointedOn: '2024-02-29',
      qualified: false,
      deadlineId: 'senco-qualification:1',
      qualificationDueOn: '2027-02-28',
    });
  });
});

describe('local inclusion plans', () => {
  it('publishes a new version each time, for the caseworker’s own LA only', async () => {
    const plan = { publishedOn: '2025-09-01', settingIds: ['oakfield', 'hillside'], partnerLas: ['203'] };
    const first = await http.put('/api/v1/inclusion-plans/202').set(as('caseworker@202')).send(plan).expect(200);
    expect(first.body).toMatchObject({ la: '202', version: 1, revision: 0 });
    const second = await http.put('/api/v1/inclusion-plans/202').set(as('caseworker@202')).send(plan).expect(200);
    expect(second.body).toMatchObject({ version: 2 });
    await http.put('/api/v1/inclusion-plans/203').set(as('caseworker@202')).send(plan).expect(403);
    await http
      .put('/api/v1/inclusion-plans/203')
      .set(as('caseworker@203'))
      .send({ publishedOn: '2025-06-01', settingIds: ['riverside'] })
      .expect(200);
    const unknown = await http
      .put('/api/v1/inclusion-plans/202')
      .set(as('caseworker@202'))
      .send({ ...plan, settingIds: ['ghost'] })
      .expect(422);
    expect(unknown.body.code).toBe('PLACEMENT.UNKNOWN_SETTING');
    const got = await http.get('/api/v1/inclusion-plans/202').set(as('auditor')).expect(200);
    expect(got.body).toMatchObject({ version: 2, versions: [{ version: 1 }, { version: 2 }] });
  });
});

describe("a child's placement", () => {
  it('gives the tailored list with its reasons', async () => {
    const res = await http
      .get(`${cases}/tailored-list?dateOfBirth=2016-08-31&primaryNeed=ASD`)
      .set(as('caseworker@202'))
      .expect(200);
    expect(res.body.child).toMatchObject({ curriculumYear: 5, phase: 'primary', academicYear: '2025/26' });
    expect(res.body.items.map((i: { settingId: string }) => i.settingId)).toEqual(['oakfield', 'hillside', 'riverside']);
    // No plan yet, so no section B: the need must be passed, and the refusal names it.
    const missing = await http.get(`${cases}/tailored-list?dateOfBirth=2016-08-31`).set(as('caseworker@202')).expect(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'primaryNeed' })]);
    await http.get(`${cases}/tailored-list?dateOfBirth=2016-08-31&primaryNeed=ASD`).set(as('caseworker@203')).expect(404);
  });

  it('records the list, the preferences and a consultation, refusing dates out of order', async () => {
    await post('caseworker@202', `${cases}/tailored-list`, {
      producedOn: '2025-09-05',
      dateOfBirth: '2016-08-31',
      primaryNeed: 'ASD',
    }).expect(201);
    await post('caseworker@202', `${cases}/preferences`, { ranked: ['oakfield', 'hillside'], expressedOn: '2025-09-10' }).expect(
      201,
    );
    const sent = await post('caseworker@202', `${cases}/consultations`, { settingId: 'oakfield', sentOn: '2025-09-15' }).expect(
      201,
    );
    const answer = `${cases}/consultations/${sent.body.consultationId}/answer`;
    const early = await post('caseworker@202', answer, { answeredOn: '2025-09-14', answer: 'can-meet' }).expect(422);
    expect(early.body.code).toBe('PLACEMENT.ANSWER_BEFORE_CONSULTATION');
    const future = await post('caseworker@202', answer, { answeredOn: '2025-10-16', answer: 'can-meet' }).expect(422);
    expect(future.body.code).toBe('DATE.IN_THE_FUTURE');
    const bare = await post('caseworker@202', answer, { answeredOn: '2025-09-29', answer: 'cannot-meet' }).expect(422);
    expect(bare.body.code).toBe('PLACEMENT.GROUNDS_REQUIRED');
    await post('caseworker@202', answer, { answeredOn: '2025-09-29', answer: 'can-meet' }).expect(201);
  });

  it('allocates the first preference with a place, takes it on the setting, and refuses a direction afterwards', async () => {
    const res = await post('caseworker@202', `${cases}/allocate`, { decidedOn: '2025-10-01' }).expect(201);
    expect(res.body).toMatchObject({ caseId, settingId: 'oakfield', name: 'Oakfield Special School', type: 'special' });
    expect(res.body.events.map((e: { type: string }) => e.type)).toEqual(['PlaceAllocated']);
    const oak = await http.get('/api/v1/settings/oakfield').set(as('caseworker@202')).expect(200);
    expect(oak.body).toMatchObject({ placesTaken: 2, placesFree: 0 });
    const direction = await post('caseworker@202', `${cases}/direction`, {
      settingId: 'hillside',
      directedOn: '2025-10-02',
      reason: 'x',
    }).expect(422);
    expect(direction.body.code).toBe('PLACEMENT.ALREADY_ALLOCATED');
  });

  it('publishes every route in the OpenAPI document', async () => {
    const res = await http.get('/api/v1/openapi.json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/settings',
        '/api/v1/settings/{settingId}/senco',
        '/api/v1/inclusion-plans/{la}',
        '/api/v1/cases/{caseId}/placement/tailored-list',
        '/api/v1/cases/{caseId}/placement/allocate',
        '/api/v1/cases/{caseId}/placement/direction/appeal/decision',
      ]),
    );
  });
});
