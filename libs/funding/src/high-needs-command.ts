import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { HighNeedsCommand, highNeedsDecider } from './domain/index.js';
import { highNeedsStream } from './funding.stream.js';

/** The shared body of the LA high-needs handlers: the LA's stream, written like a case's. */
export function runHighNeeds(
  writer: CaseWriter,
  command: CaseCommand<unknown>,
  domain: Omit<HighNeedsCommand, 'today'>,
  occurredAt: string,
): Promise<WriteResult> {
  return writer.execute(highNeedsDecider, highNeedsStream(command.la), { ...domain, today: writer.today() } as HighNeedsCommand, {
    user: command.user,
    caseId: command.caseId,
    la: command.la,
    occurredAt,
    correlationId: command.correlationId,
    causationId: command.causationId,
    expectedRevision: command.expectedRevision,
  });
}
