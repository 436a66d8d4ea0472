import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import type { TribunalOrder } from '@send/statutory';
import { MediationStep } from '../domain/index.js';
import { mediationTarget } from '../mediation-command.js';

export class RecordMediationStepCommand extends CaseCommand<{
  disputeId: string;
  event: MediationStep;
  on: string;
  notes?: string;
  order?: TribunalOrder;
  agreedDueOn?: string;
}> {}

/**
 * Adviser contact (Reg 33), declining (Reg 34), a request (Reg 37), mediation not arranged in time (Reg 37),
 * mediation held (Reg 39), agreement (Reg 42; with order, its compliance clocks, named by an agreementId).
 */
@CommandHandler(RecordMediationStepCommand)
export class RecordMediationStepHandler implements ICommandHandler<RecordMediationStepCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  async execute(c: RecordMediationStepCommand): Promise<WriteResult> {
    const { disputeId, event, on, notes, order, agreedDueOn } = c.input;
    const agreementId = event === 'agreement' && order !== undefined ? randomUUID() : undefined;
    const data = {
      disputeId,
      step: event,
      on,
      ...(notes === undefined ? {} : { notes }),
      ...(order === undefined ? {} : { order }),
      ...(agreementId === undefined ? {} : { agreementId }),
      ...(agreedDueOn === undefined ? {} : { agreedDueOn }),
    };
    const result = await this.writer.write(mediationTarget, c, { type: 'RecordMediationStep', data }, { occurredAt: on });
    // Names the agreement's order-compliance clocks, order-compliance:<agreementId>:<step>.
    return agreementId === undefined ? result : { ...result, agreementId };
  }
}
