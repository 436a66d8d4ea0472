import 'reflect-metadata';
import { CATCH_UP_PAGE } from '../../libs/read-models/src/runner/subscription-runner.js';
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type StoredEvent, caseStreams, verifyChain } from '@send/kernel';
import { type EventStore, SqliteEventStore } from '@send/event-store';
import { PlatformModule, loadConfig } from '@send/platform';
import { StoreCaseEventSource, SubscriptionRunner } from '@send/read-models';
import { assessmentReplayer } from '@send/assessment';
import { ehcpReplayer } from '@send/ehcp';
import { PLACEMENT_READ_MODEL, placementReplayer } from '@send/placement';
import { mediationReplayer } from '@send/mediation';
import { fundingReplayer } from '@send/funding';
import { oneReplayerPerContext, replayCase } from '../../libs/gateway/src/audit/case-replay.js';
import { NATIONAL_DEFAULTS, type NationalStore, generateNationalStore, generationDir } from './national/generate.js';
import { type Latency, latency, perSecond, progress, withTimeout } from './stats.js';
import { renderRebuildSection } from './report-rebuild.js';

/**
 * Rebuild and replay on national-scale data (docs/benchmarks.md "Rebuild and replay"): a generated store of
 * about a million events, every projection of the embedded mode rebuilt from position 0 through
 * `SubscriptionRunner.rebuild` (what `POST /api/v1/admin/projections/{name}/rebuild` calls), beside a scan of
 * the same log by `readAll` in the runner's pages; then the replay of the ~1,000-event case as of instants
 * across its life, by the code the replay route runs, beside the read of its streams alone.
 */

export interface RebuildOptions {
  readonly events: number;
  readonly seed: number;
  /** Instants of the large case's life at which it is replayed, and replays at each. */
  readonly replayInstants: number;
  readonly replaysPerInstant: number;
}

export interface ProjectionRebuild {
  readonly name: string;
  readonly ms: number;
  readonly eventsPerSecond: number;
  readonly position: string;
}

export interface RebuildResults {
  readonly generated: NationalStore;
  readonly fileMiB: number;
  readonly head: string;
  /** `readAll` from 0 to the head in the rebuild's pages (CATCH_UP_PAGE): what any rebuild must at least read. */
  readonly scan: { readonly ms: number; readonly eventsPerSecond: number };
  /** Every projection from 0 at once, as a first start on an existing store does it. */
  readonly firstStart: { readonly ms: number; readonly eventsPerSecond: number };
  /** Each projection rebuilt alone, one after another. */
  readonly rebuilds: readonly ProjectionRebuild[];
  readonly replay: ReplayResults;
}

export interface ReplayResults {
  readonly caseId: string;
  readonly events: number;
  readonly samples: number;
  readonly instants: number;
  readonly replay: Latency;
  /** The read of the case's streams alone (StoreCaseEventSource.streamsOf), the same samples. */
  readonly read: Latency;
  /** A usual case of the same store, replayed as of now, for scale. */
  readonly usualCase: { readonly events: number; readonly replay: Latency };
  /** Every stream of the large case verifies (its hash chain as the generator recorded it). */
  readonly chainsValid: boolean;
  /** Which store calls the replay made: only `readStream` of the case's own streams. */
  readonly storeCalls: { readonly readStream: number; readonly otherStreams: number; readonly otherCalls: number };
}

/** The runner's page when a lane is far behind the head, as in every rebuild (subscription-runner.ts). */
const PAGE = CATCH_UP_PAGE;
const REPLAYERS = oneReplayerPerContext([
  assessmentReplayer,
  ehcpReplayer,
  placementReplayer,
  mediationReplayer,
  fundingReplayer,
]);

/** The read models and their runner as the embedded mode composes them, without the HTTP side or the process managers. */
async function readModels(dataDir: string): Promise<INestApplicationContext> {
  const config = loadConfig({ DATA_DIR: dataDir, PORT: '0' });
  @Module({ imports: [PlatformModule.forRoot({ config, readModels: [PLACEMENT_READ_MODEL] })] })
  class ReadModelsModule {}
  return NestFactory.createApplicationContext(ReadModelsModule, { logger: ['error', 'warn'] });
}

async function scan(store: EventStore): Promise<{ ms: number; events: number }> {
  const t0 = performance.now();
  let after = 0n;
  let events = 0;
  for (;;) {
    const page = await store.readAll(after, PAGE);
    if (page.length === 0) break;
    events += page.length;
    after = page[page.length - 1].position;
  }
  return { ms: performance.now() - t0, events };
}

