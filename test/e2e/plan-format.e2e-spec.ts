import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { startEmbedded, type Harness } from './harness.js';
import {
  type Auth,
  type Json,
  SHA256,
  UUID,
  badFields,
  caseUrl,
  caseWithFinalPlan,
  deadlinesAsOf,
  expectProblem,
  history,
  login,
  post,
} from './fixtures.js';

/**
 * One plan format that moves with the child (docs/plan-format.md): LA 202 makes a plan (draft 27 Jan 2025,
 * final 11 Feb 2025) and transfers it to LA 203; the export passes the schema published in docs/; LA 203
 * imports it into its own system (a second application on a fresh store) and exports it again: the same
 * plan, the same hash, with where it came from.
 */

const schema = JSON.parse(readFileSync('docs/plan-format/ehc-plan.v1.schema.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);

let sending: Harness;
let receiving: Harness;
let cw202: Auth;
let cw203: Auth;
let cw203There: Auth;
let cw202There: Auth;
let caseId: string;

beforeAll(async () => {
  sending = await startEmbedded();
  receiving = await startEmbedded();
  cw202 = await login(sending, 'caseworker@202');
  cw203 = await login(sending, 'caseworker@203');
  cw203There = await login(receiving, 'caseworker@203');
  cw202There = await login(receiving, 'caseworker@202');
  caseId = await caseWithFinalPlan(
    sending,
    cw202,
    { receivedOn: '2024-11-01', decidedOn: '2024-12-02', outcomeOn: '2025-01-20', draftOn: '2025-01-27', finalOn: '2025-02-11' },
    { type: 'special', settingId: 'urn-140001', name: 'Riverside School' },
  );
});
afterAll(async () => {
  await sending?.close();
  await receiving?.close();
});

const exportOf = (h: Harness, auth: Auth, id: string) => h.http.get(caseUrl(id, '/plan/export')).set(auth);
const importInto = (h: Harness, auth: Auth, body: unknown) =>
  h.http
    .post('/api/v1/plan-imports')
    .set(auth)
    .send(body as object);
const caseIds = async (h: Harness, auth: Auth): Promise<string[]> =>
  ((await h.http.get('/api/v1/cases?pageSize=200').set(auth).expect(200)).body.items as Json[]).map((c) => c.caseId);
const validated = (body: Json) => {
  const ok = validate(body);
  if (!ok) throw new Error(`the export does not pass the published schema: ${JSON.stringify(validate.errors)}`);
  return body;
};

describe('the export', () => {
  let exported: Json;

  it('is the whole plan in the published format, passing its schema, with its hash in the body and a header', async () => {
    const res = await exportOf(sending, cw202, caseId).expect(200);
    exported = validated(res.body);
    expect(exported.format).toBe(schema.$id);
    expect(exported.sha256).toMatch(SHA256);
    expect(res.headers['x-plan-sha256']).toBe(exported.sha256);
    expect(exported).toMatchObject({ exportedBy: '202', provenance: [] });
    expect(exported.plan.child).toEqual({ givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2016-03-01' });
    expect(exported.plan.versions.map((v: Json) => [v.version, v.status, v.issuedOn, v.issuedBy])).toEqual([
      [1, 'draft', '2025-01-27', '202'],
      [2, 'final', '2025-02-11', '202'],
    ]);
    const final = exported.plan.versions[1].sections;
    expect(final.I).toEqual({ type: 'special', settingId: 'urn-140001', name: 'Riverside School' });
    expect(final.F.items[0]).toMatchObject({ hours: 1, frequency: 'weekly' });
    expect(final.E[0]).toMatchObject({ outcomeId: 'o-1' });
  });

  it('is refused to another LA (404) and to a role that reads no case (403)', async () => {
    expectProblem(await exportOf(sending, cw203, caseId), 404, 'CASE.NOT_FOUND');
    expectProblem(await exportOf(sending, await login(sending, 'regions'), caseId), 403);
  });

  it('is a read a tribunal user makes on the record: it goes in the case’s access log', async () => {
    validated((await exportOf(sending, await login(sending, 'tribunal'), caseId).expect(200)).body);
    const log = await sending.http
      .get(caseUrl(caseId, '/access-log'))
      .set(await login(sending, 'manager@202'))
      .expect(200);
    expect(log.body.reads.map((r: Json) => [r.who, r.what])).toEqual([['tribunal', 'plan-export']]);
  });

  it('refuses the sending LA’s own plan back into its own system (EHCP.IMPORT_FROM_SAME_LA), recording nothing', async () => {
    const before = await caseIds(sending, cw202);
    expectProblem(await importInto(sending, cw202, exported), 422, 'EHCP.IMPORT_FROM_SAME_LA');
    expect(await caseIds(sending, cw202)).toEqual(before);
  });
});

describe('a plan transferred from LA 202 and imported by LA 203 into its own system', () => {
  let sent: Json;
  let importedId: string;

  it('is readable by LA 203 once 202 transfers it, naming the transfer, with the same plan and hash', async () => {
    const before = (await exportOf(sending, cw202, caseId).expect(200)).body;
    const transfer = await post(sending, cw202, caseId, '/transfer', {
      toLa: '203',
      movedOn: '2025-12-22',
      learnedOn: '2025-12-19',
    });
    expect(transfer.status).toBe(201);
    sent = validated((await exportOf(sending, cw203, caseId).expect(200)).body);
    expect(sent.transfer).toEqual({
      transferId: transfer.body.transferId,
      fromLa: '202',
      toLa: '203',
      movedOn: '2025-12-22',
      learnedOn: '2025-12-19',
    });
    expect(sent.plan).toEqual(before.plan);
    expect(sent.sha256).toBe(before.sha256);
  });

  it('refuses a document that breaks the schema (400), naming each JSON pointer', async () => {
    const [v1, v2] = sent.plan.versions;
    const { F: _F, ...noF } = v2.sections;
    const broken = {
      ...sent,
      plan: {
        ...sent.plan,
        versions: [
          { ...v1, issuedOn: '27/01/2025' },
          { ...v2, sections: { ...noF, Z: 'x' } },
        ],
      },
    };
    const res = await importInto(receiving, cw203There, broken);
    expectProblem(res, 400);
    expect(badFields(res)).toEqual(['/plan/versions/0/issuedOn', '/plan/versions/1/sections/F', '/plan/versions/1/sections/Z']);
    expectProblem(await importInto(receiving, cw203There, 'a plan'), 400);
  });

  it('refuses a plan changed after export: its sha256 no longer matches (422 EHCP.IMPORT_HASH_MISMATCH)', async () => {
    const tampered = { ...sent, plan: { ...sent.plan, child: { ...sent.plan.child, givenName: 'Amira' } } };
    expectProblem(await importInto(receiving, cw203There, tampered), 422, 'EHCP.IMPORT_HASH_MISMATCH');
  });

  it('refuses the import to an LA the transfer is not to (422), and to a role that does no casework (403)', async () => {
    expectProblem(await importInto(receiving, cw202There, sent), 422, 'EHCP.IMPORT_NOT_FOR_YOUR_LA');
    expectProblem(await importInto(receiving, await login(receiving, 'auditor'), sent), 403);
  });

  it('records the plan as a case of LA 203, starting from the final version, with its provenance', async () => {
    // Nothing the refusals above were sent has started a case.
    expect(await caseIds(receiving, cw203There)).toEqual([]);
    const res = await importInto(receiving, cw203There, sent);
    expect(res.status).toBe(201);
    expect(res.body.caseId).toMatch(UUID);
    expect(res.body.events.map((e: Json) => e.type)).toEqual(['PlanImported', 'DeadlineStarted', 'DeadlineStarted']);
    importedId = res.body.caseId;
    const plan = (await receiving.http.get(caseUrl(importedId, '/plan')).set(cw203There).expect(200)).body;
    expect(plan).toMatchObject({ version: 2, status: 'final', issuedOn: '2025-02-11' });
    expect(plan.sections.I).toMatchObject({ name: 'Riverside School' });
    const summary = (await receiving.http.get(caseUrl(importedId)).set(cw203There).expect(200)).body;
    expect(summary).toMatchObject({ la: '203', child: { givenName: 'Amara', familyName: 'Okafor' } });
    expect(await caseIds(receiving, cw203There)).toEqual([importedId]);
  });

  it('exported again from the receiving system, is the same plan with the same hash, and says where it came from', async () => {
    const res = await exportOf(receiving, cw203There, importedId).expect(200);
    const again = validated(res.body);
    expect(again.plan).toEqual(sent.plan);
    expect(again.sha256).toBe(sent.sha256);
    expect(res.headers['x-plan-sha256']).toBe(sent.sha256);
    expect(again.exportedBy).toBe('203');
    expect(again.provenance).toEqual([
      {
        fromLa: '202',
        exportedAt: sent.exportedAt,
        sha256: sent.sha256,
        format: schema.$id,
        transferId: sent.transfer.transferId,
        importedBy: '203',
        importedOn: '2026-11-28',
      },
    ]);
  });

  it('is the transfer’s acceptance in the receiving system: LA 203’s Reg 15 clocks run from the import, and it tells the family', async () => {
    const { transferId } = sent.transfer;
    const clocks = await deadlinesAsOf(receiving, cw203There, importedId);
    // Reg 15(4): 6 weeks from Sat 28 Nov 2026. Reg 15(5): the later of 12 months beginning with the making
    // (11 Feb 2025 → 10 Feb 2026) and 3 months beginning with the transfer (→ 27 Feb 2027).
    expect(clocks[`transfer-notice:${transferId}`]).toMatchObject({ startedOn: '2026-11-28', dueOn: '2027-01-09' });
    expect(clocks[`transfer-review:${transferId}`]).toMatchObject({ startedOn: '2026-11-28', dueOn: '2027-02-27' });
    const notice = await post(receiving, cw203There, importedId, '/transfer/notice', { sentOn: '2026-11-28' });
    expect(notice.status).toBe(201);
    expect(notice.body.events.map((e: Json) => e.type)).toEqual(['TransferNoticeSent', 'DeadlineMet']);
  });

  it('tells the import on the case’s timeline, with where it came from, and its hash chain holds', async () => {
    const timeline = (await receiving.http.get(caseUrl(importedId, '/timeline')).set(cw203There).expect(200)).body;
    const received = (timeline.entries as Json[]).find((e) => e.title === 'EHC plan received from LA 202 (version 2)');
    expect(received).toMatchObject({ at: '2026-11-28', source: 'SEND Regulations 2014 reg 15(3)' });
    expect(received!.details).toContain(`Sent for transfer ${sent.transfer.transferId}`);
    expect((await receiving.http.get(caseUrl(importedId, '/verify')).set(cw203There).expect(200)).body.valid).toBe(true);
  });

  it('records nothing when the same plan is imported again: 200 with the case it started', async () => {
    const before = (await history(receiving, cw203There, importedId)).length;
    const res = await importInto(receiving, cw203There, sent);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ caseId: importedId, events: [] });
    expect((await history(receiving, cw203There, importedId)).length).toBe(before);
  });

  it('is not visible to LA 202 in the receiving system', async () => {
    expectProblem(await exportOf(receiving, cw202There, importedId), 404, 'CASE.NOT_FOUND');
  });
});
