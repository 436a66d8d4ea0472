import 'reflect-metadata';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NATIONAL_DEFAULTS, type NationalStore, generateNationalStore, generationDir } from './national/generate.js';
import { nationalOptions, runReplay } from './rebuild-bench.js';
import { progress } from './stats.js';

/**
 * The replay part of the rebuild bench alone (docs/benchmarks.md "Rebuild and replay"), on a national store
 * kept at BENCH_REPLAY_DIR between runs, so that two builds can be compared on the very same file.
 */
async function main(): Promise<void> {
  const opts = nationalOptions(process.env);
  const dir = process.env.BENCH_REPLAY_DIR ?? '/tmp/send-bench-replay';
  const file = join(dir, 'send.sqlite');
  const meta = join(dir, 'generated.json');
  if (!existsSync(meta)) {
    mkdirSync(dir, { recursive: true });
    const scratch = generationDir();
    try {
      const generated = await generateNationalStore(join(scratch, 'send.sqlite'), {
        ...NATIONAL_DEFAULTS,
        events: opts.events,
        seed: opts.seed,
      });
      copyFileSync(join(scratch, 'send.sqlite'), file);
      writeFileSync(meta, JSON.stringify(generated));
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  const generated = JSON.parse(readFileSync(meta, 'utf8')) as NationalStore;
  const rounds = Number(process.env.BENCH_REPLAY_ROUNDS ?? 1);
  for (let i = 0; i < rounds; i++) {
    const r = await runReplay(file, generated, opts);
    progress(
      `replay: ${r.events} events, ${r.samples} samples, replay p50 ${r.replay.p50.toFixed(2)} / p99 ${r.replay.p99.toFixed(2)} ms, ` +
        `read p50 ${r.read.p50.toFixed(2)} / p99 ${r.read.p99.toFixed(2)} ms, usual case (${r.usualCase.events}) p50 ` +
        `${r.usualCase.replay.p50.toFixed(2)} / p99 ${r.usualCase.replay.p99.toFixed(2)} ms, chains ${r.chainsValid}, ` +
        `calls ${JSON.stringify(r.storeCalls)}`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
