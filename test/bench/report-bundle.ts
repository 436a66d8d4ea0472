import type { BundleResults } from './bundle-bench.js';
import { int, ms, ratio } from './stats.js';

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const kib = (bytes: number) => `${int(Math.round(bytes / 1024))} KiB`;

/** The "## Tribunal bundle" section: how it is measured, then the bundle beside pdfkit's one-pass baseline. */
export function renderBundleSection(r: BundleResults, date: Date, command: string): string[] {
  return [
    // Alone (bench:bundle), the section's figures are not from the run that wrote the rest of the file.
    command === 'npm run bench' ? '## Tribunal bundle (same run)' : '## Tribunal bundle',
    '',
    'Part of `npm run bench`; `npm run bench:bundle` runs it alone (`BUNDLE_EVENTS` sets the size there). ' +
      `A case of ${int(r.events)} hash-chained events (advice requested and received) laid out as the tribunal bundle ` +
      '(`renderBundle`: three layout passes, two to count pages, one to write) and streamed to a sink that counts bytes. ' +
      'The first byte leaves once the layout is done (the footers\' "page X of Y" needs every page), then the pages stream. ' +
      'Baseline: pdfkit writing the same paragraphs at the same size in one pass, with no index, outline or footers, to the same sink. ' +
      `Measured by \`${command}\` on ${date.toISOString().slice(0, 10)}, ${r.machine}.`,
    '',
    row(['Measure', 'Work', 'Measured', 'Baseline (same run)', 'Baseline figure', 'Ratio']),
    row(['---', '---', '---:', '---', '---:', '---:']),
    row([
      'Bundle, generated and streamed',
      `${int(r.events)} events → ${int(r.pages)} pages, ${kib(r.bytes)}`,
      `first byte ${ms(r.firstByteMs)} ms, total ${ms(r.totalMs)} ms`,
      `pdfkit, one pass (${int(r.baseline.pages)} pages, ${kib(r.baseline.bytes)})`,
      `total ${ms(r.baseline.totalMs)} ms`,
      ratio(r.totalMs, r.baseline.totalMs),
    ]),
    '',
  ];
}
