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

/** Where a photo or video can go: a plan section (A–K, H1 and H2 apart) or the case as a whole ('case'). */
export const ATTACHMENT_PLACES = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H1', 'H2', 'I', 'J', 'K', 'case'] as const;
export type AttachmentPlace = (typeof ATTACHMENT_PLACES)[number];

/** The place a page asks for, section A when it names none or one that is not a place. */
export function attachmentPlaceOf(value: unknown): AttachmentPlace {
  return ATTACHMENT_PLACES.find((p) => p === value) ?? 'A';
}

const placeLabel = (place: AttachmentPlace) => (place === 'case' ? 'The case as a whole' : `Section ${place}`);

/**
 * One place's photos and videos on the plan page (section A unless another is chosen): images shown, videos listed with a link, each with who
 * added it and when; the upload form and a withdraw action for casework roles only. Withdrawn ones are not shown.
 */
export function sectionAttachmentsModel(
  caseId: string,
  attachments: readonly AttachmentAnswer[],
  options: { role?: Role; formKey: () => string; section?: AttachmentPlace; error?: unknown },
) {
  const section = options.section ?? 'A';
  const isHere = (a: AttachmentAnswer, place: AttachmentPlace) =>
    place === 'case' ? a.section === undefined : a.section === place;
  const live = attachments.filter((a) => a.status === 'live' && isHere(a, section));
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
    label: placeLabel(section),
    // Every place with how many live files it holds, to move between them; the one shown is marked current.
    places: ATTACHMENT_PLACES.map((place) => ({
      text: placeLabel(place),
      href: `/cases/${caseId}/plan?attachments=${place}#attachments`,
      count: attachments.filter((a) => a.status === 'live' && isHere(a, place)).length,
      current: place === section,
    })),
    images: live.filter((a) => a.mediaType.startsWith('image/')).map(item),
    videos: live.filter((a) => a.mediaType.startsWith('video/')).map(item),
    canWrite: options.role !== undefined && WRITERS.has(options.role),
    uploadAction: `/cases/${caseId}/attachments`,
    accept: ACCEPTED,
    formKey: options.formKey(),
    error: uploadErrorOf(options.error),
  };
}
