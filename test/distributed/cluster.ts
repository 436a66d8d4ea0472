/**
 * The REAL distributed system for tests: by default the assessment service, the ehcp service and the gateway;
 * with `new Cluster({ services: ALL_SERVICES })` all six processes of infra/start-distributed.mjs (the five
 * context services and the gateway). Each is its own Node process started from the BUILT code
 * (dist/apps/<app>/src/main.js), against the local Kafka broker (infra/kafka/kafka.sh, 127.0.0.1:9092) and the
 * local PostgreSQL (postgres://postgres@127.0.0.1:5432).
 *
 * ASSUMES dist IS CURRENT: run `npm run build` before the suite. The tests run what `dist/` holds, not the
 * TypeScript sources, so a stale build tests stale code.
 *
 *   cd /work/main && npm run build && TEST_TIER=e2e NODE_OPTIONS=--experimental-vm-modules npx jest --runInBand test/distributed
 *
 * Isolation per test file: fresh databases send_t<random>_<service> (dropped WITH (FORCE) at the end), a unique
 * KAFKA_NAMESPACE `t<random>.` (topics and consumer groups never mix with other runs; they are deleted at the
 * end, best effort), a temp DATA_DIR shared by the processes (demo token secret and the personal-data key), free
 * ports. The gateway gets <CTX>_URL for every context; a context whose service the cluster does not run points at
 * a port nothing listens on (never at the product's defaults 3101–3105, where someone else's service may run). Each child's stdout/stderr goes to a file in the temp dir; `guard()` prints
 * the tails when a test fails.
 *
 * When the broker or PostgreSQL cannot be reached: with CI=true the suite throws; otherwise it is skipped with
 * a console.warn "distributed suite NOT RUN".
 *
 * The broker fault tests stop and SIGKILL the broker that kafka.sh manages. By default that is the shared local
 * broker on 127.0.0.1:9092, so they disturb anything else using it at the time (and anything else stopping it
 * disturbs them). To run against a private broker instead, give kafka.sh its own state and ports, e.g.
 *   KAFKA_PORT=19092 KAFKA_CONTROLLER_PORT=19093 KAFKA_STATE_DIR=/tmp/send-dist-kafka <the jest command above>
 * (the harness starts it if needed and leaves it running; stop it with the same variables and `kafka.sh down`).
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kafka, type KafkaMessage, logLevel, Partitioners } from 'kafkajs';
import pg from 'pg';
import request from 'supertest';
import { type Check, eventually, postgresUnreachable } from '@send/testing';
import type { Harness } from '../e2e/harness.js';
import type { Auth, Json } from '../e2e/fixtures.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const PG_BASE = process.env.PG_BASE_URL ?? 'postgres://postgres@127.0.0.1:5432';
/** kafka.sh reads KAFKA_PORT / KAFKA_CONTROLLER_PORT / KAFKA_STATE_DIR from the environment; the clients follow KAFKA_PORT. */
export const BROKERS = [`127.0.0.1:${process.env.KAFKA_PORT ?? '9092'}`];
const KAFKA_SH = join(ROOT, 'infra/kafka/kafka.sh');

/** The five context services, each holding its own event store (infra/start-distributed.mjs). */
export type ContextName = 'assessment' | 'ehcp' | 'placement' | 'mediation' | 'funding';
export type ServiceName = ContextName | 'gateway';

/** The topics each process forwards from its own store (apps/<service>/src/main.ts `forwards`). */
const OWN_TOPICS: Readonly<Record<ServiceName, readonly (ContextName | 'deadlines')[]>> = {
  assessment: ['assessment', 'deadlines'],
  ehcp: ['ehcp'],
  placement: ['placement'],
  mediation: ['mediation'],
  funding: ['funding'],
  gateway: [],
};
export const CONTEXTS: readonly ContextName[] = ['assessment', 'ehcp', 'placement', 'mediation', 'funding'];
/** The default cluster (the one the original tests were written for): two context services and the gateway. */
export const SERVICES: readonly ServiceName[] = ['assessment', 'ehcp', 'gateway'];
/** All six processes of the distributed mode. */
export const ALL_SERVICES: readonly ServiceName[] = [...CONTEXTS, 'gateway'];
/** The two services of the default cluster that hold an event store. */
export const STORES = ['assessment', 'ehcp'] as const;

process.env.KAFKAJS_NO_PARTITIONER_WARNING ??= '1';

