import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { accessLogStream, verifyChain } from '@send/kernel';
import { type EventStore, SqliteEventStore, buildRecords } from '@send/event-store';
import { type CaseRead, type ReadOfCase, recordRead } from '../../libs/gateway/src/audit/access-log.js';
import { perSecond, progress } from './stats.js';

/**
 * The access log's append (docs/benchmarks.md "Access log"): N logged reads of one case, each appended as
 * `recordRead` does it (the stream's last event alone, `appendAtHead`), beside the way it was done before:
 * the whole stream re-read on every read, then the append after its last event. Each side on its own fresh
 * SQLite file and case, in alternating blocks so that drift in fsync latency falls on both.
 */

export interface AccessLogOptions {
  readonly reads: number;
  readonly block: number;
  /** Appends on a throwaway case of each side's file before the clock starts. */
  readonly warmup: number;
}

export interface AccessLogSide {
  readonly perSecond: number;
  /** Appends/s over the first and the last block: a cost that grows with the log shows here. */
  readonly firstBlockPerSecond: number;
  readonly lastBlockPerSecond: number;
  readonly chainValid: boolean;
  /** Appends/s of every block, in order. */
  readonly blocksPerSecond: readonly number[];
}

export interface AccessLogResults {
  readonly reads: number;
  readonly block: number;
  readonly warmup: number;
  readonly head: AccessLogSide;
  readonly fullReread: AccessLogSide;
}

const readOf = (caseId: string, i: number): ReadOfCase => ({
  caseId,
  la: '202',
  reader: { id: 'tribunal', role: 'tribunal' },
  what: i % 2 ? 'timeline' : 'bundle',
  query: {},
  at: new Date(Date.UTC(2026, 10, 28, 10, 0, 0, i)),
  correlationId: randomUUID(),
});

/** The append as it was before the head read: the whole stream, then the last of it. */
async function recordReadRereading(store: EventStore, read: ReadOfCase): Promise<void> {
  const stream = accessLogStream(read.caseId);
  const head = (await store.readStream(stream)).at(-1);
  const event: CaseRead = { type: 'CaseRead', data: { what: read.what, query: read.query } };
  const records = buildRecords(stream, head, [event], {
    caseId: read.caseId,
    la: read.la,
    actor: read.reader,
    correlationId: read.correlationId,
    causationId: read.correlationId,
    recordedAt: read.at,
  });
  await store.append(stream, head ? head.revision : 'no-stream', records);
}

type Append = (store: EventStore, read: ReadOfCase) => Promise<void>;

export async function runAccessLogBench(opts: AccessLogOptions): Promise<AccessLogResults> {
  const dir = mkdtempSync(join(os.tmpdir(), 'send-bench-access-'));
  const sides: { name: string; append: Append; store: SqliteEventStore; caseId: string; blocks: number[] }[] = [
    { name: 'head', append: recordRead, store: new SqliteEventStore(join(dir, 'head.sqlite')), caseId: randomUUID(), blocks: [] },
    {
      name: 'full re-read',
      append: recordReadRereading,
      store: new SqliteEventStore(join(dir, 'reread.sqlite')),
      caseId: randomUUID(),
      blocks: [],
    },
  ];
  try {
    progress(`access log: ${opts.reads} logged reads of one case, head append against full re-read`);
    for (const side of sides) {
      const throwaway = randomUUID();
      for (let i = 0; i < opts.warmup; i++) await side.append(side.store, readOf(throwaway, i));
    }
    const blocks = Math.ceil(opts.reads / opts.block);
    for (let b = 0; b < blocks; b++) {
      const order = b % 2 === 0 ? sides : [...sides].reverse();
      for (const side of order) {
        const t0 = performance.now();
        for (let i = b * opts.block; i < Math.min(opts.reads, (b + 1) * opts.block); i++) {
          await side.append(side.store, readOf(side.caseId, i));
        }
        side.blocks.push(performance.now() - t0);
      }
    }
    const result = async (side: (typeof sides)[number]): Promise<AccessLogSide> => {
      const events = await side.store.readStream(accessLogStream(side.caseId));
      if (events.length !== opts.reads) throw new Error(`${side.name}: ${events.length} reads recorded, not ${opts.reads}`);
      const total = side.blocks.reduce((a, b) => a + b, 0);
      const lastCount = opts.reads - (blocks - 1) * opts.block;
      return {
        perSecond: perSecond(opts.reads, total),
        firstBlockPerSecond: perSecond(Math.min(opts.block, opts.reads), side.blocks[0]),
        lastBlockPerSecond: perSecond(lastCount, side.blocks[blocks - 1]),
        chainValid: verifyChain(events).valid,
        blocksPerSecond: side.blocks.map((t, b) => perSecond(b === blocks - 1 ? lastCount : opts.block, t)),
      };
    };
    return {
      reads: opts.reads,
      block: opts.block,
      warmup: opts.warmup,
      head: await result(sides[0]),
      fullReread: await result(sides[1]),
    };
  } finally {
    for (const side of sides) await side.store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
