import { TokenService } from '@send/platform';
import { startEmbedded, type Harness } from './harness.js';
import {
  type Auth,
  type Json,
  UUID,
  badFields,
  bearer,
  caseReadyForDraft,
  caseUrl,
  decide,
  expectProblem,
  history,
  login,
  openCase,
  planSections,
  registerSetting,
  step,
} from './fixtures.js';

/**
 * The family's own view (docs/api.md "Family access"): a caseworker invites, the family redeems the code
 * once for an account bound to its case, reads what was decided, the deadlines and its rights, sends
 * representations and preferences, and can reach nothing else.
 *
 * Worked dates: request 5 January 2026, decision to assess 10 February, decision to issue a plan 20 March,
 * draft issued Wednesday 1 April 2026, so the family's 15 days (Reg 13(1), beginning with the day of issue)
 * run to 15 April. The invitation, issued on 6 April, may be used until 20 April (14 days).
 */

const TODAY = new Date('2026-04-06T09:00:00Z');
const PASSWORD = 'correct horse battery';

let h: Harness;
let cw: Auth;
let manager: Auth;
let otherLa: Auth;
let caseId: string;
let otherCase: string;
let settingId: string;

const invite = (id: string, auth: Auth = cw) => h.http.post(caseUrl(id, '/family-invitations')).set(auth).send({});
const redeem = (body: Json) => h.http.post('/api/v1/family/invitations/redeem').send(body);
const signIn = (username: string, password = PASSWORD) => h.http.post('/api/v1/auth/token').send({ username, password });

async function familyOf(id: string, username: string): Promise<Auth> {
  const invited = await invite(id).expect(201);
  await redeem({ code: invited.body.code, username, password: PASSWORD }).expect(201);
  return bearer((await signIn(username).expect(200)).body.accessToken);
}

beforeAll(async () => {
  h = await startEmbedded(TODAY);
  cw = await login(h, 'caseworker@202');
  manager = await login(h, 'manager@202');
  otherLa = await login(h, 'caseworker@203');
  caseId = await caseReadyForDraft(h, cw, '2026-01-05', '2026-02-10', '2026-03-20');
  await step(h, cw, caseId, '/plan/draft', { issuedOn: '2026-04-01', sections: planSections() });
  otherCase = await openCase(h, cw, '2026-02-02');
  settingId = await registerSetting(h, cw, { name: 'Elm Primary' });
});
afterAll(async () => {
  await h.close();
});

describe('inviting the family', () => {
  it("gives the case's LA a one-time code, once, good until 20 April 2026", async () => {
    const res = await invite(caseId).expect(201);
    expect(res.body).toMatchObject({ caseId, invitationId: expect.stringMatching(UUID), expiresOn: '2026-04-20' });
    expect(res.body.code).toMatch(/^[A-Za-z0-9_-]{64}$/);
    const status = (await h.http.get(caseUrl(caseId, '/family-access')).set(manager).expect(200)).body;
    expect(status.invitations).toContainEqual(
      expect.objectContaining({ invitationId: res.body.invitationId, issuedBy: 'caseworker@202', status: 'open' }),
    );
    // Only its hash is kept: the code appears in no answer after the first.
    expect(JSON.stringify(status)).not.toContain(res.body.code);
  });

  it("tells the case's timeline that the family was invited, without the code or its hash", async () => {
    const { invitationId } = (await invite(caseId).expect(201)).body;
    const timeline = (await h.http.get(caseUrl(caseId, '/timeline')).set(cw).expect(200)).body;
    const invited = timeline.entries.filter((e: Json) => e.title === 'Family invited to see the case online');
    expect(invited.length).toBeGreaterThan(0);
    expect(invited.at(-1)).toMatchObject({ at: '2026-04-06', kind: 'notice', actor: { id: 'caseworker@202' } });
    expect(JSON.stringify(timeline)).not.toContain(invitationId.replace(/-/g, ''));
    expect(JSON.stringify(timeline)).not.toMatch(/codeHash/);
  });

  it('answers a retry with the same Idempotency-Key without the code, and records nothing twice', async () => {
    const first = await invite(caseId).set('Idempotency-Key', 'invite-1').expect(201);
    const again = await invite(caseId).set('Idempotency-Key', 'invite-1').expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toMatchObject({ invitationId: first.body.invitationId, withheld: ['code'] });
    expect(again.body.code).toBeUndefined();
  });

  it('is refused to another LA (404), to auditors (403) and without a token (401)', async () => {
    expectProblem(await invite(caseId, otherLa), 404, 'CASE.NOT_FOUND');
    expectProblem(await invite(caseId, await login(h, 'auditor')), 403);
    expectProblem(await h.http.post(caseUrl(caseId, '/family-invitations')).send({}), 401);
  });
});

