import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';

export { CaseCommand };
import { AssessmentCommand, assessmentDecider } from './domain/index.js';
import { assessmentStream } from './assessment.stream.js';

/** The shared body of the assessment handlers: build the domain command and run the write path. */
export function runAssessment(
  writer: CaseWriter,
  command: CaseCommand<unknown>,
  domain: Omit<AssessmentCommand, 'today'>,
  occurredAt: string,
  reason?: string,
): Promise<WriteResult> {
  return writer.executeFor(assessmentDecider, assessmentStream(command.caseId), command, domain, occurredAt, reason);
}
