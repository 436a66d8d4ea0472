import { caseTarget } from '@send/platform';
import { mediationDecider } from './domain/index.js';
import { mediationStream } from './mediation.stream.js';

/**
 * Where the mediation handlers write: the case's mediation stream, decided by the mediation decider. An
 * unknown dispute is refused as MEDIATION.DISPUTE_NOT_FOUND, which the HTTP edge answers with a 404.
 */
export const mediationTarget = caseTarget(mediationDecider, mediationStream);
