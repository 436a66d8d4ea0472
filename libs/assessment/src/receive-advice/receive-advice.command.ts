import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseWriter, WriteResult } from '@send/platform';
import { CaseCommand, runAssessment } from '../assessment-command.js';

export class ReceiveAdviceCommand extends CaseCommand<{ adviceId: string; receivedOn: string }> {}

@CommandHandler(ReceiveAdviceCommand)
export class ReceiveAdviceHandler implements ICommandHandler<ReceiveAdviceCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: ReceiveAdviceCommand): Promise<WriteResult> {
    return runAssessment(this.writer, c, { type: 'ReceiveAdvice', data: c.input }, c.input.receivedOn);
  }
}
