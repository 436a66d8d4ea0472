import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { fundingTarget } from '../funding-command.js';

export class ApplyLocalAdjustmentCommand extends CaseCommand<{
  amountPence: number;
  reason: string;
  approvedBy: string;
  approvedOn: string;
}> {}

/** Local flexibility (green paper item 6): an approved, reasoned change to the top-up, shown as its own line. */
@CommandHandler(ApplyLocalAdjustmentCommand)
export class ApplyLocalAdjustmentHandler implements ICommandHandler<ApplyLocalAdjustmentCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}

  async execute(c: ApplyLocalAdjustmentCommand): Promise<WriteResult> {
    const adjustmentId = randomUUID();
    const result = await this.writer.write(
      fundingTarget,
      c,
      { type: 'ApplyLocalAdjustment', data: { adjustmentId, ...c.input, requestedBy: c.user.id } },
      { occurredAt: c.input.approvedOn, reason: c.input.reason },
    );
    return { ...result, adjustmentId };
  }
}
