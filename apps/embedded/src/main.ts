import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from '@send/platform';
import { createEmbeddedApp } from './bootstrap.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createEmbeddedApp(config);
  await app.listen(config.port);
  new Logger('embedded').log(
    `SEND casework listening on http://localhost:${config.port} (data in ${config.dataDir}${config.demo ? '; demo users, password "demo"' : ''}); API docs at /api/docs`,
  );
}

main().catch((error) => {
  // A configuration refusal (demo mode in production) is a clear message, not a stack trace.
  console.error(error instanceof ConfigError ? `configuration: ${error.message}` : error);
  process.exit(1);
});
