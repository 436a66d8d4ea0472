import { caseStream } from '@send/kernel';

/** One mediation stream per case, holding all its disputes, appeal rights and orders. */
export const mediationStream = (caseId: string) => caseStream('mediation', caseId);
