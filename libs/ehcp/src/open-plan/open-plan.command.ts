import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { ehcpTarget } from '../ehcp-command.js';

export class OpenPlanCommand extends CaseCommand<{ requestedOn: string; decidedOn: string }> {}

/** From the open-plan process manager: assessment decided to issue a plan (Reg 10), so the plan opens. */
@CommandHandler(OpenPlanCommand)
export class OpenPlanHandler implements ICommandHandler<OpenPlanCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: OpenPlanCommand): Promise<WriteResult> {
    const data = { caseId: c.caseId, la: c.la, ...c.input };
    return this.writer.write(ehcpTarget, c, { type: 'OpenPlan', data }, { occurredAt: c.input.decidedOn });
  }
}
