import { fileTypeFromBuffer } from 'file-type';
import { DomainError } from '@send/kernel';
import { EdgeRefusal } from '@send/platform';
import { ATTACHMENT_MEDIA_TYPES, type AttachmentMediaType, EhcpErrors } from '../domain/index.js';

export interface UploadLimits {
  readonly image: number;
  readonly video: number;
}

/**
 * What the bytes are, read from the bytes themselves (file-type's magic numbers), never from the name or the
 * declared type alone: a file is accepted only when its bytes are one of ATTACHMENT_MEDIA_TYPES, the type it
 * was sent as says the same, and it is within its kind's limit. Refusals: 415, 422, 413 (docs/api.md "Attachments").
 */
export async function checkUpload(bytes: Uint8Array, declared: string, limits: UploadLimits): Promise<AttachmentMediaType> {
  const detected = (await fileTypeFromBuffer(bytes))?.mime;
  const rule = ATTACHMENT_MEDIA_TYPES.find((m) => m.mediaType === detected);
  const accepted = ATTACHMENT_MEDIA_TYPES.map((m) => m.mediaType);
  if (!rule) {
    throw new EdgeRefusal(415, EhcpErrors.ATTACHMENT_UNSUPPORTED_TYPE, `Only ${accepted.join(', ')} may be attached.`, {
      detected: detected ?? 'unknown',
      accepted,
    });
  }
  const sentAs = declared.split(';')[0].trim().toLowerCase();
  if (sentAs !== rule.mediaType) {
    throw new DomainError(
      EhcpErrors.ATTACHMENT_TYPE_MISMATCH,
      `The file was sent as ${sentAs || 'no type'} but is ${rule.mediaType}.`,
      {
        declared: sentAs,
        detected: rule.mediaType,
      },
    );
  }
  const limit = limits[rule.kind];
  if (bytes.length > limit) {
    throw new EdgeRefusal(413, EhcpErrors.ATTACHMENT_TOO_LARGE, `An ${rule.kind} may be at most ${limit} bytes.`, {
      kind: rule.kind,
      limit,
      size: bytes.length,
    });
  }
  return rule.mediaType;
}