/** The store, with every call it answers counted: replay must read the case's streams by id, nothing else. */
function counting(store: EventStore, calls: { stream: string[]; other: number }): EventStore {
  return new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (key === 'readStream') calls.stream.push(String(args[0]));
        else calls.other += 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

async function timeReplay(source: StoreCaseEventSource, caseId: string, at: Date): Promise<{ read: number; total: number }> {
  const t0 = performance.now();
  const streams = await source.streamsOf(caseId);
  const read = performance.now() - t0;
  replayCase(streams, caseId, at, REPLAYERS);
  return { read, total: performance.now() - t0 };
}

export async function runReplay(file: string, generated: NationalStore, opts: RebuildOptions): Promise<ReplayResults> {
  const store = new SqliteEventStore(file);
  try {
    const calls = { stream: [] as string[], other: 0 };
    const source = new StoreCaseEventSource(counting(store, calls));
    const { caseId } = generated.largeCase;
    const own = await source.streamsOf(caseId);
    const chainsValid = [...own.values()].every((stream) => verifyChain(stream).valid);
    const events: StoredEvent[] = [...own.values()].flat();
    const times = events.map((e) => Date.parse(e.recordedAt)).sort((a, b) => a - b);
    const first = times[0];
    const last = times[times.length - 1];
    // Evenly over the case's life, its first and last instants included, then as of now.
    const instants = [
      ...Array.from(
        { length: opts.replayInstants - 1 },
        (_, i) => new Date(first + ((last - first) * i) / (opts.replayInstants - 2)),
      ),
      new Date(),
    ];
    for (const at of instants.slice(0, 3)) await timeReplay(source, caseId, at);
    calls.stream.length = 0;
    calls.other = 0;
    const replays: number[] = [];
    const reads: number[] = [];
    for (let r = 0; r < opts.replaysPerInstant; r++) {
      for (const at of instants) {
        const t = await timeReplay(source, caseId, at);
        replays.push(t.total);
        reads.push(t.read);
      }
    }
    const ownIds = new Set(caseStreams(caseId));
    const storeCalls = {
      readStream: calls.stream.length,
      otherStreams: calls.stream.filter((s) => !ownIds.has(s)).length,
      otherCalls: calls.other,
    };
    // A usual case: the one written at the middle of the log.
    const usual = (await store.readAll((await store.headPosition()) / 2n, 1))[0];
    const usualEvents = [...(await source.streamsOf(usual.caseId)).values()].flat().length;
    const usualReplays: number[] = [];
    for (let r = 0; r < opts.replaysPerInstant * opts.replayInstants; r++) {
      usualReplays.push((await timeReplay(source, usual.caseId, new Date())).total);
    }
    return {
      caseId,
      events: events.length,
      samples: replays.length,
      instants: instants.length,
      replay: latency(replays),
      read: latency(reads),
      usualCase: { events: usualEvents, replay: latency(usualReplays) },
      chainsValid,
      storeCalls,
    };
  } finally {
    await store.close();
  }
}

export async function runRebuildBench(opts: RebuildOptions): Promise<RebuildResults> {
  const dir = mkdtempSync(join(os.tmpdir(), 'send-bench-national-'));
  const file = join(dir, 'send.sqlite');
  try {
    const scratch = generationDir();
    let generated: NationalStore;
    try {
      generated = await generateNationalStore(join(scratch, 'send.sqlite'), {
        ...NATIONAL_DEFAULTS,
        events: opts.events,
        seed: opts.seed,
      });
      // Closed, so the WAL is checkpointed into the one file: the copy is the whole store.
      copyFileSync(join(scratch, 'send.sqlite'), file);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
    progress(
      `national data: ${generated.events.toLocaleString('en-GB')} events in ${generated.seconds.toFixed(0)} s ` +
        `(${Math.round(generated.eventsPerSecond).toLocaleString('en-GB')} events/s)`,
    );
    const raw = new SqliteEventStore(file);
    const head = await raw.headPosition();
    await scan(raw);
    const scanned = await scan(raw);
    await raw.close();
    if (scanned.events !== generated.events) throw new Error(`scan read ${scanned.events} events, not ${generated.events}`);
    progress(`rebuild: readAll scan ${Math.round(perSecond(scanned.events, scanned.ms)).toLocaleString('en-GB')} events/s`);

    const t0 = performance.now();
    const app = await readModels(dir);
    let firstMs: number;
    const rebuilds: ProjectionRebuild[] = [];
    try {
      await app.init();
      const runner = app.get(SubscriptionRunner);
      const caughtUp = await withTimeout(runner.waitFor(head, 1_800_000), 1_900_000, 'first start of the read models');
      if (!caughtUp) throw new Error('the read models did not reach the head on the first start');
      // The catch-up ends with the indexes it set aside built again: part of the first start.
      await runner.caughtUp();
      firstMs = performance.now() - t0;
      progress(`rebuild: first start, every projection from 0 at once, ${(firstMs / 1000).toFixed(1)} s`);
      for (const { name } of runner.list()) {
        const r0 = performance.now();
        const { position } = await runner.rebuild(name, 1_800_000);
        const ms = performance.now() - r0;
        if (BigInt(position) < head) throw new Error(`${name} rebuilt only to ${position} of ${head}`);
        rebuilds.push({ name, ms, eventsPerSecond: perSecond(generated.events, ms), position });
        progress(
          `rebuild: ${name} ${(ms / 1000).toFixed(1)} s, ${Math.round(perSecond(generated.events, ms)).toLocaleString('en-GB')} events/s`,
        );
      }
    } finally {
      await app.close();
    }
    const replay = await runReplay(file, generated, opts);
    progress(`replay: ${replay.events} events, p50 ${replay.replay.p50.toFixed(2)} ms, p99 ${replay.replay.p99.toFixed(2)} ms`);
    return {
      generated,
      fileMiB: statSync(file).size / 2 ** 20,
      head: head.toString(),
      scan: { ms: scanned.ms, eventsPerSecond: perSecond(scanned.events, scanned.ms) },
      firstStart: { ms: firstMs, eventsPerSecond: perSecond(generated.events, firstMs) },
      rebuilds,
      replay,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `npm run bench:national`: this section alone, printed to stdout (BENCH_NATIONAL_EVENTS, BENCH_NATIONAL_SEED). */
async function main(): Promise<void> {
  const opts = nationalOptions(process.env);
  const results = await runRebuildBench(opts);
  process.stdout.write(renderRebuildSection(results, opts).join('\n'));
}

/** The section's size and seed: a million events by default, as the goal is stated. */
export function nationalOptions(env: NodeJS.ProcessEnv): RebuildOptions {
  return {
    events: Number(env.BENCH_NATIONAL_EVENTS ?? 1_000_000),
    seed: Number(env.BENCH_NATIONAL_SEED ?? NATIONAL_DEFAULTS.seed),
    replayInstants: 12,
    replaysPerInstant: 25,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
