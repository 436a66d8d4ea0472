import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import type { TimescaleExceptionInput } from '@send/statutory';
import type { ReassessmentDecision, ReassessmentRequester } from '../domain/index.js';
import { ehcpTarget } from '../ehcp-command.js';

export class RequestReassessmentCommand extends CaseCommand<{ requestedOn: string; requestedBy: ReassessmentRequester }> {}

/** Reg 24: a request for a re-assessment starts the LA's 15 days to decide (Reg 25(1)); returns reassessmentId. */
@CommandHandler(RequestReassessmentCommand)
export class RequestReassessmentHandler implements ICommandHandler<RequestReassessmentCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  async execute(c: RequestReassessmentCommand): Promise<WriteResult> {
    const reassessmentId = randomUUID();
    const result = await this.writer.write(
      ehcpTarget,
      c,
      { type: 'RequestReassessment', data: { reassessmentId, ...c.input } },
      { occurredAt: c.input.requestedOn },
    );
    return { ...result, reassessmentId };
  }
}

export class DecideReassessmentCommand extends CaseCommand<{
  decision: ReassessmentDecision;
  decidedOn: string;
  reason: string;
}> {}

/** Reg 25: the decision whether to re-assess; re-assessing starts the 14 weeks to the final plan (Reg 27(2)). */
@CommandHandler(DecideReassessmentCommand)
export class DecideReassessmentHandler implements ICommandHandler<DecideReassessmentCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: DecideReassessmentCommand): Promise<WriteResult> {
    return this.writer.write(
      ehcpTarget,
      c,
      { type: 'DecideReassessment', data: c.input },
      { occurredAt: c.input.decidedOn, reason: c.input.reason },
    );
  }
}

export class RecordReassessmentExceptionCommand extends CaseCommand<TimescaleExceptionInput> {}

/** Reg 27(3): a lawful ground on which the 14 weeks need not be kept; the clock shows excepted. Returns exceptionId. */
@CommandHandler(RecordReassessmentExceptionCommand)
export class RecordReassessmentExceptionHandler implements ICommandHandler<RecordReassessmentExceptionCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  async execute(c: RecordReassessmentExceptionCommand): Promise<WriteResult> {
    const exceptionId = randomUUID();
    const result = await this.writer.write(
      ehcpTarget,
      c,
      { type: 'RecordReassessmentException', data: { exceptionId, ...c.input } },
      { occurredAt: c.input.from, reason: c.input.evidence },
    );
    return { ...result, exceptionId };
  }
}
