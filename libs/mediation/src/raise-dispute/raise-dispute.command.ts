import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { Issue } from '../domain/index.js';
import { mediationTarget } from '../mediation-command.js';

export class RaiseDisputeCommand extends CaseCommand<{ about: Issue[]; decisionLetterOn: string; raisedOn: string }> {}

/** A disagreement with a decision letter; joins, or opens, the family's appeal rights (HESC Rules r.20(1)). */
@CommandHandler(RaiseDisputeCommand)
export class RaiseDisputeHandler implements ICommandHandler<RaiseDisputeCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  async execute(c: RaiseDisputeCommand): Promise<WriteResult> {
    const disputeId = randomUUID();
    const data = { disputeId, rightsId: randomUUID(), ...c.input };
    const result = await this.writer.write(mediationTarget, c, { type: 'RaiseDispute', data }, { occurredAt: c.input.raisedOn });
    return { ...result, disputeId };
  }
}
