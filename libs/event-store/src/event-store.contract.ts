import { randomUUID } from 'node:crypto';
import { ConcurrencyError, DomainEvent, StoredEvent, verifyChain } from '@send/kernel';
import { within } from '@send/testing';
import { EventStore } from './event-store.port.js';
import { buildRecords } from './envelope-builder.js';
import { appendAtHead } from './command-path.js';

/**
 * The behaviour every EventStore adapter must show. Each adapter's .int-spec.ts runs this suite
 * against a real store; stream ids are random so a shared server (EventStoreDB, PostgreSQL) can be reused.
 */
export function eventStoreContract(name: string, open: () => Promise<EventStore>): void {
  describe(`EventStore contract: ${name}`, () => {
    let store: EventStore;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store?.close();
    });

    const caseId = () => randomUUID();
    const events = (n: number, tag = 'Tested'): DomainEvent[] =>
      Array.from({ length: n }, (_, i) => ({ type: tag, data: { i, text: 'Zoë — £6,000 ✓', nested: { b: 2, a: 1 } } }));
    const ctx = (id: string) => ({
      caseId: id,
      la: '202',
      actor: { id: 'caseworker@202', role: 'caseworker' as const },
      correlationId: randomUUID(),
      causationId: randomUUID(),
      occurredAt: '2024-02-29',
      recordedAt: new Date('2026-01-05T10:00:00.000Z'),
    });
    const write = async (stream: string, n: number, head?: StoredEvent) => {
      const id = stream.split('-').slice(1).join('-');
      const records = buildRecords(stream, head, events(n), ctx(id));
      return { records, result: await store.append(stream, head ? head.revision : 'no-stream', records) };
    };

    it('appends a new stream from revision 0 and reads back exactly what was written', async () => {
      const stream = `contract-${caseId()}`;
      const { records, result } = await write(stream, 3);
      expect(result.revision).toBe(2);
      const read = await store.readStream(stream);
      expect(read.map(({ position: _p, ...r }) => r)).toEqual(records);
      expect(read.map((e) => e.revision)).toEqual([0, 1, 2]);
      expect(read[2].position).toBe(result.position);
      expect(read[0].position < read[1].position && read[1].position < read[2].position).toBe(true);
      expect(verifyChain(read).valid).toBe(true);
    });

    it('continues a stream at the expected revision', async () => {
      const stream = `contract-${caseId()}`;
      await write(stream, 2);
      const head = (await store.readStream(stream)).at(-1)!;
      const { result } = await write(stream, 2, head);
      expect(result.revision).toBe(3);
      expect(verifyChain(await store.readStream(stream)).valid).toBe(true);
    });

    it('reads the last event of a stream alone: the head the next append continues from', async () => {
      const stream = `contract-${caseId()}`;
      expect(await store.readLast(stream)).toBeUndefined();
      await write(stream, 3);
      const all = await store.readStream(stream);
      expect(await store.readLast(stream)).toEqual(all[2]);
      await write(stream, 1, all[2]);
      expect((await store.readLast(stream))?.revision).toBe(3);
    });

    it('appends at the head from writers racing each other: each lands once, after the head it lost to, the chain intact', async () => {
      const stream = `contract-${caseId()}`;
      const id = stream.split('-').slice(1).join('-');
      await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          appendAtHead(
            store,
            stream,
            [{ type: 'Tested', data: { i } }],
            { ...ctx(id), correlationId: `w${i}` },
            { maxAttempts: 10 },
          ),
        ),
      );
      const read = await store.readStream(stream);
      expect(read.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4, 5]);
      expect(new Set(read.map((e) => e.correlationId)).size).toBe(6);
      expect(verifyChain(read).valid).toBe(true);
      expect(await store.readLast(stream)).toEqual(read[5]);
    });

    it('refuses a stale expected revision with ConcurrencyError and writes nothing', async () => {
      const stream = `contract-${caseId()}`;
      await write(stream, 2);
      const stale = buildRecords(stream, undefined, events(1), ctx('x'));
      await expect(store.append(stream, 'no-stream', stale)).rejects.toBeInstanceOf(ConcurrencyError);
      const first = (await store.readStream(stream))[0];
      const behind = buildRecords(stream, first, events(1), ctx('x'));
      await expect(store.append(stream, 0, behind)).rejects.toBeInstanceOf(ConcurrencyError);
      expect(await store.readStream(stream)).toHaveLength(2);
    });

    it('refuses a numeric expected revision for a stream that does not exist', async () => {
      const stream = `contract-${caseId()}`;
      const fake = buildRecords(stream, { revision: 4, hash: 'f'.repeat(64) }, events(1), ctx('x'));
      await expect(store.append(stream, 4, fake)).rejects.toBeInstanceOf(ConcurrencyError);
      expect(await store.readStream(stream)).toEqual([]);
    });

    it('lets exactly one of two racing appends at the same revision win', async () => {
      const stream = `contract-${caseId()}`;
      await write(stream, 1);
      const head = (await store.readStream(stream)).at(-1)!;
      const a = buildRecords(stream, head, events(1, 'A'), ctx('x'));
      const b = buildRecords(stream, head, events(1, 'B'), ctx('x'));
      const results = await Promise.allSettled([store.append(stream, 0, a), store.append(stream, 0, b)]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(rejected.reason).toBeInstanceOf(ConcurrencyError);
      expect(await store.readStream(stream)).toHaveLength(2);
    });

    it('reads all streams in global order after a position, in pages', async () => {
      const before = await store.headPosition();
      const s1 = `contract-${caseId()}`;
      const s2 = `contract-${caseId()}`;
      await write(s1, 2);
      await write(s2, 2);
      const mine = (await store.readAll(before, 1000)).filter((e) => e.streamId === s1 || e.streamId === s2);
      expect(mine.map((e) => `${e.streamId === s1 ? 1 : 2}:${e.revision}`)).toEqual(['1:0', '1:1', '2:0', '2:1']);
      const page = await store.readAll(before, 1);
      expect(page).toHaveLength(1);
      const next = await store.readAll(page[0].position, 1);
      expect(next[0].position > page[0].position).toBe(true);
      expect(await store.headPosition()).toBe(mine.at(-1)!.position);
    });

    it('delivers past and new events to a subscription from a checkpoint, in order, once', async () => {
      const stream = `contract-${caseId()}`;
      const checkpoint = await store.headPosition();
      await write(stream, 2);
      const seen: StoredEvent[] = [];
      let resolveAll: () => void = () => undefined;
      const all = new Promise<void>((r) => (resolveAll = r));
      const sub = store.subscribeToAll(checkpoint, async (e) => {
        if (e.streamId !== stream) return;
        seen.push(e);
        if (seen.length === 4) resolveAll();
      });
      const head = (await store.readStream(stream)).at(-1)!;
      await write(stream, 2, head);
      await within('the subscription to deliver all four (stalled?)', all, 10_000);
      await sub.stop();
      expect(seen.map((e) => e.revision)).toEqual([0, 1, 2, 3]);
    });

    it('delivers the same events in batches, in order, once, never an empty batch', async () => {
      const stream = `contract-${caseId()}`;
      const checkpoint = await store.headPosition();
      await write(stream, 3);
      const seen: StoredEvent[] = [];
      const sizes: number[] = [];
      let resolveAll: () => void = () => undefined;
      const all = new Promise<void>((r) => (resolveAll = r));
      const sub = store.subscribeToAllInBatches(checkpoint, async (batch) => {
        sizes.push(batch.length);
        seen.push(...batch.filter((e) => e.streamId === stream));
        if (seen.length === 5) resolveAll();
      });
      const head = (await store.readStream(stream)).at(-1)!;
      await write(stream, 2, head);
      await within('the batch subscription to deliver all five (stalled?)', all, 10_000);
      await sub.stop();
      expect(seen.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4]);
      expect(sizes.every((n) => n > 0)).toBe(true);
      const positions = seen.map((e) => e.position);
      expect([...positions].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(positions);
    });

    it('stops a batch subscription whose handler throws, reporting the batch', async () => {
      const stream = `contract-${caseId()}`;
      const checkpoint = await store.headPosition();
      await write(stream, 1);
      const failed = await new Promise<StoredEvent>((resolve) => {
        store.subscribeToAllInBatches(
          checkpoint,
          async (batch) => {
            if (batch.some((e) => e.streamId === stream)) throw new Error('handler failed');
          },
          { onError: (_err, e) => e && resolve(e) },
        );
      });
      expect(failed.position).toBeGreaterThan(checkpoint);
    });

    it('stops a subscription whose handler throws, reporting the event', async () => {
      const stream = `contract-${caseId()}`;
      const checkpoint = await store.headPosition();
      await write(stream, 1);
      const failed = await new Promise<StoredEvent>((resolve) => {
        store.subscribeToAll(
          checkpoint,
          async (e) => {
            if (e.streamId === stream) throw new Error('handler failed');
          },
          { onError: (_err, e) => e && resolve(e) },
        );
      });
      expect(failed.streamId).toBe(stream);
    });
  });
}
