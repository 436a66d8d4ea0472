import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { FundingCommand, fundingDecider } from './domain/index.js';
import { fundingStream } from './funding.stream.js';

export { CaseCommand };

/** Omit distributed over the union, so that PricePlan keeps its reference. */
type WithoutToday<C> = C extends unknown ? Omit<C, 'today'> : never;

/** The shared body of the case funding handlers: build the domain command and run the write path. */
export function runFunding(
  writer: CaseWriter,
  command: CaseCommand<unknown>,
  domain: WithoutToday<FundingCommand>,
  occurredAt: string,
  reason?: string,
): Promise<WriteResult> {
  return writer.executeFor(fundingDecider, fundingStream(command.caseId), command, domain, occurredAt, reason);
}
