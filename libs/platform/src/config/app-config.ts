import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type ContextName, STREAM_OWNERS, type StreamOwner } from '@send/kernel';
import { MEDIATION_POLICIES, type MediationPolicy } from '@send/statutory';

export const APP_CONFIG = Symbol('APP_CONFIG');

/** 'none': a process that holds no context's events (the distributed gateway). */
export type StoreKind = 'sqlite' | 'postgres' | 'eventstoredb' | 'none';

export interface AppConfig {
  readonly mode: 'embedded' | 'distributed';
  readonly port: number;
  readonly dataDir: string;
  readonly store: StoreKind;
  /** Demo users with password "demo"; only when no identity settings are given, never in production. */
  readonly demo: boolean;
  readonly tokenSecret: string;
  readonly tokenTtlSeconds: number;
  readonly sqliteFile: string;
  readonly postgresUrl?: string;
  readonly eventStoreConnectionString?: string;
  /** How long a write waits for its read models before answering anyway (read-your-writes bound). */
  readonly readYourWritesMs: number;
  readonly deadlineWatchIntervalMs: number;
  /** Distributed mode: which process this is (assessment, ehcp, gateway …). */
  readonly service: string;
  /** The owners whose topics every distributed read side consumes: the five contexts and the deadline watcher. */
  readonly contexts: readonly StreamOwner[];
  readonly kafkaBrokers: readonly string[];
  /** Prefix of every topic and consumer group, so that several deployments or test runs share a cluster. */
  readonly kafkaNamespace: string;
  /** Seals personal data on the broker (see distributed/personal-data.ts) and wraps each child's data key. */
  readonly personalDataKey: Buffer;
  /**
   * Where the children's data keys live, apart from the events (docs/architecture.md "Security"): a PostgreSQL
   * URL (KEY_STORE_URL, schema key_store), or else the SQLite file DATA_DIR/keys.sqlite.
   */
  readonly keyStoreUrl?: string;
  readonly keyStoreFile: string;
  /** The retention schedule for SEND case records, when not the shipped libs/assessment/data (RETENTION_FILE). */
  readonly retentionFile?: string;
  /** Where the gateway sends each context's writes. */
  readonly serviceUrls: Readonly<Record<ContextName, string>>;
  /** What an appeal needs before it is registered (CFA 2014 s.55; docs/domain.md "Mediation before appeal"). */
  readonly mediationPolicy: MediationPolicy;
  /** The national funding reference files, when not the shipped libs/funding/data. */
  readonly fundingReferenceDir?: string;
  /** The national SEND standards catalogue files, when not the shipped libs/standards/data. */
  readonly standardsDir?: string;
  /** The 20-week timeliness (Reg 13(2)), in per cent, below which an LA's high-needs budget is flagged. */
  readonly fundingTimelinessThreshold: number;
  /** The pages' session (docs/ui.md): signed out after this many idle minutes, warned two minutes before. */
  readonly uiIdleMinutes: number;
  /** The session cookie is sent over HTTPS only; on in production, off by default for http://localhost. */
  readonly secureCookies: boolean;
  /** Council names by DfE LA code for the pages' header, beyond the built-in list (UI_COUNCIL_NAMES="202=Camden;…"). */
  readonly councilNames: Readonly<Record<string, string>>;
  /** Attachments' bytes by SHA-256 (docs/api.md "Attachments"): ATTACHMENT_STORE_DIR, else DATA_DIR/attachments. */
  readonly attachmentStoreDir: string;
  /** The largest image and video accepted, in bytes (ATTACHMENT_MAX_IMAGE_BYTES, ATTACHMENT_MAX_VIDEO_BYTES). */
  readonly attachmentLimits: { readonly image: number; readonly video: number };
}

export class ConfigError extends Error {}

