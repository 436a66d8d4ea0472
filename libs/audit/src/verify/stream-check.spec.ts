import { buildRecords } from '@send/event-store';
import type { StoredEvent } from '@send/kernel';
import type { StoredRow } from '../store-copy/store-copy.port.js';
import { checkStream } from './stream-check.js';

const ctx = {
  caseId: 'c1',
  la: '202',
  actor: { id: 'caseworker@202', role: 'caseworker' as const },
  correlationId: 'k',
  causationId: 'k',
  recordedAt: new Date('2026-01-01T00:00:00Z'),
};

const chain = (n: number): StoredRow[] =>
  buildRecords(
    'assessment-c1',
    undefined,
    Array.from({ length: n }, (_, i) => ({ type: `E${i}`, data: { i } })),
    ctx,
  ).map((record, i) => ({ type: 'event', event: { ...record, position: BigInt(i + 1) } }));

const unreadable = (revision: number): StoredRow => ({
  type: 'unreadable',
  streamId: 'assessment-c1',
  revision,
  position: BigInt(revision + 1),
  problem: 'Unexpected token',
});

const tampered = (row: StoredRow): StoredRow => {
  const event = (row as { event: StoredEvent }).event;
  return { type: 'event', event: { ...event, data: { i: 99 } } };
};

describe('checking one stream of a copy of the store', () => {
  it('finds an intact chain intact', () => {
    expect(checkStream('assessment-c1', chain(3))).toEqual({ stream: 'assessment-c1', events: 3, valid: true });
  });

  it('names the first revision whose hash no longer holds', () => {
    const rows = chain(4);
    rows[2] = tampered(rows[2]);
    expect(checkStream('assessment-c1', rows)).toEqual({
      stream: 'assessment-c1',
      events: 4,
      valid: false,
      firstBrokenRevision: 2,
    });
  });

  it('reports an unreadable row as the first broken revision, with why and where', () => {
    const rows = chain(4);
    rows[1] = unreadable(1);
    expect(checkStream('assessment-c1', rows)).toEqual({
      stream: 'assessment-c1',
      events: 4,
      valid: false,
      firstBrokenRevision: 1,
      unreadable: { position: '2', problem: 'Unexpected token' },
    });
  });

  it('keeps an earlier broken link first when a later row is unreadable', () => {
    const rows = chain(4);
    rows[0] = tampered(rows[0]);
    rows[3] = unreadable(3);
    expect(checkStream('assessment-c1', rows)).toMatchObject({ valid: false, firstBrokenRevision: 0 });
    expect(checkStream('assessment-c1', rows).unreadable).toBeUndefined();
  });

  it('notices a missing revision', () => {
    const rows = chain(3);
    expect(checkStream('assessment-c1', [rows[0], rows[2]])).toMatchObject({ valid: false, firstBrokenRevision: 2 });
  });
});
