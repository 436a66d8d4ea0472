import { foldStream } from '@send/event-store';
import type { CaseReplayer } from '@send/read-models';
import { placementDecider } from './domain/index.js';

/**
 * The placement of a case (its placement-<caseId> stream) as its events alone make it. The settings registry
 * and the inclusion plans are the LA's, not the case's, so they are not part of a case's replay.
 */
export const placementReplayer: CaseReplayer = {
  context: 'placement',
  fold: (events) => ({ state: foldStream(placementDecider, events) }),
};
