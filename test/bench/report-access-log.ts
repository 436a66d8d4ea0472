import type { AccessLogResults } from './access-log-bench.js';
import { int, rate, ratio } from './stats.js';

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

/** The "## Access log" section: appending N logged reads of one case, at the head against a full re-read. */
export function renderAccessLogSection(r: AccessLogResults): string[] {
  const n = int(r.reads);
  return [
    '## Access log (same run)',
    '',
    `${n} logged reads of one case (\`CaseRead\` on \`access-<caseId>\`), each awaited before the next, on a fresh ` +
      'SQLite file (`SqliteEventStore`, WAL, synchronous=FULL). Measured: `recordRead` as shipped, which reads the ' +
      "stream's last event alone (`EventStore.readLast`) and appends after it (`appendAtHead`). Baseline: the append " +
      'as it was before, the whole stream re-read (`readStream`) on every read, then the same records and append. ' +
      `Each side has its own file and case, and first appends ${int(r.warmup)} reads of a throwaway case there; then ` +
      `the sides run in alternating blocks of ${int(r.block)} reads, alternating which goes first. The chain of ` +
      `both logs verifies at the end (${r.head.chainValid && r.fullReread.chainValid ? 'it did' : 'IT DID NOT'}).`,
    '',
    row(['Measure', 'Work', 'Measured', 'Baseline (same run)', 'Baseline figure', 'Ratio']),
    row(['---', '---', '---:', '---', '---:', '---:']),
    row([
      'Logged read appended, head read',
      `${n} reads → one access log`,
      rate(r.head.perSecond, 'appends/s'),
      'whole stream re-read before each append',
      rate(r.fullReread.perSecond, 'appends/s'),
      ratio(r.head.perSecond, r.fullReread.perSecond),
    ]),
    row([
      `First ${int(r.block)} reads`,
      `log of 0–${int(r.block - 1)} events`,
      rate(r.head.firstBlockPerSecond, 'appends/s'),
      'full re-read',
      rate(r.fullReread.firstBlockPerSecond, 'appends/s'),
      ratio(r.head.firstBlockPerSecond, r.fullReread.firstBlockPerSecond),
    ]),
    row([
      `Last ${int(r.block)} reads`,
      `log of ${int(r.reads - r.block)}–${int(r.reads - 1)} events`,
      rate(r.head.lastBlockPerSecond, 'appends/s'),
      'full re-read',
      rate(r.fullReread.lastBlockPerSecond, 'appends/s'),
      ratio(r.head.lastBlockPerSecond, r.fullReread.lastBlockPerSecond),
    ]),
    '',
    `Appends/s per block of ${int(r.block)}, in order (the log growing from 0 to ${int(r.reads)} events): head read ` +
      `${r.head.blocksPerSecond.map((x) => int(x)).join(', ')}; full re-read ${r.fullReread.blocksPerSecond.map((x) => int(x)).join(', ')}. ` +
      'Each block is a fraction of a second of fsync-bound commits on a shared machine, so one block swings with the load; ' +
      'read the trend along the blocks rather than any one of them.',
    '',
  ];
}
