import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDirectory } from '@send/testing';
import { keyStoreContract } from './key-store.contract.js';
import { SqliteKeyStore } from './sqlite-key-store.js';

const dir = scratchDirectory('send-keys-');
/** The file and its write-ahead log: a key's bytes must be in neither once destroyed. */
const filesHold = (file: string, bytes: Buffer) =>
  [file, `${file}-wal`].some((f) => existsSync(f) && readFileSync(f).includes(bytes));
const master = randomBytes(32);

keyStoreContract('SQLite', async () => new SqliteKeyStore(join(dir, 'contract.sqlite'), master));

describe('SQLite key store file', () => {
  it('holds keys only wrapped, and once a key is destroyed its bytes are no longer anywhere in the file', async () => {
    const file = join(dir, 'keys.sqlite');
    const keys = new SqliteKeyStore(file, master);
    const key = (await keys.dataKey('case-1', { create: true }))!;
    await keys.dataKey('case-2', { create: true });
    const db = new Database(file, { readonly: true });
    const { wrapped } = db.prepare('SELECT wrapped FROM data_keys WHERE case_id = ?').get('case-1') as { wrapped: Buffer };
    db.close();
    expect(filesHold(file, key.key)).toBe(false);
    expect(filesHold(file, wrapped)).toBe(true);
    await keys.destroy('case-1', new Date('2026-11-28T10:00:00Z'));
    expect(filesHold(file, wrapped)).toBe(false);
    expect(await keys.dataKey('case-2', { create: false })).toBeDefined();
    await keys.close();
  });

  it('makes the keys of a burst of new cases together, each durable and the same when the file is opened again', async () => {
    const file = join(dir, 'burst.sqlite');
    const keys = new SqliteKeyStore(file, master);
    const cases = Array.from({ length: 40 }, (_, i) => `burst-${i}`);
    const made = await Promise.all(cases.map((c) => keys.dataKey(c, { create: true })));
    expect(new Set(made.map((k) => k!.keyId)).size).toBe(40);
    // Asked again in the same turn, a case gets the key being made, not a second one.
    const [a, b] = await Promise.all([keys.dataKey('burst-x', { create: true }), keys.dataKey('burst-x', { create: true })]);
    expect(a).toEqual(b);
    await keys.destroy('burst-0', new Date('2026-11-28T10:00:00Z'));
    await keys.close();
    const again = new SqliteKeyStore(file, master);
    for (const [i, c] of cases.entries()) {
      if (i === 0) expect(await again.dataKey(c, { create: true })).toBeUndefined();
      else expect(await again.dataKey(c, { create: false })).toEqual(made[i]);
    }
    await again.close();
  });

  it('opens no key under another master key', async () => {
    const file = join(dir, 'master.sqlite');
    const keys = new SqliteKeyStore(file, master);
    await keys.dataKey('case-1', { create: true });
    await keys.close();
    const wrong = new SqliteKeyStore(file, randomBytes(32));
    await expect(wrong.dataKey('case-1', { create: false })).rejects.toThrow();
    await wrong.close();
  });
});
