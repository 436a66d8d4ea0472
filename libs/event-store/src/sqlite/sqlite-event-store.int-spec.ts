import { join } from 'node:path';
import Database from 'better-sqlite3';
import { verifyChain } from '@send/kernel';
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
});
