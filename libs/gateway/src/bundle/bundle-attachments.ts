import type { RecordedAttachment } from '@send/event-store';
import type { Paragraph } from './bundle-content.js';

/**
 * The case's photos and videos in the tribunal bundle (docs/api.md "The tribunal bundle"). The Practice
 * Direction of 22 April 2025 has the bundle be one paginated PDF within page limits, as the reports of it
 * say (bundle-layout.ts names them); none of them says anything of photographs or video. So every
 * attachment is listed in the index with what identifies it (hash, type, size, who added it and when);
 * a live JPEG or PNG of a plan section is printed in the plan's part, where its pages count against the plan's
 * limit like any other; a video, or a WebP (which the PDF writer cannot embed), is listed only: it cannot be a
 * page, and putting it before the tribunal is a matter for the tribunal's own directions.
 */

/** Images the PDF writer can print. */
export const PRINTABLE_IMAGE_TYPES: ReadonlySet<string> = new Set(['image/jpeg', 'image/png']);

export interface BundleImage {
  readonly attachment: RecordedAttachment;
  readonly bytes: Buffer;
}

export interface BundleAttachments {
  /** Appended to the index: one paragraph per attachment of the case. */
  readonly index: readonly Paragraph[];
  /** Printed at the end of the plan's part, each with its paragraph. */
  readonly images: readonly BundleImage[];
}

export const NO_ATTACHMENTS: BundleAttachments = { index: [], images: [] };

export const isPrintable = (a: RecordedAttachment): boolean =>
  !a.withdrawn && a.section !== undefined && PRINTABLE_IMAGE_TYPES.has(a.mediaType);

export function attachmentIndexParagraph(a: RecordedAttachment, printed: boolean): Paragraph {
  const where = a.section ? `section ${a.section}` : 'the case';
  const state = a.withdrawn
    ? `Withdrawn on ${a.withdrawn.withdrawnOn}${a.withdrawn.bytesRemoved ? ', its file removed' : ''}.`
    : printed
      ? 'Printed with the EHC plan.'
      : 'Not printed: listed only.';
  return {
    lead: `Attachment to ${where}`,
    text: `${a.mediaType}, ${a.size} bytes, SHA-256 ${a.sha256}. Added by ${a.addedBy} on ${a.addedOn}. ${state}`,
  };
}

export function attachmentImageParagraph(a: RecordedAttachment): Paragraph {
  return {
    lead: `Section ${a.section ?? ''} attachment`,
    text: `${a.caption ? `${a.caption}. ` : ''}${a.mediaType}, SHA-256 ${a.sha256}, added by ${a.addedBy} on ${a.addedOn}.`,
  };
}

/** The index rows of every attachment and the images to print, given the bytes found intact. */
export function bundleAttachments(attachments: readonly RecordedAttachment[], images: readonly BundleImage[]): BundleAttachments {
  const printed = new Set(images.map((i) => i.attachment.attachmentId));
  return {
    index: attachments.map((a) => attachmentIndexParagraph(a, printed.has(a.attachmentId))),
    images,
  };
}
