import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { StoredEvent } from '@send/kernel';
import { CheckpointedProcessManager, type EventData, eventData, send } from '@send/read-models';
import type { IsoDate } from '@send/statutory';
import type { AppealableDecision } from '../domain/index.js';
import { OpenAppealRightsCommand } from './open-appeal-rights.command.js';

export interface AppealableDecisionFound {
  readonly decision: AppealableDecision;
  readonly decisionLetterOn: IsoDate;
}

type Reader = (data: EventData) => AppealableDecisionFound | undefined;

const found = (decision: AppealableDecision, on: IsoDate | undefined) =>
  on === undefined ? undefined : { decision, decisionLetterOn: on };

/**
 * The appealable decisions other contexts record, by event type and data alone: contexts share no code
 * (docs/architecture.md). CFA 2014 s.51(2): refusing to assess (a), not issuing a plan (b), a final or
 * amended plan's contents (c), refusing to re-assess (d), not amending after a review (e: a review decision
 * to maintain, or a decision not to amend after a notice that followed a review), ceasing a plan (f). The
 * decision letter is dated the day of the decision or issue. The cease decision is CeaseDecided, not
 * PlanCeased: the family appeals the decision, and the plan only stops once the window has closed or the
 * tribunal dismissed the appeal (PlanCeased meets an order, see order-compliance). docs/domain.md "Appeal rights".
 */
const APPEALABLE = new Map<string, Reader>([
  ['AssessmentDecided', (d) => (d.text('decision') === 'refuse' ? found('refusal-to-assess', d.date('decidedOn')) : undefined)],
  ['PlanIssueDecided', (d) => (d.text('outcome') === 'no-plan' ? found('no-plan', d.date('decidedOn')) : undefined)],
  ['FinalPlanIssued', (d) => found('plan-contents', d.date('issuedOn'))],
  ['AmendedPlanIssued', (d) => found('plan-contents', d.date('issuedOn'))],
  ['ReviewDecided', (d) => (d.text('decision') === 'maintain' ? found('review-decision', d.date('decidedOn')) : undefined)],
  ['DecidedNotToAmend', (d) => (d.text('reviewId') ? found('review-decision', d.date('decidedOn')) : undefined)],
  [
    'ReassessmentDecided',
    (d) => (d.text('decision') === 'refuse' ? found('refusal-to-reassess', d.date('decidedOn')) : undefined),
  ],
  ['CeaseDecided', (d) => found('cease', d.date('decidedOn'))],
]);

export function appealableDecisionIn(event: Pick<StoredEvent, 'type' | 'data'>): AppealableDecisionFound | undefined {
  return APPEALABLE.get(event.type)?.(eventData(event.data));
}

/**
 * Every appealable decision → the family's appeal rights and the appeal-window clock. At-least-once:
 * OpenAppealRights names the source event, and the decider records nothing twice for it.
 */
@Injectable()
export class AppealRightsProcessManager extends CheckpointedProcessManager {
  readonly name = 'mediation.appeal-rights';
  protected readonly reactsTo: ReadonlySet<string> = new Set(APPEALABLE.keys());

  constructor(commands: CommandBus, @InjectDataSource() db: DataSource) {
    super(commands, db);
  }

  protected commandsFor(event: StoredEvent) {
    const found = appealableDecisionIn(event);
    return found === undefined ? [] : [send(OpenAppealRightsCommand, { ...found, sourceEventId: event.id })];
  }
}
