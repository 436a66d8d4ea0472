import { foldStream } from '@send/event-store';
import type { CaseReplayer } from '@send/read-models';
import { ehcpDecider } from './domain/index.js';

/** The plan of a case (the ehcp-<caseId> stream) as its events alone make it. */
export const ehcpReplayer: CaseReplayer = {
  context: 'ehcp',
  fold: (events) => ({ state: foldStream(ehcpDecider, events) }),
};
