import { Controller, Get, Inject, Param, ParseUUIDPipe, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createHash } from 'node:crypto';
import { NotFoundError } from '@send/kernel';
import { BLOB_STORE, type BlobStore, type RecordedAttachment, attachmentsOf } from '@send/event-store';
import { CASE_EVENT_SOURCE, type CaseEventSource } from '@send/read-models';
import {
  ApiAnswer,
  ApiContentAnswer,
  ApiProblems,
  Answer,
  CASE_READERS,
  CaseAccess,
  CurrentUser,
  Roles,
  UnavailableError,
  type User,
} from '@send/platform';
import { AccessLogged } from '../audit/access-logged.js';

const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
};

/** What a reader is told of an attachment: its record, with the caption, never a file name (none is kept). */
export const attachmentView = (a: RecordedAttachment) => ({
  attachmentId: a.attachmentId,
  ...(a.section ? { section: a.section } : {}),
  sha256: a.sha256,
  mediaType: a.mediaType,
  size: a.size,
  addedBy: a.addedBy,
  addedOn: a.addedOn,
  ...(a.caption ? { caption: a.caption } : {}),
  status: a.withdrawn ? 'withdrawn' : 'live',
  ...(a.withdrawn ? { withdrawnOn: a.withdrawn.withdrawnOn, bytesRemoved: a.withdrawn.bytesRemoved } : {}),
});

/**
 * The reads of a case's photos and videos (docs/api.md "Attachments"): the list and the bytes, from the
 * recorded events and the blob store. Answered by the gateway in both modes, so that an auditor's or
 * tribunal user's read is recorded in the case's access log like every other read of the record.
 */
@ApiTags('attachments')
@Controller('api/v1/cases/:caseId/attachments')
export class AttachmentsReadController {
  constructor(
    @Inject(CASE_EVENT_SOURCE) private readonly events: CaseEventSource,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
    private readonly access: CaseAccess,
  ) {}

  @Get()
  @Roles(...CASE_READERS)
  @AccessLogged('attachments')
  @ApiOperation({ summary: "The case's attachments, withdrawn ones included (status), in the order added" })
  @ApiProblems({ 400: true, 401: true, 403: true, 404: ['CASE.NOT_FOUND'], 503: ['AUDIT.ACCESS_LOG_UNAVAILABLE'] })
  @ApiAnswer(
    Answer.list(
      Answer.object(
        {
          attachmentId: Answer.uuid(),
          section: Answer.string(),
          sha256: Answer.string(),
          mediaType: Answer.string(),
          size: Answer.integer(),
          addedBy: Answer.string(),
          addedOn: Answer.string(),
          caption: Answer.string(),
          status: Answer.string('live or withdrawn'),
          withdrawnOn: Answer.string(),
          bytesRemoved: Answer.boolean(),
        },
        ['section', 'caption', 'withdrawnOn', 'bytesRemoved'],
      ),
    ),
  )
  async list(@Param('caseId', ParseUUIDPipe) caseId: string, @CurrentUser() user: User) {
    return (await this.attachments(caseId, user)).map(attachmentView);
  }

  @Get(':attachmentId/content')
  @Roles(...CASE_READERS)
  @AccessLogged('attachment')
  @ApiOperation({ summary: 'The bytes of a live attachment, with its media type; never sniffed' })
  @ApiProblems({
    400: true,
    401: true,
    403: true,
    404: ['CASE.NOT_FOUND', 'ATTACHMENT.NOT_FOUND'],
    503: ['AUDIT.ACCESS_LOG_UNAVAILABLE', 'ATTACHMENT.FILE_UNAVAILABLE'],
  })
  @ApiContentAnswer(Object.keys(EXTENSIONS), 'binary')
  async content(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('attachmentId', ParseUUIDPipe) attachmentId: string,
    @CurrentUser() user: User,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const attachment = (await this.attachments(caseId, user)).find((a) => a.attachmentId === attachmentId);
    if (!attachment || attachment.withdrawn) {
      throw new NotFoundError('ATTACHMENT.NOT_FOUND', 'No live attachment with this id on this case.');
    }
    const bytes = await this.blobs.get(attachment.sha256);
    // Bytes that are gone or no longer match the record are not served: verify names them.
    if (!bytes || createHash('sha256').update(bytes).digest('hex') !== attachment.sha256) {
      throw new UnavailableError(
        'ATTACHMENT.FILE_UNAVAILABLE',
        "The attachment's file is missing or damaged; GET …/verify names it.",
        {
          attachmentId,
        },
      );
    }
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    const name = `attachment-${attachmentId}.${EXTENSIONS[attachment.mediaType] ?? 'bin'}`;
    return new StreamableFile(bytes, {
      type: attachment.mediaType,
      length: bytes.length,
      disposition: `inline; filename="${name}"`,
    });
  }

  private async attachments(caseId: string, user: User): Promise<RecordedAttachment[]> {
    await this.access.laOf(user, caseId);
    const streams = await this.events.streamsOf(caseId);
    // Each stream comes in revision order, which is the order its attachments were added and withdrawn.
    return attachmentsOf([...streams.values()].flat());
  }
}
