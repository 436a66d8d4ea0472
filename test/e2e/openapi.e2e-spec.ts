import { startEmbedded, type Harness } from './harness.js';
import type { Json } from './fixtures.js';

/** docs/api.md: the whole API as OpenAPI at /api/v1/openapi.json, a page at /api/docs; health and readiness. */

let h: Harness;

beforeAll(async () => {
  h = await startEmbedded();
});
afterAll(async () => {
  await h.close();
});

const CASE = '/api/v1/cases/{caseId}';

// The routes of docs/api.md implemented so far.
const ROUTES: [string, string][] = [
  ['post', '/api/v1/auth/token'],
  ['post', '/api/v1/cases'],
  ['get', '/api/v1/cases'],
  ['get', CASE],
  ['get', `${CASE}/deadlines`],
  ['post', `${CASE}/assessment/decision`],
  ['post', `${CASE}/assessment/advice`],
  ['post', `${CASE}/assessment/advice/{adviceId}/received`],
  ['post', `${CASE}/assessment/exceptions`],
  ['post', `${CASE}/assessment/outcome`],
  ['post', `${CASE}/plan/draft`],
  ['post', `${CASE}/plan/representations`],
  ['post', `${CASE}/plan/final`],
  ['get', `${CASE}/plan`],
  ['get', `${CASE}/plan/versions/{n}`],
  ['post', `${CASE}/transfer`],
  ['post', `${CASE}/transfer/accept`],
  ['get', `${CASE}/placement`],
  ['get', `${CASE}/placement/tailored-list`],
  ['get', `${CASE}/history`],
  ['get', `${CASE}/replay`],
  ['get', `${CASE}/verify`],
  ['get', '/health'],
  ['get', '/ready'],
  ['get', '/metrics'],
  ['get', '/api/v1/dashboards/inclusion'],
  ['post', `${CASE}/family-invitations`],
  ['get', `${CASE}/family-access`],
  ['post', `${CASE}/family-access/revoke`],
  ['post', '/api/v1/family/invitations/redeem'],
  ['get', '/api/v1/family/case'],
  ['post', '/api/v1/family/plan/representations'],
  ['post', '/api/v1/family/placement/preferences'],
];

