import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import type { ConsultationAnswer, ObjectionGround } from '../domain/index.js';
import { placementTarget } from '../placement-command.js';

export class AnswerConsultationCommand extends CaseCommand<{
  consultationId: string;
  answeredOn: string;
  answer: ConsultationAnswer;
  grounds?: ObjectionGround[];
}> {}

/** The setting's answer; cannot-meet must cite a CFA s.39(4) ground. Closes the 15-day clock. */
@CommandHandler(AnswerConsultationCommand)
export class AnswerConsultationHandler implements ICommandHandler<AnswerConsultationCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: AnswerConsultationCommand): Promise<WriteResult> {
    return this.writer.write(
      placementTarget,
      c,
      { type: 'AnswerConsultation', data: c.input },
      { occurredAt: c.input.answeredOn },
    );
  }
}
