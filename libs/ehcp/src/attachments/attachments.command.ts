import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { createHash, randomUUID } from 'node:crypto';
import { BLOB_STORE, type BlobStore, EVENT_STORE, type EventStore, attachmentsOf } from '@send/event-store';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import type { AttachmentMediaType, AttachmentSection } from '../domain/index.js';
import { ehcpTarget } from '../ehcp-command.js';
import { ehcpStream } from '../ehcp.stream.js';

export interface AddAttachmentInput {
  readonly bytes: Buffer;
  readonly mediaType: AttachmentMediaType;
  readonly section?: AttachmentSection;
  readonly caption?: string;
}

export class AddAttachmentCommand extends CaseCommand<AddAttachmentInput> {}
export class WithdrawAttachmentCommand extends CaseCommand<{ attachmentId: string; reason: string; removeBytes: boolean }> {}

/**
 * Stores the checked bytes, then records AttachmentAdded with their hash. A write that is refused or fails
 * takes back bytes this upload brought, so a refusal leaves no orphan file; bytes that were already there
 * (the same photo on another attachment) stay. Returns attachmentId and sha256.
 */
@CommandHandler(AddAttachmentCommand)
export class AddAttachmentHandler implements ICommandHandler<AddAttachmentCommand, WriteResult> {
  constructor(
    private readonly writer: CaseWriter,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
  ) {}

  async execute(c: AddAttachmentCommand): Promise<WriteResult> {
    const { bytes, mediaType, section, caption } = c.input;
    const attachmentId = randomUUID();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const existed = await this.blobs.has(sha256);
    if (!existed) await this.blobs.put(bytes);
    try {
      const data = {
        attachmentId,
        sha256,
        mediaType,
        size: bytes.length,
        addedBy: c.user.id,
        ...(section === undefined ? {} : { section }),
        ...(caption === undefined ? {} : { caption }),
      };
      const result = await this.writer.write(ehcpTarget, c, { type: 'AddAttachment', data });
      return { ...result, attachmentId, sha256 };
    } catch (error) {
      if (!existed) await this.blobs.remove(sha256);
      throw error;
    }
  }
}

/** The event first, then the bytes, and only when the event says they go: a failed removal leaves a stray file, never a record that lies. */
@CommandHandler(WithdrawAttachmentCommand)
export class WithdrawAttachmentHandler implements ICommandHandler<WithdrawAttachmentCommand, WriteResult> {
  constructor(
    private readonly writer: CaseWriter,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
  ) {}

  async execute(c: WithdrawAttachmentCommand): Promise<WriteResult> {
    const withdrawnOn = this.writer.today();
    const result = await this.writer.write(ehcpTarget, c, { type: 'WithdrawAttachment', data: { ...c.input, withdrawnOn } });
    if (result.events.some((e) => e.type === 'AttachmentWithdrawn')) {
      await removeAttachmentBytesOfCase(this.store, this.blobs, c.caseId, { onlyWithdrawn: true });
    }
    return result;
  }
}

/**
 * The erasure hook: removes the bytes of a case's attachments. With onlyWithdrawn, only of those withdrawn
 * with bytesRemoved (what a withdrawal asked for); without, of every attachment of the case, for erasure of
 * the case as a whole. Bytes another live attachment of the case still names are kept in the first form.
 * Returns the hashes removed.
 */
export async function removeAttachmentBytesOfCase(
  store: EventStore,
  blobs: BlobStore,
  caseId: string,
  options: { onlyWithdrawn: boolean },
): Promise<string[]> {
  const attachments = attachmentsOf(await store.readStream(ehcpStream(caseId)));
  const live = new Set(attachments.filter((a) => !a.withdrawn).map((a) => a.sha256));
  const removable = attachments.filter((a) =>
    options.onlyWithdrawn ? a.withdrawn?.bytesRemoved === true && !live.has(a.sha256) : true,
  );
  const hashes = [...new Set(removable.map((a) => a.sha256))];
  for (const sha256 of hashes) await blobs.remove(sha256);
  return hashes;
}