// ---------------------------------------------------------------------------------------------------------
// Bounded waiting
// ---------------------------------------------------------------------------------------------------------

/**
 * `eventually` from the test library, with this suite's patience: six real processes and a broker answer more
 * slowly than one process, so it waits longer (20 s) and polls less often (200 ms) unless told otherwise.
 */
export const until = <T>(what: string, probe: Check<T>, timeoutMs = 20_000, everyMs = 200): Promise<T> =>
  eventually(what, probe, timeoutMs, everyMs);

// ---------------------------------------------------------------------------------------------------------
// Infrastructure: is it there, and the broker's controls
// ---------------------------------------------------------------------------------------------------------

function run(cmd: string, args: string[], timeoutMs: number): Promise<{ code: number; out: string }> {
  return new Promise((resolveRun) => {
    execFile(cmd, args, { cwd: ROOT, timeout: timeoutMs, killSignal: 'SIGKILL' }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolveRun({ code, out: `${stdout}${stderr}`.trim() });
    });
  });
}

/** `bash infra/kafka/kafka.sh <command>`; `up` may take ~10 s (90 s cold), `down` 1–3 s. */
export async function kafkaSh(command: 'up' | 'down' | 'kill' | 'status', timeoutMs = 150_000): Promise<number> {
  const { code, out } = await run('bash', [KAFKA_SH, command], timeoutMs);
  if (command !== 'status' && code !== 0) throw new Error(`kafka.sh ${command} failed (${code}):\n${out}`);
  return code;
}

/** The broker is running and ready at the end of this (starts it if needed). */
export async function ensureBrokerUp(): Promise<void> {
  if ((await kafkaSh('status', 10_000)) !== 0) await kafkaSh('up');
}

async function postgresAnswers(): Promise<string | undefined> {
  const reason = await postgresUnreachable(`${PG_BASE}/postgres`);
  return reason === undefined ? undefined : `PostgreSQL at ${PG_BASE}: ${reason}`;
}

async function brokerAnswers(): Promise<string | undefined> {
  try {
    await ensureBrokerUp();
    return undefined;
  } catch (error) {
    return `Kafka broker at ${BROKERS.join(',')}: ${String(error)}`;
  }
}

/**
 * Top-level in each spec: `const suite = await distributedSuite('…')` then `suite('…', () => …)`.
 * Without the broker or PostgreSQL: throws under CI=true, otherwise describe.skip and a warning.
 */
