import os from 'node:os';
import { Writable } from 'node:stream';
import { GENESIS_HASH, type StoredEvent, hashEvent } from '@send/kernel';
import { bundleBody } from '../../libs/gateway/src/bundle/bundle-content.js';
import { SEND_TRIBUNAL_BUNDLE_2025 } from '../../libs/gateway/src/bundle/bundle-layout.js';
import { renderBundle } from '../../libs/gateway/src/bundle/bundle-pdf.js';

/**
 * The tribunal bundle of a large case (docs/benchmarks.md "Tribunal bundle"): a case with a few thousand
 * events laid out and streamed to a sink, timing the first byte and the last. Prints one Markdown row.
 */

const EVENTS = Number(process.env.BUNDLE_EVENTS ?? 3000);
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

async function main(): Promise<void> {
  const streams = largeCase(EVENTS);
  const t0 = performance.now();
  let first = 0;
  let bytes = 0;
  const body = bundleBody({ streams, timeline: [], deadlines: [] });
  const { doc, pages } = renderBundle(
    SEND_TRIBUNAL_BUNDLE_2025,
    { caseRef: '7E1D2C3B', code: 'BENCH-BENCH-000000', generatedAt: '2026-12-01T00:00:00Z' },
    body,
  );
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      if (first === 0) first = performance.now() - t0;
      bytes += chunk.length;
      done();
    },
  });
  await new Promise<void>((resolve) => {
    sink.on('finish', resolve);
    doc.pipe(sink);
    doc.end();
  });
  const total = performance.now() - t0;
  const cpu = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}`;
  process.stdout.write(
    `| ${EVENTS} events | ${pages} pages | ${(bytes / 1024).toFixed(0)} KiB | first byte ${first.toFixed(0)} ms | total ${total.toFixed(0)} ms | ${cpu} |\n`,
  );
}

void main();
