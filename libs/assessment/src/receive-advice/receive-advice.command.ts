import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { assessmentTarget } from '../assessment-command.js';

export class ReceiveAdviceCommand extends CaseCommand<{ adviceId: string; receivedOn: string }> {}

@CommandHandler(ReceiveAdviceCommand)
export class ReceiveAdviceHandler implements ICommandHandler<ReceiveAdviceCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: ReceiveAdviceCommand): Promise<WriteResult> {
    return this.writer.write(assessmentTarget, c, { type: 'ReceiveAdvice', data: c.input }, { occurredAt: c.input.receivedOn });
  }
}
