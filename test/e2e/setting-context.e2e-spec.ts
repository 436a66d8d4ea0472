import { createHash } from 'node:crypto';
import { Harness, startEmbedded } from './harness.js';
import { Auth, Json, badFields, caseReadyForDraft, expectProblem, login, planSections, step } from './fixtures.js';

/**
 * Contextual information per setting (docs/api.md "Contextual information per setting",
 * docs/setting-results-format.md): an LA imports its settings' results data as versioned CSV files; a
 * setting's context is the SEND make-up of the plans naming it beside those results, exact for the LA's
 * own caseworkers and managers, suppressed for everyone else.
 */
let h: Harness;
let cw: Auth;
let manager: Auth;
let cw203: Auth;
let auditor: Auth;
let admin: Auth;

const HEADER = 'format_version,la,setting_id,academic_year,measure,value,cohort_size';
const FIRST_FILE = [
  HEADER,
  '1,202,oak,2025/26,ks2-rwm-expected-pct,61,58',
  '1,202,oak,2025/26,attendance-pct,91.5,120',
  '1,202,oak,2024/25,attendance-pct,90.25,118',
  '1,202,elm,2025/26,ks4-attainment8,46.2,3',
].join('\n');
const SECOND_FILE = `${FIRST_FILE}\n1,202,elm,2025/26,ks4-progress8,-0.31,3\n`;
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const on = (date: string) => h.clock.set(new Date(`${date}T10:00:00Z`));
const importFile = (auth: Auth, csv: string, la = '202') => h.http.post('/api/v1/settings/results').set(auth).send({ la, csv });
const context = async (auth: Auth, settingId: string, query = '') =>
  (await h.http.get(`/api/v1/settings/${settingId}/context${query}`).set(auth).expect(200)).body as Json;

async function registerSetting(settingId: string, la: string, auth: Auth, phases = ['primary']): Promise<void> {
  const body = { settingId, name: `${settingId} school`, la, type: 'special', phases, needs: ['ASD'], capacity: 40 };
  await h.http.post('/api/v1/settings').set(auth).send(body).expect(201);
}

/** Request → assess → issue-plan → draft (section B's primary need) → final plan naming the setting in section I. */
async function finalPlanNaming(I: Json, primaryNeed: string): Promise<string> {
  const caseId = await caseReadyForDraft(h, cw, '2026-01-05', '2026-02-02', '2026-04-20');
  const B = { primaryNeed, description: 'Needs as assessed.' };
  await step(h, cw, caseId, '/plan/draft', { issuedOn: '2026-04-27', sections: planSections({ B }) });
  await step(h, cw, caseId, '/plan/final', { issuedOn: '2026-05-18', I });
  return caseId;
}

const NO_NEEDS = { SPLD: 0, MLD: 0, SLD: 0, PMLD: 0, SEMH: 0, SLCN: 0, HI: 0, VI: 0, MSI: 0, PD: 0, ASD: 0, OTH: 0 };

beforeAll(async () => {
  h = await startEmbedded(new Date('2026-06-01T10:00:00Z'));
  [cw, manager, cw203, auditor, admin] = await Promise.all(
    ['caseworker@202', 'manager@202', 'caseworker@203', 'auditor', 'admin'].map((u) => login(h, u)),
  );
  await registerSetting('oak', '202', cw);
  await registerSetting('elm', '202', cw, ['secondary']);
  await registerSetting('ash', '202', cw);
  await registerSetting('birch', '203', cw203);
  // oak: one SLCN plan and one ASD plan; elm: one ASD plan; a plan naming a type of setting only names none.
  await finalPlanNaming({ type: 'special', settingId: 'oak', name: 'oak school' }, 'SLCN');
  await finalPlanNaming({ type: 'special', settingId: 'oak', name: 'oak school' }, 'ASD');
  await finalPlanNaming({ type: 'special', settingId: 'elm', name: 'elm school' }, 'ASD');
  await finalPlanNaming({ type: 'special' }, 'ASD');
  // ash: five SLCN plans and one ASD plan, for secondary suppression.
  for (const need of ['SLCN', 'SLCN', 'SLCN', 'SLCN', 'SLCN', 'ASD']) {
    await finalPlanNaming({ type: 'special', settingId: 'ash', name: 'ash school' }, need);
  }
  // A plan still at the draft stage is not in force.
  const drafted = await caseReadyForDraft(h, cw, '2026-01-05', '2026-02-02', '2026-04-20');
  await step(h, cw, drafted, '/plan/draft', { issuedOn: '2026-04-27', sections: planSections() });
});
afterAll(async () => h.close());

