import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ConcurrencyError, verifyChain } from '@send/kernel';
import { scratchDirectory } from '@send/testing';
import { eventStoreContract } from '../event-store.contract.js';
import { buildRecords } from '../envelope-builder.js';
import { UnreadableEventError } from '../unreadable-event.js';
import { SqliteEventStore, type SqliteEventRow, sqliteRowToEvent } from './sqlite-event-store.js';

const dir = scratchDirectory('send-sqlite-store-');

eventStoreContract('SQLite (better-sqlite3, WAL)', async () => new SqliteEventStore(join(dir, 'contract.sqlite')));

describe('SQLite event store specifics', () => {
  const ctx = {
    caseId: 'c1',
    la: '202',
    actor: { id: 'u', role: 'caseworker' as const },
    correlationId: 'k',
    causationId: 'k',
    recordedAt: new Date('2026-01-01T00:00:00Z'),
  };

  it('keeps what was committed across a close and reopen of the file', async () => {
    const file = join(dir, 'reopen.sqlite');
    const first = new SqliteEventStore(file);
    await first.append('s-1', 'no-stream', buildRecords('s-1', undefined, [{ type: 'A', data: {} }], ctx));
    await first.close();
    const second = new SqliteEventStore(file);
    expect(await second.readStream('s-1')).toHaveLength(1);
    await second.close();
  });

  it('refuses to update or delete a stored event, and a tampered copy fails verification', async () => {
    const file = join(dir, 'tamper.sqlite');
    const store = new SqliteEventStore(file);
    await store.append(
      's-1',
      'no-stream',
      buildRecords(
        's-1',
        undefined,
        [
          { type: 'A', data: { n: 1 } },
          { type: 'B', data: {} },
        ],
        ctx,
      ),
    );
    const raw = new Database(file);
    expect(() => raw.prepare("UPDATE events SET data = '{}'").run()).toThrow(/append-only/);
    expect(() => raw.prepare('DELETE FROM events').run()).toThrow(/append-only/);
    // Someone with file access drops the guard and edits a decision: verification must notice.
    raw.exec('DROP TRIGGER events_append_only_update');
    raw.prepare(`UPDATE events SET data = '{"n":2}' WHERE revision = 0`).run();
    raw.close();
    const check = verifyChain(await store.readStream('s-1'));
    expect(check).toEqual({ valid: false, events: 2, firstBrokenRevision: 0 });
    await store.close();
  });

  it('commits appends that arrive together in one group, each judged on its own expected revision', async () => {
    const store = new SqliteEventStore(join(dir, 'group.sqlite'));
    const one = (stream: string) => buildRecords(stream, undefined, [{ type: 'A', data: { stream } }], ctx);
    // Issued without awaiting, so they queue behind the first and are committed as one group.
    const fresh = ['g-1', 'g-2', 'g-3', 'g-4'].map((s) => store.append(s, 'no-stream', one(s)));
    const rivals = [store.append('g-5', 'no-stream', one('g-5')), store.append('g-5', 'no-stream', one('g-5'))];
    const results = await Promise.allSettled([...fresh, ...rivals]);
    expect(results.slice(0, 4).map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
    expect(
      results
        .slice(4)
        .map((r) => r.status)
        .sort(),
    ).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(ConcurrencyError);
    for (const s of ['g-1', 'g-2', 'g-3', 'g-4', 'g-5']) expect(await store.readStream(s)).toHaveLength(1);
    const positions = (await store.readAll(0n, 100)).map((e) => e.position);
    expect(positions).toEqual([1n, 2n, 3n, 4n, 5n]);
    await store.close();
  });
  it('reads back each event as recorded, reason or none, by every read and by the row mapping the copies use', async () => {
    const file = join(dir, 'columns.sqlite');
    const store = new SqliteEventStore(file);
    const first = buildRecords('s-1', undefined, [{ type: 'A', data: { n: 1, child: { name: 'É' } } }], ctx);
    const second = buildRecords('s-1', first[0], [{ type: 'B', data: [1, null] }], { ...ctx, reason: 'correction' });
    await store.append('s-1', 'no-stream', first);
    await store.append('s-1', 0, second);
    const expected = [
      { ...first[0], position: 1n },
      { ...second[0], position: 2n },
    ];
    const stream = await store.readStream('s-1');
    expect(stream).toStrictEqual(expected);
    expect(await store.readAll(0n, 10)).toStrictEqual(expected);
    expect(await store.readLast('s-1')).toStrictEqual(expected[1]);
    // The envelope's keys in the order they have always had (JSON of the history and of exports keeps it).
    const order = ['id', 'type', 'schemaVersion', 'streamId', 'revision', 'position', 'caseId', 'la', 'occurredAt'];
    const tail = ['recordedAt', 'actor', 'correlationId', 'causationId'];
    expect(Object.keys(stream[0])).toEqual([...order, ...tail, 'data', 'hash', 'prevHash']);
    expect(Object.keys(stream[1])).toEqual([...order, ...tail, 'reason', 'data', 'hash', 'prevHash']);
    const raw = new Database(file, { readonly: true });
    const rows = raw.prepare('SELECT * FROM events ORDER BY position').all() as SqliteEventRow[];
    raw.close();
    expect(rows.map(sqliteRowToEvent)).toStrictEqual(expected);
    expect(verifyChain(stream).valid).toBe(true);
    await store.close();
  });

  it('names a damaged row by stream, revision and position, with the events before it', async () => {
    const file = join(dir, 'damaged.sqlite');
    const store = new SqliteEventStore(file);
    const records = buildRecords(
      's-1',
      undefined,
      [
        { type: 'A', data: {} },
        { type: 'B', data: {} },
      ],
      ctx,
    );
    await store.append('s-0', 'no-stream', buildRecords('s-0', undefined, [{ type: 'A', data: {} }], ctx));
    await store.append('s-1', 'no-stream', records);
    const raw = new Database(file);
    raw.exec('DROP TRIGGER events_append_only_update');
    raw.prepare(`UPDATE events SET data = '{"n": not json' WHERE stream_id = 's-1' AND revision = 1`).run();
    raw.close();
    const error = await store.readStream('s-1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableEventError);
    expect(error).toMatchObject({ streamId: 's-1', revision: 1, position: 3n, problem: 'SyntaxError' });
    expect((error as UnreadableEventError).before.map((e) => e.revision)).toEqual([0]);
    await expect(store.readLast('s-1')).rejects.toMatchObject({ streamId: 's-1', revision: 1, position: 3n });
    // readAll delivers what comes before the damage, then stops at it.
    expect((await store.readAll(0n, 10)).map((e) => e.position)).toEqual([1n, 2n]);
    await expect(store.readAll(2n, 10)).rejects.toMatchObject({ streamId: 's-1', revision: 1, position: 3n });
    await store.close();
  });
});
