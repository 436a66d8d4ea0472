import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbedded, type Harness } from './harness.js';
import {
  type Auth,
  type Json,
  SPECIFIC_ITEM,
  badFields,
  bundlePdf,
  caseReadyForDraft,
  caseUrl,
  decide,
  expectProblem,
  history,
  login,
  openCase,
  pdfPages,
  planSections,
  post,
  registerSetting,
  step,
} from './fixtures.js';

/**
 * The national SEND standards (docs/domain.md "National SEND standards (proposal)"): the catalogue loaded at
 * start-up as events, a decision citing the version in force on its date, the timeline read as of that date, and a
 * later version of the standard that leaves the earlier citation as it was, in the timeline and in the bundle.
 */

const SHIPPED = join(process.cwd(), 'libs', 'standards', 'data', 'standards-2025-illustrative.1.json');
const DECIDED_ON = '2025-10-01';
const V2_TITLE = 'Language-rich classroom, small-group language work and termly review';
const CITED = `Needs can be met from ordinarily available provision: oap-slcn-primary v2 '${V2_TITLE}' (in force from 2025-09-01)`;

let h: Harness;
let standardsDir: string;
let cw: Auth;
let caseId: string;

const loadedEvents = () => {
  const db = new Database(join(h.dataDir, 'send.sqlite'), { readonly: true });
  try {
    return (
      db.prepare("SELECT data FROM events WHERE stream_id = 'standards-catalogue' ORDER BY revision").all() as {
        data: string;
      }[]
    ).map((r) => JSON.parse(r.data) as Json);
  } finally {
    db.close();
  }
};

const timeline = async (asOf?: string) =>
  (
    await h.http
      .get(caseUrl(caseId, `/timeline${asOf ? `?asOf=${encodeURIComponent(asOf)}` : ''}`))
      .set(cw)
      .expect(200)
  ).body.entries as Json[];

const refusal = (entries: Json[]) => entries.find((e) => e.title === 'Decision not to issue an EHC plan');

beforeAll(async () => {
  standardsDir = mkdtempSync(join(tmpdir(), 'standards-e2e-'));
  copyFileSync(SHIPPED, join(standardsDir, 'standards-2025-illustrative.1.json'));
  // The decisions are recorded on their own day, so that the timeline as of that day holds them.
  h = await startEmbedded(new Date(`${DECIDED_ON}T10:00:00Z`), undefined, () => ({ STANDARDS_DIR: standardsDir }));
  cw = await login(h, 'caseworker@202');
  caseId = await openCase(h, cw, '2025-06-02');
  await decide(h, cw, caseId, 'assess', '2025-07-14');
});
afterAll(async () => {
  // The last test leaves an application that refused to start; its data directory goes all the same.
  await h.close().catch(() => rmSync(h.dataDir, { recursive: true, force: true }));
  rmSync(standardsDir, { recursive: true, force: true });
});

describe('the catalogue', () => {
  it('is loaded at start-up as one StandardLoaded per version, and loading it again records nothing', async () => {
    const first = loadedEvents();
    expect(first.map((d) => `${d.id} v${d.version}`)).toEqual(
      expect.arrayContaining(['oap-slcn-primary v1', 'oap-slcn-primary v2', 'crit-slcn-primary v1']),
    );
    expect(first.every((d) => d.release === '2025-illustrative.1' && /^[0-9a-f]{64}$/.test(d.checksum))).toBe(true);
    await h.restart();
    expect(loadedEvents()).toEqual(first);
  });

  it('serves the standards in force on a date, and every version of one', async () => {
    const before = (await h.http.get('/api/v1/standards?asOf=2025-08-31&need=SLCN').set(cw).expect(200)).body;
    expect(before.standards.map((s: Json) => `${s.id} v${s.version}`)).toEqual(['crit-slcn-primary v1', 'oap-slcn-primary v1']);
    const after = (await h.http.get('/api/v1/standards?asOf=2025-09-01&kind=ordinarily-available&need=SLCN').set(cw).expect(200))
      .body;
    expect(after.standards).toEqual([
      expect.objectContaining({
        id: 'oap-slcn-primary',
        version: 2,
        title: V2_TITLE,
        status: 'illustrative — not DfE standards',
      }),
    ]);
    const versions = (await h.http.get('/api/v1/standards/oap-slcn-primary').set(cw).expect(200)).body.versions;
    expect(versions.map((v: Json) => [v.version, v.effectiveFrom, v.effectiveTo])).toEqual([
      [1, '2024-09-01', '2025-08-31'],
      [2, '2025-09-01', undefined],
    ]);
    expectProblem(await h.http.get('/api/v1/standards/nope').set(cw), 404, 'STANDARDS.NOT_FOUND');
    const bad = await h.http.get('/api/v1/standards?asOf=2025-13-01&need=XX').set(cw);
    expectProblem(bad, 400);
    expect(badFields(bad)).toEqual(['asOf', 'need']);
    await h.http.get('/api/v1/standards').expect(401);
  });
});

