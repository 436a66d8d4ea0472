import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { Adviser } from '../domain/index.js';
import { assessmentTarget } from '../assessment-command.js';

export class RequestAdviceCommand extends CaseCommand<{ adviser: Adviser; requestedOn: string }> {}

/** Reg 6(1): advice asked of a professional starts that adviser's 6-week clock (Reg 8(1)). */
@CommandHandler(RequestAdviceCommand)
export class RequestAdviceHandler implements ICommandHandler<RequestAdviceCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  async execute(c: RequestAdviceCommand): Promise<WriteResult> {
    const adviceId = randomUUID();
    const result = await this.writer.write(
      assessmentTarget,
      c,
      { type: 'RequestAdvice', data: { adviceId, ...c.input } },
      { occurredAt: c.input.requestedOn },
    );
    return { ...result, adviceId };
  }
}
