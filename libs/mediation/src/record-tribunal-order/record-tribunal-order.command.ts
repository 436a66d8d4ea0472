import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import type { TribunalOrder } from '@send/statutory';
import { mediationTarget } from '../mediation-command.js';

export class RecordTribunalOrderCommand extends CaseCommand<{ disputeId: string; order: TribunalOrder; madeOn: string }> {}

/** Reg 43(2): the tribunal's order; each Reg 44(2) step becomes a compliance clock. Returns orderId. */
@CommandHandler(RecordTribunalOrderCommand)
export class RecordTribunalOrderHandler implements ICommandHandler<RecordTribunalOrderCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  async execute(c: RecordTribunalOrderCommand): Promise<WriteResult> {
    const orderId = randomUUID();
    const result = await this.writer.write(
      mediationTarget,
      c,
      { type: 'RecordTribunalOrder', data: { orderId, ...c.input } },
      { occurredAt: c.input.madeOn },
    );
    return { ...result, orderId };
  }
}
