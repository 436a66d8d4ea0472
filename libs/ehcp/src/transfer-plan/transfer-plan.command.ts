import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { ehcpTarget } from '../ehcp-command.js';

export class RequestPlanTransferCommand extends CaseCommand<{ toLa: string; movedOn: string; learnedOn: string }> {}

/** Reg 15(2): the old LA transfers the plan; starts transfer-plan; returns transferId. */
@CommandHandler(RequestPlanTransferCommand)
export class RequestPlanTransferHandler implements ICommandHandler<RequestPlanTransferCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  async execute(c: RequestPlanTransferCommand): Promise<WriteResult> {
    const transferId = randomUUID();
    const result = await this.writer.write(
      ehcpTarget,
      c,
      { type: 'RequestPlanTransfer', data: { transferId, ...c.input } },
      // The old LA's duty begins on the day it learned of the move (Reg 15(2)); the act is dated from it.
      { occurredAt: c.input.learnedOn },
    );
    return { ...result, transferId };
  }
}

export class AcceptPlanTransferCommand extends CaseCommand<{ acceptedOn: string; byLa: string }> {}

/**
 * Reg 15(3)–(5): the new LA takes the plan over; the command's la is the new LA, so what it writes is in
 * the new LA's name (docs/domain.md "Transfer between local authorities").
 */
@CommandHandler(AcceptPlanTransferCommand)
export class AcceptPlanTransferHandler implements ICommandHandler<AcceptPlanTransferCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: AcceptPlanTransferCommand): Promise<WriteResult> {
    return this.writer.write(ehcpTarget, c, { type: 'AcceptPlanTransfer', data: c.input }, { occurredAt: c.input.acceptedOn });
  }
}

export class SendTransferNoticeCommand extends CaseCommand<{ sentOn: string }> {}

/** Reg 15(4): the new LA has told the family; meets or closes late transfer-notice. */
@CommandHandler(SendTransferNoticeCommand)
export class SendTransferNoticeHandler implements ICommandHandler<SendTransferNoticeCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: SendTransferNoticeCommand): Promise<WriteResult> {
    return this.writer.write(ehcpTarget, c, { type: 'SendTransferNotice', data: c.input }, { occurredAt: c.input.sentOn });
  }
}

export class WithdrawPlanTransferCommand extends CaseCommand<{ withdrawnOn: string; reason: string }> {}

/** The move fell through: the old LA withdraws the pending transfer; transfer-plan stops applying. */
@CommandHandler(WithdrawPlanTransferCommand)
export class WithdrawPlanTransferHandler implements ICommandHandler<WithdrawPlanTransferCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: WithdrawPlanTransferCommand): Promise<WriteResult> {
    return this.writer.write(
      ehcpTarget,
      c,
      { type: 'WithdrawPlanTransfer', data: c.input },
      { occurredAt: c.input.withdrawnOn, reason: c.input.reason },
    );
  }
}
