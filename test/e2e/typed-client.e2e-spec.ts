import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import createClient, { type Client } from 'openapi-fetch';
import { startEmbedded, type Harness } from './harness.js';
import { SPECIFIC_ITEM, UUID, planSections } from './fixtures.js';
import type { components, paths } from './generated/api.js';

/**
 * The OpenAPI document is a contract a client can be generated from: the types of test/e2e/generated (by
 * openapi-typescript) are what the served document gives, and an openapi-fetch client typed by them drives
 * the 20-week pathway over real HTTP on a free port.
 */

let h: Harness;
let api: Client<paths>;

/** The shared fixture's sections, which the document now types: a string for a text section, E and K as one string. */
const sections = () => planSections() as components['schemas']['PlanSectionsInput'];
let headers: { Authorization: string };

/**
 * Every JSON answer the client receives is checked against the schema the document gives for its operation and
 * status (ajv, with the document's own components), so a route that answers other than it documents fails here.
 */
const checked: string[] = [];
const mismatches: { operation: string; errors: unknown }[] = [];

/** OpenAPI 3.0's boolean exclusiveMinimum/Maximum (beside minimum/maximum) as JSON Schema's numeric ones, for ajv. */
function asJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(asJsonSchema);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, asJsonSchema(v)]));
  for (const [exclusive, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (typeof out[exclusive] === 'boolean') {
      if (out[exclusive] === true) out[exclusive] = out[bound];
      else delete out[exclusive];
      if (out[exclusive] !== undefined) delete out[bound];
    }
  }
  return out;
}

function responseValidator(served: Record<string, unknown>) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const document = asJsonSchema(served) as Record<string, unknown>;
  ajv.addSchema({ ...document, $id: 'openapi' });
  const cache = new Map<string, ValidateFunction | null>();
  const pointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
  return (schemaPath: string, method: string, status: number, contentType: string): ValidateFunction | null => {
    const key = `${method} ${schemaPath} ${status} ${contentType}`;
    if (!cache.has(key)) {
      const paths = document.paths as Record<
        string,
        Record<string, { responses?: Record<string, { content?: Record<string, unknown> }> }>
      >;
      const content = paths[schemaPath]?.[method]?.responses?.[String(status)]?.content?.[contentType];
      const ref = `openapi#/paths/${pointer(schemaPath)}/${method}/responses/${status}/content/${pointer(contentType)}/schema`;
      cache.set(key, content ? ajv.compile({ $ref: ref }) : null);
    }
    return cache.get(key) ?? null;
  };
}

beforeAll(async () => {
  h = await startEmbedded();
  await h.app.listen(0, '127.0.0.1');
  api = createClient<paths>({ baseUrl: await h.app.getUrl() });
  const validatorOf = responseValidator((await h.http.get('/api/v1/openapi.json').expect(200)).body);
  api.use({
    async onResponse({ request, response, schemaPath }) {
      const contentType = (response.headers.get('content-type') ?? '').split(';')[0].trim();
      if (!contentType.endsWith('json')) return undefined;
      const operation = `${request.method} ${schemaPath} ${response.status}`;
      const validate = validatorOf(schemaPath, request.method.toLowerCase(), response.status, contentType);
      if (!validate) {
        mismatches.push({ operation, errors: `no ${contentType} answer documented` });
        return undefined;
      }
      checked.push(operation);
      if (!validate(await response.clone().json())) mismatches.push({ operation, errors: validate.errors });
      return undefined;
    },
  });
  const { data, error } = await api.POST('/api/v1/auth/token', { body: { username: 'caseworker@202', password: 'demo' } });
  if (!data) throw new Error(`no token: ${JSON.stringify(error)}`);
  headers = { Authorization: `${data.tokenType} ${data.accessToken}` };
});
afterAll(async () => {
  await h.close();
});

