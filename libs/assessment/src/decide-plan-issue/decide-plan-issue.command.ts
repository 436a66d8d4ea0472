import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { PlanOutcome } from '../domain/index.js';
import { assessmentTarget } from '../assessment-command.js';

export class DecidePlanIssueCommand extends CaseCommand<{ outcome: PlanOutcome; decidedOn: string; reason: string }> {}

/** Reg 10: after assessing, the decision to issue a plan or not; "issue-plan" opens the plan in ehcp. */
@CommandHandler(DecidePlanIssueCommand)
export class DecidePlanIssueHandler implements ICommandHandler<DecidePlanIssueCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: DecidePlanIssueCommand): Promise<WriteResult> {
    return this.writer.write(
      assessmentTarget,
      c,
      { type: 'DecidePlanIssue', data: c.input },
      { occurredAt: c.input.decidedOn, reason: c.input.reason },
    );
  }
}
