import { foldStream } from '@send/event-store';
import type { CaseReplayer } from '@send/read-models';
import { mediationDecider } from './domain/index.js';

/** The disputes, appeal rights and orders of a case (the mediation-<caseId> stream) as its events alone make them. */
export const mediationReplayer: CaseReplayer = {
  context: 'mediation',
  fold: (events) => ({ state: foldStream(mediationDecider, events) }),
};
