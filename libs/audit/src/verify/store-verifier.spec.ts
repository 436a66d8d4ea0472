import { buildRecords } from '@send/event-store';
import type { StoreCopy, StoredRow } from '../store-copy/store-copy.port.js';
import { streamOfRow } from '../store-copy/store-copy.port.js';
import { type VerifyProgress, verifyStore } from './store-verifier.js';

const ctx = {
  caseId: 'c1',
  la: '202',
  actor: { id: 'caseworker@202', role: 'caseworker' as const },
  correlationId: 'k',
  causationId: 'k',
  recordedAt: new Date('2026-01-01T00:00:00Z'),
};

let position = 0n;
const stream = (id: string, n: number): StoredRow[] =>
  buildRecords(
    id,
    undefined,
    Array.from({ length: n }, (_, i) => ({ type: `E${i}`, data: { i } })),
    ctx,
  ).map((record) => ({ type: 'event', event: { ...record, position: ++position } }));

/** A copy held in memory, handing rows out in the store's order and the batch size asked for. */
function copyOf(rows: StoredRow[]): StoreCopy {
  return {
    location: 'memory',
    size: async () => ({ streams: new Set(rows.map(streamOfRow)).size, events: rows.length }),
    async *rowsByStream(batch) {
      for (let i = 0; i < rows.length; i += batch) yield rows.slice(i, i + batch);
    },
    readStream: async (id) => rows.filter((r) => streamOfRow(r) === id),
    close: async () => undefined,
  };
}

function recorder(): VerifyProgress & { calls: string[] } {
  const calls: string[] = [];
  return { calls, start: (n) => calls.push(`start ${n}`), advance: (n) => calls.push(`+${n}`), stop: () => calls.push('stop') };
}

describe('verifying a whole store', () => {
  it('checks every stream, whatever batches its rows arrive in, and counts streams and events', async () => {
    const progress = recorder();
    const rows = [...stream('assessment-a', 3), ...stream('ehcp-a', 1), ...stream('setting-1', 4)];
    const result = await verifyStore(copyOf(rows), progress, 2);
    expect(result).toEqual({ valid: true, location: 'memory', streams: 3, events: 8, broken: [] });
    expect(progress.calls).toEqual(['start 8', '+3', '+1', '+4', 'stop']);
  });

  it('lists each broken stream with its first broken revision, and an unreadable row as such', async () => {
    const tampered = stream('assessment-b', 3);
    const first = tampered[1] as Extract<StoredRow, { type: 'event' }>;
    tampered[1] = { type: 'event', event: { ...first.event, reason: 'edited' } };
    const unreadable = stream('ehcp-b', 2);
    unreadable[1] = { type: 'unreadable', streamId: 'ehcp-b', revision: 1, position: 99n, problem: 'bad JSON' };
    const result = await verifyStore(copyOf([...stream('assessment-a', 2), ...tampered, ...unreadable]), recorder(), 3);
    expect(result.valid).toBe(false);
    expect(result.broken).toEqual([
      { stream: 'assessment-b', events: 3, valid: false, firstBrokenRevision: 1 },
      { stream: 'ehcp-b', events: 2, valid: false, firstBrokenRevision: 1, unreadable: { position: '99', problem: 'bad JSON' } },
    ]);
  });

  it('finds an empty store intact, and stops the progress bar when reading fails', async () => {
    expect(await verifyStore(copyOf([]), recorder())).toMatchObject({ valid: true, streams: 0, events: 0 });
    const progress = recorder();
    const failing: StoreCopy = {
      ...copyOf([]),
      rowsByStream: () => ({
        [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error('disk gone')) }),
      }),
    };
    await expect(verifyStore(failing, progress)).rejects.toThrow('disk gone');
    expect(progress.calls.at(-1)).toBe('stop');
  });
});
