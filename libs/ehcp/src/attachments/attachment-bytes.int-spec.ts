import { join } from 'node:path';
import { FileBlobStore, SqliteEventStore, buildRecords } from '@send/event-store';
import { scratchDirectory } from '@send/testing';
import { ehcpStream } from '../ehcp.stream.js';
import { removeAttachmentBytesOfCase } from './attachments.command.js';

/**
 * The erasure hook on a real SQLite store and a real blob directory: only the bytes a withdrawal asked to
 * remove go, unless the whole case is erased; bytes another live attachment of the case names stay.
 */
const dir = scratchDirectory('send-attachment-bytes-');
const caseId = '5b0f7c2e-8f1a-4c1e-9a55-0d6d1d2f9a10';

async function caseWith(file: string, blobs: FileBlobStore) {
  const store = new SqliteEventStore(join(dir, file));
  const [kept, erased, shared] = await Promise.all(['kept', 'erased', 'shared'].map((t) => blobs.put(Buffer.from(t))));
  const added = (attachmentId: string, sha256: string) => ({
    type: 'AttachmentAdded',
    data: { attachmentId, sha256, mediaType: 'image/png', size: 5, addedBy: 'caseworker@202', addedOn: '2026-11-28' },
  });
  const withdrawn = (attachmentId: string, bytesRemoved: boolean) => ({
    type: 'AttachmentWithdrawn',
    data: { attachmentId, withdrawnOn: '2026-11-28', reason: 'erasure', bytesRemoved },
  });
  const events = [
    added('a1', kept),
    added('a2', erased),
    added('a3', shared),
    added('a4', shared),
    withdrawn('a2', true),
    withdrawn('a3', true),
  ];
  const context = {
    caseId,
    la: '202',
    actor: { id: 'caseworker@202', role: 'caseworker' as const },
    correlationId: 'c',
    causationId: 'c',
    recordedAt: new Date('2026-11-28T10:00:00Z'),
  };
  await store.append(ehcpStream(caseId), 'no-stream', buildRecords(ehcpStream(caseId), undefined, events, context));
  return { store, kept, erased, shared };
}

it('removes only the bytes withdrawals asked to remove, keeping bytes a live attachment still names', async () => {
  const blobs = new FileBlobStore(join(dir, 'withdrawn'));
  const { store, kept, erased, shared } = await caseWith('withdrawn.sqlite', blobs);
  try {
    expect(await removeAttachmentBytesOfCase(store, blobs, caseId, { onlyWithdrawn: true })).toEqual([erased]);
    expect([await blobs.has(kept), await blobs.has(erased), await blobs.has(shared)]).toEqual([true, false, true]);
  } finally {
    await store.close();
  }
});

it('removes the bytes of every attachment of the case when the whole case is erased', async () => {
  const blobs = new FileBlobStore(join(dir, 'whole'));
  const { store, kept, erased, shared } = await caseWith('whole.sqlite', blobs);
  try {
    expect((await removeAttachmentBytesOfCase(store, blobs, caseId, { onlyWithdrawn: false })).sort()).toEqual(
      [kept, erased, shared].sort(),
    );
    expect([await blobs.has(kept), await blobs.has(erased), await blobs.has(shared)]).toEqual([false, false, false]);
  } finally {
    await store.close();
  }
});
