import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { StoredEvent } from '@send/kernel';
import { CheckpointedProcessManager } from '@send/read-models';
import type { IsoDate } from '@send/statutory';
import type { AppealableDecision } from '../domain/index.js';
import { processActor } from '../mediation-command.js';
import { dateIn } from '../other-contexts.js';
import { OpenAppealRightsCommand } from './open-appeal-rights.command.js';

export interface AppealableDecisionFound {
  readonly decision: AppealableDecision;
  readonly decisionLetterOn: IsoDate;
}

/**
 * The appealable decisions other contexts record, by event type and data alone: contexts share no code
 * (architecture.md). CFA 2014 s.51(2): refusing to assess, not issuing a plan, a final or amended plan's
 * contents, ceasing a plan. The decision letter is dated the day of the decision or issue.
 */
export function appealableDecisionIn(event: Pick<StoredEvent, 'type' | 'data'>): AppealableDecisionFound | undefined {
  const data = (event.data ?? {}) as Record<string, unknown>;
  const found = (decision: AppealableDecision, on: IsoDate | undefined) =>
    on === undefined ? undefined : { decision, decisionLetterOn: on };
  switch (event.type) {
    case 'AssessmentDecided':
      return data.decision === 'refuse' ? found('refusal-to-assess', dateIn(data, 'decidedOn')) : undefined;
    case 'PlanIssueDecided':
      return data.outcome === 'no-plan' ? found('no-plan', dateIn(data, 'decidedOn')) : undefined;
    case 'FinalPlanIssued':
    case 'AmendedPlanIssued':
      return found('plan-contents', dateIn(data, 'issuedOn'));
    case 'PlanCeased':
      return found('cease', dateIn(data, 'decidedOn', 'ceasedOn', 'on'));
    default:
      return undefined;
  }
}

/**
 * Every appealable decision → the family's appeal rights and the appeal-window clock. At-least-once:
 * OpenAppealRights names the source event, and the decider records nothing twice for it.
 */
@Injectable()
export class AppealRightsProcessManager extends CheckpointedProcessManager {
  readonly name = 'mediation.appeal-rights';

  constructor(
    private readonly commands: CommandBus,
    @InjectDataSource() db: DataSource,
  ) {
    super(db);
  }

  protected async react(event: StoredEvent): Promise<boolean> {
    const found = appealableDecisionIn(event);
    if (found === undefined) return false;
    await this.commands.execute(
      new OpenAppealRightsCommand({
        caseId: event.caseId,
        la: event.la,
        input: { ...found, sourceEventId: event.id },
        user: processActor(this.name),
        correlationId: event.correlationId,
        causationId: event.id,
      }),
    );
    return true;
  }
}
