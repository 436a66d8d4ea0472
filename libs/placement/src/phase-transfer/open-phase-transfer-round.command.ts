import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { placementTarget } from '../placement-command.js';

export class OpenPhaseTransferRoundCommand extends CaseCommand<{
  transferId: string;
  transfer: string;
  transferOn: string;
  dueOn: string;
  sourceEventId: string;
  startedOn: string;
}> {}

/** From the phase-transfer process manager only; idempotent in the decider. */
@CommandHandler(OpenPhaseTransferRoundCommand)
export class OpenPhaseTransferRoundHandler implements ICommandHandler<OpenPhaseTransferRoundCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: OpenPhaseTransferRoundCommand): Promise<WriteResult> {
    const { startedOn, ...data } = c.input;
    return this.writer.write(placementTarget, c, { type: 'OpenPhaseTransferRound', data }, { occurredAt: startedOn });
  }
}
