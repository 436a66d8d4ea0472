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
  /** When the event adding it was recorded (an erasure takes the files added before it). */
  readonly recordedAt: string;
  readonly withdrawn?: { readonly withdrawnOn: string; readonly bytesRemoved: boolean };
}

export const ATTACHMENT_EVENT_TYPES: ReadonlySet<string> = new Set([
  'AttachmentAdded',
  'AttachmentWithdrawn',
  'PersonalDataErased',
]);

type Data = Readonly<Record<string, unknown>>;

/** Every attachment of the events given, in the order added, withdrawn ones included (marked). */
export function attachmentsOf(events: readonly StoredEvent[]): RecordedAttachment[] {
  const ledger = new AttachmentLedger();
  for (const event of events) ledger.note(event);
  return ledger.attachments();
}

/** An erasure of the case took the files with its key (docs/architecture.md "Security"): bytes removed, not an error. */
const erased = (a: RecordedAttachment, on: string): RecordedAttachment => ({
  ...a,
  withdrawn: { withdrawnOn: on, bytesRemoved: true },
});

/**
 * The attachments of the events folded in so far, one event at a time (the audit tool folds a whole store
 * stream by stream). It keeps each case's erasure beside them: a case's streams may come in any order (the
 * assessment stream, which records the erasure, usually before the plan's), so an attachment added before an
 * erasure is marked erased whichever of the two is folded first.
 */
export class AttachmentLedger {
  private readonly byId = new Map<string, RecordedAttachment>();
  /** Case id → its erasure: when it was recorded, and its date. */
  private readonly erasures = new Map<string, { readonly recordedAt: string; readonly on: string }>();

  /** Every attachment so far, in the order added, withdrawn ones included (marked). */
  attachments(): RecordedAttachment[] {
    return [...this.byId.values()];
  }

  /** Folds one event in; any other event type is passed by. */
  note(event: StoredEvent): void {
    const data = event.data as Data;
    if (event.type === 'PersonalDataErased') {
      const erasure = { recordedAt: String(event.recordedAt), on: String(data.erasedOn) };
      this.erasures.set(event.caseId, erasure);
      for (const [id, a] of this.byId) {
        if (a.caseId === event.caseId && a.recordedAt <= erasure.recordedAt) this.byId.set(id, erased(a, erasure.on));
      }
    } else if (event.type === 'AttachmentAdded') {
      const id = String(data.attachmentId);
      const erasure = this.erasures.get(event.caseId);
      const recordedAt = String(event.recordedAt);
      const added: RecordedAttachment = {
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
        recordedAt,
      };
      this.byId.set(id, erasure && recordedAt <= erasure.recordedAt ? erased(added, erasure.on) : added);
    } else if (event.type === 'AttachmentWithdrawn') {
      const id = String(data.attachmentId);
      const added = this.byId.get(id);
      if (added && !added.withdrawn) {
        this.byId.set(id, {
          ...added,
          withdrawn: { withdrawnOn: String(data.withdrawnOn), bytesRemoved: data.bytesRemoved === true },
        });
      }
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
    const bytes = await blobs.get(a.caseId, a.sha256);
    const problem =
      bytes === undefined ? 'missing' : createHash('sha256').update(bytes).digest('hex') !== a.sha256 ? 'altered' : undefined;
    if (problem) problems.push({ caseId: a.caseId, attachmentId: a.attachmentId, sha256: a.sha256, problem });
  }
  return problems;
}
