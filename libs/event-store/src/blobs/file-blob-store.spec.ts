import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoredEvent } from '@send/kernel';
import { scratchDirectory } from '@send/testing';
import { attachmentsOf, checkAttachmentFiles } from './attachment-files.js';
import { FileBlobStore } from './file-blob-store.js';

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const scratch = scratchDirectory('send-blobs-');
let root: string;
let blobs: FileBlobStore;
let n = 0;

beforeEach(() => {
  root = join(scratch, String((n += 1)));
  blobs = new FileBlobStore(root);
});

describe('the filesystem blob store', () => {
  const bytes = Buffer.from('a photo, in miniature');

  it('keeps bytes under sha256/<2 hex>/<62 hex> and answers their SHA-256', async () => {
    const hash = await blobs.put(bytes);
    expect(hash).toBe(sha(bytes));
    expect(readFileSync(join(root, 'sha256', hash.slice(0, 2), hash.slice(2)))).toEqual(bytes);
    expect(await blobs.get(hash)).toEqual(bytes);
    expect(await blobs.has(hash)).toBe(true);
  });

  it('is idempotent: the same bytes twice are one file, and no temporary file is left', async () => {
    const first = await blobs.put(bytes);
    expect(await blobs.put(Buffer.from(bytes))).toBe(first);
    expect(readdirSync(join(root, 'sha256', first.slice(0, 2)))).toEqual([first.slice(2)]);
  });

  it('answers nothing for what it does not hold, and removing it twice is no error', async () => {
    const hash = await blobs.put(bytes);
    await blobs.remove(hash);
    await blobs.remove(hash);
    expect(await blobs.get(hash)).toBeUndefined();
    expect(await blobs.has(hash)).toBe(false);
  });

  it('refuses a hash that is not 64 lower-case hex digits, so that no path leaves the root', async () => {
    await expect(blobs.get('../../etc/passwd')).rejects.toThrow('SHA-256');
    expect(() => blobs.pathOf('A'.repeat(64))).toThrow('SHA-256');
  });
});

const stored = (type: string, data: object, revision: number): StoredEvent =>
  ({ type, data, revision, caseId: 'case-1', streamId: 'ehcp-case-1' }) as unknown as StoredEvent;

describe('checking attachment files against their recorded hashes', () => {
  it('names a missing and an altered file; passes an intact one and one withdrawn with its bytes removed', async () => {
    const [intact, altered, missing, erased] = ['one', 'two', 'three', 'four'].map((t) => Buffer.from(t));
    for (const b of [intact, altered, erased]) await blobs.put(b);
    writeFileSync(blobs.pathOf(sha(altered)), 'changed on disk');
    await blobs.remove(sha(erased));
    const added = (id: string, b: Buffer, revision: number) =>
      stored(
        'AttachmentAdded',
        { attachmentId: id, sha256: sha(b), mediaType: 'image/png', size: b.length, addedBy: 'cw', addedOn: '2026-11-28' },
        revision,
      );
    const events = [
      added('a1', intact, 0),
      added('a2', altered, 1),
      added('a3', missing, 2),
      added('a4', erased, 3),
      stored('AttachmentWithdrawn', { attachmentId: 'a4', withdrawnOn: '2026-11-28', reason: 'erasure', bytesRemoved: true }, 4),
    ];
    const problems = await checkAttachmentFiles(attachmentsOf(events), blobs);
    expect(problems).toEqual([
      { caseId: 'case-1', attachmentId: 'a2', sha256: sha(altered), problem: 'altered' },
      { caseId: 'case-1', attachmentId: 'a3', sha256: sha(missing), problem: 'missing' },
    ]);
    expect(existsSync(blobs.pathOf(sha(intact)))).toBe(true);
  });
});