/**
 * All configuration comes from the environment, read once here. Demo mode needs no secret: it keeps
 * a random one in DATA_DIR so tokens survive a restart; a real deployment sets AUTH_TOKEN_SECRET.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const mode = env.SEND_MODE === 'distributed' ? 'distributed' : 'embedded';
  const dataDir = resolve(env.DATA_DIR ?? './data');
  const production = env.NODE_ENV === 'production';
  const demo = !env.AUTH_TOKEN_SECRET && env.SEND_DEMO !== 'false';
  if (demo && production) {
    throw new ConfigError(
      'Demo mode (built-in users with password "demo") refuses to start with NODE_ENV=production: set AUTH_TOKEN_SECRET and an identity provider.',
    );
  }
  if (!demo && !env.AUTH_TOKEN_SECRET) throw new ConfigError('AUTH_TOKEN_SECRET is required outside demo mode.');
  // Each production service runs on its own machine: a key file in its DATA_DIR would be a key store of its own,
  // and a child's key made by one service could not be read, nor destroyed, by the others.
  if (mode === 'distributed' && production && !env.KEY_STORE_URL?.trim()) {
    throw new ConfigError('KEY_STORE_URL is required for the distributed mode in production: one key store for every service.');
  }
  mkdirSync(dataDir, { recursive: true });
  const store = (env.EVENT_STORE ?? (mode === 'embedded' ? 'sqlite' : 'postgres')) as StoreKind;
  if (!['sqlite', 'postgres', 'eventstoredb', 'none'].includes(store)) throw new ConfigError(`EVENT_STORE=${store} is not known`);
  const forContexts = contextSettings(env);
  return {
    mode,
    port: Number(env.PORT ?? 3000),
    dataDir,
    store,
    demo,
    tokenSecret: env.AUTH_TOKEN_SECRET ?? demoSecret(dataDir),
    tokenTtlSeconds: Number(env.AUTH_TOKEN_TTL_SECONDS ?? 8 * 3600),
    sqliteFile: join(dataDir, 'send.sqlite'),
    postgresUrl: env.DATABASE_URL,
    eventStoreConnectionString: env.EVENTSTORE_CONNECTION_STRING,
    readYourWritesMs: Number(env.READ_YOUR_WRITES_MS ?? 5000),
    deadlineWatchIntervalMs: Number(env.DEADLINE_WATCH_INTERVAL_MS ?? 15 * 60 * 1000),
    service: env.SEND_SERVICE ?? 'embedded',
    contexts: STREAM_OWNERS,
    kafkaNamespace: env.KAFKA_NAMESPACE ?? '',
    kafkaBrokers: kafkaBrokersFrom(env),
    personalDataKey: personalDataKey(env, dataDir, demo),
    keyStoreUrl: env.KEY_STORE_URL,
    keyStoreFile: join(dataDir, 'keys.sqlite'),
    retentionFile: env.RETENTION_FILE,
    serviceUrls: {
      assessment: env.ASSESSMENT_URL ?? 'http://127.0.0.1:3101',
      ehcp: env.EHCP_URL ?? 'http://127.0.0.1:3102',
      placement: env.PLACEMENT_URL ?? 'http://127.0.0.1:3103',
      mediation: env.MEDIATION_URL ?? 'http://127.0.0.1:3104',
      funding: env.FUNDING_URL ?? 'http://127.0.0.1:3105',
    },
    ...forContexts,
    ...uiSettings(env, production),
    ...attachmentSettings(env, dataDir),
  };
}

const MIB = 1024 * 1024;

/** Where attachments are kept and how large they may be; a shared directory in the distributed mode. */
function attachmentSettings(env: NodeJS.ProcessEnv, dataDir: string): Pick<AppConfig, 'attachmentStoreDir' | 'attachmentLimits'> {
  const bytes = (name: string, fallback: number) => {
    const raw = env[name]?.trim();
    const value = raw ? Number(raw) : fallback;
    if (!Number.isInteger(value) || value < 1) throw new ConfigError(`${name}=${raw} must be a whole number of bytes.`);
    return value;
  };
  return {
    attachmentStoreDir: resolve(env.ATTACHMENT_STORE_DIR?.trim() || join(dataDir, 'attachments')),
    attachmentLimits: {
      image: bytes('ATTACHMENT_MAX_IMAGE_BYTES', 10 * MIB),
      video: bytes('ATTACHMENT_MAX_VIDEO_BYTES', 200 * MIB),
    },
  };
}

