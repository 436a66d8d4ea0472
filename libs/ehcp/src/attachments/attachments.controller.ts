import {
  BadRequestException,
  Body,
  type CallHandler,
  Controller,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
  Param,
  ParseUUIDPipe,
  PayloadTooLargeException,
  Post,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { type Observable, catchError, throwError } from 'rxjs';
import {
  APP_CONFIG,
  type AppConfig,
  CaseCommands,
  CaseRequest,
  type CaseRequestContext,
  CaseWrite,
  EdgeRefusal,
  InvalidRequestError,
  NOT_BLANK,
  WriteAnswerWith,
} from '@send/platform';
import { type AttachmentSection, EhcpErrors, PLAN_SECTION_LETTERS } from '../domain/index.js';
import { AddAttachmentCommand, WithdrawAttachmentCommand } from './attachments.command.js';
import { checkUpload } from './upload-check.js';

/** The one file of the upload, held in memory by multer up to the largest limit (docs/api.md "Attachments"). */
interface UploadedBytes {
  readonly buffer: Buffer;
  readonly mimetype: string;
}

export class UploadAttachmentDto {
  @ApiPropertyOptional({ enum: PLAN_SECTION_LETTERS, description: 'The plan section; none: the case as a whole' })
  @IsOptional()
  @IsIn(PLAN_SECTION_LETTERS)
  section?: AttachmentSection;
  @ApiPropertyOptional({ description: 'What it shows; sealed on the broker, never logged' })
  @IsOptional()
  @IsString()
  @Matches(...NOT_BLANK)
  @MaxLength(500)
  caption?: string;
}

export class WithdrawAttachmentDto {
  @ApiProperty() @IsString() @Matches(...NOT_BLANK) @MaxLength(2000) reason!: string;
  @ApiPropertyOptional({
    description: 'Remove the bytes too (erasure); kept while another live attachment of the case shares them',
  })
  @IsOptional()
  @IsBoolean()
  removeBytes?: boolean;
}

/**
 * multer's own refusals in the API's terms: past the largest limit (before the bytes are read in full) the
 * attachment's 413 code; a malformed form (a file under another name, too many parts) a 400 naming the field.
 */
@Injectable()
export class UploadErrorsInterceptor implements NestInterceptor {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const limit = Math.max(this.config.attachmentLimits.image, this.config.attachmentLimits.video);
    return next.handle().pipe(catchError((error: unknown) => throwError(() => inApiTerms(error, limit))));
  }
}

function inApiTerms(error: unknown, limit: number): unknown {
  if (error instanceof PayloadTooLargeException) {
    return new EdgeRefusal(413, EhcpErrors.ATTACHMENT_TOO_LARGE, `A file may be at most ${limit} bytes.`, { limit });
  }
  const cause = error instanceof BadRequestException ? (error.cause as { name?: string; field?: string } | undefined) : undefined;
  if (cause?.name === 'MulterError') {
    return new InvalidRequestError([{ field: cause.field ?? 'file', message: 'send one file, as the field "file"' }]);
  }
  return error;
}

const AttachmentAddedAnswer = WriteAnswerWith('AttachmentAddedAnswer', {
  attachmentId: { format: 'uuid' },
  sha256: { description: 'SHA-256 of the bytes, lower-case hex' },
});

@ApiTags('attachments')
@Controller('api/v1/cases/:caseId/attachments')
export class AttachmentsController {
  constructor(
    private readonly cases: CaseCommands,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @CaseWrite('Attach a photo or video (JPEG, PNG, WebP, MP4, WebM) to the case or a plan section; multipart/form-data', {
    answer: AttachmentAddedAnswer,
    problems: {
      413: [EhcpErrors.ATTACHMENT_TOO_LARGE],
      415: [EhcpErrors.ATTACHMENT_UNSUPPORTED_TYPE],
      422: [EhcpErrors.ATTACHMENT_TYPE_MISMATCH],
    },
  })
  @UseInterceptors(UploadErrorsInterceptor, FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary', description: 'The photo or video, sent with its media type' },
        section: { type: 'string', enum: [...PLAN_SECTION_LETTERS] },
        caption: { type: 'string', maxLength: 500 },
      },
    },
  })
  async upload(
    @CaseRequest() request: CaseRequestContext,
    @UploadedFile() file: UploadedBytes | undefined,
    @Body() body: UploadAttachmentDto,
  ) {
    if (!file || file.buffer.length === 0) {
      throw new InvalidRequestError([{ field: 'file', message: 'file must be a photo or video sent as multipart/form-data' }]);
    }
    const mediaType = await checkUpload(file.buffer, file.mimetype, this.config.attachmentLimits);
    const { section, caption } = body;
    return this.cases.send(request, AddAttachmentCommand, {
      bytes: file.buffer,
      mediaType,
      ...(section === undefined ? {} : { section }),
      ...(caption === undefined ? {} : { caption }),
    });
  }

  @Post(':attachmentId/withdrawal')
  @CaseWrite('Withdraw an attachment; with removeBytes its file is removed too (erasure), the record stays', {
    problems: {
      404: [EhcpErrors.ATTACHMENT_NOT_FOUND],
      422: [EhcpErrors.ATTACHMENT_ALREADY_WITHDRAWN, EhcpErrors.REASON_REQUIRED],
    },
  })
  withdraw(
    @CaseRequest() request: CaseRequestContext,
    @Param('attachmentId', ParseUUIDPipe) attachmentId: string,
    @Body() body: WithdrawAttachmentDto,
  ) {
    return this.cases.send(request, WithdrawAttachmentCommand, {
      attachmentId,
      reason: body.reason,
      removeBytes: body.removeBytes === true,
    });
  }
}
