import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { StoredEvent } from '@send/kernel';
import { CheckpointedProcessManager, type EventData, eventData, send } from '@send/read-models';
import type { IsoDate } from '@send/statutory';
import type { OrderStep } from '../domain/index.js';
import { RecordOrderStepDoneCommand, RecordOrderStepNotNeededCommand } from './record-order-step.command.js';

export type OrderAct =
  | { readonly kind: 'done'; readonly step: OrderStep; readonly on: IsoDate }
  | { readonly kind: 'not-needed'; readonly step: OrderStep; readonly on: IsoDate; readonly why: string };

const done = (step: OrderStep, on: IsoDate | undefined): OrderAct[] => (on === undefined ? [] : [{ kind: 'done', step, on }]);

function planIssueDecided(d: EventData): OrderAct[] {
  const on = d.date('decidedOn');
  const outcome = d.text('outcome');
  if (outcome === 'no-plan') return done('decision-not-to-issue', on);
  if (outcome !== 'issue-plan' || on === undefined) return [];
  // Reg 44(2)(b), as Reg 45(3A): the 10 weeks are for a decision not to issue; a plan has 14.
  return [{ kind: 'not-needed', step: 'decision-not-to-issue', on, why: 'the LA decided to issue a plan (Reg 44(2)(b))' }];
}

/**
 * What another context's event does towards a tribunal order (Reg 44(2)) or a mediation agreement that
 * counts as one (Reg 42(2)), read by type and data alone. The LA complies by doing the work in the service
 * that owns it, never by ticking a box here.
 * - An order to amend the needs or provision (5 weeks) or the setting (2 weeks) answers an appeal about a
 *   plan that is maintained, so it is met by the amended plan (AmendedPlanIssued), never by a first final
 *   plan: FinalPlanIssued meets the final-plan step of an order to assess or to make a plan only.
 * - An appeal against ceasing dismissed: the plan ceases (PlanCeased.ceasedOn, Reg 44(2)(a)). The cease
 *   decision itself (CeaseDecided) is the appealable act, not compliance.
 * docs/domain.md "Tribunal orders".
 */
const ORDER_ACTS = new Map<string, (data: EventData) => OrderAct[]>([
  ['AssessmentDecided', (d) => (d.text('decision') === 'assess' ? done('notify-assessment', d.date('decidedOn')) : [])],
  ['ReassessmentDecided', (d) => (d.text('decision') === 'reassess' ? done('notify-assessment', d.date('decidedOn')) : [])],
  ['PlanIssueDecided', planIssueDecided],
  ['DraftPlanIssued', (d) => done('draft-plan', d.date('issuedOn'))],
  ['FinalPlanIssued', (d) => done('final-plan', d.date('issuedOn'))],
  ['AmendedPlanIssued', (d) => done('amended-plan', d.date('issuedOn'))],
  ['PlanCeased', (d) => done('cease-plan', d.date('ceasedOn', 'decidedOn', 'on'))],
]);

export function orderActsIn(event: Pick<StoredEvent, 'type' | 'data'>): OrderAct[] {
  return ORDER_ACTS.get(event.type)?.(eventData(event.data)) ?? [];
}

/**
 * Other contexts' acts → the compliance steps of this case's tribunal orders, met or late. Sent for every
 * such event: the decider answers nothing where no order awaits the step, and nothing twice for one event.
 */
@Injectable()
export class OrderComplianceProcessManager extends CheckpointedProcessManager {
  readonly name = 'mediation.order-compliance';
  protected readonly reactsTo: ReadonlySet<string> = new Set(ORDER_ACTS.keys());

  constructor(commands: CommandBus, @InjectDataSource() db: DataSource) {
    super(commands, db);
  }

  protected commandsFor(event: StoredEvent) {
    const sourceEventId = event.id;
    return orderActsIn(event).map((act) =>
      act.kind === 'done'
        ? send(RecordOrderStepDoneCommand, { step: act.step, doneOn: act.on, sourceEventId })
        : send(RecordOrderStepNotNeededCommand, { step: act.step, on: act.on, sourceEventId, why: act.why }),
    );
  }
}
