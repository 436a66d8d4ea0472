import { CONTEXTS, type ContextName, type StoredEvent, caseStream } from '@send/kernel';
import type { CaseReplayer, Replayed } from '@send/read-models';

export type ContextReplay = { readonly revision: number } & Replayed;

/**
 * The replayers in pathway order, exactly one per context: replay answers for the whole case or not at all,
 * so a process composed without one of them (or with two) refuses to start.
 */
export function oneReplayerPerContext(replayers: readonly CaseReplayer[]): CaseReplayer[] {
  return CONTEXTS.map((context) => {
    const found = replayers.filter((r) => r.context === context);
    if (found.length !== 1) {
      throw new Error(`Replay needs one replayer for the ${context} context, and was given ${found.length}.`);
    }
    return found[0];
  });
}

/**
 * Each context's state of the case from the events of its stream recorded up to the instant, and the
 * revision of the last of them (-1 before the context's first event).
 */
export function replayCase(
  streams: ReadonlyMap<string, readonly StoredEvent[]>,
  caseId: string,
  at: Date,
  replayers: readonly CaseReplayer[],
): Record<ContextName, ContextReplay> {
  // Compared as numbers: a Date per event is a cost of its own on a long case.
  const until = at.getTime();
  const replayed = replayers.map((replayer) => {
    const events = (streams.get(caseStream(replayer.context, caseId)) ?? []).filter((e) => Date.parse(e.recordedAt) <= until);
    return [replayer.context, { revision: events.length - 1, ...replayer.fold(events) }] as const;
  });
  return Object.fromEntries(replayed) as Record<ContextName, ContextReplay>;
}