describe('redeeming an invitation', () => {
  it('names every bad field (400) and makes no account', async () => {
    const res = await redeem({ code: '', username: 'x', password: 'short' });
    expectProblem(res, 400);
    expect(badFields(res)).toEqual(['code', 'password', 'username']);
  });

  it('answers an unknown code 404 FAMILY.INVITATION_NOT_FOUND, a made-up one and a well-formed one alike', async () => {
    for (const code of ['not-a-code', 'A'.repeat(64)]) {
      expectProblem(
        await redeem({ code, username: 'nobody@example.org', password: PASSWORD }),
        404,
        'FAMILY.INVITATION_NOT_FOUND',
      );
    }
    expectProblem(await signIn('nobody@example.org'), 401);
  });

  it('makes one account, once: a second use is 422 FAMILY.INVITATION_ALREADY_USED and makes none', async () => {
    const { code } = (await invite(caseId).expect(201)).body;
    const made = (await redeem({ code, username: 'Parent.One@example.org', password: PASSWORD }).expect(201)).body;
    expect(made).toEqual({ username: 'parent.one@example.org', accessToken: expect.any(String), tokenType: 'Bearer' });
    // The answer's token is the new account's own: it reads the family's view straight away.
    await h.http.get('/api/v1/family/case').set(bearer(made.accessToken)).expect(200);
    expectProblem(
      await redeem({ code, username: 'second@example.org', password: PASSWORD }),
      422,
      'FAMILY.INVITATION_ALREADY_USED',
    );
    expectProblem(await signIn('second@example.org'), 401);
    await signIn('parent.one@example.org').expect(200);
  });

  it('refuses a staff username or one already taken (422 FAMILY.USERNAME_TAKEN), leaving the code usable', async () => {
    const { code } = (await invite(caseId).expect(201)).body;
    expectProblem(await redeem({ code, username: 'caseworker@202', password: PASSWORD }), 422, 'FAMILY.USERNAME_TAKEN');
    expectProblem(await redeem({ code, username: 'PARENT.ONE@example.org', password: PASSWORD }), 422, 'FAMILY.USERNAME_TAKEN');
    await redeem({ code, username: 'parent.two@example.org', password: PASSWORD }).expect(201);
  });

  it('refuses a code after its last day (422 FAMILY.INVITATION_EXPIRED on 21 April)', async () => {
    const { code } = (await invite(caseId).expect(201)).body;
    h.clock.set(new Date('2026-04-21T09:00:00Z'));
    try {
      const body = expectProblem(
        await redeem({ code, username: 'late@example.org', password: PASSWORD }),
        422,
        'FAMILY.INVITATION_EXPIRED',
      );
      expect(body.expiresOn).toBe('2026-04-20');
    } finally {
      h.clock.set(TODAY);
    }
    expectProblem(await signIn('late@example.org'), 401);
  });
});

