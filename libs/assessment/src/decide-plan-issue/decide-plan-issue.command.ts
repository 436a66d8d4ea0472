import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseWriter, WriteResult } from '@send/platform';
import { PlanOutcome } from '../domain/index.js';
import { CaseCommand, runAssessment } from '../assessment-command.js';

export class DecidePlanIssueCommand extends CaseCommand<{ outcome: PlanOutcome; decidedOn: string; reason: string }> {}

/** Reg 10: after assessing, the decision to issue a plan or not; "issue-plan" opens the plan in ehcp. */
@CommandHandler(DecidePlanIssueCommand)
export class DecidePlanIssueHandler implements ICommandHandler<DecidePlanIssueCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: DecidePlanIssueCommand): Promise<WriteResult> {
    return runAssessment(this.writer, c, { type: 'DecidePlanIssue', data: c.input }, c.input.decidedOn, c.input.reason);
  }
}
