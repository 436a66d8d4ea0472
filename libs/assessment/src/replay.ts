import { foldStream } from '@send/event-store';
import type { CaseReplayer } from '@send/read-models';
import { assessmentDecider, stageOf } from './domain/index.js';

/** The assessment of a case as its events alone make it, with the stage the case had reached. */
export const assessmentReplayer: CaseReplayer = {
  context: 'assessment',
  fold: (events) => {
    const state = foldStream(assessmentDecider, events);
    return { stage: stageOf(state), state };
  },
};
