import { caseStream } from '@send/kernel';

/** One plan stream per case. */
export const ehcpStream = (caseId: string) => caseStream('ehcp', caseId);
