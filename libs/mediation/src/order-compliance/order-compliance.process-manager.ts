import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { StoredEvent } from '@send/kernel';
import { CheckpointedProcessManager } from '@send/read-models';
import type { IsoDate } from '@send/statutory';
import type { OrderStep } from '../domain/index.js';
import { processActor } from '../mediation-command.js';
import { dateIn } from '../other-contexts.js';
import { RecordOrderStepDoneCommand, RecordOrderStepNotNeededCommand } from './record-order-step.command.js';

export type OrderAct =
  | { readonly kind: 'done'; readonly step: OrderStep; readonly on: IsoDate }
  | { readonly kind: 'not-needed'; readonly step: OrderStep; readonly on: IsoDate; readonly why: string };

const done = (step: OrderStep, on: IsoDate | undefined): OrderAct[] => (on === undefined ? [] : [{ kind: 'done', step, on }]);

/**
 * What another context's event does towards a tribunal order (Reg 44(2)), read by type and data alone.
 * The LA complies by doing the work in the service that owns it, never by ticking a box here.
 */
export function orderActsIn(event: Pick<StoredEvent, 'type' | 'data'>): OrderAct[] {
  const data = (event.data ?? {}) as Record<string, unknown>;
  switch (event.type) {
    case 'AssessmentDecided':
      return data.decision === 'assess' ? done('notify-assessment', dateIn(data, 'decidedOn')) : [];
    case 'PlanIssueDecided': {
      const on = dateIn(data, 'decidedOn');
      if (data.outcome === 'no-plan') return done('decision-not-to-issue', on);
      if (data.outcome !== 'issue-plan' || on === undefined) return [];
      // Reg 44(2)(b), as Reg 45(3A): the 10 weeks are for a decision not to issue; a plan has 14.
      return [{ kind: 'not-needed', step: 'decision-not-to-issue', on, why: 'the LA decided to issue a plan (Reg 44(2)(b))' }];
    }
    case 'DraftPlanIssued':
      return done('draft-plan', dateIn(data, 'issuedOn'));
    case 'FinalPlanIssued':
      return [...done('final-plan', dateIn(data, 'issuedOn')), ...done('amended-plan', dateIn(data, 'issuedOn'))];
    case 'AmendedPlanIssued':
      return done('amended-plan', dateIn(data, 'issuedOn'));
    case 'PlanCeased':
      return done('cease-plan', dateIn(data, 'decidedOn', 'ceasedOn', 'on'));
    default:
      return [];
  }
}

/**
 * Other contexts' acts → the compliance steps of this case's tribunal orders, met or late. Sent for every
 * such event: the decider answers nothing where no order awaits the step, and nothing twice for one event.
 */
@Injectable()
export class OrderComplianceProcessManager extends CheckpointedProcessManager {
  readonly name = 'mediation.order-compliance';

  constructor(
    private readonly commands: CommandBus,
    @InjectDataSource() db: DataSource,
  ) {
    super(db);
  }

  protected async react(event: StoredEvent): Promise<boolean> {
    const acts = orderActsIn(event);
    for (const act of acts) {
      const about = { caseId: event.caseId, la: event.la, user: processActor(this.name) };
      const caused = { correlationId: event.correlationId, causationId: event.id };
      const sourceEventId = event.id;
      await this.commands.execute(
        act.kind === 'done'
          ? new RecordOrderStepDoneCommand({ ...about, ...caused, input: { step: act.step, doneOn: act.on, sourceEventId } })
          : new RecordOrderStepNotNeededCommand({
              ...about,
              ...caused,
              input: { step: act.step, on: act.on, sourceEventId, why: act.why },
            }),
      );
    }
    return acts.length > 0;
  }
}
