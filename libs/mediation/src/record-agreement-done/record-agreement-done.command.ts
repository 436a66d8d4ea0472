import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { mediationTarget } from '../mediation-command.js';

export class RecordAgreementDoneCommand extends CaseCommand<{ disputeId: string; doneOn: string; notes?: string }> {}

/** Reg 42(3): what a mediation agreement on non-appealable issues required was done; closes `agreement-compliance`. */
@CommandHandler(RecordAgreementDoneCommand)
export class RecordAgreementDoneHandler implements ICommandHandler<RecordAgreementDoneCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: RecordAgreementDoneCommand): Promise<WriteResult> {
    return this.writer.write(mediationTarget, c, { type: 'RecordAgreementDone', data: c.input }, { occurredAt: c.input.doneOn });
  }
}
