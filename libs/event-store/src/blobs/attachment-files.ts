import { createHash } from 'node:crypto';
import type { StoredEvent } from '@send/kernel';
import type { BlobStore } from './blob-store.port.js';

/**
 * An attachment as its events record it, read by type and data alone (docs/domain.md "Attachments"), so
 * that the gateway and the audit tool, which import no context, can list and check them.
 */
export interface RecordedAttachment {
  readonly caseId: string;
  readonly attachmentId: string;
  readonly streamId: string;
  readonly section?: string;
  readonly sha256: string;
  readonly mediaType: string;
  readonly size: number;
  readonly addedBy: string;
  readonly addedOn: string;
  readonly caption?: string;
  readonly withdrawn?: { readonly withdrawnOn: string; readonly bytesRemoved: boolean };
}

export const ATTACHMENT_EVENT_TYPES: ReadonlySet<string> = new Set(['AttachmentAdded', 'AttachmentWithdrawn']);

type Data = Readonly<Record<string, unknown>>;

/** Every attachment of the events given, in the order added, withdrawn ones included (marked). */
export function attachmentsOf(events: readonly StoredEvent[]): RecordedAttachment[] {
  const byId = new Map<string, RecordedAttachment>();
  for (const event of events) noteAttachmentEvent(byId, event);
  return [...byId.values()];
}

/** Folds one event into the attachments seen so far; any other event type is passed by. */
export function noteAttachmentEvent(byId: Map<string, RecordedAttachment>, event: StoredEvent): void {
  const data = event.data as Data;
  if (event.type === 'AttachmentAdded') {
    const id = String(data.attachmentId);
    byId.set(id, {
      caseId: event.caseId,
      attachmentId: id,
      streamId: event.streamId,
      ...(typeof data.section === 'string' ? { section: data.section } : {}),
      sha256: String(data.sha256),
      mediaType: String(data.mediaType),
      size: Number(data.size),
      addedBy: String(data.addedBy),
      addedOn: String(data.addedOn),
      ...(typeof data.caption === 'string' ? { caption: data.caption } : {}),
    });
  } else if (event.type === 'AttachmentWithdrawn') {
    const id = String(data.attachmentId);
    const added = byId.get(id);
    if (added) {
      byId.set(id, { ...added, withdrawn: { withdrawnOn: String(data.withdrawnOn), bytesRemoved: data.bytesRemoved === true } });
    }
  }
}

/** What verify says of an attachment's file: missing, or its bytes no longer hash to the recorded SHA-256. */
export interface AttachmentFileProblem {
  readonly caseId: string;
  readonly attachmentId: string;
  readonly sha256: string;
  readonly problem: 'missing' | 'altered';
}

/**
 * Checks the file of every attachment that should still have one: live ones, and withdrawn ones whose bytes
 * were kept. A withdrawal that removed the bytes (erasure) leaves nothing to check, and is not an error.
 */
export async function checkAttachmentFiles(
  attachments: Iterable<RecordedAttachment>,
  blobs: BlobStore,
): Promise<AttachmentFileProblem[]> {
  const problems: AttachmentFileProblem[] = [];
  for (const a of attachments) {
    if (a.withdrawn?.bytesRemoved) continue;
    const bytes = await blobs.get(a.sha256);
    const problem =
      bytes === undefined ? 'missing' : createHash('sha256').update(bytes).digest('hex') !== a.sha256 ? 'altered' : undefined;
    if (problem) problems.push({ caseId: a.caseId, attachmentId: a.attachmentId, sha256: a.sha256, problem });
  }
  return problems;
}
