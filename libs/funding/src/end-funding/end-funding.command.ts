import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { fundingTarget } from '../funding-command.js';

export class EndFundingCommand extends CaseCommand<{ ceasedOn: string; sourceEventId: string }> {}

/** From the process manager only: the plan ceased, its commitments stop. Idempotent in the decider. */
@CommandHandler(EndFundingCommand)
export class EndFundingHandler implements ICommandHandler<EndFundingCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: EndFundingCommand): Promise<WriteResult> {
    return this.writer.write(fundingTarget, c, { type: 'EndFunding', data: c.input }, { occurredAt: c.input.ceasedOn });
  }
}
