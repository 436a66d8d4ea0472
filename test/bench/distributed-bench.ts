import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { Kafka, logLevel } from 'kafkajs';
import { type Latency, latency, progress, sleep, spanRate, withTimeout } from './stats.js';

/**
 * End to end through the distributed system: the assessment, ehcp and gateway processes started from dist the
 * way infra/start-distributed.mjs starts them, on fresh databases and a fresh Kafka namespace, driven over
 * loopback HTTP at a fixed rate; the gateway's read model and the ehcp store are watched from outside.
 */

export interface DistributedOptions {
  /** POST /api/v1/cases sent to the assessment service, timed. */
  readonly requests: number;
  /** Requests per second, open loop (sent on a fixed schedule, not after the previous answer). */
  readonly rate: number;
  /** Untimed requests at the same rate before, whose events must reach the gateway too. */
  readonly warmup: number;
  /** At most this many requests in flight; past it the schedule waits (and the achieved rate shows it). */
  readonly maxInFlight: number;
  /** Cases walked to "assessing", then POST …/assessment/outcome issue-plan at pmRate, timed until PlanOpened. */
  readonly pmCases: number;
  readonly pmRate: number;
  /** Last, a short run past the sustainable rate, to show where the system saturates. */
  readonly overload: { requests: number; rate: number };
}

export interface LatencyRun {
  readonly requests: number;
  readonly targetRate: number;
  /** Sends per second from the first send to the last. */
  readonly achievedRate: number;
  /** The HTTP answer of the service that took the command. */
  readonly http: Latency;
}

export interface CreateRun extends LatencyRun {
  /** Send → the first event's inbox row visible in the gateway's database (watcher: its NOTIFY at commit). */
  readonly gatewayFirst: Latency;
  /** Send → every event of the write visible there (watcher). */
  readonly gatewayAll: Latency;
  /** Send → the gateway's own processedAt stamp of the first event (taken in its transaction, before commit). */
  readonly gatewayStamp: Latency;
  readonly eventsPerRequest: number;
  /** Time from the last send until the gateway had applied every event of the run, ms. */
  readonly drainMs: number;
}

export interface DistributedResults {
  readonly namespace: string;
  readonly startupMs: number;
  readonly maxInFlight: number;
  readonly creates: CreateRun;
  readonly overload: CreateRun;
  readonly planOpened: LatencyRun & {
    /** Send → PlanOpened for the case visible in the ehcp service's event store (watcher). */
    readonly reaction: Latency;
  };
}

interface Service {
  readonly name: string;
  readonly entry: string;
  readonly port: number;
  readonly env: Record<string, string>;
}

interface Running extends Service {
  readonly child: ChildProcess;
  readonly tail: string[];
}

const root = fileURLToPath(new URL('../../../', import.meta.url));
const PG_BASE = process.env.PG_BASE_URL ?? 'postgres://postgres@127.0.0.1:5432';
const USER = { username: 'caseworker@202', password: 'demo' };
const RECEIVED_ON = '2025-01-31';
const ASSESS_ON = '2025-02-14';
const OUTCOME_ON = '2025-05-01';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function start(service: Service, common: Record<string, string>, onExit: (s: Running, code: string) => void): Running {
  // BENCH_SERVICE_NODE_ARGS: extra node flags for the services (e.g. --cpu-prof when looking for where time goes).
  const nodeArgs = (process.env.BENCH_SERVICE_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, join(root, 'dist', service.entry)], {
    cwd: root,
    env: { ...process.env, ...common, ...service.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const running: Running = { ...service, child, tail: [] };
  const keep = (chunk: Buffer, toStderr: boolean) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line) continue;
      running.tail.push(line);
      if (running.tail.length > 200) running.tail.shift();
      if (toStderr) process.stderr.write(`[${service.name}] ${line}\n`);
    }
  };
  child.stdout?.on('data', (c: Buffer) => keep(c, false));
  child.stderr?.on('data', (c: Buffer) => keep(c, true));
  child.on('exit', (code, signal) => onExit(running, String(signal ?? code)));
  return running;
}

