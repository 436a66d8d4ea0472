import os from 'node:os';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { GENESIS_HASH, type StoredEvent, hashEvent } from '@send/kernel';
import { bundleBody } from '../../libs/gateway/src/bundle/bundle-content.js';
import { SEND_TRIBUNAL_BUNDLE_2025 } from '../../libs/gateway/src/bundle/bundle-layout.js';
import { renderBundle } from '../../libs/gateway/src/bundle/bundle-pdf.js';
import { renderBundleSection } from './report-bundle.js';
import { progress } from './stats.js';

/**
 * The tribunal bundle of a large case (docs/benchmarks.md "Tribunal bundle"): a case with a few thousand
 * events laid out and streamed to a sink, timing the first byte and the last; beside it, the baseline of
 * pdfkit writing the same paragraphs in one pass with no index, outline or footers. Part of `npm run bench`
 * (run.ts); `npm run bench:bundle` runs it alone and prints its section.
 */

export interface BundleOptions {
  readonly events: number;
}

export interface BundleResults {
  readonly events: number;
  readonly pages: number;
  readonly bytes: number;
  readonly firstByteMs: number;
  readonly totalMs: number;
  /** pdfkit alone: the same paragraphs, one pass, streamed to a sink. */
  readonly baseline: { readonly pages: number; readonly bytes: number; readonly totalMs: number };
  readonly machine: string;
}

const caseId = '7e1d2c3b-0000-4000-8000-000000000001';

function largeCase(n: number): Map<string, StoredEvent[]> {
  const events: StoredEvent[] = [];
  let prev = GENESIS_HASH;
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString();
    const data =
      i % 2 === 0
        ? { adviceId: `a${i}`, adviser: 'educational-psychologist', requestedOn: day.slice(0, 10) }
        : { adviceId: `a${i - 1}`, receivedOn: day.slice(0, 10) };
    const body = {
      id: `e${i}`,
      type: i % 2 === 0 ? 'AdviceRequested' : 'AdviceReceived',
      schemaVersion: 1,
      streamId: `assessment-${caseId}`,
      revision: i,
      caseId,
      la: '202',
      occurredAt: day,
      recordedAt: day,
      actor: { id: 'caseworker@202', role: 'caseworker' },
      correlationId: `c${i}`,
      causationId: `c${i}`,
      data,
      prevHash: prev,
    };
    const hash = hashEvent(body as never);
    events.push({ ...body, hash, position: BigInt(i + 1) } as StoredEvent);
    prev = hash;
  }
  return new Map([[`assessment-${caseId}`, events]]);
}

/** Streams a pdfkit document to a sink that only counts: when its first byte and its last arrived. */
function drain(
  doc: InstanceType<typeof PDFDocument>,
  t0: number,
): Promise<{ firstByteMs: number; totalMs: number; bytes: number }> {
  let first = 0;
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      if (first === 0) first = performance.now() - t0;
      bytes += chunk.length;
      done();
    },
  });
  return new Promise((resolve, reject) => {
    sink.on('finish', () => resolve({ firstByteMs: first, totalMs: performance.now() - t0, bytes }));
    sink.on('error', reject);
    doc.pipe(sink);
    doc.end();
  });
}

export async function runBundleBench(options: BundleOptions): Promise<BundleResults> {
  const streams = largeCase(options.events);
  progress(`bundle: ${options.events} events`);
  const t0 = performance.now();
  const body = bundleBody({ streams, timeline: [], deadlines: [] });
  const { doc, pages } = renderBundle(
    SEND_TRIBUNAL_BUNDLE_2025,
    { caseRef: '7E1D2C3B', code: 'BENCH-BENCH-000000', generatedAt: '2026-12-01T00:00:00Z' },
    body,
  );
  const bundle = await drain(doc, t0);

  const b0 = performance.now();
  const plain = new PDFDocument({ size: 'A4', margins: { top: 56, left: 56, right: 56, bottom: 104 } });
  let baselinePages = 1;
  plain.on('pageAdded', () => baselinePages++);
  plain.font('Helvetica').fontSize(12);
  for (const ps of Object.values(bundleBody({ streams, timeline: [], deadlines: [] }))) {
    for (const p of ps) plain.text(`${p.lead ?? ''} ${p.text}`, { paragraphGap: 6 });
  }
  const baseline = await drain(plain, b0);
  return {
    events: options.events,
    pages,
    bytes: bundle.bytes,
    firstByteMs: bundle.firstByteMs,
    totalMs: bundle.totalMs,
    baseline: { pages: baselinePages, bytes: baseline.bytes, totalMs: baseline.totalMs },
    machine: `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}`,
  };
}

/** `npm run bench:bundle`: this bench alone (BUNDLE_EVENTS sets the size), its section on stdout. */
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  runBundleBench({ events: Number(process.env.BUNDLE_EVENTS ?? 3000) }).then(
    (results) => process.stdout.write(`${renderBundleSection(results, new Date(), 'npm run bench:bundle').join('\n')}\n`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