describe('a decision not to issue a plan citing a standard', () => {
  const outcome = (standard?: Json) =>
    post(h, cw, caseId, '/assessment/outcome', {
      outcome: 'no-plan',
      decidedOn: DECIDED_ON,
      reason: 'Needs can be met from the provision the school makes available',
      ...(standard ? { standard } : {}),
    });

  it('is refused, writing nothing, for an unknown standard or a version not in force on the decision date', async () => {
    const revision = async () => (await h.http.get(caseUrl(caseId)).set(cw).expect(200)).body;
    const was = await revision();
    expectProblem(await outcome({ id: 'oap-nothing', version: 1 }), 422, 'STANDARDS.UNKNOWN_STANDARD');
    expectProblem(await outcome({ id: 'oap-slcn-primary', version: 9 }), 422, 'STANDARDS.UNKNOWN_STANDARD');
    expectProblem(await outcome({ id: 'oap-slcn-primary', version: 1 }), 422, 'STANDARDS.NOT_IN_FORCE');
    const bad = await outcome({ id: 'Not An Id', version: 'two' });
    expectProblem(bad, 400);
    expect(badFields(bad)).toEqual(['standard.id', 'standard.version']);
    expect(await revision()).toEqual(was);
  });

  it('is recorded with the version in force, and the timeline as of that date says which', async () => {
    await step(h, cw, caseId, '/assessment/outcome', {
      outcome: 'no-plan',
      decidedOn: DECIDED_ON,
      reason: 'Needs can be met from the provision the school makes available',
      standard: { id: 'oap-slcn-primary', version: 2 },
    });
    const asOf = await timeline(`${DECIDED_ON}T23:59:59Z`);
    expect(refusal(asOf)).toMatchObject({ at: DECIDED_ON, kind: 'decision', details: [CITED] });
    expect(refusal(await timeline(`${DECIDED_ON}T09:59:59Z`))).toBeUndefined();
  });

  it('keeps its citation when a later version of the standard is published', async () => {
    const file = JSON.parse(readFileSync(SHIPPED, 'utf8'));
    const v3 = { ...file.entries[1], version: 3, title: 'Rewritten', text: 'Rewritten.', effectiveFrom: '2026-09-01' };
    writeFileSync(join(standardsDir, 'standards-2026.1.json'), JSON.stringify({ ...file, release: '2026.1', entries: [v3] }));
    h.clock.set(new Date('2026-10-05T10:00:00Z'));
    await h.restart();
    expect(loadedEvents().at(-1)).toMatchObject({ id: 'oap-slcn-primary', version: 3, release: '2026.1' });
    const versions = (await h.http.get('/api/v1/standards/oap-slcn-primary').set(cw).expect(200)).body.versions;
    expect(versions[1]).toMatchObject({ version: 2, effectiveTo: '2026-08-31' });
    expect(refusal(await timeline())).toMatchObject({ details: [CITED] });
    expect(refusal(await timeline(`${DECIDED_ON}T23:59:59Z`))).toMatchObject({ details: [CITED] });
  });

  it('is shown with its standard in the tribunal bundle', async () => {
    const pages = await pdfPages(await bundlePdf(h, await login(h, 'tribunal'), caseId));
    const flat = pages.join(' ').replace(/\s+/g, ' ');
    expect(flat).toContain('Decision not to issue an EHC plan (SEND Regs 2014 reg 10). Needs can be met from ordinarily');
    expect(flat.split('oap-slcn-primary v2').length - 1).toBeGreaterThanOrEqual(2);
    expect(flat).not.toContain('Rewritten');
  });
});

describe('a decision not to assess citing a standard', () => {
  it('is recorded on the decision and told in the timeline', async () => {
    const other = await openCase(h, cw, '2026-08-03');
    const res = await post(h, cw, other, '/assessment/decision', {
      decision: 'refuse',
      decidedOn: '2026-09-14',
      reason: 'The school can meet the needs from the provision it makes available',
      standard: { id: 'oap-asd-primary', version: 1 },
    });
    expect(res.status).toBe(201);
    const entries = (await h.http.get(caseUrl(other, '/timeline')).set(cw).expect(200)).body.entries as Json[];
    expect(entries.find((e) => e.title === 'Decision not to assess')?.details).toEqual([
      "Needs can be met from ordinarily available provision: oap-asd-primary v1 'Predictable routines, a quiet space and adapted communication' (in force from 2024-09-01)",
    ]);
  });
});

