import { caseStream } from '@send/kernel';

/** One assessment stream per case. */
export const assessmentStream = (caseId: string) => caseStream('assessment', caseId);
