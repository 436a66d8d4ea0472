import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDirectory } from '@send/testing';
import { keyStoreContract } from './key-store.contract.js';
import { SqliteKeyStore } from './sqlite-key-store.js';

const dir = scratchDirectory('send-keys-');
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
    expect(readFileSync(file).includes(key.key)).toBe(false);
    expect(readFileSync(file).includes(wrapped)).toBe(true);
    await keys.destroy('case-1', new Date('2026-11-28T10:00:00Z'));
    expect(readFileSync(file).includes(wrapped)).toBe(false);
    expect(await keys.dataKey('case-2', { create: false })).toBeDefined();
    await keys.close();
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
