import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { runHttpBench } from './http-bench.js';

const dir = mkdtempSync(join(os.tmpdir(), 'send-http-'));
const n = Number(process.env.N ?? 600);
const r = await runHttpBench(dir, {
  creates: n,
  decisions: n / 2,
  health: n,
  concurrencies: [1, 8],
  warmup: 30,
  openLoop: { rate: 200, requests: n, maxInFlight: 64 },
});
for (const p of r.phases)
  console.log(
    p.kind,
    p.concurrency,
    p.rate ?? '',
    p.perSecond.toFixed(0),
    'req/s',
    'p50',
    p.latency.p50.toFixed(1),
    'p99',
    p.latency.p99.toFixed(1),
    'busy',
    p.serverBusy.toFixed(2),
    'cpu',
    p.cpuMsPerRequest.toFixed(2),
  );
process.exit(0);
