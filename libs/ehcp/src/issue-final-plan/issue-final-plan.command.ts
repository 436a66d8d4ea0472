import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { SectionI } from '../domain/index.js';
import { ehcpTarget } from '../ehcp-command.js';

export class IssueFinalPlanCommand extends CaseCommand<{ issuedOn: string; sectionI?: SectionI }> {}

/** Reg 13(2)–(3), 14: the final plan; refused while the family's period runs or without section I. */
@CommandHandler(IssueFinalPlanCommand)
export class IssueFinalPlanHandler implements ICommandHandler<IssueFinalPlanCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: IssueFinalPlanCommand): Promise<WriteResult> {
    return this.writer.write(ehcpTarget, c, { type: 'IssueFinalPlan', data: c.input }, { occurredAt: c.input.issuedOn });
  }
}
