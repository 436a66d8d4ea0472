import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { CaseWriter, User, WriteResult } from '@send/platform';
import { Child, Requester } from '../domain/index.js';
import { assessmentTarget } from '../assessment-command.js';

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
    // A new case: its stream must not exist yet.
    const carrier = { caseId, la: input.la, user, correlationId, expectedRevision: -1 };
    return this.writer.write(
      assessmentTarget,
      carrier,
      { type: 'RequestAssessment', data: { caseId, ...input } },
      {
        occurredAt: input.receivedOn,
      },
    );
  }
}
