// Writes the OpenAPI document the embedded application serves at /api/v1/openapi.json to the file named
// by the first argument (run after `npm run build`): the document is built from the controllers, never by hand.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbeddedApp } from '../../dist/apps/embedded/src/bootstrap.js';
import { loadConfig } from '../../dist/libs/platform/src/index.js';

const out = process.argv[2];
if (!out) throw new Error('usage: node infra/openapi/dump.mjs <file>');
const dataDir = mkdtempSync(join(tmpdir(), 'send-openapi-'));
const app = await createEmbeddedApp(
  loadConfig({ DATA_DIR: dataDir, PORT: '0', DEADLINE_WATCH_INTERVAL_MS: '3600000' }),
);
try {
  await app.listen(0, '127.0.0.1');
  const res = await fetch(`${await app.getUrl()}/api/v1/openapi.json`);
  if (!res.ok) throw new Error(`GET /api/v1/openapi.json answered ${res.status}`);
  writeFileSync(out, JSON.stringify(await res.json(), null, 2) + '\n');
} finally {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
}
