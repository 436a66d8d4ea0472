import { INestApplication } from '@nestjs/common';
import { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import jwt from 'jsonwebtoken';
import { createSecretKey } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TokenService, loadConfig, storeAsStored } from '@send/platform';
import { EVENT_STORE, type SqliteEventStore } from '@send/event-store';
import { createEmbeddedApp } from '../../apps/embedded/src/bootstrap.js';
import type { Job, JobKind, JobResult } from './load-worker.js';
import { Latency, latency, perSecond, progress } from './stats.js';

export interface HttpPhase {
  readonly kind: JobKind;
  /** Closed loop: requests in flight. Open loop: the most allowed in flight. */
  readonly concurrency: number;
  /** Open loop only: the rate requests were sent at (request k due at t0 + k / rate). */
  readonly rate?: number;
  readonly requests: number;
  readonly ok: number;
  readonly perSecond: number;
  readonly latency: Latency;
  /** Events the write routes reported appending (0 for /health). */
  readonly events: number;
  /** Share of the wall time the server's (main-thread) event loop was busy, 0..1. */
  readonly serverBusy: number;
  /** Process CPU time (both threads, user + system) per request, ms. */
  readonly cpuMsPerRequest: number;
  /** Wall time the server's event loop sat idle, per request, ms. */
  readonly idleMsPerRequest: number;
  /** Appends per commit of the embedded store (group commit); 0 when nothing was appended. */
  readonly appendsPerCommit: number;
}

export interface HttpOptions {
  readonly creates: number;
  readonly decisions: number;
  readonly health: number;
  readonly concurrencies: number[];
  readonly warmup: number;
  /** Case creations sent open loop at a fixed rate after the closed-loop runs (latency under a steady load). */
  readonly openLoop: { readonly rate: number; readonly requests: number; readonly maxInFlight: number };
}

export interface HttpResults {
  readonly phases: HttpPhase[];
  /** PRAGMA synchronous of the read models' TypeORM connection to the same file (1 = NORMAL, 2 = FULL). */
  readonly readModelSynchronous: number;
  /** The bearer-token check every authenticated request makes, µs per call. */
  readonly tokenVerify: { calls: number; shippedUs: number; keyObjectUs: number };
}

class LoadClient {
  private readonly worker = new Worker(new URL('./load-worker.js', import.meta.url));

