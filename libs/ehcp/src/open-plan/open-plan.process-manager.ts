import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { StoredEvent } from '@send/kernel';
import { CaseQueries, CheckpointedProcessManager, eventData, send } from '@send/read-models';
import { OpenPlanCommand } from './open-plan.command.js';

/**
 * Assessment decided to issue a plan → the plan opens in the ehcp context, which refuses a draft until
 * then. OpenPlan is idempotent in the decider, so redelivery changes nothing.
 */
@Injectable()
export class OpenPlanProcessManager extends CheckpointedProcessManager {
  readonly name = 'ehcp.open-plan';
  protected readonly reactsTo: ReadonlySet<string> = new Set(['PlanIssueDecided']);

  constructor(
    commands: CommandBus,
    private readonly queries: CaseQueries,
    @InjectDataSource() db: DataSource,
  ) {
    super(commands, db);
  }

  protected async commandsFor(event: StoredEvent) {
    const data = eventData(event.data);
    const decidedOn = data.date('decidedOn');
    if (data.text('outcome') !== 'issue-plan' || decidedOn === undefined) return [];
    // The 20-week clock runs from the request (Reg 13(2)): the case list knows when it was received.
    const requestedOn = (await this.queries.requestedOn(event.caseId)) ?? decidedOn;
    return [send(OpenPlanCommand, { requestedOn, decidedOn })];
  }
}
