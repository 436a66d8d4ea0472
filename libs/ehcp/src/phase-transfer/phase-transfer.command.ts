import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import type { PhaseTransfer } from '@send/statutory';
import { ehcpTarget } from '../ehcp-command.js';

export class StartPhaseTransferCommand extends CaseCommand<{ transfer: PhaseTransfer; transferOn: string }> {}

/** Reg 18: a transfer between phases; starts phase-transfer. Returns transferId. */
@CommandHandler(StartPhaseTransferCommand)
export class StartPhaseTransferHandler implements ICommandHandler<StartPhaseTransferCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  async execute(c: StartPhaseTransferCommand): Promise<WriteResult> {
    const transferId = randomUUID();
    const result = await this.writer.write(ehcpTarget, c, { type: 'StartPhaseTransfer', data: { transferId, ...c.input } });
    return { ...result, transferId };
  }
}