describe("the family's view", () => {
  let family: Auth;
  beforeAll(async () => {
    family = await familyOf(caseId, 'view@example.org');
  });

  it('shows what was decided, when, by whom and why, in plain English', async () => {
    const view = (await h.http.get('/api/v1/family/case').set(family).expect(200)).body;
    expect(view).toMatchObject({ caseId, asOf: '2026-04-06', child: { givenName: expect.any(String) } });
    const onDates = view.decisions.map((d: Json) => d.on);
    expect(onDates).toEqual(expect.arrayContaining(['2026-02-10', '2026-03-20', '2026-04-01']));
    for (const d of view.decisions) {
      expect(d.what).toEqual(expect.any(String));
      expect(d.by).toBe("The council's SEND team");
    }
    // No staff account id is shown to the family.
    expect(JSON.stringify(view)).not.toContain('caseworker@202');
  });

  it("lists the council's deadlines with their due dates and whether each was met", async () => {
    const view = (await h.http.get('/api/v1/family/case').set(family).expect(200)).body;
    const byWhat = Object.fromEntries(view.laDeadlines.map((d: Json) => [d.startedOn + ' ' + d.status, d]));
    // Reg 4(1)/5(1): the decision whether to assess, due 6 weeks from 5 January (16 February), made 10 February.
    expect(byWhat['2026-01-05 met']).toMatchObject({
      dueOn: '2026-02-16',
      closedOn: '2026-02-10',
      summary: 'Met on 10 February 2026',
    });
    // Reg 13(2): the final plan within 20 weeks of the request, by 25 May 2026; still open.
    expect(view.laDeadlines).toContainEqual(
      expect.objectContaining({ dueOn: '2026-05-25', status: 'open', summary: 'Due by 25 May 2026' }),
    );
  });

  it('gives the family its own right: representations on the draft until 15 April 2026', async () => {
    const view = (await h.http.get('/api/v1/family/case').set(family).expect(200)).body;
    expect(view.yourRights).toContainEqual(
      expect.objectContaining({
        from: '2026-04-01',
        until: '2026-04-15',
        status: 'open',
        source: expect.stringContaining('reg 13(1)'),
      }),
    );
    expect(view.yourRights[0].whatYouCanDo).toContain('15 April 2026');
    expect(view.plan).toMatchObject({
      version: 1,
      status: 'draft',
      issuedOn: '2026-04-01',
      sections: { A: { text: 'Amara loves drawing and wants to be a vet.' } },
    });
  });

  it("records every read in the case's access log, as the family's, seen by the LA's managers", async () => {
    const before = (await h.http.get(caseUrl(caseId, '/access-log')).set(manager).expect(200)).body.reads.length;
    await h.http.get('/api/v1/family/case').set(family).expect(200);
    const log = (await h.http.get(caseUrl(caseId, '/access-log')).set(manager).expect(200)).body;
    expect(log.valid).toBe(true);
    expect(log.reads).toHaveLength(before + 1);
    expect(log.reads.at(-1)).toMatchObject({ role: 'family', what: 'family-view', who: expect.stringMatching(/^family:/) });
  });

  it('sends representations and preferences through the same commands, recorded as from the family', async () => {
    const views = 'We would like the speech therapy to happen in class.';
    const reps = await h.http
      .post('/api/v1/family/plan/representations')
      .set(family)
      .send({ requestedSettingId: settingId, views });
    expect(reps.status).toBe(201);
    const timeline = await h.http.get(caseUrl(caseId, '/timeline')).set(cw).expect(200);
    expect(JSON.stringify(timeline.body)).toContain(`The family's views: ${views}`);
    const blank = await h.http.post('/api/v1/family/plan/representations').set(family).send({ views: '   ' });
    expect(badFields(blank)).toEqual(['views']);
    expect(reps.body.caseId).toBe(caseId);
    // The council gives the family its tailored list; the family's page offers its settings to choose from.
    await h.http
      .put('/api/v1/inclusion-plans/202')
      .set(cw)
      .send({ publishedOn: '2026-03-01', settingIds: [settingId] })
      .expect(200);
    await step(h, cw, caseId, '/placement/tailored-list', {
      producedOn: '2026-04-02',
      dateOfBirth: '2018-05-01',
      primaryNeed: 'SLCN',
    });
    const offered = (await h.http.get('/api/v1/family/case').set(family).expect(200)).body.placement;
    expect(offered.listGivenOn).toBe('2026-04-02');
    expect(offered.choices).toContainEqual(expect.objectContaining({ settingId, name: 'Elm Primary', type: 'mainstream' }));
    expect(offered.preferences).toBeNull();
    const prefs = await h.http
      .post('/api/v1/family/placement/preferences')
      .set(family)
      .send({ ranked: [settingId] });
    expect(prefs.status).toBe(201);
    const sent = (await h.http.get('/api/v1/family/case').set(family).expect(200)).body.placement.preferences;
    expect(sent).toEqual({ expressedOn: '2026-04-06', ranked: [{ settingId, name: 'Elm Primary' }] });
    const events = await history(h, cw, caseId);
    const received = events.find((e) => e.type === 'RepresentationsReceived');
    expect(received).toMatchObject({
      actor: { role: 'family' },
      data: { receivedOn: '2026-04-06', requestedSettingId: settingId, views: { personal: expect.stringMatching(/^pd1:/) } },
      readable: { data: { views } },
    });
    expect(events.find((e) => e.type === 'PreferencesExpressed')).toMatchObject({ actor: { role: 'family' } });
  });

  it('names bad fields of a family write (400) and records nothing', async () => {
    const before = (await history(h, cw, caseId)).length;
    const res = await h.http.post('/api/v1/family/placement/preferences').set(family).send({ ranked: [] });
    expectProblem(res, 400);
    expect(badFields(res)).toEqual(['ranked']);
    expect(await history(h, cw, caseId)).toHaveLength(before);
  });

  it('gives the family of a refused request its appeal window, to 16 April 2026, and mediation in the same time', async () => {
    // A decision not to assess on Monday 16 February 2026: 2 months to appeal (HESC Rules r.20(1)), so to 16 April.
    const refused = await openCase(h, cw, '2026-01-12');
    await decide(h, cw, refused, 'refuse', '2026-02-16');
    const view = (
      await h.http
        .get('/api/v1/family/case')
        .set(await familyOf(refused, 'refused@example.org'))
        .expect(200)
    ).body;
    expect(view.decisions).toContainEqual(expect.objectContaining({ on: '2026-02-16', by: "The council's SEND team" }));
    expect(view.yourRights).toEqual([
      expect.objectContaining({
        from: '2026-02-16',
        until: '2026-04-16',
        status: 'open',
        source: expect.stringContaining('r.20(1)'),
      }),
      expect.objectContaining({ what: 'Mediation with the council', until: '2026-04-16', status: 'open' }),
    ]);
  });

  it("shows one family its own case only: another family's view is its own", async () => {
    const other = await familyOf(otherCase, 'other@example.org');
    const view = (await h.http.get('/api/v1/family/case').set(other).expect(200)).body;
    expect(view.caseId).toBe(otherCase);
    expect(view.plan).toBeNull();
    expect(JSON.stringify(view)).not.toContain(caseId);
  });
});

