import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { assessmentTarget } from '../assessment-command.js';

export class NoteTribunalOrderToAssessCommand extends CaseCommand<{ orderId: string; madeOn: string }> {}

/**
 * From the process manager: the tribunal ordered the LA to assess after it refused to, so the refusal
 * gives way to a decision to assess, which is the notice Reg 44(2)(b) asks for within 2 weeks.
 */
@CommandHandler(NoteTribunalOrderToAssessCommand)
export class NoteTribunalOrderToAssessHandler implements ICommandHandler<NoteTribunalOrderToAssessCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: NoteTribunalOrderToAssessCommand): Promise<WriteResult> {
    return this.writer.write(
      assessmentTarget,
      c,
      { type: 'NoteTribunalOrderToAssess', data: c.input },
      { occurredAt: c.input.madeOn },
    );
  }
}
