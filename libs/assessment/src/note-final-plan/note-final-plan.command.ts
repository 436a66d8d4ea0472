import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseWriter, WriteResult } from '@send/platform';
import { CaseCommand, runAssessment } from '../assessment-command.js';

export class NoteFinalPlanIssuedCommand extends CaseCommand<{ issuedOn: string }> {}

/** From the process manager: the ehcp context issued the final plan, so the 20-week clock (Reg 13(2)) closes. */
@CommandHandler(NoteFinalPlanIssuedCommand)
export class NoteFinalPlanIssuedHandler implements ICommandHandler<NoteFinalPlanIssuedCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: NoteFinalPlanIssuedCommand): Promise<WriteResult> {
    return runAssessment(this.writer, c, { type: 'NoteFinalPlanIssued', data: c.input }, c.input.issuedOn);
  }
}
