import { Controller, Get, Inject, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ApiOperation, ApiTags, type SchemaObject } from '@nestjs/swagger';
import type { Response } from 'express';
import { NotFoundError } from '@send/kernel';
import { EVENT_STORE, type EventStore, foldStream } from '@send/event-store';
import { CASE_READERS, CaseAccess, CurrentUser, Roles, type User, ApiProblems, ApiAnswer, Answer } from '@send/platform';
import {
  APPEALABLE_DECISIONS,
  ISSUES,
  MEDIATION_POLICIES,
  MEDIATION_STEPS,
  type MediationState,
  MediationErrors,
  TRIBUNAL_ORDERS,
  mediationDecider,
} from '../domain/index.js';
import { disputeIdPipe } from '../dispute-id.js';
import { mediationStream } from '../mediation.stream.js';

const DATE = Answer.string('YYYY-MM-DD');
const ORDER_KIND: SchemaObject = { type: 'string', enum: [...TRIBUNAL_ORDERS] };
const STEPS = Answer.list(Answer.object({ step: Answer.string('What the LA must do (Reg 44)'), dueOn: DATE }));

/** The family's right to appeal one decision letter (AppealRights in domain/mediation.state.ts). */
const APPEAL_RIGHTS: SchemaObject = Answer.object(
  {
    rightsId: Answer.string(),
    decision: { type: 'string', enum: [...APPEALABLE_DECISIONS] },
    decisionLetterOn: DATE,
    sourceEventIds: Answer.list(Answer.string()),
    certificateOn: Answer.string('The latest certificate of a dispute about this decision'),
    windowEndsOn: Answer.string('The last day to appeal (HESC Rules r.20(1))'),
    deadlineId: Answer.string('The appeal-window clock now running'),
    windows: Answer.integer('How many windows there have been: a certificate moves it'),
  },
  ['certificateOn'],
);

/** A dispute with its mediation, certificate, agreement, appeal and orders (Dispute, orders as a list). */
const DISPUTE: SchemaObject = Answer.object(
  {
    disputeId: Answer.string(),
    status: {
      type: 'string',
      enum: [
        'raised',
        'adviser-contacted',
        'mediation-declined',
        'mediation-requested',
        'mediation-held',
        'agreement-reached',
        'certified',
        'appealed',
        'order-made',
      ],
      description: 'The latest milestone; the facts are kept beside it',
    },
    about: Answer.list({ type: 'string', enum: [...ISSUES] }),
    decision: { type: 'string', enum: [...APPEALABLE_DECISIONS] },
    rightsId: Answer.string(),
    decisionLetterOn: DATE,
    raisedOn: DATE,
    mediation: {
      ...Answer.object(
        Object.fromEntries(MEDIATION_STEPS.map((step) => [step, Answer.object({ on: DATE, notes: Answer.string() }, ['notes'])])),
        [...MEDIATION_STEPS],
      ),
      description: 'Each mediation step recorded, by step',
    },
    certificateOn: DATE,
    certificateOwedBy: Answer.string('The LA did not arrange mediation in time: the family is owed its certificate by this day'),
    agreement: Answer.object(
      {
        agreementId: Answer.string(),
        on: DATE,
        order: ORDER_KIND,
        steps: STEPS,
        agreedDueOn: DATE,
        doneOn: DATE,
      },
      ['agreementId', 'order', 'agreedDueOn', 'doneOn'],
    ),
    appeal: Answer.object({
      registeredOn: DATE,
      windowEndsOn: DATE,
      inTime: Answer.boolean(),
      extensionGranted: Answer.boolean(),
      policy: { type: 'string', enum: [...MEDIATION_POLICIES] },
    }),
    orders: Answer.list(Answer.object({ orderId: Answer.string(), order: ORDER_KIND, madeOn: DATE, steps: STEPS })),
  },
  ['decision', 'rightsId', 'certificateOn', 'certificateOwedBy', 'agreement', 'appeal'],
);

const PANEL_RECOMMENDATION: SchemaObject = Answer.object(
  {
    recommendationId: Answer.string(),
    recommendation: { type: 'string', enum: ['assess', 'refuse'] },
    meetingOn: DATE,
    notes: Answer.string(),
  },
  ['notes'],
);

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
      disputes: Answer.list(DISPUTE),
      appealRights: Answer.list(APPEAL_RIGHTS),
      panelRecommendations: {
        ...Answer.list(PANEL_RECOMMENDATION),
        description: 'Recorded here before recommendations moved to the decision whether to assess: history only',
      },
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
  @ApiAnswer({
    allOf: [
      Answer.object({ caseId: Answer.uuid() }),
      DISPUTE,
      Answer.object({ appealRights: { ...APPEAL_RIGHTS, description: 'The appeal rights the dispute is about' } }, [
        'appealRights',
      ]),
    ],
  })
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
