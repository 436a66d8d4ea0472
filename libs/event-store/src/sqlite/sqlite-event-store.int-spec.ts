import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ConcurrencyError, verifyChain } from '@send/kernel';
import { scratchDirectory } from '@send/testing';
import { eventStoreContract } from '../event-store.contract.js';
import { buildRecords } from '../envelope-builder.js';
import { SqliteEventStore } from './sqlite-event-store.js';

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
});
