import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAccessLogBench } from './access-log-bench.js';
import { runBundleBench } from './bundle-bench.js';
import { runHttpBench } from './http-bench.js';
import { runKafkaBench } from './kafka-bench.js';
import { nationalOptions, runRebuildBench } from './rebuild-bench.js';
import { runPeerBench } from './peer-bench.js';
import { renderReport } from './report.js';
import { runStoreBench } from './store-bench.js';
import { progress } from './stats.js';

/**
 * `npm run bench`: event-store (and against a peer), HTTP, Kafka, tribunal-bundle, access-log and rebuild/replay figures with a
 * same-run baseline beside each one.
 * Not a test; prints the Markdown report to stdout and rewrites docs/benchmarks.md.
 */

const STORE = { streams: 1_000, perStream: 20, readStreamCalls: 10_000, readAllPasses: 10 };
/** Emmett's SQLite store opens a connection per call, so its side is slow: 300 streams keep the section to a few minutes. */
const PEER = { streams: 300, perStream: 20, readStreamCalls: 3_000 };
const HTTP = {
  creates: 2_000,
  decisions: 1_000,
  health: 2_000,
  concurrencies: [1, 8],
  warmup: 50,
  openLoop: { rate: 200, requests: 4_000, maxInFlight: 64 },
};
/** The distributed goal: 50 creations/s sustained for a minute; `overload` shows where it stops keeping up. */
const E2E_RATE = 50;
/** A large case (docs/api.md "Audit", bundle: "a few thousand events"). */
const BUNDLE = { events: 3_000 };
/** One case read 1,000 times by auditors and tribunal users. */
const ACCESS_LOG = { reads: 1_000, block: 100, warmup: 50 };
/** A generated national store: a million events unless BENCH_NATIONAL_EVENTS says otherwise. */
const NATIONAL = nationalOptions(process.env);
const KAFKA = {
  messages: 3_000,
  perStream: 20,
  batch: 100,
  busConsume: 1_500,
  hop: { messages: 100, rate: 10 },
  distributed: {
    requests: 60 * E2E_RATE,
    rate: E2E_RATE,
    warmup: 20,
    maxInFlight: 64,
    pmCases: 30,
    pmRate: 5,
    overload: { requests: 1_000, rate: 100 },
  },
};

async function main(): Promise<void> {
  const started = new Date();
  const loadBefore = os.loadavg();
  const t0 = performance.now();
  const root = mkdtempSync(join(os.tmpdir(), 'send-bench-'));
  const storeDir = join(root, 'store');
  const httpDir = join(root, 'http');
  const peerDir = join(root, 'peer');
  try {
    mkdirSync(storeDir);
    mkdirSync(httpDir);
    mkdirSync(peerDir);
    const store = await runStoreBench(storeDir, STORE);
    rmSync(storeDir, { recursive: true, force: true });
    const peer = await runPeerBench(peerDir, PEER);
    rmSync(peerDir, { recursive: true, force: true });
    const http = await runHttpBench(httpDir, HTTP);
    const bundle = await runBundleBench(BUNDLE);
    const accessLog = await runAccessLogBench(ACCESS_LOG);
    const rebuild = await runRebuildBench(NATIONAL);
    const kafkaLoadBefore = os.loadavg();
    const kafkaStart = performance.now();
    const kafka = await runKafkaBench(KAFKA);
    const kafkaSeconds = (performance.now() - kafkaStart) / 1000;
    const kafkaLoadAfter = os.loadavg();
    const totalSeconds = (performance.now() - t0) / 1000;
    const report = renderReport({
      date: started,
      machine: {
        cpu: os.cpus()[0]?.model ?? 'unknown CPU',
        cores: os.cpus().length,
        memoryGiB: os.totalmem() / 2 ** 30,
        node: process.version,
        platform: `${os.type()} ${os.release()} ${os.arch()}`,
        loadBefore,
        loadAfter: os.loadavg(),
      },
      command: 'npm run bench',
      store,
      storeConfig: STORE,
      peer,
      peerConfig: PEER,
      http,
      httpConfig: HTTP,
      kafka,
      kafkaConfig: KAFKA,
      kafkaRun: { seconds: kafkaSeconds, loadBefore: kafkaLoadBefore, loadAfter: kafkaLoadAfter },
      bundle,
      accessLog,
      rebuild,
      rebuildConfig: NATIONAL,
      totalSeconds,
    });
    process.stdout.write(report);
    const out = fileURLToPath(new URL('../../../docs/benchmarks.md', import.meta.url));
    writeFileSync(out, report);
    progress(`wrote ${out} (${totalSeconds.toFixed(0)} s in all)`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
