import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOperation, ApiTags, type SchemaObject } from '@nestjs/swagger';
import type { Response } from 'express';
import { CASE_READERS, CaseAccess, CurrentUser, Roles, type User, ApiProblems, ApiAnswer, Answer } from '@send/platform';
import { CONSULTATION_ANSWERS, OBJECTION_GROUNDS, type PlacementState } from '../domain/index.js';
import { PhaseTransferRoundDto, SETTING_TYPE } from '../placement.schema.js';
import { PlacementRegistry } from '../registry/placement-registry.js';

/** A consultation of a setting (Consultation in domain/placement.state.ts), with its answer once there is one. */
const CONSULTATION: SchemaObject = Answer.object(
  {
    consultationId: Answer.uuid(),
    settingId: Answer.string(),
    name: Answer.string(),
    sentOn: Answer.string(),
    deadlineId: Answer.string('Its 15-day clock on GET …/deadlines'),
    answer: Answer.object(
      {
        answeredOn: Answer.string(),
        answer: { type: 'string', enum: [...CONSULTATION_ANSWERS] },
        grounds: Answer.list({ type: 'string', enum: [...OBJECTION_GROUNDS] }),
        objectionUpheld: Answer.boolean(),
      },
      ['grounds'],
    ),
  },
  ['answer'],
);

/** The place allocated (Allocation), with the settings preferred above it that were passed over and why. */
const ALLOCATION: SchemaObject = Answer.object({
  settingId: Answer.string(),
  name: Answer.string(),
  type: SETTING_TYPE,
  decidedOn: Answer.string(),
  preferenceRank: Answer.integer('Its rank among the preferences'),
  passedOver: Answer.list(
    Answer.object({ settingId: Answer.string(), why: { type: 'string', enum: ['no-place', 'objection-upheld'] } }),
  ),
});

/** An admission directed (Direction), with the trust's appeal to the Schools Adjudicator once lodged. */
const DIRECTION: SchemaObject = Answer.object(
  {
    settingId: Answer.string(),
    name: Answer.string(),
    type: SETTING_TYPE,
    academyTrust: Answer.string(),
    directedOn: Answer.string(),
    reason: Answer.string(),
    appeal: Answer.object(
      {
        lodgedOn: Answer.string(),
        decision: Answer.object({
          decidedOn: Answer.string(),
          upheld: Answer.boolean('The adjudicator agreed with the trust: the direction falls'),
        }),
      },
      ['decision'],
    ),
  },
  ['appeal'],
);

/**
 * A child's placement as its own stream makes it (docs/api.md "A child's placement"): the preferences, the
 * consultations with their answers, the allocation, the directions and the phase transfer rounds. A plain
 * read for everyone who may read the case, so that looking at a placement is never a replay (which the access
 * log records for auditors and tribunal users). A case with nothing recorded yet is an empty placement, not a
 * 404; a case the caller may not see is 404 CASE.NOT_FOUND, as on every route. ETag is the stream revision.
 */
@ApiTags('placement')
@ApiExtraModels(PhaseTransferRoundDto)
@Controller('api/v1/cases/:caseId/placement')
export class GetPlacementController {
  constructor(
    private readonly access: CaseAccess,
    private readonly registry: PlacementRegistry,
  ) {}

  @Get()
  @Roles(...CASE_READERS)
  @ApiOperation({
    summary:
      "The case's placement: status (none, open, allocated), tailored lists produced, preferences, consultations and answers, " +
      'allocation, directions and phase transfer rounds; empty when nothing is recorded yet',
  })
  @ApiProblems({ 400: true, 401: true, 403: true, 404: ['CASE.NOT_FOUND'] })
  @ApiAnswer(
    Answer.object(
      {
        caseId: Answer.uuid(),
        la: Answer.string(),
        revision: Answer.integer('The ETag'),
        status: { type: 'string', enum: ['none', 'open', 'allocated'] },
        tailoredListsProduced: Answer.integer(),
        lastTailoredListOn: Answer.string(),
        preferences: Answer.object({
          ranked: Answer.list(Answer.string('A settingId, the first the most wanted')),
          expressedOn: Answer.string(),
        }),
        consultations: Answer.list(CONSULTATION),
        allocation: ALLOCATION,
        directions: Answer.list(DIRECTION),
        phaseTransfers: Answer.list(Answer.ref(PhaseTransferRoundDto)),
      },
      ['lastTailoredListOn', 'preferences', 'allocation'],
    ),
  )
  async placement(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @CurrentUser() user: User,
    @Res({ passthrough: true }) res: Response,
  ) {
    const la = await this.access.laOf(user, caseId);
    const { state, revision } = await this.registry.placement(caseId);
    res.setHeader('ETag', `"${revision}"`);
    return { caseId, la, revision, ...placementView(state) };
  }
}

/** The file as the API shows it: the same fields whatever was recorded, the clocks left to GET …/deadlines. */
export function placementView(state: PlacementState) {
  if (state.status === 'none') {
    return { status: state.status, tailoredListsProduced: 0, consultations: [], directions: [], phaseTransfers: [] };
  }
  const { deadlines: _deadlines, phaseTransfers, ...file } = state;
  return {
    ...file,
    phaseTransfers: (phaseTransfers ?? []).map(({ sourceEventId: _source, ...round }) => round),
  };
}