it('the generated types are those of the served document', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'send-openapi-'));
  try {
    const document = join(dir, 'openapi.json');
    writeFileSync(document, JSON.stringify((await h.http.get('/api/v1/openapi.json').expect(200)).body));
    // Throws, with the script's message, when the committed types differ. Not synchronously: the server's idle
    // keep-alive connections must be closed while it runs, or the next request meets a socket reset under it.
    await promisify(execFile)(process.execPath, ['infra/openapi/client.mjs', '--check', document]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('the 20-week pathway through the generated client', () => {
  let caseId: string;
  const path = () => ({ path: { caseId } });

  it('opens the case: request received 2024-11-01', async () => {
    const { data, response } = await api.POST('/api/v1/cases', {
      headers,
      body: {
        child: { givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2016-03-01' },
        la: '202',
        requestedBy: 'parent',
        receivedOn: '2024-11-01',
      },
    });
    expect(response.status).toBe(201);
    expect(data?.caseId).toMatch(UUID);
    expect(data?.revision).toBe(3);
    expect(data?.events.map((e) => e.type)).toEqual([
      'AssessmentRequested',
      'DeadlineStarted',
      'DeadlineStarted',
      'DeadlineStarted',
    ]);
    caseId = data!.caseId;
    const summary = await api.GET('/api/v1/cases/{caseId}', { headers, params: path() });
    expect(summary.data).toMatchObject({ caseId, la: '202', stage: 'requested', requestedOn: '2024-11-01' });
    expect(summary.data?.plan).toBeUndefined();
  });

  it('refuses a draft before the decision to issue a plan, as a typed problem', async () => {
    const { data, error, response } = await api.POST('/api/v1/cases/{caseId}/plan/draft', {
      headers,
      params: path(),
      body: { issuedOn: '2024-11-20', sections: sections() },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(error).toMatchObject({ status: 422, code: 'EHCP.PLAN_NOT_OPEN', title: 'Unprocessable request' });
  });

  it('decides to assess within 6 weeks, meeting that clock', async () => {
    const { data } = await api.POST('/api/v1/cases/{caseId}/assessment/decision', {
      headers,
      params: path(),
      body: { decision: 'assess', decidedOn: '2024-12-02', reason: 'Evidence of SLCN' },
    });
    expect(data).toMatchObject({ caseId, revision: 5 });
    expect(data?.events.map((e) => e.type)).toEqual(['AssessmentDecided', 'DeadlineMet']);
    const deadlines = await api.GET('/api/v1/cases/{caseId}/deadlines', { headers, params: path() });
    expect(deadlines.data?.find((d) => d.rule === 'assessment-decision')).toMatchObject({
      dueOn: '2024-12-13',
      status: 'met',
      closedOn: '2024-12-02',
    });
  });

  it('asks for advice and records it received', async () => {
    const asked = await api.POST('/api/v1/cases/{caseId}/assessment/advice', {
      headers,
      params: path(),
      body: { adviser: 'educational-psychologist', requestedOn: '2024-12-03' },
    });
    expect(asked.data?.events.map((e) => e.type)).toEqual(['AdviceRequested', 'DeadlineStarted']);
    const adviceId = asked.data!.adviceId;
    expect(adviceId).toMatch(UUID);
    const received = await api.POST('/api/v1/cases/{caseId}/assessment/advice/{adviceId}/received', {
      headers,
      params: { path: { caseId, adviceId } },
      body: { receivedOn: '2025-01-10' },
    });
    expect(received.data?.events.map((e) => e.type)).toEqual(['AdviceReceived', 'DeadlineMet']);
  });

  it('decides to issue a plan', async () => {
    const { data } = await api.POST('/api/v1/cases/{caseId}/assessment/outcome', {
      headers,
      params: path(),
      body: { outcome: 'issue-plan', decidedOn: '2025-03-01', reason: 'Needs cannot be met from SEN support' },
    });
    expect(data?.events.map((e) => e.type)).toEqual(['PlanIssueDecided', 'DeadlineNotApplicable']);
    expect((await api.GET('/api/v1/cases/{caseId}', { headers, params: path() })).data?.stage).toBe('plan-to-issue');
  });

  it('issues the draft plan', async () => {
    const { response } = await api.POST('/api/v1/cases/{caseId}/plan/draft', {
      headers,
      params: path(),
      body: { issuedOn: '2025-03-20', sections: sections() },
    });
    expect(response.status).toBe(201);
    const plan = await api.GET('/api/v1/cases/{caseId}/plan', { headers, params: path() });
    expect(plan.data).toMatchObject({ caseId, version: 1, status: 'draft', issuedOn: '2025-03-20' });
    expect(plan.data?.sections.F).toMatchObject({ items: [SPECIFIC_ITEM] });
  });

  it('issues the final plan naming section I after the 15 days, late against the 20 weeks', async () => {
    const { data, response } = await api.POST('/api/v1/cases/{caseId}/plan/final', {
      headers,
      params: path(),
      body: { issuedOn: '2025-04-04', I: { type: 'special' } },
    });
    expect(response.status).toBe(201);
    expect(data?.events.map((e) => e.type)).toContain('FinalPlanIssued');
    const plan = await api.GET('/api/v1/cases/{caseId}/plan', { headers, params: path() });
    expect(plan.data).toMatchObject({ version: 2, status: 'final', issuedOn: '2025-04-04' });
    expect(plan.data?.versions.map((v) => v.status)).toEqual(['draft', 'final']);
    const first = await api.GET('/api/v1/cases/{caseId}/plan/versions/{n}', { headers, params: { path: { caseId, n: 1 } } });
    expect(first.data).toMatchObject({ version: 1, status: 'draft' });
    const deadlines = await api.GET('/api/v1/cases/{caseId}/deadlines', { headers, params: path() });
    expect(deadlines.data?.find((d) => d.rule === 'final-plan')).toMatchObject({
      dueOn: '2025-03-21',
      status: 'breached',
      closedOn: '2025-04-04',
    });
    expect((await api.GET('/api/v1/cases/{caseId}', { headers, params: path() })).data?.stage).toBe('plan-final');
  });
});

describe('every answer as the document describes it', () => {
  it('reads the case back through every read route a caseworker has, each answer as documented', async () => {
    const caseId = (await api.GET('/api/v1/cases', { headers, params: { query: { la: '202' } } })).data?.items[0]
      ?.caseId as string;
    expect(caseId).toMatch(UUID);
    const params = { path: { caseId } };
    const reads = [
      await api.GET('/api/v1/cases/{caseId}/timeline', { headers, params }),
      await api.GET('/api/v1/cases/{caseId}/history', { headers, params }),
      await api.GET('/api/v1/cases/{caseId}/replay', { headers, params }),
      await api.GET('/api/v1/cases/{caseId}/verify', { headers, params }),
      await api.GET('/api/v1/cases/{caseId}/plan/export', { headers, params }),
      await api.GET('/api/v1/cases/{caseId}/funding', { headers, params }),
      await api.GET('/api/v1/cases/{caseId}/placement', { headers, params }),
      await api.GET('/api/v1/cases/{caseId}/disputes', { headers, params }),
      await api.GET('/api/v1/cases/{caseId}/attachments', { headers, params }),
      await api.GET('/api/v1/cases/{caseId}/family-access', { headers, params }),
      await api.GET('/api/v1/standards', { headers }),
    ];
    expect(reads.map((r) => r.response.status)).toEqual(reads.map(() => 200));
  });

  it('places the child and raises a dispute, then reads the placement, registry, figures and operations routes', async () => {
    const caseId = (await api.GET('/api/v1/cases', { headers, params: { query: { la: '202' } } })).data?.items[0]
      ?.caseId as string;
    const params = { path: { caseId } };
    const setting = await api.POST('/api/v1/settings', {
      headers,
      body: { name: 'Oakwood Primary', la: '202', type: 'mainstream', phases: ['primary'], needs: ['SLCN'], capacity: 30 },
    });
    const settingId = setting.data!.settingId;
    await api.POST('/api/v1/settings/{settingId}/senco', {
      headers,
      params: { path: { settingId } },
      body: { name: 'Ms Senco', appointedOn: '2024-09-02' },
    });
    await api.PUT('/api/v1/inclusion-plans/{la}', {
      headers,
      params: { path: { la: '202' } },
      body: { publishedOn: '2025-04-01', settingIds: [settingId] },
    });
    const list = await api.GET('/api/v1/cases/{caseId}/placement/tailored-list', {
      headers,
      params: { ...params, query: { asOf: '2025-06-10' } },
    });
    expect(list.data?.items.map((i) => i.settingId)).toEqual([settingId]);
    expect(list.data?.child).toMatchObject({ primaryNeed: 'SLCN', phase: 'primary' });
    await api.POST('/api/v1/cases/{caseId}/placement/tailored-list', {
      headers,
      params,
      body: { producedOn: '2025-06-10', dateOfBirth: '2016-03-01', primaryNeed: 'SLCN' },
    });
    await api.POST('/api/v1/cases/{caseId}/placement/preferences', {
      headers,
      params,
      body: { ranked: [settingId], expressedOn: '2025-06-12' },
    });
    const consulted = await api.POST('/api/v1/cases/{caseId}/placement/consultations', {
      headers,
      params,
      body: { settingId, sentOn: '2025-06-13' },
    });
    await api.POST('/api/v1/cases/{caseId}/placement/consultations/{consultationId}/answer', {
      headers,
      params: { path: { caseId, consultationId: consulted.data!.consultationId } },
      body: { answeredOn: '2025-06-20', answer: 'can-meet' },
    });
    await api.POST('/api/v1/cases/{caseId}/placement/allocate', { headers, params, body: { decidedOn: '2025-06-23' } });
    await api.POST('/api/v1/cases/{caseId}/disputes', {
      headers,
      params,
      body: { about: ['section-f'], decisionLetterOn: '2025-04-04', raisedOn: '2025-04-20' },
    });
    const placement = await api.GET('/api/v1/cases/{caseId}/placement', { headers, params });
    expect(placement.data).toMatchObject({ status: 'allocated', allocation: { settingId, preferenceRank: 1 } });
    expect(placement.data?.consultations[0]?.answer).toMatchObject({ answer: 'can-meet', objectionUpheld: false });
    const disputes = await api.GET('/api/v1/cases/{caseId}/disputes', { headers, params });
    const disputeId = disputes.data!.disputes[0]!.disputeId;
    // Beside the caseworker: the manager, and the regions group and another LA's caseworker, who see the figures
    // under disclosure control (1 to 4 as "c").
    const as = async (username: string) => {
      const { data } = await api.POST('/api/v1/auth/token', { body: { username, password: 'demo' } });
      return { Authorization: `${data!.tokenType} ${data!.accessToken}` };
    };
    const [asManager, asRegions] = [await as('manager@202'), await as('regions')];
    const reads = [
      await api.GET('/api/v1/cases/{caseId}/disputes/{disputeId}', { headers, params: { path: { caseId, disputeId } } }),
      await api.GET('/api/v1/cases/{caseId}/deadlines', { headers, params }),
      await api.GET('/api/v1/settings', { headers }),
      await api.GET('/api/v1/settings/{settingId}', { headers, params: { path: { settingId } } }),
      await api.GET('/api/v1/settings/context', { headers, params: { query: { la: '202' } } }),
      await api.GET('/api/v1/settings/{settingId}/context', { headers, params: { path: { settingId } } }),
      await api.GET('/api/v1/dashboards/inclusion', { headers, params: { query: { la: '202', from: '2024-01-01' } } }),
      await api.GET('/api/v1/dashboards/inclusion', { headers: asManager }),
      await api.GET('/api/v1/dashboards/inclusion', { headers: asRegions }),
      await api.GET('/api/v1/settings/{settingId}/context', {
        headers: await as('caseworker@203'),
        params: { path: { settingId } },
      }),
      await api.GET('/api/v1/funding/budgets/{la}/{financialYear}', {
        headers,
        params: { path: { la: '202', financialYear: '2025-26' } },
      }),
      await api.GET('/api/v1/team', { headers: asManager, params: { query: { from: '2024-06-01' } } }),
      await api.GET('/api/v1/returns/sen2/reconciliation', {
        headers: asManager,
        params: { query: { la: '202', census: '2026-01-15' } },
      }),
      await api.GET('/ready', {}),
    ];
    expect(reads.map((r) => r.response.status)).toEqual(reads.map(() => 200));
  });

  it('found every JSON answer of this file matching its documented schema', () => {
    expect(checked.length).toBeGreaterThanOrEqual(45);
    expect(mismatches).toEqual([]);
  });
});
