import { GENESIS_HASH, accessLogStream, auditOwnerOfStream, caseStreams, ownerOfStream, verifyChain } from '@send/kernel';
import { SqliteEventStore } from '@send/event-store';
import { type ReadOfCase, accessLogOf, readQueryOf, recordRead } from './access-log.js';

const read = (overrides: Partial<ReadOfCase> = {}): ReadOfCase => ({
  caseId: 'c1',
  la: '202',
  reader: { id: 'auditor', role: 'auditor' },
  what: 'history',
  query: {},
  at: new Date('2026-11-28T10:00:00.000Z'),
  correlationId: 'k1',
  ...overrides,
});

describe('the access log of a case', () => {
  let store: SqliteEventStore;
  beforeEach(() => {
    store = new SqliteEventStore(':memory:');
  });
  afterEach(() => store.close());

  it('records each read as a CaseRead on access-<caseId>: who, role, what, when and the query', async () => {
    await recordRead(store, read({ what: 'replay', query: { asOf: '2026-01-01T00:00:00Z' } }));
    const [event] = await store.readStream('access-c1');
    expect(event).toMatchObject({
      type: 'CaseRead',
      streamId: 'access-c1',
      revision: 0,
      caseId: 'c1',
      la: '202',
      actor: { id: 'auditor', role: 'auditor' },
      recordedAt: '2026-11-28T10:00:00.000Z',
      correlationId: 'k1',
      prevHash: GENESIS_HASH,
      data: { what: 'replay', query: { asOf: '2026-01-01T00:00:00Z' } },
    });
  });

  it('chains the reads like any stream, and lists them oldest first', async () => {
    await recordRead(store, read());
    await recordRead(
      store,
      read({ reader: { id: 'tribunal', role: 'tribunal' }, what: 'verify', at: new Date('2026-11-28T11:00:00Z') }),
    );
    const events = await store.readStream('access-c1');
    expect(verifyChain(events)).toEqual({ valid: true, events: 2 });
    const log = accessLogOf('c1', events);
    expect(log).toMatchObject({ caseId: 'c1', valid: true });
    expect(log.reads).toEqual([
      {
        eventId: events[0].id,
        who: 'auditor',
        role: 'auditor',
        when: '2026-11-28T10:00:00.000Z',
        what: 'history',
        query: {},
        hash: events[0].hash,
      },
      {
        eventId: events[1].id,
        who: 'tribunal',
        role: 'tribunal',
        when: '2026-11-28T11:00:00.000Z',
        what: 'verify',
        query: {},
        hash: events[1].hash,
      },
    ]);
  });

  it('says when its own chain no longer holds', async () => {
    await recordRead(store, read());
    const [event] = await store.readStream('access-c1');
    expect(accessLogOf('c1', [{ ...event, actor: { id: 'someone-else', role: 'auditor' } }]).valid).toBe(false);
  });

  it('appends each read after the last one alone, never re-reading the stream, and the chain verifies after many', async () => {
    const reads = { whole: 0, last: 0 };
    const counting = Object.assign(Object.create(store) as SqliteEventStore, {
      readStream: (id: string) => {
        reads.whole++;
        return store.readStream(id);
      },
      readLast: (id: string) => {
        reads.last++;
        return store.readLast(id);
      },
    });
    for (let i = 0; i < 300; i++)
      await recordRead(counting, read({ correlationId: `k${i}`, what: i % 2 ? 'timeline' : 'bundle' }));
    expect(reads).toEqual({ whole: 0, last: 300 });
    const events = await store.readStream('access-c1');
    expect(events.map((e) => e.revision)).toEqual([...Array(300).keys()]);
    expect(verifyChain(events)).toEqual({ valid: true, events: 300 });
    expect(accessLogOf('c1', events).valid).toBe(true);
    expect(events[0].prevHash).toBe(GENESIS_HASH);
  });

  it('records concurrent reads of one case, each once', async () => {
    await Promise.all(Array.from({ length: 8 }, (_, i) => recordRead(store, read({ correlationId: `k${i}` }))));
    const events = await store.readStream('access-c1');
    expect(events.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(new Set(events.map((e) => e.correlationId)).size).toBe(8);
    expect(verifyChain(events).valid).toBe(true);
  });
});

describe('the access log stream', () => {
  it("is not one of the case's own streams, so history, verify and replay never read it", () => {
    expect(caseStreams('c1')).not.toContain(accessLogStream('c1'));
    expect(ownerOfStream(accessLogStream('c1'))).toBeUndefined();
    expect(auditOwnerOfStream(accessLogStream('c1'))).toBe('access');
    expect(auditOwnerOfStream('assessment-c1')).toBeUndefined();
  });
});

describe('the query of a read as recorded', () => {
  it('keeps strings and lists of strings; any other shape as its JSON text', () => {
    expect(readQueryOf({ asOf: '2026-01-01', kinds: ['decision', 'order'], odd: { a: '1' } })).toEqual({
      asOf: '2026-01-01',
      kinds: ['decision', 'order'],
      odd: '{"a":"1"}',
    });
    expect(readQueryOf(undefined)).toEqual({});
  });
});
