import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { PlanSections } from '../domain/index.js';
import { ehcpTarget } from '../ehcp-command.js';

export class IssueDraftPlanCommand extends CaseCommand<{ issuedOn: string; sections: PlanSections }> {}

/** Reg 13(1): serve the draft plan; starts the family's 15-day period. */
@CommandHandler(IssueDraftPlanCommand)
export class IssueDraftPlanHandler implements ICommandHandler<IssueDraftPlanCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: IssueDraftPlanCommand): Promise<WriteResult> {
    return this.writer.write(ehcpTarget, c, { type: 'IssueDraftPlan', data: c.input }, { occurredAt: c.input.issuedOn });
  }
}
