import { join, resolve } from 'node:path';
import type { StoreCopy } from './store-copy.port.js';
import { SqliteStoreCopy } from './sqlite-store-copy.js';

/** Which copy of the store to read: the embedded file, or a service's PostgreSQL database. */
export type StoreLocation =
  | { readonly type: 'sqlite'; readonly file: string }
  | { readonly type: 'postgres'; readonly url: string; readonly schema?: string };

/** Where the embedded mode keeps its store when nothing else is said (README "Two commands"). */
export function defaultSqliteFile(env: NodeJS.ProcessEnv): string {
  return join(resolve(env.DATA_DIR ?? './data'), 'send.sqlite');
}

/** The PostgreSQL driver is loaded only for a PostgreSQL copy, as the product's own store factory does. */
export async function openStoreCopy(location: StoreLocation): Promise<StoreCopy> {
  switch (location.type) {
    case 'sqlite':
      return new SqliteStoreCopy(location.file);
    case 'postgres': {
      const { PostgresStoreCopy } = await import('./postgres-store-copy.js');
      return new PostgresStoreCopy(location.url, shownUrl(location.url), location.schema);
    }
    default: {
      const unknown: never = location;
      throw new Error(`unknown store ${JSON.stringify(unknown)}`);
    }
  }
}

/** A URL fit to print: its password, if any, replaced. */
export function shownUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}
