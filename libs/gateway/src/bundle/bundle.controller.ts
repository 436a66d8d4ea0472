import { Controller, Get, Inject, NotFoundException, Param, ParseUUIDPipe, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock, caseReferenceOf, verifyChain } from '@send/kernel';
import {
  BundleRecordEntity,
  CASE_EVENT_SOURCE,
  CASE_TIMELINES,
  CaseQueries,
  type CaseEventSource,
  type CaseTimeline,
} from '@send/read-models';
import { CaseAccess, CurrentUser, Roles, type User } from '@send/platform';
import { bundleBody } from './bundle-content.js';
import { SEND_TRIBUNAL_BUNDLE_2025 } from './bundle-layout.js';
import { renderBundle } from './bundle-pdf.js';
import { AUDIT_READERS } from '../audit/audit-readers.js';
import { AccessLogged } from '../audit/access-logged.js';
import { buildTimeline } from '../audit/timeline.js';
import { type StreamHead, headsOf, verificationCode } from './verification-code.js';

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
    @Inject(CASE_TIMELINES) private readonly timelines: readonly CaseTimeline[],
  ) {}

  @Get('cases/:caseId/bundle.pdf')
  @Roles(...AUDIT_READERS)
  @AccessLogged('bundle')
  @ApiOperation({ summary: 'The case as a tribunal bundle: one indexed, paginated PDF with a verification code on every page' })
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
    const { doc, pages } = renderBundle(SEND_TRIBUNAL_BUNDLE_2025, { caseRef, code, generatedAt }, body);
    res.setHeader('X-Verification-Code', code);
    // The record is stored before the last byte goes out, so a code in hand always verifies.
    const sha = createHash('sha256');
    const save = (sha256: string) =>
      this.db
        .getRepository(BundleRecordEntity)
        .insert({ code, caseId, caseRef, generatedAt, streams: JSON.stringify(heads), pages, sha256 });
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

  @Get('bundles/:code')
  @Roles(...AUDIT_READERS)
  @ApiOperation({ summary: 'Whether the record a bundle was built from is still intact and unchanged; no personal data' })
  async verify(@Param('code') code: string, @CurrentUser() user: User) {
    const record = await this.db.getRepository(BundleRecordEntity).findOneBy({ code });
    if (!record) throw new NotFoundException(`No bundle has the code ${code}.`);
    await this.access.laOf(user, record.caseId);
    const recorded = JSON.parse(record.streams) as StreamHead[];
    const now = await this.events.streamsOf(record.caseId);
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
      streams,
      ...(added.length > 0 ? { streamsAdded: added } : {}),
      pages: record.pages,
      sha256: record.sha256,
    };
  }
}