export async function distributedSuite(
  file: string,
  services: readonly ServiceName[] = SERVICES,
): Promise<typeof describe | typeof describe.skip> {
  const problems = (await Promise.all([postgresAnswers(), brokerAnswers()])).filter((p): p is string => !!p);
  if (problems.length > 0) {
    const message = `distributed suite NOT RUN (${file}): ${problems.join('; ')}`;
    if (process.env.CI === 'true') throw new Error(message);
    console.warn(message);
    return describe.skip;
  }
  for (const s of services) {
    const main = join(ROOT, `dist/apps/${s}/src/main.js`);
    if (!existsSync(main)) throw new Error(`${main} is missing: run "npm run build" before the distributed suite`);
  }
  return describe;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

// ---------------------------------------------------------------------------------------------------------
// The cluster
// ---------------------------------------------------------------------------------------------------------

interface Child {
  readonly name: ServiceName;
  readonly port: number;
  readonly log: string;
  readonly env: NodeJS.ProcessEnv;
  process?: ChildProcess;
  exited?: Promise<void>;
}

export type ReadyWait = 'ready' | 'listening';

export interface ClusterOptions {
  /** READ_YOUR_WRITES_MS of every process (default: the product's default). */
  readonly readYourWritesMs?: number;
  /** The processes to run (default SERVICES: assessment, ehcp, gateway); the gateway is always one of them. */
  readonly services?: readonly ServiceName[];
}

/** One raw message of a topic, as kafkajs reads it. */
export interface RawRecord {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: string | null;
  readonly value: string | null;
  readonly headers: Record<string, string>;
}

const live = new Set<ChildProcess>();
// If jest dies without afterAll, do not leave services behind.
process.once('exit', () => live.forEach((p) => p.kill('SIGKILL')));

export class Cluster {
  readonly id = `t${randomBytes(5).toString('hex')}`;
  /** Prefix of every topic and consumer group of this cluster. */
  readonly ns = `${this.id}.`;
  readonly dataDir = mkdtempSync(join(tmpdir(), 'send-dist-'));
  private readonly children = new Map<ServiceName, Child>();
  private readonly pools = new Map<ServiceName, pg.Pool>();
  private kafkaClient?: Kafka;
  private started = false;
  /** The processes this cluster runs, in start order (the gateway last). */
  readonly services: readonly ServiceName[];
  /** Its context services: each holds an event store. */
  readonly stores: readonly ContextName[];

  constructor(private readonly options: ClusterOptions = {}) {
    const wanted = new Set<ServiceName>([...(options.services ?? SERVICES), 'gateway']);
    this.services = ALL_SERVICES.filter((s) => wanted.has(s));
    this.stores = CONTEXTS.filter((s) => wanted.has(s));
  }

  database(name: ServiceName): string {
    return `send_${this.id}_${name}`;
  }

  /** The key store's own database (KEY_STORE_URL), apart from every service's. */
  keyDatabase(): string {
    return `send_${this.id}_keys`;
  }

  topic(context: ContextName | 'deadlines'): string {
    return `${this.ns}send.${context}.events`;
  }

  /** Consumer group of a process's read models (`read-models`) or of one of its process managers (its name). */
  group(service: ServiceName, consumer: string): string {
    return `${this.ns}${service}.${consumer}`;
  }

  url(name: ServiceName): string {
    return `http://127.0.0.1:${this.child(name).port}`;
  }

  /** supertest against the gateway (the public face). */
  get http() {
    return request(this.url('gateway'));
  }

  /** supertest against one process directly. */
  httpOf(name: ServiceName) {
    return request(this.url(name));
  }

  /** For the helpers of test/e2e/fixtures.ts, which need only `http` and `token` of a Harness. */
  get harness(): Harness {
    return this as unknown as Harness;
  }

  async token(user: string): Promise<string> {
    const res = await this.http.post('/api/v1/auth/token').send({ username: user, password: 'demo' });
    if (res.status !== 200) throw new Error(`token for ${user}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.accessToken as string;
  }

  async auth(user: string): Promise<Auth> {
    return { Authorization: `Bearer ${await this.token(user)}` };
  }

  // --- processes -------------------------------------------------------------------------------------------

  /**
   * `until: 'listening'` waits only for /ready to answer 200, degraded or not (the broker is down, so the
   * consumers cannot join); the default waits for `status: "ready"`, every consumer group joined.
   */
  async start(until: ReadyWait = 'ready'): Promise<void> {
    if (this.started) throw new Error('cluster already started');
    this.started = true;
    const admin = new pg.Client({ connectionString: `${PG_BASE}/postgres` });
    await admin.connect();
    try {
      for (const s of this.services) await admin.query(`CREATE DATABASE "${this.database(s)}"`);
      // The children's data keys, in a database of their own that every service reaches (KEY_STORE_URL).
      await admin.query(`CREATE DATABASE "${this.keyDatabase()}"`);
    } finally {
      await admin.end();
    }
    // The processes share DATA_DIR. Each creates the demo token secret and the personal-data key when the file
    // is missing, so processes starting at once could each write their own and disagree. Seed both files here
    // so the test does not depend on that race.
    writeFileSync(join(this.dataDir, '.demo-token-secret'), randomBytes(32).toString('hex'), { mode: 0o600 });
    writeFileSync(join(this.dataDir, '.demo-personal-data-key'), randomBytes(32).toString('hex'), { mode: 0o600 });

    // A port for every process, including those not run: the gateway's URL for a context without its service.
    const ports = {} as Record<ServiceName, number>;
    for (const s of ALL_SERVICES) ports[s] = await freePort();
    const base: NodeJS.ProcessEnv = { ...process.env };
    for (const k of [
      'NODE_OPTIONS',
      'DATABASE_URL',
      'EVENT_STORE',
      'SEND_SERVICE',
      'PORT',
      'AUTH_TOKEN_SECRET',
      'PERSONAL_DATA_KEY',
    ])
      delete base[k];
    const common: NodeJS.ProcessEnv = {
      ...base,
      NODE_ENV: 'test',
      SEND_MODE: 'distributed',
      KAFKA_BROKERS: BROKERS.join(','),
      KAFKA_NAMESPACE: this.ns,
      DATA_DIR: this.dataDir,
      KAFKAJS_NO_PARTITIONER_WARNING: '1',
      // The watcher would record breaches of the old business dates the tests use: keep it out of the way.
      DEADLINE_WATCH_INTERVAL_MS: '3600000',
      KEY_STORE_URL: `${PG_BASE}/${this.keyDatabase()}`,
      ...(this.options.readYourWritesMs === undefined ? {} : { READ_YOUR_WRITES_MS: String(this.options.readYourWritesMs) }),
    };
    const db = (s: ServiceName) => `${PG_BASE}/${this.database(s)}`;
    const envs = {} as Record<ServiceName, NodeJS.ProcessEnv>;
    for (const s of this.stores)
      envs[s] = { ...common, SEND_SERVICE: s, PORT: String(ports[s]), EVENT_STORE: 'postgres', DATABASE_URL: db(s) };
    envs.gateway = {
      ...common,
      SEND_SERVICE: 'gateway',
      PORT: String(ports.gateway),
      EVENT_STORE: 'none',
      DATABASE_URL: db('gateway'),
      ...Object.fromEntries(CONTEXTS.map((ctx) => [`${ctx.toUpperCase()}_URL`, `http://127.0.0.1:${ports[ctx]}`])),
    };
    for (const s of this.services)
      this.children.set(s, { name: s, port: ports[s], env: envs[s], log: join(this.dataDir, `${s}.log`) });
    try {
      for (const s of this.services) this.spawn(s);
      await Promise.all(this.services.map((s) => this.waitReady(s, 30_000 + 7_500 * this.services.length, until)));
    } catch (error) {
      console.error(this.tails());
      throw error;
    }
  }

  private child(name: ServiceName): Child {
    const c = this.children.get(name);
    if (!c) throw new Error(`${name} is not part of the cluster (start() first)`);
    return c;
  }

  private spawn(name: ServiceName): void {
    const c = this.child(name);
    if (c.process && c.process.exitCode === null && c.process.signalCode === null) throw new Error(`${name} is running`);
    const fd = openSync(c.log, 'a');
    writeFileSync(fd, `\n===== ${new Date().toISOString()} start ${name} =====\n`);
    const proc = spawn(process.execPath, [join(ROOT, `dist/apps/${name}/src/main.js`)], {
      cwd: ROOT,
      env: c.env,
      stdio: ['ignore', fd, fd],
    });
    closeSync(fd);
    live.add(proc);
    c.process = proc;
    c.exited = new Promise((r) =>
      proc.once('exit', () => {
        live.delete(proc);
        r();
      }),
    );
  }

  running(name: ServiceName): boolean {
    const p = this.child(name).process;
    return !!p && p.exitCode === null && p.signalCode === null;
  }

  pid(name: ServiceName): number | undefined {
    return this.child(name).process?.pid;
  }

  /** Polls GET /ready until it answers 200 (and `status: "ready"` unless `until` is 'listening'); fails early if the process died. */
  async waitReady(name: ServiceName, timeoutMs = 45_000, until_: ReadyWait = 'ready'): Promise<void> {
    const c = this.child(name);
    await until(
      `${name} /ready`,
      async () => {
        if (!this.running(name))
          throw new Error(`${name} exited (${c.process?.exitCode ?? c.process?.signalCode})\n${this.tail(name)}`);
        try {
          const res = await fetch(`${this.url(name)}/ready`, { signal: AbortSignal.timeout(2_000) });
          if (res.status !== 200) return undefined;
          return until_ === 'listening' || ((await res.json()) as { status?: string }).status === 'ready' ? true : undefined;
        } catch {
          return undefined;
        }
      },
      timeoutMs,
      150,
    ).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${this.tail(name)}`, { cause: error });
    });
  }

  private async waitExit(name: ServiceName, timeoutMs: number): Promise<boolean> {
    const c = this.child(name);
    if (!this.running(name)) return true;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((r) => (timer = setTimeout(() => r(false), timeoutMs)));
    const done = await Promise.race([c.exited!.then(() => true), timedOut]);
    clearTimeout(timer);
    return done;
  }

  /** SIGTERM, then SIGKILL if it has not exited within the bound. */
  async stop(name: ServiceName, timeoutMs = 15_000): Promise<void> {
    if (!this.running(name)) return;
    this.child(name).process!.kill('SIGTERM');
    if (!(await this.waitExit(name, timeoutMs))) await this.kill(name);
  }

  /** SIGKILL: no shutdown hook runs, nothing is flushed or committed. */
  async kill(name: ServiceName): Promise<void> {
    if (!this.running(name)) return;
    this.child(name).process!.kill('SIGKILL');
    if (!(await this.waitExit(name, 10_000))) throw new Error(`${name} survived SIGKILL`);
  }

  /** Starts a stopped or killed process again (same port, database and environment) and waits until ready. */
  async restart(name: ServiceName): Promise<void> {
    if (this.running(name)) await this.stop(name);
    this.spawn(name);
    await this.waitReady(name);
  }

  /** Stops everything, drops the databases WITH (FORCE), deletes the namespace's topics and groups and the temp dir. */
  async close(): Promise<void> {
    await Promise.all(this.services.filter((s) => this.children.has(s)).map((s) => this.stop(s)));
    await Promise.all([...this.pools.values()].map((p) => p.end().catch(() => undefined)));
    this.pools.clear();
    if (this.started) {
      const admin = new pg.Client({ connectionString: `${PG_BASE}/postgres` });
      await admin.connect();
      try {
        for (const s of this.services) await admin.query(`DROP DATABASE IF EXISTS "${this.database(s)}" WITH (FORCE)`);
        await admin.query(`DROP DATABASE IF EXISTS "${this.keyDatabase()}" WITH (FORCE)`);
      } finally {
        await admin.end();
      }
      await this.deleteKafkaNamespace().catch((error: unknown) =>
        console.warn(`cleanup of ${this.ns}* on the broker: ${String(error)}`),
      );
    }
    if (process.env.KEEP_CLUSTER_LOGS !== '1') rmSync(this.dataDir, { recursive: true, force: true });
  }

  // --- logs ------------------------------------------------------------------------------------------------

  tail(name: ServiceName, lines = 40): string {
    const log = this.children.get(name)?.log;
    if (!log || !existsSync(log)) return `----- ${name}: no log -----`;
    // eslint-disable-next-line no-control-regex
    const text = readFileSync(log, 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
    return `----- last ${lines} lines of ${name} (${log}) -----\n${text.split('\n').slice(-lines).join('\n')}`;
  }

  tails(lines = 40): string {
    return this.services.map((s) => this.tail(s, lines)).join('\n');
  }

  /** Wraps a test body: on failure the children's log tails are printed, then the failure is rethrown. */
  guard(fn: () => Promise<void>): () => Promise<void> {
    return async () => {
      try {
        await fn();
      } catch (error) {
        console.error(`test failed; cluster ${this.id}, logs in ${this.dataDir}\n${this.tails()}`);
        throw error;
      }
    };
  }

  // --- PostgreSQL ------------------------------------------------------------------------------------------

  /** The process's own database: its event store (schema event_store) and its read models. */
  pool(name: ServiceName): pg.Pool {
    let p = this.pools.get(name);
    if (!p) {
      p = new pg.Pool({ connectionString: `${PG_BASE}/${this.database(name)}`, max: 2 });
      // An idle client whose backend goes away (a database dropped WITH (FORCE) by a cluster closing late, a
      // server restart) emits 'error' on the pool; unhandled, that fails whichever test is running. A query that
      // needs the connection still fails on its own.
      p.on('error', (error) => console.warn(`idle connection to ${this.database(name)} closed: ${error.message}`));
      this.pools.set(name, p);
    }
    return p;
  }

  async query<R extends pg.QueryResultRow = Json>(name: ServiceName, sql: string, params: unknown[] = []): Promise<R[]> {
    return (await this.pool(name).query<R>(sql, params)).rows;
  }

  async count(name: ServiceName, sql: string, params: unknown[] = []): Promise<number> {
    const rows = await this.query<{ n: string }>(name, sql, params);
    return Number(rows[0]?.n ?? 0);
  }

  /** Events of one case (or all) in a service's store, in position order. */
  async storeEvents(name: ContextName, caseId?: string): Promise<Json[]> {
    return this.query(
      name,
      `SELECT position::text AS position, id, stream_id AS "streamId", revision, type, case_id AS "caseId", causation_id AS "causationId",
              correlation_id AS "correlationId", hash, prev_hash AS "prevHash", recorded_at AS "recordedAt", data
         FROM event_store.events ${caseId ? 'WHERE case_id = $1' : ''} ORDER BY position`,
      caseId ? [caseId] : [],
    );
  }

  /** Every event id in every store of the cluster. */
  async allStoredIds(): Promise<string[]> {
    const ids: string[] = [];
    for (const s of this.stores)
      ids.push(...(await this.query<{ id: string }>(s, 'SELECT id FROM event_store.events')).map((r) => r.id));
    return ids;
  }

  // --- Kafka -----------------------------------------------------------------------------------------------

  kafka(): Kafka {
    this.kafkaClient ??= new Kafka({
      clientId: `test-${this.id}`,
      brokers: BROKERS,
      connectionTimeout: 3_000,
      logLevel: logLevel.NOTHING,
      retry: { retries: 3, initialRetryTime: 200 },
    });
    return this.kafkaClient;
  }

  /** Every message of a topic from the beginning up to its end as of now (a throw-away group, bounded). */
  async readTopic(topic: string, timeoutMs = 20_000): Promise<RawRecord[]> {
    const kafka = this.kafka();
    const admin = kafka.admin();
    await admin.connect();
    let ends: Map<number, bigint>;
    try {
      const topics = await admin.listTopics();
      if (!topics.includes(topic)) return [];
      ends = new Map((await admin.fetchTopicOffsets(topic)).map((o) => [o.partition, BigInt(o.high)]));
    } finally {
      await admin.disconnect();
    }
    const pending = new Set([...ends].filter(([, high]) => high > 0n).map(([p]) => p));
    const records: RawRecord[] = [];
    if (pending.size === 0) return records;
    const groupId = `${this.ns}test-reader-${randomBytes(4).toString('hex')}`;
    const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 300, sessionTimeout: 10_000 });
    await consumer.connect();
    try {
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      let done: () => void = () => undefined;
      const finished = new Promise<void>((r) => (done = r));
      await consumer.run({
        autoCommit: false,
        eachMessage: async ({ partition, message }) => {
          records.push(toRecord(topic, partition, message));
          if (BigInt(message.offset) + 1n >= (ends.get(partition) ?? 0n)) pending.delete(partition);
          if (pending.size === 0) done();
        },
      });
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), timeoutMs)));
      const outcome = await Promise.race([finished, timedOut]);
      clearTimeout(timer);
      if (outcome === 'timeout')
        throw new Error(`reading ${topic}: partitions ${[...pending].join(',')} not read to the end in ${timeoutMs} ms`);
    } finally {
      await consumer.disconnect();
      const admin2 = kafka.admin();
      await admin2.connect();
      await admin2.deleteGroups([groupId]).catch(() => undefined);
      await admin2.disconnect();
    }
    return records.sort((a, b) => a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)));
  }

  /** Produces raw messages (value as given, not serialised again); returns partition and offset of each. */
  async produce(
    topic: string,
    messages: { key: string; value: string | null; headers?: Record<string, string> }[],
  ): Promise<{ partition: number; offset: string }[]> {
    const producer = this.kafka().producer({ createPartitioner: Partitioners.DefaultPartitioner, allowAutoTopicCreation: false });
    await producer.connect();
    try {
      const out: { partition: number; offset: string }[] = [];
      // One send per message, so that each gets its own offset back.
      for (const m of messages) {
        const [meta] = await producer.send({ topic, acks: -1, messages: [{ key: m.key, value: m.value, headers: m.headers }] });
        out.push({ partition: meta.partition, offset: meta.baseOffset ?? '-1' });
      }
      return out;
    } finally {
      await producer.disconnect();
    }
  }

  /** The committed offset of a consumer group on one partition (-1 when none). */
  async committed(groupId: string, topic: string, partition: number): Promise<bigint> {
    const admin = this.kafka().admin();
    await admin.connect();
    try {
      const [t] = await admin.fetchOffsets({ groupId, topics: [topic] });
      const p = t?.partitions.find((x) => x.partition === partition);
      return BigInt(p?.offset ?? '-1');
    } finally {
      await admin.disconnect();
    }
  }

  /** Waits until every named group has committed past `offset` on the partition: they have all handled it. */
  async waitConsumedPast(groups: string[], topic: string, partition: number, offset: string, timeoutMs = 30_000): Promise<void> {
    for (const g of groups) {
      await until(
        `group ${g} to commit past ${topic}[${partition}]@${offset}`,
        async () => ((await this.committed(g, topic, partition)) > BigInt(offset) ? true : undefined),
        timeoutMs,
        250,
      );
    }
  }

  /**
   * Every consumer group of the cluster that reads `topic`, as the broker lists them: the read models of each
   * process and every process manager (however many the built code has). A service's read models get its own
   * events from its store, so its read-models group does not read its own topics (kafka-feeder.ts). The
   * throw-away readers of readTopic() are left out.
   */
  async consumerGroups(topic?: string): Promise<string[]> {
    const admin = this.kafka().admin();
    await admin.connect();
    try {
      const groups = (await admin.listGroups()).groups
        .map((g) => g.groupId)
        .filter((g) => g.startsWith(this.ns) && !g.startsWith(`${this.ns}test-reader-`))
        .sort();
      const readers = this.services.filter((s) => topic === undefined || !OWN_TOPICS[s].some((t) => this.topic(t) === topic));
      for (const s of readers) {
        if (!groups.includes(this.group(s, 'read-models')))
          throw new Error(`no consumer group ${this.group(s, 'read-models')} on the broker: ${groups.join(', ')}`);
      }
      const skipped = new Set(this.services.filter((s) => !readers.includes(s)).map((s) => this.group(s, 'read-models')));
      return groups.filter((g) => !skipped.has(g));
    } finally {
      await admin.disconnect();
    }
  }

  private async deleteKafkaNamespace(): Promise<void> {
    if (!this.kafkaClient && (await kafkaSh('status', 10_000)) !== 0) return;
    const admin = this.kafka().admin();
    await admin.connect();
    try {
      const groups = (await admin.listGroups()).groups.map((g) => g.groupId).filter((g) => g.startsWith(this.ns));
      if (groups.length > 0) await admin.deleteGroups(groups).catch(() => undefined);
      const topics = (await admin.listTopics()).filter((t) => t.startsWith(this.ns));
      if (topics.length > 0) await admin.deleteTopics({ topics, timeout: 10_000 });
    } finally {
      await admin.disconnect();
    }
  }
}

function toRecord(topic: string, partition: number, m: KafkaMessage): RawRecord {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(m.headers ?? {})) {
    if (v === undefined) continue;
    const last = Array.isArray(v) ? v[v.length - 1] : v;
    if (last !== undefined) headers[k] = last.toString();
  }
  return {
    topic,
    partition,
    offset: m.offset,
    key: m.key?.toString('utf8') ?? null,
    value: m.value?.toString('utf8') ?? null,
    headers,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Assertions every distributed test makes
// ---------------------------------------------------------------------------------------------------------

export interface Convergence {
  readonly storeIds: string[];
  /** Read-models inbox rows per process of the cluster. */
  readonly copies: Partial<Record<ServiceName, number>>;
}

/**
 * Bounded poll until every event of every store is in each process's inbox (consumer read-models) and in the
 * gateway's case_events, and nothing else is: the read sides have converged on the stores.
 */
export async function converged(c: Cluster, timeoutMs = 30_000): Promise<Convergence> {
  let last = '';
  try {
    return await until(
      'every read side to hold exactly the stored events',
      async () => {
        const storeIds = await c.allStoredIds();
        const want = new Set(storeIds);
        const views: [string, string[]][] = [];
        for (const s of c.services) {
          views.push([
            `${s} inbox`,
            (await c.query<{ id: string }>(s, `SELECT "eventId" AS id FROM inbox WHERE consumer = 'read-models'`)).map(
              (r) => r.id,
            ),
          ]);
        }
        views.push([
          'gateway case_events',
          (await c.query<{ id: string }>('gateway', 'SELECT id FROM case_events')).map((r) => r.id),
        ]);
        const diffs = views
          .map(([what, ids]) => {
            const have = new Set(ids);
            const missing = [...want].filter((id) => !have.has(id)).length;
            const extra = [...have].filter((id) => !want.has(id)).length;
            return missing || extra || have.size !== ids.length
              ? `${what}: ${missing} missing, ${extra} extra, ${ids.length - have.size} doubled`
              : '';
          })
          .filter(Boolean);
        last = `stores hold ${want.size} (${storeIds.length - want.size} id(s) in both stores); ${diffs.join('; ') || 'all equal'}`;
        if (diffs.length > 0 || want.size !== storeIds.length) return undefined;
        return {
          storeIds,
          copies: Object.fromEntries(c.services.map((s, i) => [s, views[i][1].length])),
        };
      },
      timeoutMs,
      300,
    );
  } catch (error) {
    throw new Error(`${String(error)} (last: ${last})`, { cause: error });
  }
}
