import type { KeyStore } from './key-store.port.js';

/** What every key store adapter does (SQLite embedded, PostgreSQL distributed). */
export function keyStoreContract(name: string, open: () => Promise<KeyStore>): void {
  describe(`${name} key store`, () => {
    let keys: KeyStore;
    beforeAll(async () => {
      keys = await open();
    });
    afterAll(() => keys.close());
    const caseId = () => `case-${Math.random().toString(16).slice(2)}`;

    it('makes one 256-bit key per case on first use, and gives the same key after', async () => {
      const c = caseId();
      expect(await keys.status(c)).toBe('none');
      expect(await keys.dataKey(c, { create: false })).toBeUndefined();
      const made = await keys.dataKey(c, { create: true });
      expect(made?.key).toHaveLength(32);
      expect(await keys.dataKey(c, { create: true })).toEqual(made);
      expect(await keys.status(c)).toBe('held');
      const other = await keys.dataKey(caseId(), { create: true });
      expect(other?.key.equals(made!.key)).toBe(false);
    });

    it('gives the same key to callers racing to make it', async () => {
      const c = caseId();
      const got = await Promise.all([1, 2, 3, 4].map(() => keys.dataKey(c, { create: true })));
      expect(new Set(got.map((k) => k?.keyId)).size).toBe(1);
    });

    it('destroys a key for good: gone, never made again, and destroying twice changes nothing', async () => {
      const c = caseId();
      await keys.dataKey(c, { create: true });
      expect(await keys.destroy(c, new Date('2026-11-28T10:00:00Z'))).toBe(true);
      expect(await keys.status(c)).toBe('destroyed');
      expect(await keys.dataKey(c, { create: true })).toBeUndefined();
      expect(await keys.destroy(c, new Date('2026-11-29T10:00:00Z'))).toBe(false);
      expect(await keys.status(c)).toBe('destroyed');
    });

    it('records the destruction of a case that never had a key, so none is made for it later', async () => {
      const c = caseId();
      expect(await keys.destroy(c, new Date('2026-11-28T10:00:00Z'))).toBe(false);
      expect(await keys.dataKey(c, { create: true })).toBeUndefined();
    });
  });
}
