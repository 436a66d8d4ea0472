import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { StandardsCatalogue } from '@send/standards';
import type { PlanSectionsInput } from '../domain/index.js';
import { ehcpTarget } from '../ehcp-command.js';
import { checkBeyondStandards } from '../issue-draft-plan/beyond-standard.js';

export class SendAmendmentNoticeCommand extends CaseCommand<{ sentOn: string; proposedAmendments: string; reason: string }> {}
export class IssueAmendedPlanCommand extends CaseCommand<{ issuedOn: string; sections: PlanSectionsInput }> {}
export class DecideNotToAmendCommand extends CaseCommand<{ decidedOn: string; reason: string }> {}

/** Reg 22(1)–(2): notice of proposed amendments outside a review; starts its 15 days and 8 weeks. Returns noticeId. */
@CommandHandler(SendAmendmentNoticeCommand)
export class SendAmendmentNoticeHandler implements ICommandHandler<SendAmendmentNoticeCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  async execute(c: SendAmendmentNoticeCommand): Promise<WriteResult> {
    const noticeId = randomUUID();
    const result = await this.writer.write(
      ehcpTarget,
      c,
      { type: 'SendAmendmentNotice', data: { noticeId, ...c.input } },
      { occurredAt: c.input.sentOn },
    );
    return { ...result, noticeId };
  }
}

/** Reg 22(3): the amended final plan, a new version. */
@CommandHandler(IssueAmendedPlanCommand)
export class IssueAmendedPlanHandler implements ICommandHandler<IssueAmendedPlanCommand, WriteResult> {
  constructor(
    private readonly writer: CaseWriter,
    private readonly standards: StandardsCatalogue,
  ) {}
  execute(c: IssueAmendedPlanCommand): Promise<WriteResult> {
    checkBeyondStandards(this.standards, c.input.sections, c.input.issuedOn);
    return this.writer.write(ehcpTarget, c, { type: 'IssueAmendedPlan', data: c.input }, { occurredAt: c.input.issuedOn });
  }
}

/** Reg 22(4): the LA decides not to amend after its notice. */
@CommandHandler(DecideNotToAmendCommand)
export class DecideNotToAmendHandler implements ICommandHandler<DecideNotToAmendCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: DecideNotToAmendCommand): Promise<WriteResult> {
    return this.writer.write(ehcpTarget, c, { type: 'DecideNotToAmend', data: c.input }, { occurredAt: c.input.decidedOn });
  }
}
