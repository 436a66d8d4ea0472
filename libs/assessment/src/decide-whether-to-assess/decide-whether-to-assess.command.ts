import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { StandardsCatalogue, type StandardRef } from '@send/standards';
import { AssessDecision, PanelRecommendation } from '../domain/index.js';
import { assessmentTarget } from '../assessment-command.js';

export class DecideWhetherToAssessCommand extends CaseCommand<{
  decision: AssessDecision;
  decidedOn: string;
  reason: string;
  panel?: PanelRecommendation;
  standard?: StandardRef;
}> {}

/**
 * Reg 4(1)/5(1): the decision whether to assess, with its reason; closes the 6-week clock. A national standard
 * cited is looked up as in force on decidedOn (STANDARDS.UNKNOWN_STANDARD, STANDARDS.NOT_IN_FORCE otherwise).
 */
@CommandHandler(DecideWhetherToAssessCommand)
export class DecideWhetherToAssessHandler implements ICommandHandler<DecideWhetherToAssessCommand, WriteResult> {
  constructor(
    private readonly writer: CaseWriter,
    private readonly standards: StandardsCatalogue,
  ) {}
  execute(c: DecideWhetherToAssessCommand): Promise<WriteResult> {
    const { standard, ...input } = c.input;
    const data = { ...input, ...(standard ? { standard: this.standards.cite(standard, input.decidedOn) } : {}) };
    return this.writer.write(
      assessmentTarget,
      c,
      { type: 'DecideWhetherToAssess', data },
      { occurredAt: c.input.decidedOn, reason: c.input.reason },
    );
  }
}
