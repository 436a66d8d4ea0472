import { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { FixedClock } from '@send/kernel';
import { loadConfig } from '@send/platform';
import { createEmbeddedApp } from '../../apps/embedded/src/bootstrap.js';

export interface Harness {
  app: INestApplication;
  http: ReturnType<typeof request>;
  clock: FixedClock;
  dataDir: string;
  token(user: string): Promise<string>;
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** The embedded application on a fresh DATA_DIR, driven over real HTTP through supertest. */
export async function startEmbedded(
  now = new Date('2026-11-28T10:00:00Z'),
  dataDir = mkdtempSync(join(tmpdir(), 'send-e2e-')),
  /** More settings, read again on each restart (e.g. STANDARDS_DIR). */
  env: () => Record<string, string> = () => ({}),
): Promise<Harness> {
  const clock = new FixedClock(now);
  const config = () => loadConfig({ DATA_DIR: dataDir, PORT: '0', DEADLINE_WATCH_INTERVAL_MS: '3600000', ...env() });
  let app = await createEmbeddedApp(config(), clock);
  await app.init();
  const h: Harness = {
    app,
    http: request(app.getHttpServer()),
    clock,
    dataDir,
    async token(user: string) {
      const res = await h.http.post('/api/v1/auth/token').send({ username: user, password: 'demo' }).expect(200);
      return res.body.accessToken;
    },
    async restart() {
      await app.close();
      app = await createEmbeddedApp(config(), clock);
      await app.init();
      h.app = app;
      h.http = request(app.getHttpServer());
    },
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return h;
}
