import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { StandardsCatalogue, type StandardRef } from '@send/standards';
import { PlanOutcome } from '../domain/index.js';
import { assessmentTarget } from '../assessment-command.js';

export class DecidePlanIssueCommand extends CaseCommand<{
  outcome: PlanOutcome;
  decidedOn: string;
  reason: string;
  standard?: StandardRef;
}> {}

/**
 * Reg 10: after assessing, the decision to issue a plan or not; "issue-plan" opens the plan in ehcp. A national
 * standard cited ("needs can be met from ordinarily available provision") is looked up as in force on decidedOn.
 */
@CommandHandler(DecidePlanIssueCommand)
export class DecidePlanIssueHandler implements ICommandHandler<DecidePlanIssueCommand, WriteResult> {
  constructor(
    private readonly writer: CaseWriter,
    private readonly standards: StandardsCatalogue,
  ) {}
  execute(c: DecidePlanIssueCommand): Promise<WriteResult> {
    const { standard, ...input } = c.input;
    const data = { ...input, ...(standard ? { standard: this.standards.cite(standard, input.decidedOn) } : {}) };
    return this.writer.write(
      assessmentTarget,
      c,
      { type: 'DecidePlanIssue', data },
      { occurredAt: c.input.decidedOn, reason: c.input.reason },
    );
  }
}