async function stopAll(children: readonly Running[]): Promise<void> {
  const alive = children.filter((c) => c.child.exitCode === null && c.child.signalCode === null);
  const exits = alive.map((c) => new Promise<void>((resolve) => c.child.once('exit', () => resolve())));
  for (const c of alive) c.child.kill('SIGTERM');
  try {
    await withTimeout(Promise.all(exits), 15_000, 'services to stop after SIGTERM');
  } catch {
    for (const c of alive) if (c.child.exitCode === null && c.child.signalCode === null) c.child.kill('SIGKILL');
    await withTimeout(Promise.all(exits), 5_000, 'services to die after SIGKILL');
  }
}

async function waitReady(s: Running, failed: () => string | undefined, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const why = failed();
    if (why) throw new Error(why);
    try {
      const res = await fetch(`http://127.0.0.1:${s.port}/ready`);
      await res.text();
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${s.name} not ready after ${timeoutMs} ms:\n${s.tail.slice(-30).join('\n')}`);
    await sleep(100);
  }
}

/**
 * Watches a table from outside without polling: a trigger the bench adds sends one NOTIFY per row it cares about,
 * which PostgreSQL delivers to this LISTENing connection once the inserting transaction has committed, and each key
 * is stamped with performance.now() when its notification arrives. A poller would stamp up to one interval late and,
 * every few milliseconds, take CPU the measured processes share.
 */
class Watcher {
  readonly seen = new Map<string, number>();
  /** The payload's second field, when it has one (the gateway's own processedAt stamp), by key. */
  readonly extra = new Map<string, string>();
  private waiters: { keys: readonly string[]; resolve: () => void }[] = [];

  private constructor(private readonly db: pg.Client) {}

  /** The trigger on `table` for the rows `when` picks, notifying `key` (and an optional second field). */
  static async start(db: pg.Client, name: string, table: string, when: string, payload: string): Promise<Watcher> {
    const watcher = new Watcher(db);
    db.on('notification', (n) => {
      if (n.channel !== name || !n.payload) return;
      watcher.note(n.payload, performance.now());
    });
    await db.query(
      `CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $fn$
       BEGIN PERFORM pg_notify('${name}', ${payload}); RETURN NULL; END $fn$`,
    );
    await db.query(`CREATE TRIGGER ${name} AFTER INSERT ON ${table} FOR EACH ROW WHEN (${when}) EXECUTE FUNCTION ${name}()`);
    await db.query(`LISTEN ${name}`);
    return watcher;
  }

  private note(payload: string, at: number): void {
    const [key, extra] = payload.split(' ');
    if (this.seen.has(key)) return;
    this.seen.set(key, at);
    if (extra !== undefined) this.extra.set(key, extra);
    this.waiters = this.waiters.filter((w) => {
      if (!w.keys.every((k) => this.seen.has(k))) return true;
      w.resolve();
      return false;
    });
  }

  waitFor(keys: readonly string[], timeoutMs: number, what: string): Promise<void> {
    if (keys.every((k) => this.seen.has(k))) return Promise.resolve();
    const done = new Promise<void>((resolve) => this.waiters.push({ keys, resolve }));
    return withTimeout(done, timeoutMs, `${what}: ${keys.filter((k) => !this.seen.has(k)).length} of ${keys.length} not seen`);
  }

  async stop(): Promise<void> {
    await this.db.query('UNLISTEN *');
  }
}

/** Each inbox row of the gateway's read models as it commits: its event id and the gateway's own processedAt stamp. */
const inboxWatcher = (db: pg.Client) =>
  Watcher.start(db, 'bench_inbox', 'inbox', `NEW.consumer = 'read-models'`, `NEW."eventId" || ' ' || NEW."processedAt"`);

/** PlanOpened appended to the ehcp store, keyed by case id. */
const planOpenedWatcher = (db: pg.Client) =>
  Watcher.start(db, 'bench_plan_opened', 'event_store.events', `NEW.type = 'PlanOpened'`, 'NEW.case_id');

interface Sent<T> {
  readonly sentAt: Float64Array;
  readonly sentWall: Float64Array;
  readonly httpMs: Float64Array;
  readonly results: T[];
  readonly achievedRate: number;
}

/** Open loop at a fixed rate: request k is sent at t0 + k/rate unless maxInFlight are outstanding. */
async function openLoop<T>(n: number, rate: number, maxInFlight: number, send: (k: number) => Promise<T>): Promise<Sent<T>> {
  const sentAt = new Float64Array(n);
  const sentWall = new Float64Array(n);
  const httpMs = new Float64Array(n);
  const results: T[] = new Array(n);
  const errors: string[] = [];
  const inFlight = new Set<Promise<void>>();
  const interval = 1000 / rate;
  const t0 = performance.now() + 10;
  for (let k = 0; k < n; k++) {
    const wait = t0 + k * interval - performance.now();
    if (wait > 0) await sleep(wait);
    while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
    sentWall[k] = Date.now();
    sentAt[k] = performance.now();
    const p = send(k).then(
      (r) => {
        httpMs[k] = performance.now() - sentAt[k];
        results[k] = r;
      },
      (error: unknown) => void errors.push(`request ${k}: ${String(error)}`),
    );
    const tracked = p.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  }
  await withTimeout(Promise.all(inFlight), 60_000, 'the last requests to answer');
  if (errors.length > 0) throw new Error(`${errors.length} of ${n} requests failed; first: ${errors[0]}`);
  return { sentAt, sentWall, httpMs, results, achievedRate: spanRate(sentAt, n - 1).perSecond };
}

interface WriteBody {
  caseId: string;
  events: { id: string; type: string }[];
}

async function post(url: string, token: string, body: unknown): Promise<WriteBody> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status !== 201) throw new Error(`POST ${url} -> ${res.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as WriteBody;
}

const caseBody = (k: number, tag: string) => ({
  child: { givenName: 'Amara', familyName: `Okafor-${tag}-${k}`, dateOfBirth: '2016-03-01' },
  la: '202',
  requestedBy: 'parent',
  receivedOn: RECEIVED_ON,
});

export async function runDistributedBench(brokers: string[], opts: DistributedOptions): Promise<DistributedResults> {
  const id = `b${randomBytes(4).toString('hex')}`;
  const namespace = `${id}.`;
  const dbName = (service: string) => `send_${id}_${service}`;
  const dataDir = mkdtempSync(join(os.tmpdir(), 'send-bench-dist-'));
  const admin = new pg.Client(`${PG_BASE}/postgres`);
  await admin.connect();
  const created: string[] = [];
  const children: Running[] = [];
  const watchers: pg.Client[] = [];
  let stopping = false;
  let exited: string | undefined;
  const killOnExit = () => children.forEach((c) => c.child.exitCode === null && c.child.kill('SIGKILL'));
  process.once('exit', killOnExit);
  try {
    for (const s of ['assessment', 'ehcp', 'gateway']) {
      await admin.query(`CREATE DATABASE "${dbName(s)}"`);
      created.push(dbName(s));
    }
    // The three processes share DATA_DIR as under start-distributed.mjs, where the first start of each writes the
    // demo token secret and personal-data key if missing; written here first so concurrent starts cannot race.
    writeFileSync(join(dataDir, '.demo-token-secret'), randomBytes(32).toString('hex'), { mode: 0o600 });
    writeFileSync(join(dataDir, '.demo-personal-data-key'), randomBytes(32).toString('hex'), { mode: 0o600 });

    const [assessmentPort, ehcpPort, gatewayPort] = [await freePort(), await freePort(), await freePort()];
    const pgUrl = (s: string) => `${PG_BASE}/${dbName(s)}`;
    const common = {
      SEND_MODE: 'distributed',
      KAFKA_BROKERS: brokers.join(','),
      DATA_DIR: dataDir,
      KAFKAJS_NO_PARTITIONER_WARNING: '1',
      KAFKA_NAMESPACE: namespace,
    };
    const services: Service[] = [
      {
        name: 'assessment',
        entry: 'apps/assessment/src/main.js',
        port: assessmentPort,
        env: { PORT: String(assessmentPort), EVENT_STORE: 'postgres', DATABASE_URL: pgUrl('assessment') },
      },
      {
        name: 'ehcp',
        entry: 'apps/ehcp/src/main.js',
        port: ehcpPort,
        env: { PORT: String(ehcpPort), EVENT_STORE: 'postgres', DATABASE_URL: pgUrl('ehcp') },
      },
      {
        name: 'gateway',
        entry: 'apps/gateway/src/main.js',
        port: gatewayPort,
        env: {
          PORT: String(gatewayPort),
          EVENT_STORE: 'none',
          DATABASE_URL: pgUrl('gateway'),
          ASSESSMENT_URL: `http://127.0.0.1:${assessmentPort}`,
          EHCP_URL: `http://127.0.0.1:${ehcpPort}`,
        },
      },
    ];
    progress(
      `distributed: starting assessment :${assessmentPort}, ehcp :${ehcpPort}, gateway :${gatewayPort} (namespace ${namespace})`,
    );
    const t0 = performance.now();
    for (const s of services)
      children.push(
        start(s, common, (r, code) => {
          if (!stopping) exited ??= `${r.name} exited (${code}) during the run:\n${r.tail.slice(-30).join('\n')}`;
        }),
      );
    await Promise.all(children.map((c) => waitReady(c, () => exited)));
    const startupMs = performance.now() - t0;
    progress(`distributed: all three ready in ${(startupMs / 1000).toFixed(1)} s`);

    const res = await fetch(`http://127.0.0.1:${gatewayPort}/api/v1/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(USER),
    });
    if (res.status !== 200) throw new Error(`token: ${res.status} ${await res.text()}`);
    const { accessToken: token } = (await res.json()) as { accessToken: string };

    const connect = async (url: string) => {
      const c = new pg.Client(url);
      c.on('error', () => undefined);
      await c.connect();
      watchers.push(c);
      return c;
    };
    const inbox = await inboxWatcher(await connect(pgUrl('gateway')));
    const planOpened = await planOpenedWatcher(await connect(pgUrl('ehcp')));
    const check = () => {
      if (exited) throw new Error(exited);
    };

    const assessment = `http://127.0.0.1:${assessmentPort}/api/v1/cases`;
    progress(`distributed: warm-up, ${opts.warmup} POST /api/v1/cases at ${opts.rate}/s`);
    const warm = await openLoop(opts.warmup, opts.rate, opts.maxInFlight, (k) => post(assessment, token, caseBody(k, 'warm')));
    await inbox.waitFor(
      warm.results.flatMap((r) => r.events.map((e) => e.id)),
      60_000,
      'warm-up events at the gateway',
    );
    // Fresh databases have no planner statistics until autovacuum's first analyze (a minute or more on a running
    // system): until then PostgreSQL reads an inbox look-up by (consumer, event id) as a scan of the consumer's
    // every row. A deployment that has run for minutes has them, so the measured run starts with them too.
    for (const s of ['assessment', 'ehcp', 'gateway']) {
      const db = await connect(pgUrl(s));
      await db.query('ANALYZE');
    }
    check();

    const measureCreates = async (n: number, rate: number, tag: string): Promise<CreateRun> => {
      progress(`distributed: ${n} POST /api/v1/cases to the assessment service at ${rate}/s`);
      const run = await openLoop(n, rate, opts.maxInFlight, (k) => post(assessment, token, caseBody(k, tag)));
      const lastSend = run.sentAt[n - 1];
      await inbox.waitFor(
        run.results.flatMap((r) => r.events.map((e) => e.id)),
        120_000,
        'events at the gateway',
      );
      check();
      const seen = (eventId: string) => inbox.seen.get(eventId) as number;
      const all = Float64Array.from(run.results, (r, k) => Math.max(...r.events.map((e) => seen(e.id))) - run.sentAt[k]);
      return {
        requests: n,
        targetRate: rate,
        achievedRate: run.achievedRate,
        http: latency(run.httpMs),
        gatewayFirst: latency(Float64Array.from(run.results, (r, k) => seen(r.events[0].id) - run.sentAt[k])),
        gatewayAll: latency(all),
        gatewayStamp: latency(
          Float64Array.from(run.results, (r, k) => Date.parse(inbox.extra.get(r.events[0].id) as string) - run.sentWall[k]),
        ),
        eventsPerRequest: run.results.reduce((sum, r) => sum + r.events.length, 0) / n,
        drainMs: Math.max(...run.results.flatMap((r) => r.events.map((e) => seen(e.id)))) - lastSend,
      };
    };
    const creates = await measureCreates(opts.requests, opts.rate, 'timed');

    // The process manager: cases walked to "assessing" first (untimed), then the issue-plan outcomes at a fixed rate.
    const pmTotal = opts.pmCases + 5;
    progress(`distributed: ${pmTotal} cases to "assessing" for the ehcp process manager (untimed)`);
    const ready: string[] = new Array(pmTotal);
    let next = 0;
    const walk = async () => {
      while (next < pmTotal) {
        const k = next++;
        const c = await post(assessment, token, caseBody(k, 'pm'));
        await post(`${assessment}/${c.caseId}/assessment/decision`, token, {
          decision: 'assess',
          decidedOn: ASSESS_ON,
          reason: 'Evidence suggests the child may have special educational needs.',
        });
        ready[k] = c.caseId;
      }
    };
    await Promise.all(Array.from({ length: 4 }, walk));
    const outcome = (caseId: string) =>
      post(`${assessment}/${caseId}/assessment/outcome`, token, {
        outcome: 'issue-plan',
        decidedOn: OUTCOME_ON,
        reason: 'The assessment shows that special educational provision is needed.',
      });
    const warmPm = ready.slice(0, 5);
    const timedPm = ready.slice(5);
    const pmWarm = await openLoop(warmPm.length, opts.pmRate, opts.maxInFlight, (k) => outcome(warmPm[k]));
    await planOpened.waitFor(
      pmWarm.results.map((r) => r.caseId),
      60_000,
      'warm-up PlanOpened in the ehcp store',
    );
    progress(`distributed: ${timedPm.length} POST …/assessment/outcome issue-plan at ${opts.pmRate}/s → PlanOpened in ehcp`);
    const pm = await openLoop(timedPm.length, opts.pmRate, opts.maxInFlight, (k) => outcome(timedPm[k]));
    await planOpened.waitFor(timedPm, 60_000, 'PlanOpened in the ehcp store');
    check();
    const reaction = Float64Array.from(timedPm, (caseId, k) => (planOpened.seen.get(caseId) as number) - pm.sentAt[k]);
    await planOpened.stop();

    const overload = await measureCreates(opts.overload.requests, opts.overload.rate, 'overload');
    await inbox.stop();

    return {
      namespace,
      startupMs,
      maxInFlight: opts.maxInFlight,
      creates,
      overload,
      planOpened: {
        requests: timedPm.length,
        targetRate: opts.pmRate,
        achievedRate: pm.achievedRate,
        http: latency(pm.httpMs),
        reaction: latency(reaction),
      },
    };
  } finally {
    stopping = true;
    await Promise.all(watchers.map((w) => w.end().catch(() => undefined)));
    progress('distributed: stopping the services, dropping their databases and Kafka topics');
    await stopAll(children).catch((error: unknown) => progress(`could not stop every service: ${String(error)}`));
    process.off('exit', killOnExit);
    for (const name of created)
      await admin
        .query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
        .catch((error: unknown) => progress(`could not drop ${name}: ${String(error)}`));
    await admin.end().catch(() => undefined);
    await dropNamespace(brokers, namespace).catch((error: unknown) => progress(`could not clean Kafka up: ${String(error)}`));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Deletes the run's topics and consumer groups (everything under its namespace). */
async function dropNamespace(brokers: string[], namespace: string): Promise<void> {
  const kafka = new Kafka({ clientId: 'send-bench-cleanup', brokers, connectionTimeout: 3_000, logLevel: logLevel.WARN });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const { groups } = await admin.listGroups();
    const ours = groups.map((g) => g.groupId).filter((g) => g.startsWith(namespace));
    if (ours.length > 0) await admin.deleteGroups(ours);
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(namespace));
    if (topics.length > 0) await admin.deleteTopics({ topics });
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}
