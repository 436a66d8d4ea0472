import type { DomainEvent } from '@send/kernel';
import { notInFuture, type IsoDate } from '@send/statutory';
import { EhcpErrors, notFound, refuse } from './ehcp.errors.js';

/**
 * Photos and videos on a case or a plan section (docs/domain.md "Attachments"). The SEND Code of Practice
 * on section A (ch. 9) has the plan set out the child's views, interests and aspirations; photos or videos may be
 * included "to give a holistic picture of the child".
 * The events carry the file's SHA-256, type and size and who added it, never its bytes nor its file name:
 * the bytes live in the blob store, and the hash chain covers them through the recorded hash.
 */

export const PLAN_SECTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H1', 'H2', 'I', 'J', 'K'] as const;
export type AttachmentSection = (typeof PLAN_SECTION_LETTERS)[number];

/** What may be attached, checked on the bytes; each with why it is accepted. */
export const ATTACHMENT_MEDIA_TYPES = [
  { mediaType: 'image/jpeg', kind: 'image', reason: 'photographs as phones and cameras take them' },
  { mediaType: 'image/png', kind: 'image', reason: "drawings, scans and screenshots of the child's work" },
  { mediaType: 'image/webp', kind: 'image', reason: 'photographs as current phones and browsers save them' },
  { mediaType: 'video/mp4', kind: 'video', reason: 'video as phones record it (H.264 in MP4), which every browser plays' },
  { mediaType: 'video/webm', kind: 'video', reason: 'video as browsers record it, an open format' },
] as const;
export type AttachmentMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[number]['mediaType'];
export type AttachmentKind = (typeof ATTACHMENT_MEDIA_TYPES)[number]['kind'];

export const kindOfMediaType = (mediaType: string): AttachmentKind | undefined =>
  ATTACHMENT_MEDIA_TYPES.find((m) => m.mediaType === mediaType)?.kind;

/** One attachment as the plan stream knows it. */
export interface Attachment {
  readonly attachmentId: string;
  readonly section?: AttachmentSection;
  readonly sha256: string;
  readonly mediaType: AttachmentMediaType;
  readonly size: number;
  readonly addedBy: string;
  readonly addedOn: IsoDate;
  readonly caption?: string;
  readonly withdrawn?: { readonly withdrawnOn: IsoDate; readonly reason: string; readonly bytesRemoved: boolean };
}

/** The case's attachments by id, in the order added. */
export type AttachmentFile = Readonly<Record<string, Attachment>>;

interface Command<T extends string, D> {
  readonly type: T;
  readonly data: D;
  readonly today: IsoDate;
}

/** The bytes are already checked and stored by the handler: the command carries what the event records. */
export type AddAttachment = Command<
  'AddAttachment',
  {
    attachmentId: string;
    section?: AttachmentSection;
    sha256: string;
    mediaType: AttachmentMediaType;
    size: number;
    addedBy: string;
    caption?: string;
  }
>;
export type WithdrawAttachment = Command<
  'WithdrawAttachment',
  { attachmentId: string; withdrawnOn: IsoDate; reason: string; removeBytes: boolean }
>;
export type AttachmentCommand = AddAttachment | WithdrawAttachment;

export type AttachmentAdded = DomainEvent<'AttachmentAdded', Omit<Attachment, 'withdrawn'>>;
/** bytesRemoved: the bytes were asked to go and no other live attachment of the case shares them. */
export type AttachmentWithdrawn = DomainEvent<
  'AttachmentWithdrawn',
  { attachmentId: string; withdrawnOn: IsoDate; reason: string; bytesRemoved: boolean }
>;
export type AttachmentEvent = AttachmentAdded | AttachmentWithdrawn;

export function decideAttachment(command: AttachmentCommand, file: AttachmentFile | undefined): AttachmentEvent[] {
  if (command.type === 'AddAttachment') {
    const { data, today } = command;
    // A retried command with the same id records nothing twice.
    if (file?.[data.attachmentId]) return [];
    return [{ type: 'AttachmentAdded', data: { ...data, addedOn: today } }];
  }
  const { data, today } = command;
  const attachment = file?.[data.attachmentId];
  if (!attachment) notFound(EhcpErrors.ATTACHMENT_NOT_FOUND, 'no attachment with this id on this case');
  if (attachment.withdrawn) refuse(EhcpErrors.ATTACHMENT_ALREADY_WITHDRAWN, `withdrawn on ${attachment.withdrawn.withdrawnOn}`);
  notInFuture(today, { withdrawnOn: data.withdrawnOn });
  if (data.reason.trim() === '') refuse(EhcpErrors.REASON_REQUIRED, 'say why the attachment is withdrawn', { field: 'reason' });
  const shared = Object.values(file).some(
    (a) => a.attachmentId !== data.attachmentId && a.sha256 === attachment.sha256 && !a.withdrawn,
  );
  const { attachmentId, withdrawnOn, reason } = data;
  return [
    { type: 'AttachmentWithdrawn', data: { attachmentId, withdrawnOn, reason, bytesRemoved: data.removeBytes && !shared } },
  ];
}

export function evolveAttachments(file: AttachmentFile | undefined, event: AttachmentEvent): AttachmentFile {
  const attachments = file ?? {};
  if (event.type === 'AttachmentAdded') return { ...attachments, [event.data.attachmentId]: event.data };
  const attachment = attachments[event.data.attachmentId];
  if (!attachment) return attachments;
  const { withdrawnOn, reason, bytesRemoved } = event.data;
  return { ...attachments, [attachment.attachmentId]: { ...attachment, withdrawn: { withdrawnOn, reason, bytesRemoved } } };
}
