import { DomainError, NotFoundError } from '@send/kernel';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { MediationCommand, MediationErrors, mediationDecider } from './domain/index.js';
import { mediationStream } from './mediation.stream.js';

export { CaseCommand };

/** Written by the process managers: the actor the events name. */
export const processActor = (name: string) => ({ id: `process:${name}`, role: 'system' as const });

/**
 * The shared body of the mediation handlers: build the domain command and run the write path. An
 * unknown dispute is a 404 like any unknown resource; mapped here, at the edge (style.md §6).
 */
export async function runMediation(
  writer: CaseWriter,
  command: CaseCommand<unknown>,
  domain: Omit<MediationCommand, 'today'>,
  occurredAt: string,
): Promise<WriteResult> {
  try {
    return await writer.execute(
      mediationDecider,
      mediationStream(command.caseId),
      { ...domain, today: writer.today() } as MediationCommand,
      {
        user: command.user,
        caseId: command.caseId,
        la: command.la,
        occurredAt,
        correlationId: command.correlationId,
        causationId: command.causationId,
        expectedRevision: command.expectedRevision,
      },
    );
  } catch (error) {
    if (error instanceof DomainError && error.code === MediationErrors.DISPUTE_NOT_FOUND) {
      throw new NotFoundError(error.code, error.message);
    }
    throw error;
  }
}
