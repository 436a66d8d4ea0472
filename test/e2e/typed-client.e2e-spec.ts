import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import createClient, { type Client } from 'openapi-fetch';
import { startEmbedded, type Harness } from './harness.js';
import { SPECIFIC_ITEM, UUID, planSections } from './fixtures.js';
import type { paths } from './generated/api.js';

/**
 * The OpenAPI document is a contract a client can be generated from: the types of test/e2e/generated (by
 * openapi-typescript) are what the served document gives, and an openapi-fetch client typed by them drives
 * the 20-week pathway over real HTTP on a free port.
 */

let h: Harness;
let api: Client<paths>;
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
    // Throws, with the script's message, when the committed types differ.
    execFileSync(process.execPath, ['infra/openapi/client.mjs', '--check', document], { stdio: 'pipe' });
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
      body: { issuedOn: '2024-11-20', sections: planSections() },
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
      body: { issuedOn: '2025-03-20', sections: planSections() },
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

  it('found every JSON answer of this file matching its documented schema', () => {
    expect(checked.length).toBeGreaterThanOrEqual(25);
    expect(mismatches).toEqual([]);
  });
});
