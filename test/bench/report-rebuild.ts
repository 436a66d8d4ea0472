import type { RebuildOptions, RebuildResults } from './rebuild-bench.js';
import { CATCH_UP_PAGE } from '../../libs/read-models/src/runner/subscription-runner.js';
import { NATIONAL_DEFAULTS } from './national/generate.js';
import { int, ms, rate, ratio } from './stats.js';

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const lat = (l: { p50: number; p99: number }) => `p50 ${ms(l.p50)} / p99 ${ms(l.p99)} ms`;

/** The "## Rebuild and replay" section: every projection rebuilt over a generated national store, and replay of a large case. */
export function renderRebuildSection(r: RebuildResults, opts: RebuildOptions): string[] {
  const g = r.generated;
  const n = int(g.events);
  const rp = r.replay;
  const all = r.rebuilds.reduce((sum, x) => sum + x.ms, 0);
  const commands = Object.entries(g.writesByCommand)
    .map(([type, count]) => `${type} ${int(count)}`)
    .join(', ');
  const slowest = r.rebuilds.reduce((a, b) => (b.eventsPerSecond < a.eventsPerSecond ? b : a));
  const callsOk = rp.storeCalls.otherStreams === 0 && rp.storeCalls.otherCalls === 0;
  return [
    '## Rebuild and replay (same run)',
    '',
    'Part of `npm run bench`; `npm run bench:national` runs it alone (`BENCH_NATIONAL_EVENTS` sets the size, ' +
      `default 1,000,000; \`BENCH_NATIONAL_SEED\` the seed, here ${opts.seed}).`,
    '',
    '### Method',
    '',
    `- **Data.** \`test/bench/national/generate.ts\` fills a fresh \`SqliteEventStore\` file with ${int(g.cases)} cases of ` +
      `the ${g.las} English LAs, received from ${NATIONAL_DEFAULTS.firstDay} on, until the log's last write at ` +
      `${g.lastInstant.slice(0, 10)} (the data set runs to ${NATIONAL_DEFAULTS.lastDay} at most; the log stops at the write ` +
      'that reaches the target), each ' +
      "walked through the pathway by the contexts' deciders and recorded as the write path records them " +
      "(`StreamWriter`: the target's stream, the command stamped with the day of its instant, `decide`, `buildRecords` " +
      "continuing the hash chain, `append` with the expected revision; each stream's folded state is kept in memory " +
      'instead of being re-read before every write, the generator being the only writer). The writes of all cases are ' +
      'made in the order of their instants, and each instant is its `recordedAt`. Request, decision to assess (about ' +
      'one in four refused), 3–5 advice requests and receipts, decision to issue (about one in ten not), the plan opened ' +
      "as ehcp's process manager opens it (`process:ehcp.open-plan`, caused by `PlanIssueDecided`), draft, " +
      'representations, final plan (noted back in assessment as `process:assessment.note-final-plan`), then an annual ' +
      "review (start, report, decision to maintain) about a year after each, to the data set's last day. The number " +
      `of cases comes from a calibration of ${int(g.calibration.cases)} cases on an in-memory store ` +
      `(${g.calibration.eventsPerCase.toFixed(1)} events per case). Writes: ${commands}. One large case ` +
      `(${int(g.largeCase.events)} events: ${NATIONAL_DEFAULTS.largeCaseAdvice} advice requests and receipts, then the plan ` +
      'and its reviews) is received early. The store is written on a RAM disk (`/dev/shm`) where there is one, then ' +
      'copied to the temp dir, where everything below is measured.',
    `- **Rebuild.** The embedded mode's read models and their \`SubscriptionRunner\` (\`PlatformModule\` with the ` +
      'placement read model, as `apps/embedded` composes it, without the process managers, the HTTP side or the ' +
      'deadline watcher) on the generated file. First the start: every projection from position 0 at once, until all ' +
      'have reached the head and the catch-up has built again the indexes it set aside (`SubscriptionRunner.caughtUp`). Then each projection alone through `SubscriptionRunner.rebuild(name)`, which is what ' +
      '`POST /api/v1/admin/projections/{name}/rebuild` calls (reset, restart from 0, wait for the head): rate = events ' +
      "of the log ÷ that call's time. Baseline: `readAll` from 0 to the head in pages of " +
      `${int(CATCH_UP_PAGE)} (the runner's page when a lane is far behind the head, as in a rebuild), ` +
      'once untimed, then timed: what any rebuild must at least read.',
    `- **Replay.** The code \`GET …/replay?asOf=\` runs after its access checks: \`StoreCaseEventSource.streamsOf\` ` +
      `(the case's streams by id) and \`replayCase\` with the five replayers, on the large case at ${rp.instants} instants ` +
      `(${rp.instants - 1} evenly over its life, first and last included, and now), ${int(opts.replaysPerInstant)} ` +
      `rounds over them after a warm-up: ${int(rp.samples)} samples, in process (the LA check, the access-log append ` +
      'and JSON over HTTP are not in the figure). The store is wrapped to count its calls during the samples. Baseline: ' +
      "the read of the case's streams alone, within the same samples.",
    '',
    '### Results',
    '',
    row(['Measure', 'Work', 'Measured', 'Baseline (same run)', 'Baseline figure', 'Ratio']),
    row(['---', '---', '---:', '---', '---:', '---:']),
    row(['Generation', `${n} events, ${int(g.writes)} writes`, rate(g.eventsPerSecond, 'events/s'), '—', '—', '—']),
    row([
      'First start: every projection from 0 at once',
      `${n} events × ${r.rebuilds.length} projections`,
      rate(r.firstStart.eventsPerSecond, 'events/s') + ` (${(r.firstStart.ms / 1000).toFixed(1)} s)`,
      `\`readAll\` scan, pages of ${int(CATCH_UP_PAGE)}`,
      rate(r.scan.eventsPerSecond, 'events/s'),
      ratio(r.firstStart.eventsPerSecond, r.scan.eventsPerSecond),
    ]),
    ...r.rebuilds.map((x) =>
      row([
        `Rebuild \`${x.name}\``,
        `${n} events from 0`,
        rate(x.eventsPerSecond, 'events/s') + ` (${(x.ms / 1000).toFixed(1)} s)`,
        `\`readAll\` scan, pages of ${int(CATCH_UP_PAGE)}`,
        rate(r.scan.eventsPerSecond, 'events/s'),
        ratio(x.eventsPerSecond, r.scan.eventsPerSecond),
      ]),
    ),
    row([
      'Rebuild of every projection, one after another',
      `${n} events × ${r.rebuilds.length}`,
      rate((g.events * 1000) / all, 'events/s') + ` (${(all / 1000).toFixed(1)} s)`,
      `\`readAll\` scan, pages of ${int(CATCH_UP_PAGE)}`,
      rate(r.scan.eventsPerSecond, 'events/s'),
      ratio((g.events * 1000) / all, r.scan.eventsPerSecond),
    ]),
    row([
      'Replay of the large case as of an instant',
      `${int(rp.events)} events, ${int(rp.samples)} samples`,
      lat(rp.replay),
      "read of the case's streams alone",
      lat(rp.read),
      ratio(rp.replay.p50, rp.read.p50),
    ]),
    row([
      'Replay of a usual case, as of now',
      `${int(rp.usualCase.events)} events, ${int(rp.samples)} samples`,
      lat(rp.usualCase.replay),
      '—',
      '—',
      '—',
    ]),
    '',
    `**What dominates.** The slowest rebuild is \`${slowest.name}\` at ${rate(slowest.eventsPerSecond, 'events/s')}, ` +
      `${ratio(slowest.eventsPerSecond, r.scan.eventsPerSecond)} of the scan: at the scan's rate, reading the log is about ` +
      `${Math.round((100 * slowest.eventsPerSecond) / r.scan.eventsPerSecond)}% of that rebuild's time, and the projection's ` +
      'own work (its rows read, evolved and written, a transaction per large page, the indexes built at the end) the ' +
      "rest. Of the large case's replay (p50), " +
      `${ms(rp.read.p50)} ms is the read of its streams and about ${ms(Math.max(0, rp.replay.p50 - rp.read.p50))} ms the ` +
      'fold by the replayers.',
    '',
    `Store: ${int(r.fileMiB)} MiB on disk, head position ${r.head}. Goals (issue 12): rebuild ≥ 50,000 events/s; ` +
      'replay of a 1,000-event case < 20 ms. ' +
      `During the replay samples the store answered ${int(rp.storeCalls.readStream)} \`readStream\` calls, ` +
      `${rp.storeCalls.otherStreams} of them for another case's stream, and ${rp.storeCalls.otherCalls} other calls ` +
      `(${callsOk ? "only the case's own streams were read" : 'NOT ONLY THE CASE’S OWN STREAMS WERE READ'}). ` +
      `The hash chain of each of the large case's streams verifies (${rp.chainsValid ? 'it did' : 'IT DID NOT'}).`,
    '',
  ];
}
