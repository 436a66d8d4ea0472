import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { TIMELINE_KINDS, type TimelineKind } from '@send/kernel';
import { type StoreLocation, defaultSqliteFile } from '../store-copy/open-store-copy.js';

/** The timeline's filters (docs/api.md "Audit", GET …/timeline), as the tool passes them on. */
export interface TimelineQuery {
  readonly from?: string;
  readonly to?: string;
  readonly kinds?: readonly TimelineKind[];
  readonly asOf?: Date;
}

/** What the auditor asked for (README "Auditing a copy of the store"). */
export type AuditCommand =
  | { readonly type: 'help' }
  | { readonly type: 'verify'; readonly store: StoreLocation; readonly json: boolean; readonly attachments: string }
  | { readonly type: 'replay'; readonly store: StoreLocation; readonly caseId: string; readonly asOf?: Date }
  | { readonly type: 'timeline'; readonly store: StoreLocation; readonly caseId: string; readonly query: TimelineQuery }
  | { readonly type: 'export'; readonly store: StoreLocation; readonly caseId: string }
  | { readonly type: 'backup'; readonly store: StoreLocation & { type: 'sqlite' }; readonly out: string; readonly json: boolean };

export type ParsedArguments =
  { readonly type: 'command'; readonly command: AuditCommand } | { readonly type: 'usage'; readonly problem: string };

export const USAGE = `usage: npm run -s audit -- <command> [options]

commands:
  verify                     verify the hash chain of every stream in the store, and every attachment's
                             file against its recorded SHA-256
  replay <caseId>            each context's state of the case, as JSON
  timeline <caseId>          the case's evidential timeline, as JSON
  export <caseId>            every event of the case as JSON Lines, with its canonical form and hashes
  backup --out <file>        an online copy of an embedded store (events and read models, one consistent
                             snapshot, safe while the application writes), then verified

store (one of):
  --sqlite <file>            an embedded store (default: $DATA_DIR/send.sqlite, DATA_DIR default ./data)
  --postgres <url>           a service's PostgreSQL store
  --schema <name>            its schema (default: event_store)

options:
  --as-of <instant>          replay, timeline: as the record stood at an ISO 8601 instant
  --from <date>, --to <date> timeline: business dates (YYYY-MM-DD) to keep
  --kinds <k1,k2>            timeline: ${TIMELINE_KINDS.join(', ')}
  --json                     verify, backup: the summary as JSON
  --attachments <dir>        verify: the attachment store (default: $ATTACHMENT_STORE_DIR, else the
                             attachments directory beside the SQLite file, else $DATA_DIR/attachments)
  --out <file>               backup: the new file (must not exist)

exit status: 0 all intact / done, 1 a broken stream or a failure, 2 bad usage`;

