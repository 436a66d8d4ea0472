import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SqliteEventStore } from '@send/event-store';
import { perSecond, prng, progress } from '../stats.js';
import { ENGLISH_LA_CODES } from './las.js';
import { type CaseScript, type Step, addDays, caseScript } from './pathway.js';
import { StepQueue } from './step-queue.js';
import { StreamWriter } from './stream-writer.js';

/**
 * National-scale data for the rebuild and replay benchmark (docs/benchmarks.md "Rebuild and replay"):
 * cases of all 153 LAs received over several years, each walked through the pathway by the contexts'
 * deciders and the production records (StreamWriter: decide, `buildRecords`, append with the expected
 * revision), the writes of all cases in the order of their instants. Each write's instant is its
 * `today` and `recordedAt`, so business dates and the record agree. Ids come from the seed too, so the
 * same seed gives the same store, hashes included.
 */

export interface NationalOptions {
  /** How many events to write (the last write may pass it by a few); the number of cases comes from a calibration run. */
  readonly events: number;
  readonly seed: number;
  /** The day the first request may be received, and the data set's last day. */
  readonly firstDay: string;
  readonly lastDay: string;
  /** Advice requests of the one large case, received early, whose replay is timed. */
  readonly largeCaseAdvice: number;
}

export const NATIONAL_DEFAULTS: Omit<NationalOptions, 'events'> = {
  seed: 20_261_203,
  firstDay: '2019-09-02',
  lastDay: '2026-11-27',
  largeCaseAdvice: 245,
};

export interface NationalStore {
  readonly events: number;
  /** Cases with at least one event, the large one included. */
  readonly cases: number;
  /** The log's last write: the data set ends there (at the last day, or earlier when the target is reached). */
  readonly lastInstant: string;
  readonly writes: number;
  readonly writesByCommand: Readonly<Record<string, number>>;
  readonly las: number;
  readonly largeCase: { readonly caseId: string; readonly la: string; readonly events: number };
  /** Events per case measured on the calibration run, and its size. */
  readonly calibration: { readonly cases: number; readonly eventsPerCase: number };
  readonly seconds: number;
  readonly eventsPerSecond: number;
}

interface Run {
  events: number;
  writes: number;
  last: Date;
  readonly byCommand: Map<string, number>;
  readonly eventsOf: Map<string, number>;
}

/** A uuid (version 4 layout) from the seeded PRNG, so that case, correlation and event ids repeat with the seed. */
function uuidFrom(random: () => number): () => string {
  const word = () =>
    Math.floor(random() * 2 ** 32)
      .toString(16)
      .padStart(8, '0');
  return () => {
    const [a, b, c, d] = [word(), word(), word(), word()];
    return `${a}-${b.slice(0, 4)}-4${b.slice(5)}-${'89ab'[Math.floor(random() * 4)]}${c.slice(1, 4)}-${c.slice(4)}${d}`;
  };
}

/**
 * Where to write the store: a RAM disk where there is one (Linux's /dev/shm). A generator needs no fsync
 * per append, and on this machine's disk it made generation three times slower; the bench copies the
 * finished file to the ordinary temp dir before it measures anything.
 */
export function generationDir(): string {
  return mkdtempSync(existsSync('/dev/shm') ? '/dev/shm/send-national-' : join(os.tmpdir(), 'send-national-'));
}

/** The cases' scripts, received uniformly over the days from firstDay to lastDay, spread over the LAs. */
function* cases(
  count: number,
  opts: NationalOptions,
  random: () => number,
): Generator<{ receivedOn: string; script: CaseScript }> {
  const uuid = uuidFrom(random);
  const days = (Date.parse(opts.lastDay) - Date.parse(opts.firstDay)) / 86_400_000;
  const receipts = Array.from({ length: count }, () => Math.floor(random() * days)).sort((a, b) => a - b);
  for (const day of receipts) {
    const receivedOn = addDays(opts.firstDay, day);
    const la = ENGLISH_LA_CODES[Math.floor(random() * ENGLISH_LA_CODES.length)];
    const caseRandom = prng(Math.floor(random() * 2 ** 32));
    yield { receivedOn, script: caseScript({ caseId: uuid(), la, receivedOn, lastDay: opts.lastDay, random: caseRandom, uuid }) };
  }
}

/**
 * Runs the scripts against the store, always making the earliest pending write of any case next, so the
 * log is in the order a national service would have recorded it.
 */