describe('OpenAPI', () => {
  it('describes the import with its body and both reads with asOf', async () => {
    const doc = (await h.http.get('/api/v1/openapi.json').expect(200)).body as Json;
    expect(doc.paths['/api/v1/settings/results'].post.requestBody).toBeDefined();
    for (const path of ['/api/v1/settings/{settingId}/context', '/api/v1/settings/context']) {
      expect((doc.paths[path].get.parameters as Json[]).map((p) => p.name)).toContain('asOf');
    }
  });
});

describe('before any import', () => {
  it("shows a setting's cohort with no results and no source", async () => {
    const body = await context(manager, 'oak');
    expect(body).toEqual({
      setting: { settingId: 'oak', name: 'oak school', type: 'special', la: '202' },
      asOf: '2026-06-01',
      cohort: { asOf: '2026-06-01', plans: 2, byNeed: { ...NO_NEEDS, SLCN: 1, ASD: 1 } },
      results: [],
      source: null,
      disclosure: 'management-information',
    });
  });
});

describe('POST /api/v1/settings/results', () => {
  it('refuses every role but a manager of the LA and admin, with 403, recording nothing', async () => {
    expectProblem(await importFile(cw203, FIRST_FILE), 403, 'AUTH.FORBIDDEN');
    expectProblem(await importFile(cw, FIRST_FILE), 403, 'AUTH.FORBIDDEN');
    expectProblem(await importFile(auditor, FIRST_FILE), 403, 'AUTH.FORBIDDEN');
    expectProblem(await importFile(manager, FIRST_FILE.replaceAll(',202,', ',203,'), '203'), 403, 'AUTH.FORBIDDEN');
    expect((await context(manager, 'oak')).source).toBeNull();
  });

  it("records the LA's first file as version 1, with its checksum and row count", async () => {
    const res = await importFile(manager, FIRST_FILE).set('Idempotency-Key', 'results-2026-06-01');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      la: '202',
      version: 1,
      importedOn: '2026-06-01',
      sha256: sha256(FIRST_FILE),
      rows: 4,
      revision: 0,
      events: [{ type: 'SettingResultsImported' }],
    });
  });

  it('answers a retry with the same Idempotency-Key as the first time, recording nothing more', async () => {
    const res = await importFile(manager, FIRST_FILE).set('Idempotency-Key', 'results-2026-06-01');
    expect(res.status).toBe(201);
    expect(res.headers['idempotent-replayed']).toBe('true');
    expect(res.body).toMatchObject({ version: 1, revision: 0 });
  });

  it('refuses the very file in force again with 422 PLACEMENT.RESULTS_UNCHANGED', async () => {
    const body = expectProblem(await importFile(manager, FIRST_FILE), 422, 'PLACEMENT.RESULTS_UNCHANGED');
    expect(body.version).toBe(1);
  });

  it('names every bad row and column of a bad file in one 400 and records nothing', async () => {
    const bad = [
      HEADER,
      '1,202,oak,2025/26,attendance-pct,91.5,120', // row 2: good
      '1,202,elm,2025/26,ks4-progress8,7,120', // row 3: progress 8 is -5 to +5
      '1,202,birch,2025/26,attendance-pct,90,200', // row 4: LA 203's setting
      '1,202,elm,2025/27,made-up,12,0', // row 5: year, measure and cohort
      '1,202,oak,2025/26,attendance-pct,92,120', // row 6: repeats row 2
    ].join('\n');
    const res = await importFile(manager, bad);
    expectProblem(res, 400, 'REQUEST.INVALID');
    expect(badFields(res)).toEqual([
      'row 3: value',
      'row 4: setting_id',
      'row 5: academic_year',
      'row 5: cohort_size',
      'row 5: measure',
      'row 6: measure',
    ]);
    expect((await context(manager, 'oak')).source).toMatchObject({ version: 1 });
  });

  it('refuses a body without the file, or over the size limit, naming the field', async () => {
    const missing = await h.http.post('/api/v1/settings/results').set(manager).send({ la: '202' });
    expect(badFields(expectProblem(missing, 400, 'REQUEST.INVALID') && missing)).toEqual(['csv']);
    const huge = await importFile(manager, `${HEADER}\n${'x'.repeat(90_001)}`);
    expect(badFields(expectProblem(huge, 400, 'REQUEST.INVALID') && huge)).toEqual(['csv']);
  });

  it('records a changed file as version 2, admin acting for the LA; the first stays on the record', async () => {
    on('2026-06-10');
    const res = await importFile(admin, SECOND_FILE);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ version: 2, importedOn: '2026-06-10', sha256: sha256(SECOND_FILE), rows: 5, revision: 1 });
    expect((await context(manager, 'oak')).source).toEqual({ version: 2, importedOn: '2026-06-10', sha256: sha256(SECOND_FILE) });
    expect((await context(manager, 'oak', '?asOf=2026-06-09')).source).toMatchObject({ version: 1, sha256: sha256(FIRST_FILE) });
  });
});