const OPTIONS = {
  sqlite: { type: 'string' },
  postgres: { type: 'string' },
  schema: { type: 'string' },
  'as-of': { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  kinds: { type: 'string' },
  json: { type: 'boolean' },
  out: { type: 'string' },
  attachments: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

/** Which options each command takes beside the store's: anything else is a usage error, not silently ignored. */
const COMMAND_OPTIONS: Record<Exclude<AuditCommand['type'], 'help'>, readonly (keyof Values)[]> = {
  verify: ['json', 'attachments'],
  replay: ['as-of'],
  timeline: ['as-of', 'from', 'to', 'kinds'],
  export: [],
  backup: ['out', 'json'],
};
const STORE_OPTIONS: readonly (keyof Values)[] = ['sqlite', 'postgres', 'schema'];

class UsageError extends Error {}

export function parseAuditArguments(argv: readonly string[], env: NodeJS.ProcessEnv): ParsedArguments {
  try {
    return { type: 'command', command: commandOf(argv, env) };
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      return { type: 'usage', problem: (error as Error).message };
    }
    throw error;
  }
}

function commandOf(argv: readonly string[], env: NodeJS.ProcessEnv): AuditCommand {
  const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  const [name, ...rest] = positionals;
  if (values.help || name === 'help' || name === undefined) {
    if (name === undefined && !values.help) throw new UsageError('a command is needed');
    return { type: 'help' };
  }
  if (!isCommandName(name)) throw new UsageError(`unknown command "${name}"`);
  const allowed = [...STORE_OPTIONS, ...COMMAND_OPTIONS[name]];
  const extra = (Object.keys(values) as (keyof Values)[]).filter((key) => !allowed.includes(key));
  if (extra.length > 0) throw new UsageError(`${name} does not take --${extra.join(', --')}`);
  const store = storeOf(values, env);
  if (name === 'verify') {
    if (rest.length > 0) throw new UsageError('verify takes no case id: it verifies the whole store');
    return { type: 'verify', store, json: values.json === true, attachments: attachmentsDirOf(values, store, env) };
  }
  if (name === 'backup') {
    if (rest.length > 0) throw new UsageError('backup takes no case id: it copies the whole store');
    if (store.type !== 'sqlite')
      throw new UsageError('backup copies an embedded store; back up PostgreSQL with pg_dump (README "Backups")');
    if (!values.out) throw new UsageError('backup needs --out <file>');
    return { type: 'backup', store, out: values.out, json: values.json === true };
  }
  if (rest.length !== 1 || rest[0].trim() === '') throw new UsageError(`${name} needs exactly one case id`);
  const caseId = rest[0];
  switch (name) {
    case 'replay':
      return { type: 'replay', store, caseId, ...optional('asOf', instantOf(values['as-of'])) };
    case 'timeline':
      return { type: 'timeline', store, caseId, query: timelineQueryOf(values) };
    case 'export':
      return { type: 'export', store, caseId };
    default: {
      const unknown: never = name;
      throw new UsageError(`unknown command "${unknown}"`);
    }
  }
}

const isCommandName = (name: string): name is keyof typeof COMMAND_OPTIONS => Object.hasOwn(COMMAND_OPTIONS, name);

function storeOf(values: Values, env: NodeJS.ProcessEnv): StoreLocation {
  if (values.sqlite !== undefined && values.postgres !== undefined) throw new UsageError('give --sqlite or --postgres, not both');
  if (values.postgres !== undefined) {
    return { type: 'postgres', url: values.postgres, ...optional('schema', values.schema) };
  }
  if (values.schema !== undefined) throw new UsageError('--schema goes with --postgres');
  return { type: 'sqlite', file: values.sqlite ?? defaultSqliteFile(env) };
}

/** Where the files of the attachments are: as the application finds them (libs/platform app-config). */
function attachmentsDirOf(values: Values, store: StoreLocation, env: NodeJS.ProcessEnv): string {
  if (values.attachments !== undefined) return resolve(values.attachments);
  if (env.ATTACHMENT_STORE_DIR?.trim()) return resolve(env.ATTACHMENT_STORE_DIR.trim());
  if (store.type === 'sqlite') return join(dirname(resolve(store.file)), 'attachments');
  return join(resolve(env.DATA_DIR ?? './data'), 'attachments');
}

function timelineQueryOf(values: Values): TimelineQuery {
  return {
    ...optional('from', dateOf('from', values.from)),
    ...optional('to', dateOf('to', values.to)),
    ...optional('kinds', kindsOf(values.kinds)),
    ...optional('asOf', instantOf(values['as-of'])),
  };
}

/** The same test GET …/replay applies to asOf: an ISO 8601 date or instant that parses. */
function instantOf(text: string | undefined): Date | undefined {
  if (text === undefined) return undefined;
  const at = new Date(text);
  if (!/^\d{4}-\d{2}-\d{2}(T.*)?$/.test(text) || Number.isNaN(at.getTime())) {
    throw new UsageError(`--as-of must be an ISO 8601 instant, not "${text}"`);
  }
  return at;
}

function dateOf(option: string, text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(new Date(`${text}T00:00:00Z`).getTime())) {
    throw new UsageError(`--${option} must be a date (YYYY-MM-DD), not "${text}"`);
  }
  return text;
}

function kindsOf(text: string | undefined): TimelineKind[] | undefined {
  if (text === undefined) return undefined;
  const kinds = text.split(',').map((k) => k.trim());
  const unknown = kinds.filter((k) => !(TIMELINE_KINDS as readonly string[]).includes(k));
  if (unknown.length > 0) throw new UsageError(`--kinds takes ${TIMELINE_KINDS.join(', ')}; not ${unknown.join(', ')}`);
  return kinds as TimelineKind[];
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
