import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import type { OutcomeProgress, ReviewDecision } from '../domain/index.js';
import { ehcpTarget } from '../ehcp-command.js';

export class StartReviewCommand extends CaseCommand<{
  meetingOn: string;
  invitationsSentOn?: string;
  adviceCirculatedOn?: string;
}> {}
export class SendReviewReportCommand extends CaseCommand<{ reviewId: string; sentOn: string }> {}
export class DecideReviewCommand extends CaseCommand<{
  reviewId: string;
  decision: ReviewDecision;
  decidedOn: string;
  stepDownConsidered: boolean;
  stepDownRationale: string;
  rationale: string;
  proposedAmendments?: string;
  outcomesProgress?: OutcomeProgress[];
}> {}

/** Reg 20(1): the review meeting; starts the report (Reg 20(7)) and decision (Reg 20(10)) clocks. Returns reviewId. */
@CommandHandler(StartReviewCommand)
export class StartReviewHandler implements ICommandHandler<StartReviewCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  async execute(c: StartReviewCommand): Promise<WriteResult> {
    const reviewId = randomUUID();
    const result = await this.writer.write(
      ehcpTarget,
      c,
      { type: 'StartReview', data: { reviewId, ...c.input } },
      { occurredAt: c.input.meetingOn },
    );
    return { ...result, reviewId };
  }
}

/** Reg 20(7): the report of the review meeting sent to everyone invited. */
@CommandHandler(SendReviewReportCommand)
export class SendReviewReportHandler implements ICommandHandler<SendReviewReportCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: SendReviewReportCommand): Promise<WriteResult> {
    return this.writer.write(ehcpTarget, c, { type: 'SendReviewReport', data: c.input }, { occurredAt: c.input.sentOn });
  }
}

/** Reg 20(10): the LA's decision after the review; concludes it (CFA s.44(1)); to amend, it is the Reg 22 notice. */
@CommandHandler(DecideReviewCommand)
export class DecideReviewHandler implements ICommandHandler<DecideReviewCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: DecideReviewCommand): Promise<WriteResult> {
    return this.writer.write(ehcpTarget, c, { type: 'DecideReview', data: c.input }, { occurredAt: c.input.decidedOn });
  }
}
