import { Controller, Get, Inject, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CLOCK, type Clock, NotFoundError } from '@send/kernel';
import { EVENT_STORE, type EventStore, foldStream } from '@send/event-store';
import { AccessLogged } from '@send/gateway';
import { CASE_READERS, CaseAccess, CurrentUser, Roles, type User, ApiProblems } from '@send/platform';
import { CaseQueries } from '@send/read-models';
import { todayInEngland } from '@send/statutory';
import { ehcpDecider } from '../domain/index.js';
import { ehcpStream } from '../ehcp.stream.js';
import { type PlanDocument, issuersOf, toPlanDocument } from '../plan-format/plan-document.js';
import { planFormatOpenApi } from '../plan-format/plan-format.openapi.js';

/** The header that carries the plan's hash beside the body (docs/plan-format.md "Export"). */
export const PLAN_HASH_HEADER = 'X-Plan-SHA256';

@ApiTags('plan')
@Controller('api/v1/cases/:caseId/plan')
export class ExportPlanController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly access: CaseAccess,
    private readonly queries: CaseQueries,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('export')
  @Roles(...CASE_READERS)
  @AccessLogged('plan-export')
  @ApiOperation({
    summary:
      'The plan in the published format (docs/plan-format.md, docs/plan-format/ehc-plan.v1.schema.json): every version ' +
      'in full, the child, its sha256 (also in X-Plan-SHA256) and its provenance; readable by the LA a transfer is ' +
      'pending to, which imports it (POST /api/v1/plan-imports)',
  })
  @ApiOkResponse({ schema: planFormatOpenApi() })
  @ApiProblems({
    400: true,
    401: true,
    403: true,
    404: ['CASE.NOT_FOUND', 'EHCP.NO_PLAN'],
    503: ['AUDIT.ACCESS_LOG_UNAVAILABLE'],
  })
  async export(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @CurrentUser() user: User,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PlanDocument> {
    // The LA a transfer is pending to may read the plan, as GET …/plan: it is how the plan reaches it (Reg 15).
    await this.access.laOfOrIncoming(user, caseId);
    const events = await this.store.readStream(ehcpStream(caseId));
    const state = foldStream(ehcpDecider, events);
    if (state.status === 'none' || state.versions.length === 0) {
      throw new NotFoundError('EHCP.NO_PLAN', 'No plan has been issued for this case yet.');
    }
    const now = this.clock.now();
    const child = (await this.queries.summary(caseId, todayInEngland(now)))?.child;
    if (!child) throw new NotFoundError('CASE.NOT_FOUND', `No case ${caseId} is visible to you.`);
    const document = toPlanDocument(state, {
      child,
      issuedBy: issuersOf(events),
      exportedBy: state.la,
      exportedAt: now.toISOString(),
    });
    res.setHeader(PLAN_HASH_HEADER, document.sha256);
    return document;
  }
}