describe('a section F item that goes beyond a standard', () => {
  const draft = (caseId: string, beyondStandard: Json) =>
    post(h, cw, caseId, '/plan/draft', {
      issuedOn: '2026-10-02',
      sections: planSections({ F: [{ ...SPECIFIC_ITEM, beyondStandard }] }),
    });

  it('names a version in force on the day the plan is issued, and is stored with the item', async () => {
    const planned = await caseReadyForDraft(h, cw, '2026-06-01', '2026-07-13', '2026-09-28');
    expectProblem(await draft(planned, { id: 'oap-slcn-primary', version: 2 }), 422, 'STANDARDS.NOT_IN_FORCE');
    expectProblem(await draft(planned, { id: 'oap-none', version: 1 }), 422, 'STANDARDS.UNKNOWN_STANDARD');
    const bad = await draft(planned, { id: 'oap-slcn-primary' });
    expectProblem(bad, 400);
    expect(badFields(bad)).toEqual(['sections.F.items[0].beyondStandard.version']);
    expect((await draft(planned, { id: 'oap-slcn-primary', version: 3 })).status).toBe(201);
    const issued = (await history(h, cw, planned)).filter((e) => e.type === 'DraftPlanIssued');
    expect(issued).toHaveLength(1);
    expect(issued[0].data.sections.F.items[0].beyondStandard).toEqual({ id: 'oap-slcn-primary', version: 3 });
  });
});

describe('the refusals citing a standard, on the inclusion dashboard', () => {
  it("counts them by the standard's need: exact for the LA's manager, suppressed for others", async () => {
    const query = 'from=2025-09-01&to=2026-10-05';
    const own = (
      await h.http
        .get(`/api/v1/dashboards/inclusion?la=202&${query}`)
        .set(await login(h, 'manager@202'))
        .expect(200)
    ).body;
    expect(own.la.refusalsCitingStandard).toMatchObject({ total: 2, byNeed: { SLCN: 1, ASD: 1, SEMH: 0 } });
    const others = (
      await h.http
        .get(`/api/v1/dashboards/inclusion?la=202&${query}`)
        .set(await login(h, 'regions'))
        .expect(200)
    ).body;
    expect(others.la.disclosure).toBe('suppressed');
    expect(others.la.refusalsCitingStandard).toMatchObject({ total: 'c', byNeed: { SLCN: 'c', ASD: 'c' } });
  });
});

describe('a local inclusion plan stating the standards its settings provide', () => {
  it('is refused for a standard not in force on its publication date, and shown in the tailored list when it is', async () => {
    const settingId = await registerSetting(h, cw, { name: 'Hillside Primary', needs: ['SLCN', 'ASD'] });
    const publish = (standards: Json[]) =>
      h.http
        .put('/api/v1/inclusion-plans/202')
        .set(cw)
        .send({ publishedOn: '2026-10-01', settingIds: [settingId], provides: [{ settingId, standards }] });
    expectProblem(await publish([{ id: 'oap-slcn-primary', version: 2 }]), 422, 'STANDARDS.NOT_IN_FORCE');
    await publish([
      { id: 'oap-slcn-primary', version: 3 },
      { id: 'oap-asd-primary', version: 1 },
    ]).expect(200);
    const child = await openCase(h, cw, '2026-09-07');
    const list = await h.http
      .get(caseUrl(child, '/placement/tailored-list?primaryNeed=SLCN&asOf=2026-10-05'))
      .set(cw)
      .expect(200);
    const item = list.body.items.find((i: Json) => i.settingId === settingId);
    expect(item.standards).toEqual([expect.objectContaining({ id: 'oap-slcn-primary', version: 3, need: 'SLCN' })]);
    expect(item.reasons).toContain("provides ordinarily available provision for SLCN: oap-slcn-primary v3 'Rewritten'");
  });
});

describe('a loaded version whose text was edited', () => {
  it('stops start-up, naming the standard, and records nothing', async () => {
    const before = loadedEvents();
    const file = JSON.parse(readFileSync(SHIPPED, 'utf8'));
    file.entries[0].text = 'Edited after it was loaded.';
    writeFileSync(join(standardsDir, 'standards-2025-illustrative.1.json'), JSON.stringify(file));
    await expect(h.restart()).rejects.toThrow(/standard oap-slcn-primary v1 was loaded .* Publish the change as a new version/);
    expect(loadedEvents()).toEqual(before);
  });
});