  run(job: Job): Promise<JobResult> {
    return new Promise((resolve, reject) => {
      const onMessage = (msg: { ok: true; result: JobResult } | { ok: false; error: string }) => {
        this.worker.off('error', onError);
        if (msg.ok) resolve(msg.result);
        else reject(new Error(msg.error));
      };
      const onError = (error: Error) => {
        this.worker.off('message', onMessage);
        reject(error);
      };
      this.worker.once('message', onMessage);
      this.worker.once('error', onError);
      this.worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

export async function runHttpBench(dataDir: string, opts: HttpOptions): Promise<HttpResults> {
  progress('starting the embedded app');
  const config = loadConfig({ DATA_DIR: dataDir, PORT: '0' });
  // createEmbeddedApp logs its start-up at 'log' level to stdout; send that to stderr so stdout stays the report,
  // and from then on keep only warnings and errors.
  const stdoutWrite = process.stdout.write;
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;
  let app: INestApplication;
  try {
    app = await createEmbeddedApp(config);
  } finally {
    process.stdout.write = stdoutWrite;
  }
  app.useLogger(['error', 'warn']);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const client = new LoadClient();
  // The store itself, under the wrapper that opens personal data: its commit counters are the figures' source.
  const store = storeAsStored(app.get(EVENT_STORE)) as SqliteEventStore;
  const phases: HttpPhase[] = [];
  let seq = 0;
  let tokenVerify: HttpResults['tokenVerify'] | undefined;
  let readModelSynchronous: number | undefined;
  try {
    const res = await fetch(`${baseUrl}/api/v1/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'caseworker@202', password: 'demo' }),
    });
    if (res.status !== 200) throw new Error(`token: ${res.status} ${await res.text()}`);
    const { accessToken: token } = (await res.json()) as { accessToken: string };

    const job = async (
      kind: JobKind,
      n: number,
      concurrency: number,
      caseIds?: string[],
      rate?: number,
    ): Promise<{ phase: HttpPhase; result: JobResult }> => {
      const elu = performance.eventLoopUtilization();
      const cpu = process.cpuUsage();
      const commits = { ...store.commits };
      const result = await client.run({ kind, baseUrl, token, n, concurrency, caseIds, seq, rate });
      seq += n;
      const busy = performance.eventLoopUtilization(elu).utilization;
      const used = process.cpuUsage(cpu);
      const ok = Object.entries(result.statuses)
        .filter(([s]) => s.startsWith('2'))
        .reduce((a, [, c]) => a + c, 0);
      if (ok !== n)
        throw new Error(
          `${kind} c=${concurrency}: ${ok}/${n} succeeded ${JSON.stringify(result.statuses)}; first error: ${result.firstError}`,
        );
      return {
        result,
        phase: {
          kind,
          concurrency,
          ...(rate === undefined ? {} : { rate }),
          requests: n,
          ok,
          perSecond: perSecond(n, result.ms),
          latency: latency(result.latencies),
          events: result.events,
          serverBusy: busy,
          cpuMsPerRequest: (used.user + used.system) / 1000 / n,
          idleMsPerRequest: ((1 - busy) * result.ms) / n,
          appendsPerCommit:
            store.commits.groups > commits.groups
              ? (store.commits.appends - commits.appends) / (store.commits.groups - commits.groups)
              : 0,
        },
      };
    };

    for (const c of opts.concurrencies) {
      // Warm-up at this concurrency: connections open, JIT warm, then the measured runs.
      progress(`HTTP c=${c}: warm-up`);
      await job('health', opts.warmup, c);
      const warmCases = (await job('create', opts.warmup, c)).result.caseIds;
      await job('decide', opts.warmup, c, warmCases);

      progress(`HTTP c=${c}: GET /health × ${opts.health}`);
      phases.push((await job('health', opts.health, c)).phase);
      progress(`HTTP c=${c}: POST /api/v1/cases × ${opts.creates}`);
      const created = await job('create', opts.creates, c);
      phases.push(created.phase);
      progress(`HTTP c=${c}: POST …/assessment/decision × ${opts.decisions}`);
      phases.push((await job('decide', opts.decisions, c, created.result.caseIds.slice(0, opts.decisions))).phase);
    }

    const { rate, requests, maxInFlight } = opts.openLoop;
    progress(`HTTP open loop: POST /api/v1/cases × ${requests} at ${rate}/s`);
    phases.push((await job('create', requests, maxInFlight, undefined, rate)).phase);

    progress('token check: TokenService.verify as shipped vs jwt.verify with a KeyObject secret');
    tokenVerify = measureTokenVerify(app.get(TokenService), config.tokenSecret, token, 5_000);
    const [pragma] = (await app.get(DataSource).query('PRAGMA synchronous')) as { synchronous: number }[];
    readModelSynchronous = pragma.synchronous;
  } finally {
    await client.close();
    await app.close();
  }
  if (!tokenVerify || readModelSynchronous === undefined) throw new Error('token check not measured');
  return { phases, tokenVerify, readModelSynchronous };
}

/**
 * Every authenticated request runs TokenService.verify, which hands jsonwebtoken the HMAC secret as a
 * string; the same check with the secret as a KeyObject is the comparison. Same token, same options.
 */
function measureTokenVerify(tokens: TokenService, secret: string, token: string, calls: number): HttpResults['tokenVerify'] {
  const key = createSecretKey(Buffer.from(secret, 'utf8'));
  const viaKey = () => jwt.verify(token, key, { algorithms: ['HS256'], issuer: 'send-casework' }) as jwt.JwtPayload;
  const shipped = tokens.verify(token);
  if (!shipped || shipped.id !== viaKey().sub) throw new Error('token check: the two ways disagree');
  for (let i = 0; i < 500; i++) {
    tokens.verify(token);
    viaKey();
  }
  let t = performance.now();
  for (let i = 0; i < calls; i++) tokens.verify(token);
  const shippedMs = performance.now() - t;
  t = performance.now();
  for (let i = 0; i < calls; i++) viaKey();
  const keyMs = performance.now() - t;
  return { calls, shippedUs: (shippedMs * 1000) / calls, keyObjectUs: (keyMs * 1000) / calls };
}