/** The pages' session settings (docs/ui.md "Sessions"). */
function uiSettings(
  env: NodeJS.ProcessEnv,
  production: boolean,
): Pick<AppConfig, 'uiIdleMinutes' | 'secureCookies' | 'councilNames'> {
  const idle = Number(env.UI_IDLE_TIMEOUT_MINUTES?.trim() || '20');
  if (!Number.isInteger(idle) || idle < 3 || idle > 480) {
    throw new ConfigError(
      `UI_IDLE_TIMEOUT_MINUTES=${env.UI_IDLE_TIMEOUT_MINUTES} must be a whole number of minutes from 3 to 480.`,
    );
  }
  const secure = env.SECURE_COOKIES === undefined ? production : env.SECURE_COOKIES === 'true';
  const councilNames: Record<string, string> = {};
  for (const pair of (env.UI_COUNCIL_NAMES ?? '').split(';').filter((p) => p.trim())) {
    const [code, name] = pair.split('=').map((s) => s.trim());
    if (!code || !name || !/^\d{3}$/.test(code)) {
      throw new ConfigError(`UI_COUNCIL_NAMES: "${pair}" is not "LA code=Name" with a three-digit DfE code.`);
    }
    councilNames[code] = name;
  }
  return { uiIdleMinutes: idle, secureCookies: secure, councilNames };
}

/** KAFKA_BROKERS, comma-separated; the local broker by default. Exported for the suites that talk to a broker. */
export function kafkaBrokersFrom(env: NodeJS.ProcessEnv): string[] {
  return (env.KAFKA_BROKERS ?? '127.0.0.1:9092')
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
}

/** What the contexts' own code needs from the deployment, checked here so that a bad value stops start-up. */
function contextSettings(
  env: NodeJS.ProcessEnv,
): Pick<AppConfig, 'mediationPolicy' | 'fundingReferenceDir' | 'standardsDir' | 'fundingTimelinessThreshold'> {
  const policy = env.MEDIATION_POLICY?.trim() || 'current-law';
  if (!(MEDIATION_POLICIES as readonly string[]).includes(policy)) {
    throw new ConfigError(`MEDIATION_POLICY=${policy} is not known: use ${MEDIATION_POLICIES.join(' or ')}.`);
  }
  const threshold = env.FUNDING_TIMELINESS_THRESHOLD?.trim() || '50';
  const percent = Number(threshold);
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) {
    throw new ConfigError(`FUNDING_TIMELINESS_THRESHOLD=${threshold} must be a percentage from 0 to 100.`);
  }
  return {
    mediationPolicy: policy as MediationPolicy,
    ...(env.FUNDING_REFERENCE_DIR ? { fundingReferenceDir: resolve(env.FUNDING_REFERENCE_DIR) } : {}),
    ...(env.STANDARDS_DIR ? { standardsDir: resolve(env.STANDARDS_DIR) } : {}),
    fundingTimelinessThreshold: percent,
  };
}

function demoSecret(dataDir: string, name = '.demo-token-secret'): string {
  const file = join(dataDir, name);
  if (!existsSync(file)) {
    // Several processes may start at once on one DATA_DIR (the distributed mode on one machine): write a
    // complete file aside, then link it into place, which fails if another process got there first.
    const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(draft, randomBytes(32).toString('hex'), { mode: 0o600 });
    try {
      linkSync(draft, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(draft);
    }
  }
  return readFileSync(file, 'utf8').trim();
}

/** 32 bytes, hex, from PERSONAL_DATA_KEY; demo mode keeps a generated one in DATA_DIR like its token secret. */
function personalDataKey(env: NodeJS.ProcessEnv, dataDir: string, demo: boolean): Buffer {
  const hex = env.PERSONAL_DATA_KEY ?? (demo ? demoSecret(dataDir, '.demo-personal-data-key') : undefined);
  if (!hex || !/^[0-9a-f]{64}$/i.test(hex)) throw new ConfigError('PERSONAL_DATA_KEY must be 64 hex digits (32 bytes).');
  return Buffer.from(hex, 'hex');
}
