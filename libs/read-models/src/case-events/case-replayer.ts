import type { ContextName, StoredEvent, TimelineEntry } from '@send/kernel';

/** Every context's replayer, one each, composed by the app (apps/embedded, apps/gateway). */
export const CASE_REPLAYERS = Symbol('CASE_REPLAYERS');

/** What replay shows of one context: its state, and the stage of the case where the context names one. */
export interface Replayed {
  readonly stage?: string;
  readonly state: unknown;
}

/**
 * How one context rebuilds its state of a case from events alone (docs/api.md "Audit", replay): each
 * context provides its own from its library, folding its case stream with its decider, so that the
 * gateway replays every context without importing any.
 */
export interface CaseReplayer {
  readonly context: ContextName;
  /** The events of the context's stream of the case (libs/kernel/src/streams.ts caseStream), oldest first. */
  fold(events: readonly StoredEvent[]): Replayed;
}

/** Every context's timeline, one each, composed by the app beside the replayers. */
export const CASE_TIMELINES = Symbol('CASE_TIMELINES');

/**
 * How one context tells its part of a case's evidential timeline (docs/api.md "Audit", timeline): a pure
 * function of the events of its own case stream, oldest first. Deadline events are told by the statutory
 * lib's one function, so that every context words its clocks alike.
 */
export interface CaseTimeline {
  readonly context: ContextName;
  entriesOf(events: readonly StoredEvent[]): TimelineEntry[];
}
