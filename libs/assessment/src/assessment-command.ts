import { caseTarget } from '@send/platform';
import { assessmentDecider } from './domain/index.js';
import { assessmentStream } from './assessment.stream.js';

/** Where the assessment handlers write: the case's assessment stream, decided by the assessment decider. */
export const assessmentTarget = caseTarget(assessmentDecider, assessmentStream);
