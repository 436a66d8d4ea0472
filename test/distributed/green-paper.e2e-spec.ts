/**
 * The family's view, photos and videos, the national standards and the plan format in the REAL distributed
 * system (assessment and ehcp services, the gateway, Kafka, PostgreSQL; see cluster.ts; run `npm run build`
 * first), each through the gateway as a client would use it: the gateway passes the writes to the owning
 * service (service-proxy.ts) and answers the reads from its own read models and copy of the events.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Cluster, SERVICES, distributedSuite, until } from './cluster.js';
import { smallMp4, smallPng } from '../e2e/attachment-files.js';
import { type Auth, type Json, caseUrl, planSections, post, requestBody, step } from '../e2e/fixtures.js';

const suite = await distributedSuite('green-paper.e2e-spec.ts', SERVICES);

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

suite('distributed: the family, attachments, standards and the plan format through the gateway', () => {
  const c = new Cluster({ services: SERVICES });
  let cw: Auth;
  let cw203: Auth;
  let caseId: string;

  beforeAll(async () => {
    await c.start();
    cw = await c.auth('caseworker@202');
    cw203 = await c.auth('caseworker@203');
    const opened = await c.http.post('/api/v1/cases').set(cw).send(requestBody('2024-11-01')).expect(201);
    caseId = opened.body.caseId as string;
    // The decision cites a standard of the catalogue the assessment service loaded at start-up.
    const standards = await until('the gateway to serve the standards', async () => {
      const res = await c.http.get('/api/v1/standards?asOf=2024-12-02').set(cw);
      return res.status === 200 && res.body.standards.length > 0 ? (res.body.standards as Json[]) : undefined;
    });
    const cited = standards.find((s) => s.kind === 'plan-criterion') ?? standards[0];
    await step(c.harness, cw, caseId, '/assessment/decision', {
      decision: 'assess',
      decidedOn: '2024-12-02',
      reason: 'needs may call for a plan',
      standard: { id: cited.id, version: cited.version },
    });
    await step(c.harness, cw, caseId, '/assessment/outcome', { outcome: 'issue-plan', decidedOn: '2025-01-20', reason: 'plan' });
    await until('the ehcp service to open the plan', async () => {
      const res = await post(c.harness, cw, caseId, '/plan/draft', { issuedOn: '2025-01-27', sections: planSections() });
      if (res.status === 422 && res.body.code === 'EHCP.PLAN_NOT_OPEN') return undefined;
      if (res.status === 404 && res.body.code === 'CASE.NOT_FOUND') return undefined;
      expect(res.status).toBe(201);
      return res;
    });
    await step(c.harness, cw, caseId, '/plan/final', {
      issuedOn: '2025-02-11',
      I: { type: 'special', name: 'Riverside School' },
    });
  }, 180_000);
  afterAll(() => c.close(), 60_000);

  it('shows the standard the decision cited on the timeline the gateway answers', async () => {
    const timeline = await until('the timeline to show the citation', async () => {
      const res = await c.http.get(caseUrl(caseId, '/timeline')).set(cw);
      return res.status === 200 && JSON.stringify(res.body).includes('in force from') ? res.body : undefined;
    });
    expect(JSON.stringify(timeline)).toMatch(/v\d+/);
  });

  it('takes a photo and a video on section A through the gateway, serves them, and verifies their files', async () => {
    const png = smallPng(42);
    const mp4 = smallMp4();
    const upload = (bytes: Buffer, type: string, name: string) =>
      c.http
        .post(caseUrl(caseId, '/attachments'))
        .set(cw)
        .field('section', 'A')
        .attach('file', bytes, { filename: name, contentType: type });
    const image = await upload(png, 'image/png', 'drawing.png').expect(201);
    expect(image.body.sha256).toBe(sha(png));
    await upload(mp4, 'video/mp4', 'clip.mp4').expect(201);
    const refused = await upload(Buffer.from('not a picture'), 'image/png', 'note.png');
    expect(refused.status).toBe(415);
    // The ehcp service wrote the files into the store the gateway reads (ATTACHMENT_STORE_DIR, here the shared DATA_DIR).
    expect(existsSync(join(c.dataDir, 'attachments', caseId, 'sha256', sha(png).slice(0, 2), sha(png).slice(2)))).toBe(true);
    const listed = await until('the gateway to list both', async () => {
      const res = await c.http.get(caseUrl(caseId, '/attachments')).set(cw);
      return res.status === 200 && res.body.length === 2 ? (res.body as Json[]) : undefined;
    });
    const photo = listed.find((a) => a.mediaType === 'image/png')!;
    const content = await c.http
      .get(caseUrl(caseId, `/attachments/${photo.attachmentId}/content`))
      .set(cw)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(sha(content.body as Buffer)).toBe(sha(png));
    const verify = await c.http.get(caseUrl(caseId, '/verify')).set(cw).expect(200);
    expect(verify.body).toMatchObject({ valid: true, attachments: { checked: 2, problems: [] } });
  });

  it("exports the plan through the gateway and another LA imports it, with the plan's hash kept", async () => {
    const exported = await until('the export to hold the final plan', async () => {
      const res = await c.http.get(caseUrl(caseId, '/plan/export')).set(cw);
      return res.status === 200 && res.body.plan.versions.length === 2 ? (res.body as Json) : undefined;
    });
    expect(exported.sha256).toMatch(/^[0-9a-f]{64}$/);
    const imported = await c.http.post('/api/v1/plan-imports').set(cw203).send(exported).expect(201);
    const copy = await until('the imported case to export', async () => {
      const res = await c.http.get(caseUrl(imported.body.caseId, '/plan/export')).set(cw203);
      return res.status === 200 ? (res.body as Json) : undefined;
    });
    expect(copy.plan).toEqual(exported.plan);
    expect(copy.sha256).toBe(exported.sha256);
    const again = await c.http.post('/api/v1/plan-imports').set(cw203).send(exported);
    expect(again.status).toBe(200);
    expect(again.body.caseId).toBe(imported.body.caseId);
  });

  it('lets the invited family see its own case through the gateway, and nothing else', async () => {
    const invited = await c.http.post(caseUrl(caseId, '/family-invitations')).set(cw).send({}).expect(201);
    const redeemed = await c.http
      .post('/api/v1/family/invitations/redeem')
      .send({ code: invited.body.code, username: 'parent.distributed@example.org', password: 'a long family password' })
      .expect(201);
    const family = { Authorization: `Bearer ${redeemed.body.accessToken as string}` };
    const view = await c.http.get('/api/v1/family/case').set(family).expect(200);
    expect(view.body.plan).toMatchObject({ status: 'final' });
    expect(JSON.stringify(view.body.decisions)).toContain('2024-12-02');
    // A route passed to a service and one the gateway answers both refuse the family.
    for (const path of [caseUrl(caseId), caseUrl(caseId, '/history'), caseUrl(caseId, '/attachments')]) {
      expect([403, 404]).toContain((await c.http.get(path).set(family)).status);
    }
    expect([403, 404]).toContain(
      (await post(c.harness, family, caseId, '/plan/representations', { receivedOn: '2025-02-01' })).status,
    );
    const log = await c.http
      .get(caseUrl(caseId, '/access-log'))
      .set(await c.auth('manager@202'))
      .expect(200);
    expect(JSON.stringify(log.body)).toContain('family-view');
  });
});
