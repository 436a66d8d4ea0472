import type { ReportInput } from './report.js';
import { ms, rate, ratio } from './stats.js';

/**
 * The performance goals the product holds itself to (docs/benchmarks.md "Goals"), each judged on this run's own
 * figures beside its baseline. A goal the run could not measure (no broker, say) says so instead of passing.
 */
export function renderGoals(input: ReportInput): string[] {
  const { http: h, kafka, peer, rebuild } = input;
  const rows: [string, string, string, boolean | undefined][] = [];
  const closed = (kind: 'health' | 'create', c: number) =>
    h.phases.find((p) => p.kind === kind && p.concurrency === c && p.rate === undefined);
  const create8 = closed('create', 8);
  const health8 = closed('health', 8);
  if (create8 && health8) {
    const share = create8.perSecond / health8.perSecond;
    rows.push([
      'Embedded `POST /api/v1/cases` at c=8 ≥ 25% of `GET /health` on the same server',
      `${rate(create8.perSecond, 'req/s')} against ${rate(health8.perSecond, 'req/s')}`,
      ratio(create8.perSecond, health8.perSecond),
      share >= 0.25,
    ]);
    rows.push([
      '… and ≥ 1,000 creations/s where the floor allows it',
      `the floor (\`/health\`) itself made ${rate(health8.perSecond, 'req/s')}`,
      health8.perSecond * 0.25 >= 1000 ? rate(create8.perSecond, 'req/s') : 'floor below 4,000 req/s: not applicable',
      health8.perSecond * 0.25 >= 1000 ? create8.perSecond >= 1000 : undefined,
    ]);
  }
  const open = h.phases.find((p) => p.rate !== undefined);
  if (open)
    rows.push([
      `Embedded creations open loop at ${open.rate}/s: p99 < 50 ms`,
      `achieved ${rate(open.perSecond, 'req/s')}`,
      `p99 ${ms(open.latency.p99)} ms`,
      open.latency.p99 < 50 && open.perSecond >= 0.95 * (open.rate ?? 0),
    ]);
  const k = kafka.ran ? kafka.results : undefined;
  const d = k?.distributed.ran ? k.distributed.value : undefined;
  if (d) {
    const c = d.creates;
    rows.push([
      `Distributed creation answered p99 < 100 ms at ${c.targetRate}/s for ${Math.round(c.requests / c.targetRate)} s`,
      `achieved ${c.achievedRate.toFixed(1)}/s`,
      `p99 ${ms(c.http.p99)} ms`,
      c.http.p99 < 100 && c.achievedRate >= 0.95 * c.targetRate,
    ]);
    rows.push([
      '… visible in the gateway (every event of the write) p99 < 250 ms, no backlog',
      `the gateway had applied everything ${Math.round(c.drainMs)} ms after the last send`,
      `p99 ${ms(c.gatewayAll.p99)} ms`,
      c.gatewayAll.p99 < 250 && c.drainMs < 1000,
    ]);
  } else rows.push(['Distributed creation at 50/s', kafka.ran ? 'not measured' : kafka.reason, '—', undefined]);
  const f = k?.forwarder.ran ? k.forwarder.value : undefined;
  if (f)
    rows.push([
      'Forwarder ≥ 50% of raw kafkajs batched produce of the same bytes',
      `${rate(f.rate.perSecond, 'events/s')} against ${rate(f.baseline.perSecond, 'msg/s')}`,
      ratio(f.rate.perSecond, f.baseline.perSecond),
      f.rate.perSecond >= 0.5 * f.baseline.perSecond,
    ]);
  const slowest = [...rebuild.rebuilds].sort((a, b) => a.eventsPerSecond - b.eventsPerSecond)[0];
  const events = Number(rebuild.head);
  rows.push([
    `Rebuild of every projection ≥ 50,000 events/s over ${events.toLocaleString('en-GB')} generated events: each alone (slowest)`,
    `\`${slowest.name}\``,
    rate(slowest.eventsPerSecond, 'events/s'),
    slowest.eventsPerSecond >= 50_000,
  ]);
  rows.push([
    '… all at once, in one pass (a first start)',
    `${(rebuild.firstStart.ms / 1000).toFixed(1)} s`,
    rate(rebuild.firstStart.eventsPerSecond, 'events/s'),
    rebuild.firstStart.eventsPerSecond >= 50_000,
  ]);
  const r = rebuild.replay;
  rows.push([
    `Replay of a ${r.events.toLocaleString('en-GB')}-event case as of any instant < 20 ms`,
    `${r.samples} samples at ${r.instants} instants`,
    `p50 ${ms(r.replay.p50)} / p99 ${ms(r.replay.p99)} ms`,
    r.replay.p99 < 20,
  ]);
  for (const [label, backend] of [
    ['SQLite', peer.sqlite],
    ['PostgreSQL', peer.postgres],
  ] as const) {
    if (!backend.ran) {
      rows.push([`${label}: the product's store at least as fast as Emmett's`, backend.reason, '—', undefined]);
      continue;
    }
    const b = backend.value;
    const worst = Math.min(
      b.product.append1.perSecond / b.emmett.append1.perSecond,
      b.product.append10.perSecond / b.emmett.append10.perSecond,
      b.product.readStream.perSecond / b.emmett.readStream.perSecond,
    );
    rows.push([
      `${label}: the product's store (hash chain on) at least as fast as Emmett's ${b.emmettVersion} on appends and stream reads`,
      'worst of 1-event appends, 10-event appends, stream reads',
      `${worst.toFixed(2)}×`,
      worst >= 1,
    ]);
  }
  const verdict = (ok: boolean | undefined) => (ok === undefined ? 'not judged' : ok ? 'met' : '**missed**');
  return [
    '## Goals (same run)',
    '',
    '| Goal | Context | Measured | Verdict |',
    '| --- | --- | ---: | --- |',
    ...rows.map(([goal, context, measured, ok]) => `| ${goal} | ${context} | ${measured} | ${verdict(ok)} |`),
    '',
  ];
}