describe('a family token on every other route', () => {
  let family: Auth;
  let doc: Json;
  const FAMILY_ROUTES = new Set([
    'get /api/v1/family/case',
    'post /api/v1/family/plan/representations',
    'post /api/v1/family/placement/preferences',
  ]);

  beforeAll(async () => {
    family = await familyOf(caseId, 'sweep@example.org');
    doc = (await h.http.get('/api/v1/openapi.json').expect(200)).body;
  });

  const operations = () =>
    Object.entries(doc.paths as Record<string, Json>).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((verb) => ['get', 'post', 'put', 'patch', 'delete'].includes(verb))
        .map((verb) => ({ verb, path })),
    );
  /** The operations that take no token: the sign-in, the redemption, operations probes, a bundle's public check. */
  const PUBLIC = [
    'get /health',
    'get /ready',
    'get /metrics',
    'get /api/v1/bundles/{code}',
    'post /api/v1/auth/token',
    'post /api/v1/family/invitations/redeem',
  ];
  const call = (verb: string, url: string) =>
    (h.http as unknown as Record<string, (u: string) => import('supertest').Test>)[verb](url);
  const urlOf = (path: string, id: string) =>
    path
      .replace('{caseId}', id)
      .replace(/\{(\w+)\}/g, (_m, name: string) => (name === 'n' ? '1' : name === 'la' ? '202' : otherCase));

  it.each([
    ['another case', () => otherCase],
    ["the family's own case", () => caseId],
  ])('is refused (401, 403 or 404) by every route that is not the family’s, with %s in the path', async (_, id) => {
    const answered: string[] = [];
    let tried = 0;
    for (const { verb, path } of operations()) {
      if (FAMILY_ROUTES.has(`${verb} ${path}`) || PUBLIC.includes(`${verb} ${path}`)) continue;
      const res = await call(verb, urlOf(path, id())).set(family).send({});
      tried++;
      if (![401, 403, 404].includes(res.status)) answered.push(`${verb} ${path} → ${res.status}`);
    }
    expect(answered).toEqual([]);
    expect(tried).toBeGreaterThan(50);
  });

  it('leaves public only the operations that need no token from anyone', async () => {
    const open: string[] = [];
    for (const { verb, path } of operations()) {
      const res = await call(verb, urlOf(path, caseId)).send({});
      if (res.status !== 401) open.push(`${verb} ${path}`);
    }
    expect(open.sort()).toEqual([...PUBLIC].sort());
  });

  it('answers the family routes only for the bound case: they take no case id at all', () => {
    for (const route of FAMILY_ROUTES) {
      const [verb, path] = route.split(' ');
      expect(doc.paths[path]?.[verb]).toBeDefined();
      expect(path).not.toContain('{');
    }
  });
});

