/**
 * Erasure in the REAL distributed system (assessment and ehcp services, the gateway, Kafka, PostgreSQL; see
 * cluster.ts; run `npm run build` first). The child's name is sealed under the case's own key in the store and on
 * the topic; after erasure through the gateway the key is gone from the key store (KEY_STORE_URL), the copies
 * still on the topic name no child and their sealed blocks no longer open, the gateway's read models and its
 * verbatim copy show the placeholder, and the case still verifies from that copy. A plan's words travel sealed under
 * the same key on the ehcp topic, and the family's account at the gateway goes with the erasure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { open as openDerived, openToken, unwrapKey } from '@send/platform';
import { todayInEngland } from '@send/statutory';
import { Cluster, PG_BASE, SERVICES, distributedSuite, until } from './cluster.js';
import { type Auth, type Json, caseUrl, openCase, planSections, post, step } from '../e2e/fixtures.js';

const suite = await distributedSuite('erasure.e2e-spec.ts', SERVICES);

const NAME = 'Wrenfield';
const FAMILY = 'Oddmarsh';

suite('distributed: erasure destroys the key, and with it every copy of the name, the broker included', () => {
  const c = new Cluster({ services: SERVICES });
  let cw: Auth;
  let manager: Auth;
  let caseId: string;

  beforeAll(async () => {
    await c.start();
    cw = await c.auth('caseworker@202');
    manager = await c.auth('manager@202');
  }, 120_000);
  afterAll(() => c.close(), 60_000);

  const keys = async <T>(sql: string, params: unknown[]): Promise<T[]> => {
    const client = new pg.Client({ connectionString: `${PG_BASE}/${c.keyDatabase()}` });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  };
  const messagesOf = async (id: string) =>
    (await c.readTopic(c.topic('assessment'))).filter((r) => r.key === id).map((r) => JSON.parse(r.value ?? '{}') as Json);
  /** The deployment's master key (PERSONAL_DATA_KEY; the cluster's demo key in DATA_DIR). */
  const master = () => Buffer.from(readFileSync(join(c.dataDir, '.demo-personal-data-key'), 'utf8').trim(), 'hex');

  it('seals the name under the case key in the store and on the topic; the gateway shows it', async () => {
    caseId = await openCase(c.harness, cw, '2025-01-31', {
      child: { givenName: NAME, familyName: FAMILY, dateOfBirth: '2016-02-29' },
    });
    const r = await post(c.harness, cw, caseId, '/assessment/decision', {
      decision: 'assess',
      decidedOn: '2025-02-10',
      reason: `${NAME} may need a plan`,
    });
    expect(r.status).toBe(201);
    const summary = await until(`the gateway to show ${caseId}`, async () => {
      const res = await c.http.get(caseUrl(caseId)).set(cw);
      return res.status === 200 ? (res.body as Json) : undefined;
    });
    expect(summary.child.givenName).toBe(NAME);
    // The gateway's read models hold it in clear, as read models do, until the erasure.
    expect(await c.count('gateway', `SELECT count(*) AS n FROM inclusion_facts WHERE data LIKE $1`, [`%${NAME}%`])).toBe(1);

    const stored = await c.storeEvents('assessment', caseId);
    expect(JSON.stringify(stored)).not.toContain(NAME);
    const messages = await messagesOf(caseId);
    expect(JSON.stringify(messages)).not.toContain(NAME);
    const request = messages.find((m) => m.type === 'AssessmentRequested')!;
    expect(request.data.child.personal).toMatch(/^pd1:/);
    const decided = messages.find((m) => m.type === 'AssessmentDecided')!;
    expect(decided.reason).toMatch(/^pd1:/);

    // The key store holds the one key that opens them, wrapped under the master key.
    const [row] = await keys<{ key_id: string; wrapped: Buffer }>(
      'SELECT key_id, wrapped FROM key_store.data_keys WHERE case_id = $1',
      [caseId],
    );
    const key = { keyId: row!.key_id, key: unwrapKey(master(), caseId, row!.wrapped) };
    expect(openToken(key, caseId, request.data.child.personal)).toEqual({
      givenName: NAME,
      familyName: FAMILY,
      dateOfBirth: '2016-02-29',
    });
    expect(openToken(key, caseId, decided.reason)).toBe(`${NAME} may need a plan`);
  });

  it('erases through the gateway: the key is gone, the topic copies no longer open, the views show the placeholder', async () => {
    const erased = await post(c.harness, manager, caseId, '/erasure', {
      ground: 'right-to-erasure',
      source: 'UK GDPR Art. 17(1)(a)',
    });
    expect(erased.status).toBe(201);
    expect(await keys('SELECT case_id FROM key_store.data_keys WHERE case_id = $1', [caseId])).toEqual([]);
    expect(await keys('SELECT case_id FROM key_store.destroyed_keys WHERE case_id = $1', [caseId])).toEqual([
      { case_id: caseId },
    ]);

    const messages = await messagesOf(caseId);
    expect(messages.map((m) => m.type)).toContain('PersonalDataErased');
    expect(JSON.stringify(messages)).not.toContain(NAME);
    expect(JSON.stringify(messages)).not.toContain(FAMILY);
    // The key that opened it is destroyed, and it was never under the key every service derives from the master.
    const request = messages.find((m) => m.type === 'AssessmentRequested')!;
    expect(request.data.child.personal).toMatch(/^pd1:/);
    expect(() => openDerived(master(), caseId, { sealed: request.data.child.personal.split(':')[2] })).toThrow();

    const summary = await until(`the gateway to show ${caseId} erased`, async () => {
      const res = await c.http.get(caseUrl(caseId)).set(cw);
      return res.status === 200 && res.body.child.givenName === '[erased]' ? (res.body as Json) : undefined;
    });
    expect(summary.child).toEqual({ givenName: '[erased]', familyName: '[erased]', dateOfBirth: '' });
    const list = await c.http.get('/api/v1/cases?la=202').set(cw).expect(200);
    expect(JSON.stringify(list.body)).not.toContain(NAME);

    const history = await c.http.get(caseUrl(caseId, '/history')).set(cw).expect(200);
    expect(JSON.stringify(history.body)).not.toContain(NAME);
    const timeline = await c.http.get(caseUrl(caseId, '/timeline')).set(cw).expect(200);
    expect(timeline.body.entries.map((e: { title: string }) => e.title)).toContain(
      `Personal data erased on ${todayInEngland(new Date())}`,
    );
    const verify = await c.http.get(caseUrl(caseId, '/verify')).set(cw).expect(200);
    expect(verify.body.valid).toBe(true);

    // The services' own read models: the gateway's and the assessment service's summaries and dashboard facts hold no name.
    for (const s of ['gateway', 'assessment'] as const) {
      expect(await c.count(s, `SELECT count(*) AS n FROM case_summaries WHERE "givenName" = $1`, [NAME])).toBe(0);
      expect(await c.count(s, `SELECT count(*) AS n FROM inclusion_facts WHERE data LIKE $1`, [`%${NAME}%`])).toBe(0);
    }
  });

  it("takes the plan's words on the ehcp topic and the family's account at the gateway with the erasure", async () => {
    const id = await openCase(c.harness, cw, '2025-01-06', {
      child: { givenName: 'Plannedfor', familyName: FAMILY, dateOfBirth: '2016-05-05' },
    });
    await step(c.harness, cw, id, '/assessment/decision', { decision: 'assess', decidedOn: '2025-02-10', reason: 'may need' });
    await step(c.harness, cw, id, '/assessment/outcome', { outcome: 'issue-plan', decidedOn: '2025-04-01', reason: 'plan' });
    const words = planSections({
      A: `${NAME} loves lighthouses.`,
      C: `${NAME} has eczema.`,
      E: [{ text: `${NAME} will order lunch unaided.`, area: 'independent-living' }],
    });
    await until('the ehcp service to open the plan', async () => {
      const res = await post(c.harness, cw, id, '/plan/draft', { issuedOn: '2025-04-20', sections: words });
      if (res.status === 422 && res.body.code === 'EHCP.PLAN_NOT_OPEN') return undefined;
      if (res.status === 404 && res.body.code === 'CASE.NOT_FOUND') return undefined;
      expect(res.status).toBe(201);
      return res;
    });
    const onTopic = async () =>
      (await c.readTopic(c.topic('ehcp'))).filter((r) => r.key === id).map((r) => JSON.parse(r.value ?? '{}') as Json);
    const draft = (await until('the draft on the ehcp topic', async () =>
      (await onTopic()).find((m) => m.type === 'DraftPlanIssued'),
    ))!;
    expect(JSON.stringify(draft)).not.toContain(NAME);
    expect(JSON.stringify(await c.storeEvents('ehcp', id))).not.toContain(NAME);
    const plan = await until('the gateway to show the draft', async () => {
      const res = await c.http.get(caseUrl(id, '/plan')).set(cw);
      return res.status === 200 ? (res.body as Json) : undefined;
    });
    expect(JSON.stringify(plan)).toContain(`${NAME} has eczema.`);

    const { code } = (await c.http.post(caseUrl(id, '/family-invitations')).set(cw).send({}).expect(201)).body;
    const made = await c.http
      .post('/api/v1/family/invitations/redeem')
      .send({ code, username: 'carer@example.org', password: 'correct horse battery' })
      .expect(201);
    const family = { Authorization: `Bearer ${made.body.accessToken}` };
    await c.http.get('/api/v1/family/case').set(family).expect(200);
    expect(await c.count('gateway', 'SELECT count(*) AS n FROM family_accounts WHERE "caseId" = $1', [id])).toBe(1);

    const erased = await post(c.harness, manager, id, '/erasure', {
      ground: 'right-to-erasure',
      source: 'UK GDPR Art. 17(1)(a)',
    });
    expect(erased.status).toBe(201);
    await until('the gateway to close the family account', async () =>
      (await c.count('gateway', 'SELECT count(*) AS n FROM family_accounts WHERE "caseId" = $1', [id])) === 0 ? true : undefined,
    );
    expect((await c.http.get('/api/v1/family/case').set(family)).status).toBe(401);
    const after = await until('the gateway to show the plan erased', async () => {
      const res = await c.http.get(caseUrl(id, '/plan')).set(cw);
      return res.status === 200 && !JSON.stringify(res.body).includes(NAME) ? (res.body as Json) : undefined;
    });
    expect(JSON.stringify(after)).toContain('[erased]');
    expect(JSON.stringify(await onTopic())).not.toContain(NAME);
    expect((await c.http.get(caseUrl(id, '/verify')).set(cw).expect(200)).body.valid).toBe(true);
  }, 120_000);
});
