import { Controller, Get, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CLOCK, type Clock, type StoredEvent, TIMELINE_KINDS, familyAccessStream } from '@send/kernel';
import type { EventStore } from '@send/event-store';
import { CASE_EVENT_SOURCE, CASE_TIMELINES, type CaseEventSource, type CaseTimeline } from '@send/read-models';
import {
  AUDIT_STORE,
  CaseAccess,
  CurrentUser,
  InvalidRequestError,
  Roles,
  type User,
  ApiProblems,
  ApiAnswer,
  Answer,
} from '@send/platform';
import { TIMELINE_ENTRY } from './audit.responses.js';
import { buildTimeline, parseKinds } from './timeline.js';
import { AUDIT_READERS } from './audit-readers.js';
import { AccessLogged } from './access-logged.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The evidential timeline: read from the stored events of every context, never from read models. */
@ApiTags('audit')
@Controller('api/v1/cases/:caseId')
export class TimelineController {
  constructor(
    @Inject(CASE_EVENT_SOURCE) private readonly events: CaseEventSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CASE_TIMELINES) private readonly timelines: readonly CaseTimeline[],
    private readonly access: CaseAccess,
    @Inject(AUDIT_STORE) private readonly audit: EventStore,
  ) {}

  @Get('timeline')
  @Roles(...AUDIT_READERS)
  @AccessLogged('timeline')
  @ApiOperation({
    summary: 'What happened in the case across every context, oldest first, as a tribunal reads it',
  })
  @ApiQuery({ name: 'from', required: false, description: 'Business date YYYY-MM-DD, inclusive' })
  @ApiQuery({ name: 'to', required: false, description: 'Business date YYYY-MM-DD, inclusive' })
  @ApiQuery({ name: 'kinds', required: false, description: `Comma-separated: ${TIMELINE_KINDS.join(', ')}` })
  @ApiQuery({ name: 'asOf', required: false, description: 'ISO 8601 instant: the timeline as recorded then' })
  @ApiProblems({ 400: true, 401: true, 403: true, 404: ['CASE.NOT_FOUND'], 500: true, 503: ['AUDIT.ACCESS_LOG_UNAVAILABLE'] })
  @ApiAnswer(Answer.object({ asOf: Answer.string(), caseId: Answer.uuid(), entries: Answer.list(TIMELINE_ENTRY) }))
  async timeline(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @CurrentUser() user: User,
    @Query('from') from?: string,
    @Query('to') to?: string,
    @Query('kinds') kinds?: string,
    @Query('asOf') asOf?: string,
  ) {
    const errors: { field: string; message: string }[] = [];
    for (const [field, value] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (value !== undefined && (!DATE.test(value) || Number.isNaN(new Date(value).getTime()))) {
        errors.push({ field, message: `${field} must be a date YYYY-MM-DD` });
      }
    }
    const at = asOf === undefined ? this.clock.now() : new Date(asOf);
    if (asOf !== undefined && (!/^\d{4}-\d{2}-\d{2}(T.*)?$/.test(asOf) || Number.isNaN(at.getTime()))) {
      errors.push({ field: 'asOf', message: 'asOf must be an ISO 8601 instant' });
    }
    const parsed = parseKinds(kinds);
    if (parsed !== undefined && !Array.isArray(parsed)) {
      errors.push({
        field: 'kinds',
        message: `unknown kind(s) ${parsed.unknown.join(', ')}; one of ${TIMELINE_KINDS.join(', ')}`,
      });
    }
    if (errors.length > 0) throw new InvalidRequestError(errors);
    // A former LA of a transferred case reads only the events recorded while the case was its own.
    const { onlyLa } = await this.access.recordScopeOf(user, caseId);
    const record = await this.events.streamsOf(caseId);
    // The family's access is told beside the record (docs/api.md "Family access"); it lives in the audit store.
    const family = await this.audit.readStream(familyAccessStream(caseId));
    if (family.length > 0) record.set(familyAccessStream(caseId), family);
    const streams = ownPart(record, onlyLa);
    return {
      asOf: at.toISOString(),
      ...buildTimeline(streams, caseId, this.timelines, {
        from,
        to,
        kinds: Array.isArray(parsed) ? parsed : undefined,
        asOf: at,
      }),
    };
  }
}

/** Each stream's events recorded under one LA (envelope la), or every event when no LA is given. */
function ownPart(streams: Map<string, StoredEvent[]>, onlyLa: string | undefined): Map<string, StoredEvent[]> {
  if (onlyLa === undefined) return streams;
  return new Map([...streams].map(([stream, events]) => [stream, events.filter((e) => e.la === onlyLa)]));
}