async function runScripts(
  store: SqliteEventStore,
  scripts: Iterable<{ receivedOn: string; script: CaseScript }>,
  newId: () => string,
  limit = Number.POSITIVE_INFINITY,
  onWrite?: (run: Run) => void,
): Promise<Run> {
  const writer = new StreamWriter(store, newId);
  const run: Run = { events: 0, writes: 0, last: new Date(0), byCommand: new Map(), eventsOf: new Map() };
  const queue = new StepQueue<CaseScript, Step>();
  const pending = scripts[Symbol.iterator]();
  let nextCase = pending.next();
  const admit = (script: CaseScript, step: IteratorResult<Step, void>) => {
    if (!step.done) queue.push(step.value.at.getTime(), script, step.value);
  };
  for (;;) {
    // A case joins the queue once the clock reaches its request's day, so the queue holds only open cases.
    while (!nextCase.done && (queue.size === 0 || Date.parse(nextCase.value.receivedOn) <= queue.peekTime())) {
      admit(nextCase.value.script, nextCase.value.script.next());
      nextCase = pending.next();
    }
    const head = queue.pop();
    if (!head || run.events >= limit) break;
    const { item: script, step } = head;
    const result = await writer.write(step.target, step.carrier, step.command, step.act, step.at);
    run.writes += 1;
    run.events += result.events.length;
    run.last = step.at;
    run.byCommand.set(step.command.type, (run.byCommand.get(step.command.type) ?? 0) + 1);
    run.eventsOf.set(step.carrier.caseId, (run.eventsOf.get(step.carrier.caseId) ?? 0) + result.events.length);
    onWrite?.(run);
    admit(script, script.next(result));
  }
  return run;
}

/** Fills a fresh SQLite store at `file` with about `opts.events` events; returns what it wrote and how fast. */
export async function generateNationalStore(file: string, opts: NationalOptions): Promise<NationalStore> {
  const random = prng(opts.seed);
  // Calibration: the same pathway on a throwaway in-memory store gives the events per case.
  const sample = 1_000;
  const calibrationStore = new SqliteEventStore(':memory:');
  const calibrationRandom = prng(opts.seed ^ 0x5eed);
  const calibration = await runScripts(calibrationStore, cases(sample, opts, calibrationRandom), uuidFrom(calibrationRandom));
  await calibrationStore.close();
  const eventsPerCase = calibration.events / sample;
  // A few more cases than the calibration says, and the log ends at the write that reaches the target.
  // The large case's advice (four events each) is beside them.
  const count = Math.max(1, Math.ceil((Math.max(0, opts.events - 4 * opts.largeCaseAdvice) / eventsPerCase) * 1.05));
  progress(
    `national data: ${count.toLocaleString('en-GB')} cases (${eventsPerCase.toFixed(1)} events each in calibration) → ${file}`,
  );

  const largeRandom = prng(opts.seed ^ 0x1a26e);
  const large = { caseId: uuidFrom(largeRandom)(), la: '202', receivedOn: addDays(opts.firstDay, 30) };
  const largeScript = {
    receivedOn: large.receivedOn,
    script: caseScript({
      ...large,
      lastDay: opts.lastDay,
      random: largeRandom,
      uuid: uuidFrom(largeRandom),
      advice: opts.largeCaseAdvice,
    }),
  };
  function* withLarge() {
    let placed = false;
    for (const c of cases(count, opts, random)) {
      if (!placed && c.receivedOn >= large.receivedOn) {
        placed = true;
        yield largeScript;
      }
      yield c;
    }
    if (!placed) yield largeScript;
  }

  const store = new SqliteEventStore(file);
  const t0 = performance.now();
  let reported = 0;
  try {
    const run = await runScripts(store, withLarge(), uuidFrom(prng(opts.seed ^ 0x1d5)), opts.events, (r) => {
      if (r.events - reported >= 100_000) {
        reported = r.events;
        const s = (performance.now() - t0) / 1000;
        progress(
          `national data: ${r.events.toLocaleString('en-GB')} events, ${Math.round(r.events / s).toLocaleString('en-GB')} events/s`,
        );
      }
    });
    const ms = performance.now() - t0;
    return {
      events: run.events,
      cases: run.eventsOf.size,
      lastInstant: run.last.toISOString(),
      writes: run.writes,
      writesByCommand: Object.fromEntries([...run.byCommand.entries()].sort((a, b) => b[1] - a[1])),
      las: ENGLISH_LA_CODES.length,
      largeCase: { caseId: large.caseId, la: large.la, events: run.eventsOf.get(large.caseId) ?? 0 },
      calibration: { cases: sample, eventsPerCase },
      seconds: ms / 1000,
      eventsPerSecond: perSecond(run.events, ms),
    };
  } finally {
    await store.close();
  }
}

/** `node dist/test/bench/national/generate.js [file]`: the generator alone (BENCH_NATIONAL_EVENTS, BENCH_NATIONAL_SEED). */
async function main(): Promise<void> {
  const events = Number(process.env.BENCH_NATIONAL_EVENTS ?? 1_000_000);
  const seed = Number(process.env.BENCH_NATIONAL_SEED ?? NATIONAL_DEFAULTS.seed);
  const dir = process.argv[2] ? undefined : generationDir();
  const file = process.argv[2] ?? join(dir!, 'send.sqlite');
  try {
    const result = await generateNationalStore(file, { ...NATIONAL_DEFAULTS, events, seed });
    process.stdout.write(`${JSON.stringify({ file, ...result }, null, 2)}\n`);
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
