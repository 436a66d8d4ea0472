import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CASE_READERS, CaseAccess, CurrentUser, Roles, type User, ApiProblems, ApiAnswer, Answer } from '@send/platform';
import type { PlacementState } from '../domain/index.js';
import { PlacementRegistry } from '../registry/placement-registry.js';

/**
 * A child's placement as its own stream makes it (docs/api.md "A child's placement"): the preferences, the
 * consultations with their answers, the allocation, the directions and the phase transfer rounds. A plain
 * read for everyone who may read the case, so that looking at a placement is never a replay (which the access
 * log records for auditors and tribunal users). A case with nothing recorded yet is an empty placement, not a
 * 404; a case the caller may not see is 404 CASE.NOT_FOUND, as on every route. ETag is the stream revision.
 */
@ApiTags('placement')
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
    Answer.object({
      caseId: Answer.uuid(),
      la: Answer.string(),
      revision: Answer.integer('The ETag'),
      status: { type: 'string', enum: ['none', 'open', 'allocated'] },
      consultations: Answer.list(Answer.open()),
      directions: Answer.list(Answer.open()),
      phaseTransfers: Answer.list(Answer.open()),
    }),
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
