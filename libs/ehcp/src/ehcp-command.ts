import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { EhcpCommand, ehcpDecider } from './domain/index.js';

/** One plan stream per case. */
export const ehcpStream = (caseId: string) => `ehcp-${caseId}`;

export function runEhcp(
  writer: CaseWriter,
  command: CaseCommand<unknown>,
  domain: Omit<EhcpCommand, 'today'>,
  occurredAt: string,
): Promise<WriteResult> {
  return writer.executeFor(ehcpDecider, ehcpStream(command.caseId), command, domain, occurredAt);
}
