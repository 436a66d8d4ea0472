import {
  Controller,
  Get,
  Inject,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Req,
  Res,
  StreamableFile,
  UnauthorizedException,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock, type StoredEvent, caseReferenceOf, ownerOfStream, verifyChain } from '@send/kernel';
import {
  BundleRecordEntity,
  CASE_EVENT_SOURCE,
  CASE_TIMELINES,
  CaseQueries,
  type CaseEventSource,
  type CaseTimeline,
  serialised,
} from '@send/read-models';
import {
  CaseAccess,
  CurrentUser,
  Public,
  Roles,
  TokenService,
  type User,
  ApiProblems,
  ApiAnswer,
  Answer,
  ApiContentAnswer,
} from '@send/platform';
import { BLOB_STORE, type BlobStore, attachmentsOf } from '@send/event-store';
import { type BundleAttachments, type BundleImage, bundleAttachments, isPrintable } from './bundle-attachments.js';
import { bundleBody } from './bundle-content.js';
import { SEND_TRIBUNAL_BUNDLE_2025 } from './bundle-layout.js';
import { renderBundle } from './bundle-pdf.js';
import { AUDIT_READERS } from '../audit/audit-readers.js';
import { AccessLogged } from '../audit/access-logged.js';
import { buildTimeline } from '../audit/timeline.js';
import { type StreamHead, headsOf, verificationCode } from './verification-code.js';

/** Stands for a caller with no token: never allowed to read a case, so the check answers publicly. */
const ANONYMOUS: User = { id: 'anonymous', role: 'family' };

/** The tribunal bundle and the check of its verification code (docs/api.md "Audit", bundle). */
@ApiTags('audit')
@Controller('api/v1')
export class BundleController {
  constructor(
    @Inject(CASE_EVENT_SOURCE) private readonly events: CaseEventSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @InjectDataSource() private readonly db: DataSource,
    private readonly queries: CaseQueries,
    private readonly access: CaseAccess,
    private readonly tokens: TokenService,
    @Inject(CASE_TIMELINES) private readonly timelines: readonly CaseTimeline[],
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
  ) {}

