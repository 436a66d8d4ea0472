import { Harness, startEmbedded } from './harness.js';
import { Auth, Json, caseUrl, expectProblem, login, openCase, registerSetting, step } from './fixtures.js';

/**
 * GET …/placement (docs/api.md "A child's placement"): the case's placement file read for every case reader,
 * empty before anything is recorded, 404 for a case the caller may not see, and never a replay (which the
 * access log records for auditors and tribunal users).
 */
let h: Harness;
let cw: Auth;
let otherLa: Auth;
let manager: Auth;
let auditor: Auth;
let tribunal: Auth;
let admin: Auth;
let caseId: string;
let oakwood: string;
let elm: string;

const placement = async (auth: Auth, id = caseId) => (await h.http.get(caseUrl(id, '/placement')).set(auth).expect(200)).body;
const accessLog = async () => (await h.http.get(caseUrl(caseId, '/access-log')).set(manager).expect(200)).body.reads as Json[];

beforeAll(async () => {
  h = await startEmbedded(new Date('2025-12-01T10:00:00Z'));
  cw = await login(h, 'caseworker@202');
  otherLa = await login(h, 'caseworker@203');
  manager = await login(h, 'manager@202');
  auditor = await login(h, 'auditor');
  tribunal = await login(h, 'tribunal');
  admin = await login(h, 'admin');
  oakwood = await registerSetting(h, cw, { name: 'Oakwood Primary' });
  elm = await registerSetting(h, cw, { name: 'Elm Primary' });
  caseId = await openCase(h, cw, '2025-03-03');
});
afterAll(async () => h.close());

describe('GET …/placement', () => {
  it('answers an empty placement for a case with nothing recorded yet, with its revision as ETag', async () => {
    const res = await h.http.get(caseUrl(caseId, '/placement')).set(cw).expect(200);
    expect(res.body).toEqual({
      caseId,
      la: '202',
      revision: -1,
      status: 'none',
      tailoredListsProduced: 0,
      consultations: [],
      directions: [],
      phaseTransfers: [],
    });
    expect(res.headers.etag).toBe('"-1"');
  });

  it('shows the preferences, the consultations and their answers, then the allocation', async () => {
    await step(h, cw, caseId, '/placement/preferences', { ranked: [elm, oakwood], expressedOn: '2025-06-12' });
    expect(await placement(cw)).toMatchObject({
      status: 'open',
      preferences: { ranked: [elm, oakwood], expressedOn: '2025-06-12' },
      consultations: [],
    });
    const toElm = await step(h, cw, caseId, '/placement/consultations', { settingId: elm, sentOn: '2025-06-13' });
    const toOakwood = await step(h, cw, caseId, '/placement/consultations', { settingId: oakwood, sentOn: '2025-06-13' });
    await step(h, cw, caseId, `/placement/consultations/${toElm.consultationId}/answer`, {
      answeredOn: '2025-06-20',
      answer: 'cannot-meet',
      grounds: ['incompatible-with-efficient-use-of-resources'],
    });
    await step(h, cw, caseId, `/placement/consultations/${toOakwood.consultationId}/answer`, {
      answeredOn: '2025-06-21',
      answer: 'can-meet',
    });
    const consulted = await placement(cw);
    expect(consulted.consultations).toEqual([
      expect.objectContaining({
        consultationId: toElm.consultationId,
        settingId: elm,
        name: 'Elm Primary',
        sentOn: '2025-06-13',
        answer: expect.objectContaining({ answer: 'cannot-meet', answeredOn: '2025-06-20' }),
      }),
      expect.objectContaining({
        consultationId: toOakwood.consultationId,
        settingId: oakwood,
        answer: expect.objectContaining({ answer: 'can-meet', objectionUpheld: false }),
      }),
    ]);
    expect(consulted).not.toHaveProperty('deadlines');

    const allocated = await step(h, cw, caseId, '/placement/allocate', { decidedOn: '2025-06-25' });
    const after = await h.http.get(caseUrl(caseId, '/placement')).set(cw).expect(200);
    expect(after.body).toMatchObject({
      status: 'allocated',
      allocation: { settingId: allocated.settingId, name: allocated.name, decidedOn: '2025-06-25' },
    });
    expect(Number(JSON.parse(after.headers.etag))).toBe(after.body.revision);
    expect(after.body.revision).toBeGreaterThan(0);
  });

  it('answers every case reader (the LA’s caseworkers and managers, auditors, tribunal users); not admins (403)', async () => {
    for (const auth of [manager, auditor, tribunal]) {
      expect((await placement(auth)).status).toBe('allocated');
    }
    expectProblem(await h.http.get(caseUrl(caseId, '/placement')).set(admin), 403);
  });

  it("answers another LA's case and a case that does not exist as 404 CASE.NOT_FOUND", async () => {
    expectProblem(await h.http.get(caseUrl(caseId, '/placement')).set(otherLa), 404, 'CASE.NOT_FOUND');
    const nobody = '00000000-0000-4000-8000-000000000000';
    expectProblem(await h.http.get(caseUrl(nobody, '/placement')).set(cw), 404, 'CASE.NOT_FOUND');
    expectProblem(await h.http.get(caseUrl('not-a-uuid', '/placement')).set(cw), 400);
    expectProblem(await h.http.get(caseUrl(caseId, '/placement')), 401);
  });

  it('is not a replay: an auditor reading it leaves the access log as it was; a replay adds to it', async () => {
    const before = await accessLog();
    await placement(auditor);
    await placement(tribunal);
    expect(await accessLog()).toEqual(before);
    await h.http.get(caseUrl(caseId, '/replay')).set(auditor).expect(200);
    const after = await accessLog();
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({ who: 'auditor', what: 'replay' });
  });
});
