import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { CaseWriter, WriteResult } from '@send/platform';
import { CaseCommand, runFunding } from '../funding-command.js';

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
    const result = await runFunding(
      this.writer,
      c,
      { type: 'ApplyLocalAdjustment', data: { adjustmentId, ...c.input, requestedBy: c.user.id } },
      c.input.approvedOn,
      c.input.reason,
    );
    return { ...result, adjustmentId };
  }
}