  @Get('cases/:caseId/bundle.pdf')
  @Roles(...AUDIT_READERS)
  @AccessLogged('bundle')
  @ApiOperation({ summary: 'The case as a tribunal bundle: one indexed, paginated PDF with a verification code on every page' })
  @ApiProblems({ 400: true, 401: true, 403: true, 404: ['CASE.NOT_FOUND'], 500: true, 503: ['AUDIT.ACCESS_LOG_UNAVAILABLE'] })
  @ApiContentAnswer(['application/pdf'], 'binary')
  async bundle(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @CurrentUser() user: User,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    await this.access.laOf(user, caseId);
    const generatedAt = this.clock.now().toISOString();
    const streams = await this.events.streamsOf(caseId);
    const heads = headsOf(streams);
    const code = verificationCode(heads);
    const caseRef = caseReferenceOf(caseId);
    const body = bundleBody({
      streams,
      timeline: buildTimeline(streams, caseId, this.timelines).entries,
      deadlines: await this.queries.deadlines(caseId, generatedAt.slice(0, 10)),
    });
    const attachments = await this.attachmentsOf(streams);
    const { doc, pages } = renderBundle(SEND_TRIBUNAL_BUNDLE_2025, { caseRef, code, generatedAt }, body, attachments);
    res.setHeader('X-Verification-Code', code);
    // The record is stored before the last byte goes out, so a code in hand always verifies.
    const sha = createHash('sha256');
    const save = (sha256: string) =>
      serialised(this.db, () =>
        this.db
          .getRepository(BundleRecordEntity)
          .insert({ code, caseId, caseRef, generatedAt, streams: JSON.stringify(heads), pages, sha256 }),
      );
    const hashing = new Transform({
      transform(chunk: Buffer, _enc, done) {
        sha.update(chunk);
        done(null, chunk);
      },
      flush(done) {
        save(sha.digest('hex')).then(
          () => done(),
          (error: Error) => done(error),
        );
      },
    });
    const pdf = doc.pipe(hashing);
    doc.end();
    // Returned, not piped to the response, so that the access log records the read before the bytes go out.
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `inline; filename="bundle-${caseRef}.pdf"` });
  }

  /**
   * Public (docs/api.md "Checking a bundle"): whoever holds a printed bundle (the family, the judge, a
   * representative) may check its code without an account. A case reader of the case gets the streams by
   * name; anyone else gets them by context only, so that the answer does not carry the case id.
   */
  @Get('bundles/:code')
  @Public()
  @ApiOperation({
    summary: 'Whether the record a bundle was built from is still intact and unchanged; public, no personal data',
  })
  @ApiProblems({ 401: true, 404: ['NOT_FOUND'] })
  @ApiAnswer(
    Answer.object(
      {
        valid: Answer.boolean(),
        code: Answer.string(),
        generatedAt: Answer.string(),
        caseRef: Answer.string(),
        streams: Answer.list(
          Answer.object({
            stream: Answer.string('The stream by name for a reader of the case; by its context only for anyone else'),
            revision: Answer.integer('Its revision when the bundle was built'),
            hash: Answer.string('The hash of its last event then'),
            valid: Answer.boolean('Unchanged since, and its hash chain intact'),
          }),
        ),
        streamsAdded: Answer.list(Answer.string()),
        pages: Answer.integer(),
        sha256: Answer.string(),
      },
      ['streamsAdded'],
    ),
  )
  async verify(@Param('code') code: string, @Req() req: Request) {
    const record = await this.db.getRepository(BundleRecordEntity).findOneBy({ code });
    if (!record) throw new NotFoundException(`No bundle has the code ${code}.`);
    // A reader of another LA's case gets the public answer, as anyone would.
    const reader = await this.access
      .laOf(this.caseReaderOf(req) ?? ANONYMOUS, record.caseId)
      .then(() => this.caseReaderOf(req))
      .catch(() => undefined);
    const recorded = JSON.parse(record.streams) as StreamHead[];
    // As stored: the chain covers the stored form of personal data (docs/architecture.md "Security").
    const now = new Map((await this.events.streamsForVerify(record.caseId)).map((r) => [r.stream, [...r.events]]));
    const current = new Map(headsOf(now).map((h) => [h.stream, h]));
    const streams = recorded.map((h) => {
      const events = now.get(h.stream) ?? [];
      const head = current.get(h.stream);
      const unchanged = head !== undefined && head.revision === h.revision && head.hash === h.hash;
      return { ...h, valid: unchanged && verifyChain(events).valid };
    });
    // A stream the case did not have when the bundle was built is a change too.
    const added = [...current.keys()].filter((s) => !recorded.some((h) => h.stream === s));
    return {
      valid: streams.every((s) => s.valid) && added.length === 0,
      code,
      generatedAt: record.generatedAt,
      caseRef: record.caseRef,
      streams: reader ? streams : streams.map((h) => ({ ...h, stream: ownerOfStream(h.stream) ?? 'case' })),
      ...(added.length > 0 ? { streamsAdded: reader ? added : added.map((a) => ownerOfStream(a) ?? 'case') } : {}),
      pages: record.pages,
      sha256: record.sha256,
    };
  }

  /** Every attachment for the index, and the bytes of each printable image still intact (verify names the rest). */
  private async attachmentsOf(streams: ReadonlyMap<string, readonly StoredEvent[]>): Promise<BundleAttachments> {
    const attachments = attachmentsOf([...streams.values()].flat());
    const images: BundleImage[] = [];
    for (const attachment of attachments.filter(isPrintable)) {
      const bytes = await this.blobs.get(attachment.caseId, attachment.sha256);
      if (bytes && createHash('sha256').update(bytes).digest('hex') === attachment.sha256) images.push({ attachment, bytes });
    }
    return bundleAttachments(attachments, images);
  }

  /** The signed-in case reader, if the check came with a bearer token; a bad token is refused as anywhere. */
  private caseReaderOf(req: Request): User | undefined {
    const match = req.headers.authorization?.match(/^Bearer\s+(.+)$/i);
    if (!match) return undefined;
    const user = this.tokens.verify(match[1]);
    if (!user) throw new UnauthorizedException('A valid bearer token is required.');
    return (AUDIT_READERS as readonly string[]).includes(user.role) ? user : undefined;
  }
}
