import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { AssessDecision, PanelRecommendation } from '../domain/index.js';
import { assessmentTarget } from '../assessment-command.js';

export class DecideWhetherToAssessCommand extends CaseCommand<{
  decision: AssessDecision;
  decidedOn: string;
  reason: string;
  panel?: PanelRecommendation;
}> {}

/** Reg 4(1)/5(1): the decision whether to assess, with its reason; closes the 6-week clock. */
@CommandHandler(DecideWhetherToAssessCommand)
export class DecideWhetherToAssessHandler implements ICommandHandler<DecideWhetherToAssessCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: DecideWhetherToAssessCommand): Promise<WriteResult> {
    return this.writer.write(
      assessmentTarget,
      c,
      { type: 'DecideWhetherToAssess', data: c.input },
      { occurredAt: c.input.decidedOn, reason: c.input.reason },
    );
  }
}
