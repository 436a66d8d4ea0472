import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { CaseWriter, User, WriteResult } from '@send/platform';
import { assessmentDecider, Child, Requester } from '../domain/index.js';
import { assessmentStream } from '../assessment.stream.js';

export class RequestAssessmentCommand {
  constructor(
    readonly input: { la: string; child: Child; requestedBy: Requester; receivedOn: string },
    readonly user: User,
    readonly correlationId: string,
  ) {}
}

/** Opens a case: a new case id, its assessment stream, and the three clocks that start at the request. */
@CommandHandler(RequestAssessmentCommand)
export class RequestAssessmentHandler implements ICommandHandler<RequestAssessmentCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}

  execute({ input, user, correlationId }: RequestAssessmentCommand): Promise<WriteResult> {
    const caseId = randomUUID();
    return this.writer.execute(
      assessmentDecider,
      assessmentStream(caseId),
      { type: 'RequestAssessment', data: { caseId, ...input }, today: this.writer.today() },
      { user, caseId, la: input.la, occurredAt: input.receivedOn, correlationId, expectedRevision: -1 },
    );
  }
}
