import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type BlobStore, SHA256_HEX } from './blob-store.port.js';

/**
 * The filesystem adapter: `<root>/sha256/<first 2 hex>/<other 62>`. A file is written to a temporary name
 * beside its place and renamed into it, so a reader never sees half a file and a crash leaves no partial
 * blob under a hash; putting the same bytes twice writes nothing the second time.
 */
export class FileBlobStore implements BlobStore {
  constructor(readonly root: string) {}

  async put(bytes: Uint8Array): Promise<string> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const file = this.pathOf(sha256);
    if (await this.has(sha256)) return sha256;
    await mkdir(dirname(file), { recursive: true });
    const temporary = `${file}.${randomUUID()}.tmp`;
    try {
      await writeFile(temporary, bytes, { flag: 'wx' });
      await rename(temporary, file);
    } finally {
      await rm(temporary, { force: true });
    }
    return sha256;
  }

  async get(sha256: string): Promise<Buffer | undefined> {
    try {
      return await readFile(this.pathOf(sha256));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async has(sha256: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(sha256))).isFile();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }

  async remove(sha256: string): Promise<void> {
    await rm(this.pathOf(sha256), { force: true });
  }

  /** The file of a hash; a hash that is not 64 hex digits is refused, so no path can leave the root. */
  pathOf(sha256: string): string {
    if (!SHA256_HEX.test(sha256)) throw new Error('not a SHA-256 in lower-case hex');
    return join(this.root, 'sha256', sha256.slice(0, 2), sha256.slice(2));
  }
}
