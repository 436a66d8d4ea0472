import { randomUUID } from 'node:crypto';
import { ConcurrencyError, EventRecord, verifyChain } from '@send/kernel';
import { NO_STREAM, START } from '@eventstore/db-client';
import { buildRecords } from '../envelope-builder.js';
import {
  RecordedLike,
  concurrencyError,
  esdbExpectedRevision,
  fromCurrentRevision,
  fromEsdbRevision,
  fromRecorded,
  isSystemEvent,
  readPositionAfter,
  toEventData,
} from './esdb-mapping.js';

const ctx = (reason?: string) => ({
  caseId: 'case-1',
  la: '202',
  actor: { id: 'caseworker@202', role: 'caseworker' as const },
  correlationId: randomUUID(),
  causationId: randomUUID(),
  occurredAt: '2024-02-29',
  recordedAt: new Date('2026-01-05T10:00:00.000Z'),
  ...(reason === undefined ? {} : { reason }),
});
const records = (n: number, reason?: string, stream = 'ehcp-case-1') =>
  buildRecords(
    stream,
    undefined,
    Array.from({ length: n }, (_, i) => ({
      type: 'Tested',
      data: { i, text: 'Zoë — £6,000 ✓', nested: { b: 2, a: 1 }, list: [1.5, null] },
    })),
    ctx(reason),
  );

/** What the server and client do to an event between append and read: JSON both ways, revision as bigint. */
function throughServer(record: EventRecord): RecordedLike {
  const data = toEventData(record);
  return {
    id: data.id,
    type: data.type,
    streamId: record.streamId,
    revision: BigInt(record.revision),
    isJson: data.contentType === 'application/json',
    data: JSON.parse(JSON.stringify(data.data)),
    metadata: JSON.parse(JSON.stringify(data.metadata)),
  };
}

describe('EventStoreDB mapping', () => {
  it('puts data in data and every other envelope field in JSON metadata, ids under $correlationId/$causationId', () => {
    const [record] = records(1, 'parent asked for a review');
    const data = toEventData(record);
    expect(data).toMatchObject({ id: record.id, type: 'Tested', contentType: 'application/json', data: record.data });
    expect(data.metadata).toEqual({
      $correlationId: record.correlationId,
      $causationId: record.causationId,
      schemaVersion: 1,
      caseId: 'case-1',
      la: '202',
      occurredAt: '2024-02-29',
      recordedAt: '2026-01-05T10:00:00.000Z',
      actor: { id: 'caseworker@202', role: 'caseworker' },
      reason: 'parent asked for a review',
      hash: record.hash,
      prevHash: record.prevHash,
    });
  });

  it('rebuilds exactly the appended records, so the hash chain verifies', () => {
    const written = records(3);
    const read = written.map((r, i) => fromRecorded(throughServer(r), 1000n + BigInt(i)));
    expect(read).toEqual(written.map((r, i) => ({ ...r, position: 1000n + BigInt(i) })));
    expect(read.every((e) => !('reason' in e))).toBe(true);
    expect(verifyChain(read).valid).toBe(true);
    const withReason = fromRecorded(throughServer(records(1, 'why')[0]), 1n);
    expect(withReason.reason).toBe('why');
    expect(verifyChain([withReason]).valid).toBe(true);
  });

  it('refuses to read an event that is not a stored envelope rather than skipping it', () => {
    const recorded = throughServer(records(1)[0]);
    expect(() => fromRecorded({ ...recorded, metadata: undefined }, 1n)).toThrow(/not a stored envelope/);
    expect(() => fromRecorded({ ...recorded, isJson: false }, 1n)).toThrow(/not a stored envelope/);
    const { hash: _h, ...noHash } = recorded.metadata as Record<string, unknown>;
    expect(() => fromRecorded({ ...recorded, metadata: noHash }, 1n)).toThrow(/not a stored envelope/);
  });

  it('refuses what could not be read back unchanged: non-canonical ids and undefined data', () => {
    const [record] = records(1);
    expect(() => toEventData({ ...record, id: record.id.toUpperCase() })).toThrow(/lowercase UUID/);
    expect(() => toEventData({ ...record, id: 'not-a-uuid' })).toThrow(/lowercase UUID/);
    expect(() => toEventData({ ...record, data: undefined })).toThrow(/not JSON-serialisable/);
  });

  it('converts stream revisions to numbers only within the safe integer range', () => {
    expect(fromEsdbRevision(0n)).toBe(0);
    expect(fromEsdbRevision(BigInt(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => fromEsdbRevision(BigInt(Number.MAX_SAFE_INTEGER) + 1n)).toThrow(RangeError);
    expect(() => fromRecorded({ ...throughServer(records(1)[0]), revision: 2n ** 53n }, 1n)).toThrow(RangeError);
    expect(fromCurrentRevision(NO_STREAM)).toBe('no-stream');
    expect(fromCurrentRevision(7n)).toBe(7);
  });

  it('derives the expected revision from the records themselves, even for "any"', () => {
    const fresh = records(2);
    expect(esdbExpectedRevision('ehcp-case-1', 'no-stream', fresh)).toBe(NO_STREAM);
    expect(esdbExpectedRevision('ehcp-case-1', 'any', fresh)).toBe(NO_STREAM);
    const next = buildRecords('ehcp-case-1', { revision: 4, hash: 'f'.repeat(64) }, [{ type: 'A', data: {} }], ctx());
    expect(esdbExpectedRevision('ehcp-case-1', 4, next)).toBe(4n);
    expect(esdbExpectedRevision('ehcp-case-1', 'any', next)).toBe(4n);
    // Records that cannot follow the stated expectation, or that belong elsewhere, are refused before sending.
    expect(esdbExpectedRevision('ehcp-case-1', 3, next)).toBeUndefined();
    expect(esdbExpectedRevision('ehcp-case-1', 'no-stream', next)).toBeUndefined();
    expect(esdbExpectedRevision('other', 'any', fresh)).toBeUndefined();
    expect(esdbExpectedRevision('ehcp-case-1', 'any', [fresh[0], fresh[0]])).toBeUndefined();
    expect(esdbExpectedRevision('s', 'any', [])).toBe('any');
    expect(esdbExpectedRevision('s', 2, [])).toBe(2n);
  });

  it('maps a wrong expected version to the kernel ConcurrencyError', () => {
    const error = concurrencyError('s-1', 0, 3n);
    expect(error).toBeInstanceOf(ConcurrencyError);
    expect(error).toMatchObject({ streamId: 's-1', expected: 0, actual: 3 });
    expect(concurrencyError('s-1', 4, NO_STREAM).actual).toBe('no-stream');
  });

  it('recognises EventStoreDB system events and starts reads after the given commit position', () => {
    expect(isSystemEvent({ type: '$>', streamId: '$ce-ehcp' })).toBe(true);
    expect(isSystemEvent({ type: '$metadata', streamId: '$$ehcp-1' })).toBe(true);
    expect(isSystemEvent({ type: 'Tested', streamId: '$stats-127.0.0.1:2113' })).toBe(true);
    expect(isSystemEvent({ type: 'Tested', streamId: 'ehcp-1' })).toBe(false);
    expect(readPositionAfter(0n)).toBe(START);
    expect(readPositionAfter(1234n)).toEqual({ commit: 1234n, prepare: 1234n });
  });
});
