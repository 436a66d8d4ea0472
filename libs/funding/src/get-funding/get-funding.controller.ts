import { Controller, Get, Inject, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { NotFoundError } from '@send/kernel';
import { EVENT_STORE, type EventStore, foldStream } from '@send/event-store';
import { CASE_READERS, CaseAccess, CurrentUser, Roles, type User, ApiProblems, ApiAnswer, Answer } from '@send/platform';
import { FundingErrors, fundingDecider, fundingView } from '../domain/index.js';
import { fundingStream } from '../funding.stream.js';

/** Folded from the case's funding stream itself, so it shows exactly what was priced and approved. ETag is its revision. */
@ApiTags('funding')
@Controller('api/v1/cases/:caseId/funding')
export class GetFundingController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly access: CaseAccess,
  ) {}

  @Get()
  @Roles(...CASE_READERS)
  @ApiOperation({
    summary: 'Band, tariff lines, local adjustments, annual cost and the element 2 / element 3 split',
    description:
      'Priced by the funding context when the ehcp context issues a final or amended plan. In the distributed mode this ' +
      'follows the plan eventually: until then the answer is 404 FUNDING.NOT_PRICED.',
  })
  @ApiProblems({ 400: true, 401: true, 403: true, 404: ['CASE.NOT_FOUND', 'FUNDING.NOT_PRICED'] })
  @ApiAnswer(Answer.object({ caseId: Answer.uuid(), revision: Answer.integer('The ETag') }))
  async get(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @CurrentUser() user: User,
    @Res({ passthrough: true }) res: Response,
  ) {
    await this.access.laOf(user, caseId);
    const events = await this.store.readStream(fundingStream(caseId));
    const state = foldStream(fundingDecider, events);
    if (state.status !== 'priced') throw new NotFoundError(FundingErrors.NOT_PRICED, 'No plan of this case has been priced yet.');
    const revision = events.at(-1)?.revision ?? -1;
    res.setHeader('ETag', `"${revision}"`);
    return { caseId, revision, ...fundingView(state) };
  }
}
