import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { FixedClock } from '@send/kernel';
import { TokenService, loadConfig } from '@send/platform';
import { createEmbeddedApp } from '../../apps/embedded/src/bootstrap.js';
import { expectProblem } from './fixtures.js';

/**
 * Family accounts are real users (docs/architecture.md "Security"): outside demo mode, where no demo user
 * signs in, a family still sets up its account and signs in, and the password login's throttle applies.
 */

const PASSWORD = 'correct horse battery';
let app: INestApplication;
let http: ReturnType<typeof request>;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'send-e2e-family-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    PORT: '0',
    DEADLINE_WATCH_INTERVAL_MS: '3600000',
    AUTH_TOKEN_SECRET: 'a-test-secret-of-enough-length-for-hs256-0123456789',
    PERSONAL_DATA_KEY: 'a'.repeat(64),
  });
  expect(config.demo).toBe(false);
  app = await createEmbeddedApp(config, new FixedClock(new Date('2026-04-06T09:00:00Z')));
  await app.init();
  http = request(app.getHttpServer());
});
afterAll(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('family accounts outside demo mode', () => {
  it('are made from an invitation and sign in, while no demo user does; five wrong passwords block the username', async () => {
    expectProblem(await http.post('/api/v1/auth/token').send({ username: 'caseworker@202', password: 'demo' }), 401);
    // A staff token as the identity provider would issue it (there are no local staff passwords here).
    const staff = { Authorization: `Bearer ${app.get(TokenService).issue({ id: 'cw@202', role: 'caseworker', la: '202' })}` };
    const opened = await http
      .post('/api/v1/cases')
      .set(staff)
      .send({
        child: { givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2016-03-01' },
        la: '202',
        requestedBy: 'parent',
        receivedOn: '2026-03-02',
      })
      .expect(201);
    const caseId = opened.body.caseId;
    const { code } = (await http.post(`/api/v1/cases/${caseId}/family-invitations`).set(staff).send({}).expect(201)).body;
    await http
      .post('/api/v1/family/invitations/redeem')
      .send({ code, username: 'parent@example.org', password: PASSWORD })
      .expect(201);

    const signedIn = await http
      .post('/api/v1/auth/token')
      .send({ username: 'parent@example.org', password: PASSWORD })
      .expect(200);
    const family = { Authorization: `Bearer ${signedIn.body.accessToken}` };
    const view = (await http.get('/api/v1/family/case').set(family).expect(200)).body;
    expect(view).toMatchObject({ caseId, plan: null });
    // Reg 4(1)/5(1): the decision whether to assess, 6 weeks from 2 March 2026, so by 13 April; still open.
    expect(view.laDeadlines).toContainEqual(expect.objectContaining({ dueOn: '2026-04-13', status: 'open' }));

    for (let i = 0; i < 5; i++) {
      expectProblem(
        await http.post('/api/v1/auth/token').send({ username: 'parent@example.org', password: 'wrong password!' }),
        401,
      );
    }
    const blocked = await http.post('/api/v1/auth/token').send({ username: 'Parent@Example.org', password: PASSWORD });
    expectProblem(blocked, 429, 'AUTH.TOO_MANY_ATTEMPTS');
  });
});
