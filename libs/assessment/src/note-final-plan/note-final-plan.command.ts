import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { assessmentTarget } from '../assessment-command.js';

export class NoteFinalPlanIssuedCommand extends CaseCommand<{ issuedOn: string }> {}

/** From the process manager: the ehcp context issued the final plan, so the 20-week clock (Reg 13(2)) closes. */
@CommandHandler(NoteFinalPlanIssuedCommand)
export class NoteFinalPlanIssuedHandler implements ICommandHandler<NoteFinalPlanIssuedCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: NoteFinalPlanIssuedCommand): Promise<WriteResult> {
    return this.writer.write(
      assessmentTarget,
      c,
      { type: 'NoteFinalPlanIssued', data: c.input },
      { occurredAt: c.input.issuedOn },
    );
  }
}
