import { Controller, Get, Inject, Param, ParseIntPipe, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, type SchemaObject } from '@nestjs/swagger';
import type { Response } from 'express';
import { CLOCK, type Clock, NotFoundError } from '@send/kernel';
import { EVENT_STORE, type EventStore, foldStream } from '@send/event-store';
import { Answer, CASE_READERS, CaseAccess, CurrentUser, Roles, type User, ApiProblems } from '@send/platform';
import { CaseQueries } from '@send/read-models';
import { todayInEngland } from '@send/statutory';
import { type CeaseFile, type EhcpState, PlanVersion, ehcpDecider, planStatusOf, versionFindings } from '../domain/index.js';
import { ehcpStream } from '../ehcp.stream.js';
import { PlanQualityFindingDto, PlanSectionsDto } from '../plan-sections.schema.js';
import { afterFinal } from './after-final.js';

const ceaseView = ({ decidedOn, reason, consultedOn, appealWindowEndsOn, ceasedOn }: CeaseFile) => ({
  decidedOn,
  reason,
  consultedOn,
  appealWindowEndsOn,
  ...(ceasedOn ? { ceasedOn } : {}),
});

/**
 * The plan as issued, read from the plan stream itself: every issued version is kept in full for ever,
 * so the answer is exactly what was served, never a re-rendering. ETag is the stream revision.
 */
/** An issued version of the plan in full (PlanVersion), as both plan reads answer it; sections by letter. */
const PLAN_VERSION: SchemaObject = {
  type: 'object',
  required: ['caseId', 'version', 'status', 'issuedOn', 'sections', 'qualityFindings'],
  properties: {
    caseId: { type: 'string', format: 'uuid' },
    version: { type: 'integer', example: 1 },
    status: { type: 'string', example: 'draft', description: 'draft or final; ceasing or ceased after a cease decision' },
    issuedOn: { type: 'string', example: '2025-03-20' },
    sections: Answer.ref(PlanSectionsDto),
    qualityFindings: { type: 'array', items: Answer.ref(PlanQualityFindingDto) },
  },
  additionalProperties: true,
};

const CURRENT_PLAN: SchemaObject = {
  allOf: [
    PLAN_VERSION,
    {
      type: 'object',
      required: ['revision', 'versions'],
      properties: {
        revision: { type: 'integer', description: 'The plan stream revision, also the ETag' },
        versions: {
          type: 'array',
          items: {
            type: 'object',
            required: ['version', 'status', 'issuedOn'],
            properties: { version: { type: 'integer' }, status: { type: 'string' }, issuedOn: { type: 'string' } },
          },
        },
      },
    },
  ],
};

@ApiTags('plan')
@ApiExtraModels(PlanSectionsDto, PlanQualityFindingDto)
@Controller('api/v1/cases/:caseId/plan')
export class GetPlanController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly access: CaseAccess,
    private readonly queries: CaseQueries,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Roles(...CASE_READERS)
  @ApiOperation({
    summary:
      'The current plan (latest issued version, draft or final, amended versions included), in full, with its qualityFindings; with a final plan, ' +
      'its reviews, open amendment notice, phase transfers, the transfers proposed from the date of birth and advisory reminders',
  })
  @ApiOkResponse({ schema: CURRENT_PLAN })
  @ApiProblems({ 400: true, 401: true, 403: true, 404: ['CASE.NOT_FOUND', 'EHCP.NO_PLAN'] })
  async current(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @CurrentUser() user: User,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { versions, revision, state } = await this.versions(user, caseId);
    const latest = versions.at(-1);
    if (!latest) throw new NotFoundError('EHCP.NO_PLAN', 'No plan has been issued for this case yet.');
    res.setHeader('ETag', `"${revision}"`);
    const today = todayInEngland(this.clock.now());
    // The date of birth is on the case summary (the request), not on the plan stream; computed, never stored.
    const dateOfBirth = state.status === 'final' ? (await this.queries.summary(caseId, today))?.child.dateOfBirth : undefined;
    return {
      caseId,
      revision,
      ...latest,
      qualityFindings: versionFindings(state, latest),
      // The plan's status: a cease decision makes a final plan `ceasing`, then `ceased` (docs/api.md "The plan").
      status: state.cease ? planStatusOf(state) : latest.status,
      ...(state.cease ? { cease: ceaseView(state.cease) } : {}),
      versions: versions.map((v) => ({ version: v.version, status: v.status, issuedOn: v.issuedOn })),
      ...afterFinal(state, today, dateOfBirth || undefined),
    };
  }

  @Get('versions/:n')
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'One issued version of the plan, in full' })
  @ApiOkResponse({ schema: PLAN_VERSION })
  @ApiProblems({ 400: true, 401: true, 403: true, 404: ['CASE.NOT_FOUND', 'EHCP.NO_PLAN', 'EHCP.VERSION_NOT_FOUND'] })
  async version(@Param('caseId', ParseUUIDPipe) caseId: string, @Param('n', ParseIntPipe) n: number, @CurrentUser() user: User) {
    const { versions, state } = await this.versions(user, caseId);
    const found = versions.find((v) => v.version === n);
    if (!found) throw new NotFoundError('EHCP.VERSION_NOT_FOUND', `The plan has no version ${n}.`);
    return { caseId, ...found, qualityFindings: versionFindings(state, found) };
  }

  /** Versions recorded before E and K were lists are read in today's shape (normaliseSections, in the fold). */
  private async versions(
    user: User,
    caseId: string,
  ): Promise<{ versions: readonly PlanVersion[]; revision: number; state: EhcpState & { cease?: CeaseFile } }> {
    // The LA a transfer is pending to may read the plan, to accept it (Reg 15).
    await this.access.laOfOrIncoming(user, caseId);
    const events = await this.store.readStream(ehcpStream(caseId));
    const state = foldStream(ehcpDecider, events);
    return { versions: state.status === 'none' ? [] : state.versions, revision: events.at(-1)?.revision ?? -1, state };
  }
}
