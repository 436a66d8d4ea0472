import type { Role } from '@send/kernel';
import { formatDate } from '../format.js';

/** An attachment as GET …/attachments answers it (docs/api.md "Attachments"). */
export interface AttachmentAnswer {
  readonly attachmentId: string;
  readonly section?: string;
  readonly sha256: string;
  readonly mediaType: string;
  readonly size: number;
  readonly addedBy: string;
  readonly addedOn: string;
  readonly caption?: string;
  readonly status: 'live' | 'withdrawn';
}

const WRITERS: ReadonlySet<Role> = new Set<Role>(['caseworker', 'manager']);

/** What may be chosen in the file picker; the API checks the bytes whatever the browser sends. */
export const ACCEPTED = 'image/jpeg,image/png,image/webp,video/mp4,video/webm';

/** The GOV.UK file upload's error messages, by the API's code (docs/api.md "Attachments"). */
const UPLOAD_ERRORS: Readonly<Record<string, string>> = {
  NO_FILE: 'Select a photo or video',
  'ATTACHMENT.UNSUPPORTED_TYPE': 'The selected file must be a JPG, PNG, WebP, MP4 or WebM',
  'ATTACHMENT.TYPE_MISMATCH': 'The selected file is not the type of file it says it is',
  'ATTACHMENT.TOO_LARGE': 'The selected file must be smaller than 10 MB for a photo or 200 MB for a video',
};

export function uploadErrorOf(code: unknown): string | undefined {
  if (typeof code !== 'string') return undefined;
  return Object.hasOwn(UPLOAD_ERRORS, code) ? `${UPLOAD_ERRORS[code]}${code === 'NO_FILE' ? '' : ` (${code})`}` : undefined;
}

export const attachmentContentPath = (caseId: string, attachmentId: string) => `/cases/${caseId}/attachments/${attachmentId}`;

function sizeInWords(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Section A's photos and videos on the plan page: images shown, videos listed with a link, each with who
 * added it and when; the upload form and a withdraw action for casework roles only. Withdrawn ones are not shown.
 */
export function sectionAttachmentsModel(
  caseId: string,
  attachments: readonly AttachmentAnswer[],
  options: { role?: Role; formKey: () => string; section?: string; error?: unknown },
) {
  const section = options.section ?? 'A';
  const live = attachments.filter((a) => a.status === 'live' && a.section === section);
  const item = (a: AttachmentAnswer) => ({
    id: a.attachmentId,
    src: attachmentContentPath(caseId, a.attachmentId),
    caption: a.caption ?? '',
    alt: a.caption ?? `Photo added by ${a.addedBy} on ${formatDate(a.addedOn)}`,
    meta: `${a.mediaType}, ${sizeInWords(a.size)}, added by ${a.addedBy} on ${formatDate(a.addedOn)}`,
    withdrawAction: `/cases/${caseId}/attachments/${a.attachmentId}/withdrawal`,
    withdrawKey: options.formKey(),
  });
  return {
    section,
    images: live.filter((a) => a.mediaType.startsWith('image/')).map(item),
    videos: live.filter((a) => a.mediaType.startsWith('video/')).map(item),
    canWrite: options.role !== undefined && WRITERS.has(options.role),
    uploadAction: `/cases/${caseId}/attachments`,
    accept: ACCEPTED,
    formKey: options.formKey(),
    error: uploadErrorOf(options.error),
  };
}
