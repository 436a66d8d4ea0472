import { Controller, Get, Inject, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { NotFoundError } from '@send/kernel';
import { EVENT_STORE, type EventStore, foldStream } from '@send/event-store';
import { CASE_READERS, CaseAccess, CurrentUser, Roles, type User, ApiProblems, ApiAnswer, Answer } from '@send/platform';
import { type MediationState, MediationErrors, mediationDecider } from '../domain/index.js';
import { disputeIdPipe } from '../dispute-id.js';
import { mediationStream } from '../mediation.stream.js';

/** The case's disputes, appeal rights and panel recommendations, folded from the mediation stream. ETag is its revision. */
@ApiTags('mediation')
@Controller('api/v1/cases/:caseId/disputes')
export class GetDisputesController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly access: CaseAccess,
  ) {}

  @Get()
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'The case’s disputes, the family’s appeal rights and any panel recommendations' })
  @ApiProblems({ 400: true, 401: true, 403: true, 404: ['CASE.NOT_FOUND'] })
  @ApiAnswer(
    Answer.object({
      caseId: Answer.uuid(),
      revision: Answer.integer('The ETag'),
      disputes: Answer.list(Answer.open()),
      appealRights: Answer.list(Answer.open()),
      panelRecommendations: Answer.any('The panel recommendations recorded'),
    }),
  )
  async list(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @CurrentUser() user: User,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { state, revision } = await this.read(user, caseId);
    res.setHeader('ETag', `"${revision}"`);
    if (state.status === 'none') return { caseId, revision, disputes: [], appealRights: [], panelRecommendations: [] };
    return {
      caseId,
      revision,
      disputes: Object.values(state.disputes).map((d) => ({ ...d, orders: Object.values(d.orders) })),
      appealRights: Object.values(state.rights),
      panelRecommendations: state.panel,
    };
  }

  @Get(':disputeId')
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'One dispute: its mediation, certificate, appeal and orders' })
  @ApiProblems({ 400: true, 401: true, 403: true, 404: ['CASE.NOT_FOUND', 'MEDIATION.DISPUTE_NOT_FOUND'] })
  @ApiAnswer(
    Answer.object({ caseId: Answer.uuid(), orders: Answer.list(Answer.open()), appealRights: Answer.open() }, ['appealRights']),
  )
  async one(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('disputeId', disputeIdPipe()) disputeId: string,
    @CurrentUser() user: User,
  ) {
    const { state } = await this.read(user, caseId);
    const dispute = state.status === 'open' ? state.disputes[disputeId] : undefined;
    if (!dispute) throw new NotFoundError(MediationErrors.DISPUTE_NOT_FOUND, `No dispute ${disputeId} on case ${caseId}.`);
    const rights = dispute.rightsId === undefined || state.status !== 'open' ? undefined : state.rights[dispute.rightsId];
    return { caseId, ...dispute, orders: Object.values(dispute.orders), ...(rights ? { appealRights: rights } : {}) };
  }

  private async read(user: User, caseId: string): Promise<{ state: MediationState; revision: number }> {
    await this.access.laOf(user, caseId);
    const events = await this.store.readStream(mediationStream(caseId));
    return { state: foldStream(mediationDecider, events), revision: events.at(-1)?.revision ?? -1 };
  }
}
