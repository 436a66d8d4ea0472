/**
 * Is the local infrastructure there? Integration and distributed suites decide this once, before declaring
 * any describe: with CI=true an absent server fails the run, otherwise the suite reports itself NOT RUN.
 */

/** Why PostgreSQL at `url` cannot be used (the driver's message), or undefined when it answers. */
export async function postgresUnreachable(url: string): Promise<string | undefined> {
  // Loaded here, not at the top: the unit tier imports this library too and never needs a database driver.
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The URL with its password masked, fit for a log line or a failure message. */
export const withoutPassword = (url: string): string => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