describe('revoking access', () => {
  it('closes every account and open invitation of the case at once: tokens and passwords stop working', async () => {
    const family = await familyOf(otherCase, 'revoked@example.org');
    const pending = (await invite(otherCase).expect(201)).body.code;
    await h.http.get('/api/v1/family/case').set(family).expect(200);
    const res = await h.http.post(caseUrl(otherCase, '/family-access/revoke')).set(cw).send({}).expect(201);
    expect(res.body.accountsClosed).toBe(2);
    expectProblem(await h.http.get('/api/v1/family/case').set(family), 401);
    expectProblem(await signIn('revoked@example.org'), 401);
    expectProblem(
      await redeem({ code: pending, username: 'after@example.org', password: PASSWORD }),
      422,
      'FAMILY.INVITATION_REVOKED',
    );
    expectProblem(
      await h.http.post(caseUrl(otherCase, '/family-access/revoke')).set(cw).send({}),
      422,
      'FAMILY.NOTHING_TO_REVOKE',
    );
    const status = (await h.http.get(caseUrl(otherCase, '/family-access')).set(cw).expect(200)).body;
    expect(status.accounts.every((a: Json) => a.revokedAt !== null)).toBe(true);
  });

  it('is refused to another LA (404)', async () => {
    expectProblem(await h.http.post(caseUrl(caseId, '/family-access/revoke')).set(otherLa).send({}), 404, 'CASE.NOT_FOUND');
  });
});

describe('family tokens', () => {
  it('bound to no case are refused (401)', async () => {
    const token = h.app.get(TokenService).issue({ id: 'family:forged', role: 'family', la: '202' });
    expectProblem(await h.http.get('/api/v1/family/case').set(bearer(token)), 401);
  });

  it('of no open account are refused (401), even signed and naming a real case', async () => {
    const token = h.app
      .get(TokenService)
      .issue({ id: 'family:00000000-0000-4000-8000-000000000000', role: 'family', la: '202', caseId });
    expectProblem(await h.http.get('/api/v1/family/case').set(bearer(token)), 401);
  });
});
