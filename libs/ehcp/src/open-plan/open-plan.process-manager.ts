import { Injectable } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { StoredEvent } from '@send/kernel';
import { CaseQueries, CheckpointedProcessManager } from '@send/read-models';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { runEhcp } from '../ehcp-command.js';

export class OpenPlanCommand extends CaseCommand<{ requestedOn: string; decidedOn: string }> {}

@CommandHandler(OpenPlanCommand)
export class OpenPlanHandler implements ICommandHandler<OpenPlanCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: OpenPlanCommand): Promise<WriteResult> {
    return runEhcp(this.writer, c, { type: 'OpenPlan', data: { caseId: c.caseId, la: c.la, ...c.input } }, c.input.decidedOn);
  }
}

/**
 * Assessment decided to issue a plan → the plan opens in the ehcp context, which refuses a draft until
 * then. OpenPlan is idempotent in the decider, so redelivery changes nothing.
 */
@Injectable()
export class OpenPlanProcessManager extends CheckpointedProcessManager {
  readonly name = 'ehcp.open-plan';

  constructor(
    private readonly commands: CommandBus,
    private readonly queries: CaseQueries,
    @InjectDataSource() db: DataSource,
  ) {
    super(db);
  }

  protected async react(event: StoredEvent): Promise<boolean> {
    const data = event.data as Record<string, string>;
    if (event.type !== 'PlanIssueDecided' || data.outcome !== 'issue-plan') return false;
    const requestedOn = (await this.queries.requestedOn(event.caseId)) ?? data.decidedOn;
    await this.commands.execute(
      new OpenPlanCommand({
        caseId: event.caseId,
        la: event.la,
        input: { requestedOn, decidedOn: data.decidedOn },
        user: { id: 'process:ehcp.open-plan', role: 'system' },
        correlationId: event.correlationId,
        causationId: event.id,
      }),
    );
    return true;
  }
}
