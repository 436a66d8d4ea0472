import { foldStream } from '@send/event-store';
import type { CaseReplayer } from '@send/read-models';
import { fundingDecider } from './domain/index.js';

/**
 * The funding of a case (its funding-<caseId> stream) as its events alone make it. The LA's high-needs budget
 * is the LA's, not the case's, so it is not part of a case's replay.
 */
export const fundingReplayer: CaseReplayer = {
  context: 'funding',
  fold: (events) => ({ state: foldStream(fundingDecider, events) }),
};
