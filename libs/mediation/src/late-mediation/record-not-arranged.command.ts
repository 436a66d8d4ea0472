import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { mediationTarget } from '../mediation-command.js';

export class RecordMediationNotArrangedCommand extends CaseCommand<{ disputeId: string; on: string; sourceEventId: string }> {}

/** From the late-mediation process manager only; idempotent per dispute in the decider. */
@CommandHandler(RecordMediationNotArrangedCommand)
export class RecordMediationNotArrangedHandler implements ICommandHandler<RecordMediationNotArrangedCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: RecordMediationNotArrangedCommand): Promise<WriteResult> {
    return this.writer.write(
      mediationTarget,
      c,
      { type: 'RecordMediationNotArranged', data: c.input },
      { occurredAt: c.input.on },
    );
  }
}
