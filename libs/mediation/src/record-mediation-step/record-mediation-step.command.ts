import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { MediationStep } from '../domain/index.js';
import { mediationTarget } from '../mediation-command.js';

export class RecordMediationStepCommand extends CaseCommand<{
  disputeId: string;
  event: MediationStep;
  on: string;
  notes?: string;
}> {}

/** Adviser contact (Reg 33), declining (Reg 34), a request (Reg 37), mediation held (Reg 39), agreement (Reg 42). */
@CommandHandler(RecordMediationStepCommand)
export class RecordMediationStepHandler implements ICommandHandler<RecordMediationStepCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: RecordMediationStepCommand): Promise<WriteResult> {
    const { disputeId, event, on, notes } = c.input;
    const data = { disputeId, step: event, on, ...(notes === undefined ? {} : { notes }) };
    return this.writer.write(mediationTarget, c, { type: 'RecordMediationStep', data }, { occurredAt: on });
  }
}