describe('OpenAPI', () => {
  let doc: Json;

  beforeAll(async () => {
    const res = await h.http.get('/api/v1/openapi.json').expect(200);
    expect(res.headers['content-type']).toMatch(/json/);
    doc = res.body;
  });

  it('is an OpenAPI 3 document', () => {
    expect(String(doc.openapi)).toMatch(/^3\./);
    expect(doc.info.title).toEqual(expect.any(String));
  });

  it.each(ROUTES)('describes %s %s', (verb, path) => {
    expect(Object.keys(doc.paths[path] ?? {})).toContain(verb);
  });

  it('describes bearer authentication', () => {
    const schemes = Object.values(doc.components?.securitySchemes ?? {}) as Json[];
    expect(schemes).toContainEqual(expect.objectContaining({ type: 'http', scheme: 'bearer' }));
  });

  it('documents the asOf of the deadlines route and the body of POST /cases', () => {
    const params = (doc.paths[`${CASE}/deadlines`].get.parameters ?? []) as Json[];
    expect(params.map((p) => p.name)).toContain('asOf');
    expect(doc.paths['/api/v1/cases'].post.requestBody).toBeDefined();
  });

  it('documents the dashboard query and its response', () => {
    const route = doc.paths['/api/v1/dashboards/inclusion'].get;
    expect(((route.parameters ?? []) as Json[]).map((p) => p.name).sort()).toEqual(['from', 'la', 'to']);
    expect(Object.keys(route.responses['200'].content['application/json'].schema.properties)).toEqual(
      expect.arrayContaining(['la', 'england', 'las']),
    );
  });

  it('describes the answer body of every operation', () => {
    const bare = operations(doc).filter(({ op }) =>
      Object.entries(op.responses as Json)
        .filter(([status]) => /^2/.test(status))
        .every(([, response]) => (response as Json).content === undefined),
    );
    expect(bare.map(({ name }) => name)).toEqual([]);
  });

  it('describes the problem+json errors of every operation but the public probes, with the shared Problem schema', () => {
    expect(doc.components.schemas.Problem.required).toEqual(['type', 'title', 'status', 'code', 'detail']);
    const probes = ['get /health', 'get /metrics'];
    const without = operations(doc)
      .filter(({ name }) => !probes.includes(name))
      .filter(({ op }) => !Object.keys(op.responses).some((status) => /^[45]/.test(status)));
    expect(without.map(({ name }) => name)).toEqual([]);
    for (const { op } of operations(doc))
      for (const [status, response] of Object.entries(op.responses as Json))
        if (/^[45]/.test(status)) expect(Object.keys((response as Json).content)).toEqual(['application/problem+json']);
  });

  it('lists the faults of every operation: a 500, and the 503 of the distributed gateway on every route it passes on', () => {
    const codesOf = (response: Json | undefined): string[] =>
      (response?.content['application/problem+json'].schema.allOf?.[1].properties.code.enum as string[] | undefined) ?? [];
    const probes = ['get /health', 'get /metrics'];
    const without500 = operations(doc).filter(({ name, op }) => !probes.includes(name) && op.responses['500'] === undefined);
    expect(without500.map(({ name }) => name)).toEqual([]);
    expect(codesOf(doc.paths['/api/v1/cases'].post.responses['500'])).toEqual(['INTERNAL']);
    // Proxied in the distributed mode: a case write, a placement read; answered by the gateway itself: the timeline.
    expect(codesOf(doc.paths[`${CASE}/plan/final`].post.responses['503'])).toEqual(['GATEWAY.SERVICE_UNAVAILABLE']);
    expect(codesOf(doc.paths[`${CASE}/placement`].get.responses['503'])).toEqual(['GATEWAY.SERVICE_UNAVAILABLE']);
    expect(codesOf(doc.paths[`${CASE}/timeline`].get.responses['503'])).not.toContain('GATEWAY.SERVICE_UNAVAILABLE');
  });

  it('lists the codes of an error status beside the shared schema: a final plan without section I', () => {
    const refusal = doc.paths[`${CASE}/plan/final`].post.responses['422'].content['application/problem+json'].schema;
    expect(refusal.allOf[0]).toEqual({ $ref: '#/components/schemas/Problem' });
    expect(refusal.allOf[1].properties.code.enum).toContain('EHCP.SECTION_I_REQUIRED');
    expect(doc.paths[`${CASE}/plan/final`].post.responses['201'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/WriteAnswer',
    });
  });

  it("merges a case write's own codes with those every case write shares", () => {
    const received = doc.paths[`${CASE}/assessment/advice/{adviceId}/received`].post.responses;
    const codes = (status: string) => received[status].content['application/problem+json'].schema.allOf[1].properties.code.enum;
    expect(codes('404')).toEqual(['CASE.NOT_FOUND', 'ASSESSMENT.ADVICE_NOT_FOUND']);
    expect(codes('422')).toEqual(expect.arrayContaining(['IDEMPOTENCY.KEY_REUSED', 'ASSESSMENT.ADVICE_ALREADY_RECEIVED']));
    expect(codes('409')).toEqual(['CONCURRENCY.STALE_REVISION']);
    expect(received['422'].description).toContain('ASSESSMENT.ADVICE_RECEIVED_BEFORE_REQUEST');
  });

  it('describes every object of every answer and body by its properties, but the event data of the history, said to be open', () => {
    const open = freeFormObjects(doc);
    // Event data differs by event type: the history gives it as stored (and as read), and says so.
    const history = `get ${CASE}/history 200 [].data`;
    expect(open.map(({ at }) => at).sort()).toEqual([history, `get ${CASE}/history 200 [].readable.data`].sort());
    for (const { schema } of open) expect(schema.description).toMatch(/shape follows the event’s type/);
  });

  it('finds an object described by nothing but its type, wherever an answer refers to it', () => {
    const built: Json = {
      paths: {
        '/x': {
          get: { responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/A' } } } } } },
        },
      },
      components: { schemas: { A: { type: 'object', properties: { b: { type: 'array', items: { type: 'object' } } } } } },
    };
    expect(freeFormObjects(built).map(({ at }) => at)).toEqual(['get /x 200 .b[]']);
  });

  it('describes the plan sections once, for the plan reads, the family and the draft', () => {
    const json = (op: Json) => op.responses['200'].content['application/json'].schema;
    const plan = json(doc.paths[`${CASE}/plan/versions/{n}`].get);
    expect(plan.properties.sections).toEqual({ $ref: '#/components/schemas/PlanSections' });
    expect(json(doc.paths['/api/v1/family/case'].get).properties.plan.properties.sections).toEqual({
      $ref: '#/components/schemas/PlanSections',
    });
    const sections = doc.components.schemas.PlanSections;
    expect(sections.required).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H1', 'H2', 'J', 'K']);
    expect(doc.components.schemas.PlanSectionB.properties.primaryNeed.enum).toContain('SLCN');
    expect(doc.components.schemas.DraftPlanIssuedAnswer.properties.outcomes.items).toEqual({
      $ref: '#/components/schemas/PlanOutcome',
    });
  });

  it('/api/docs answers with an HTML page', async () => {
    const res = await h.http.get('/api/docs').redirects(2);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toMatch(/<html/i);
  });
});

/** Every operation of the document, named `verb path`. */
function operations(doc: Json): { name: string; op: Json }[] {
  return Object.entries(doc.paths as Json).flatMap(([path, item]) =>
    Object.entries(item as Json).map(([verb, op]) => ({ name: `${verb} ${path}`, op: op as Json })),
  );
}

/**
 * Every object an answer (a 2xx) or a component can hold that is given by nothing but `type: object`: no
 * properties, no combination, no typed additionalProperties. Followed through $refs into the components, each
 * once, so that a component's parts are named where an answer first reaches them (`verb path status` then
 * `.field` and `[]`), and a component no answer reaches by its own name.
 */
function freeFormObjects(doc: Json): { at: string; schema: Json }[] {
  const found: { at: string; schema: Json }[] = [];
  const seen = new Set<string>();
  const walk = (schema: Json | undefined, at: string): void => {
    if (typeof schema !== 'object' || schema === null) return;
    if (typeof schema.$ref === 'string') {
      if (seen.has(schema.$ref)) return;
      seen.add(schema.$ref);
      return walk(doc.components?.schemas?.[schema.$ref.replace('#/components/schemas/', '')], at);
    }
    const typed = typeof schema.additionalProperties === 'object';
    if (schema.type === 'object' && !schema.properties && !schema.allOf && !schema.oneOf && !schema.anyOf && !typed)
      found.push({ at, schema });
    for (const [name, property] of Object.entries((schema.properties ?? {}) as Json)) walk(property as Json, `${at}.${name}`);
    if (typed) walk(schema.additionalProperties, `${at}.*`);
    walk(schema.items, `${at}[]`);
    for (const key of ['allOf', 'oneOf', 'anyOf']) for (const part of (schema[key] ?? []) as Json[]) walk(part, at);
  };
  for (const { name, op } of operations(doc))
    for (const [status, response] of Object.entries(op.responses as Json))
      if (/^2/.test(status))
        for (const media of Object.values(((response as Json).content ?? {}) as Json))
          walk((media as Json).schema, `${name} ${status} `);
  // Then the components no answer reaches: the bodies of the requests.
  for (const name of Object.keys(doc.components?.schemas ?? {})) walk({ $ref: `#/components/schemas/${name}` }, `${name} `);
  return found;
}

describe('operations', () => {
  it('/health answers 200 without a token', async () => {
    expect((await h.http.get('/health')).status).toBe(200);
  });

  it('/ready answers 200 without a token', async () => {
    const ready = await h.http.get('/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.checks).toMatchObject({
      readModels: 'ok',
      auditStore: expect.stringMatching(/^ok \(in the event store, head \d+\)$/),
    });
    expect(ready.body.checks.eventStore).toMatch(/^ok \(head \d+\)$/);
  });

  it('/metrics answers 200 in the Prometheus text format', async () => {
    const res = await h.http.get('/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/plain/);
    expect(res.text).toMatch(/^# HELP /m);
  });
});
