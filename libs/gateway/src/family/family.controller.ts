import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CLOCK, type Clock, NotFoundError, caseStream } from '@send/kernel';
import { todayInEngland } from '@send/statutory';
import {
  CASE_EVENT_SOURCE,
  CASE_REPLAYERS,
  CASE_TIMELINES,
  CaseQueries,
  type CaseEventSource,
  type CaseReplayer,
  type CaseTimeline,
} from '@send/read-models';
import { ApiAnswer, ApiProblems, CaseAccess, CurrentUser, Roles, type User } from '@send/platform';
import { AccessLogged } from '../audit/access-logged.js';
import { buildTimeline } from '../audit/timeline.js';
import { type FamilyView, familyView } from './family-view.js';
import { FAMILY_VIEW_SCHEMA } from './family.responses.js';

/** The family's own routes (docs/api.md "Family access"): role family only, and only the case its account is bound to. */
@ApiTags('family')
@Controller('api/v1/family')
export class FamilyController {
  constructor(
    @Inject(CASE_EVENT_SOURCE) private readonly events: CaseEventSource,
    @Inject(CASE_TIMELINES) private readonly timelines: readonly CaseTimeline[],
    @Inject(CASE_REPLAYERS) private readonly replayers: readonly CaseReplayer[],
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly queries: CaseQueries,
    private readonly access: CaseAccess,
  ) {}

  @Get('case')
  @Roles('family')
  @AccessLogged('family-view')
  @ApiOperation({
    summary:
      'Your case: what was decided, when, by whom and why; every deadline the council has and whether it was met; your own rights and their dates; and the plan',
    description: "Every read is recorded in the case's access log; a read that cannot be recorded is refused (503).",
  })
  @ApiProblems({ 401: true, 403: true, 404: ['CASE.NOT_FOUND'], 500: true, 503: ['AUDIT.ACCESS_LOG_UNAVAILABLE'] })
  @ApiAnswer(FAMILY_VIEW_SCHEMA)
  async view(@CurrentUser() user: User): Promise<FamilyView> {
    const caseId = user.caseId ?? '';
    await this.access.laOf(user, caseId);
    const today = todayInEngland(this.clock.now());
    const summary = await this.queries.summary(caseId, today);
    if (!summary) throw new NotFoundError('CASE.NOT_FOUND', 'Your case is not visible yet; try again shortly.');
    const streams = await this.events.streamsOf(caseId);
    const ehcp = this.replayers.find((r) => r.context === 'ehcp');
    return familyView({
      caseId,
      today,
      child: summary.child,
      stage: summary.stage,
      timeline: buildTimeline(streams, caseId, this.timelines).entries,
      deadlines: await this.queries.deadlines(caseId, today),
      planState: ehcp?.fold(streams.get(caseStream('ehcp', caseId)) ?? []).state ?? null,
      placementEvents: streams.get(caseStream('placement', caseId)) ?? [],
    });
  }
}