describe('GET /api/v1/settings/{settingId}/context', () => {
  it("shows the LA's own manager the exact figures, oldest year first", async () => {
    const body = await context(manager, 'oak');
    expect(body).toMatchObject({
      cohort: { asOf: '2026-06-10', plans: 2, byNeed: { ...NO_NEEDS, SLCN: 1, ASD: 1 } },
      results: [
        { academicYear: '2024/25', measure: 'attendance-pct', value: 90.25, cohortSize: 118 },
        { academicYear: '2025/26', measure: 'ks2-rwm-expected-pct', value: 61, cohortSize: 58 },
        { academicYear: '2025/26', measure: 'attendance-pct', value: 91.5, cohortSize: 120 },
      ],
      disclosure: 'management-information',
    });
  });

  it('shows an auditor and another LA counts of 1 to 4 as "c", and withholds results about fewer than 5 pupils', async () => {
    for (const outsider of [auditor, cw203]) {
      // oak: plans 2, SLCN 1, ASD 1 are all 1–4, so all "c"; the zeros stay.
      expect(await context(outsider, 'oak')).toMatchObject({
        cohort: { plans: 'c', byNeed: { ...NO_NEEDS, SLCN: 'c', ASD: 'c' } },
        results: [
          { academicYear: '2024/25', measure: 'attendance-pct', value: 90.25, cohortSize: 118 },
          { academicYear: '2025/26', measure: 'ks2-rwm-expected-pct', value: 61, cohortSize: 58 },
          { academicYear: '2025/26', measure: 'attendance-pct', value: 91.5, cohortSize: 120 },
        ],
        disclosure: 'suppressed',
      });
      // elm's results are about a cohort of 3: value and cohort size both withheld.
      expect((await context(outsider, 'elm')).results).toEqual([
        { academicYear: '2025/26', measure: 'ks4-attainment8', value: 'c', cohortSize: 'c' },
        { academicYear: '2025/26', measure: 'ks4-progress8', value: 'c', cohortSize: 'c' },
      ]);
    }
  });

  it('hides a second count where the total would give a hidden one back', async () => {
    // ash: plans 6 = SLCN 5 + ASD 1. ASD 1 is hidden (1–4); plans - SLCN would give it back, so the smallest
    // visible non-zero cell, SLCN 5, is hidden too; the total 6 stays.
    expect((await context(manager, 'ash')).cohort).toMatchObject({ plans: 6, byNeed: { ...NO_NEEDS, SLCN: 5, ASD: 1 } });
    expect((await context(auditor, 'ash')).cohort).toMatchObject({ plans: 6, byNeed: { ...NO_NEEDS, SLCN: 'c', ASD: 'c' } });
  });

  it('answers 404 for a setting not registered', async () => {
    expectProblem(await h.http.get('/api/v1/settings/ghost/context').set(manager), 404, 'PLACEMENT.SETTING_NOT_FOUND');
  });
});

describe('GET /api/v1/settings/context?la=', () => {
  it("lists every setting of the LA with the same shape, and none of another LA's", async () => {
    const res = await h.http.get('/api/v1/settings/context?la=202').set(manager).expect(200);
    expect((res.body as Json[]).map((c) => [c.setting.settingId, c.cohort.plans, c.results.length, c.source.version])).toEqual([
      ['oak', 2, 3, 2],
      ['elm', 1, 2, 2],
      ['ash', 6, 0, 2],
    ]);
    const outside = await h.http.get('/api/v1/settings/context?la=202').set(auditor).expect(200);
    expect((outside.body as Json[]).map((c) => [c.cohort.plans, c.disclosure])).toEqual([
      ['c', 'suppressed'],
      ['c', 'suppressed'],
      [6, 'suppressed'],
    ]);
  });

  it('leaves GET /api/v1/settings/{settingId} to the registry, and refuses "context" as a setting id', async () => {
    expect((await h.http.get('/api/v1/settings/oak').set(manager).expect(200)).body).toMatchObject({ settingId: 'oak' });
    const body = {
      settingId: 'context',
      name: 'A school',
      la: '202',
      type: 'special',
      phases: ['primary'],
      needs: ['ASD'],
      capacity: 4,
    };
    const res = await h.http.post('/api/v1/settings').set(cw).send(body);
    expect(badFields(expectProblem(res, 400, 'REQUEST.INVALID') && res)).toEqual(['settingId']);
  });

  it('needs the LA, and a real date for asOf', async () => {
    const res = await h.http.get('/api/v1/settings/context?asOf=2026-02-30').set(manager);
    expect(badFields(expectProblem(res, 400, 'REQUEST.INVALID') && res)).toEqual(['asOf', 'la']);
  });
});
