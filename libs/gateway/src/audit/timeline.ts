import {
  CONTEXTS,
  type StoredEvent,
  TIMELINE_KINDS,
  type TimelineEntry,
  type TimelineKind,
  caseStream,
  familyAccessStream,
} from '@send/kernel';
import { type DeadlineEvent, deadlineEntry, deadlineFacts, isDeadlineEvent } from '@send/statutory';
import type { CaseTimeline } from '@send/read-models';
import { familyAccessEntries } from '../family/family-timeline.js';

export interface TimelineFilter {
  /** Business dates (YYYY-MM-DD), inclusive. */
  readonly from?: string;
  readonly to?: string;
  readonly kinds?: readonly TimelineKind[];
  /** Only events recorded up to this instant (default: every event given). */
  readonly asOf?: Date;
}

/**
 * The timelines in pathway order, exactly one per context: a timeline that leaves a context out would
 * mislead a tribunal, so a process composed without one of them (or with two) refuses to start.
 */
export function oneTimelinePerContext(timelines: readonly CaseTimeline[]): CaseTimeline[] {
  return CONTEXTS.map((context) => {
    const found = timelines.filter((t) => t.context === context);
    if (found.length !== 1) {
      throw new Error(`The timeline needs one teller for the ${context} context, and was given ${found.length}.`);
    }
    return found[0];
  });
}

/**
 * The evidential timeline of a case (docs/api.md "Audit", timeline): each context's entries from its own
 * case stream, and the deadline watcher's breaches from its stream, recorded up to asOf, merged oldest
 * first by business date then by when they were recorded, then filtered.
 */
export function buildTimeline(
  streams: ReadonlyMap<string, readonly StoredEvent[]>,
  caseId: string,
  timelines: readonly CaseTimeline[],
  filter: TimelineFilter = {},
): { caseId: string; entries: TimelineEntry[] } {
  const upTo = (events: readonly StoredEvent[] | undefined) =>
    (events ?? []).filter((e) => filter.asOf === undefined || new Date(e.recordedAt) <= filter.asOf);
  const told = timelines.flatMap((t) => t.entriesOf(upTo(streams.get(caseStream(t.context, caseId)))));
  const watcher = upTo(streams.get(caseStream('deadlines', caseId)));
  const facts = deadlineFacts(watcher);
  const breaches = watcher
    .filter((e) => isDeadlineEvent({ type: e.type, data: e.data }))
    .map((e) => deadlineEntry(e, { type: e.type, data: e.data } as DeadlineEvent, facts));
  // The family's access, when the caller gave its stream (the timeline route does; the bundle does not).
  const family = familyAccessEntries(upTo(streams.get(familyAccessStream(caseId))));
  const kinds = filter.kinds ? new Set(filter.kinds) : undefined;
  const entries = [...told, ...breaches, ...family]
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => order(a.entry, b.entry) || a.i - b.i)
    .map(({ entry }) => entry)
    .filter(
      (e) =>
        (filter.from === undefined || e.at >= filter.from) &&
        (filter.to === undefined || e.at <= filter.to) &&
        (kinds === undefined || kinds.has(e.kind)),
    );
  return { caseId, entries };
}

function order(a: TimelineEntry, b: TimelineEntry): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  if (a.recordedAt !== b.recordedAt) return a.recordedAt < b.recordedAt ? -1 : 1;
  return 0;
}

/** The kinds query (comma-separated), each one checked; undefined when absent. */
export function parseKinds(raw: string | undefined): TimelineKind[] | undefined | { unknown: string[] } {
  if (raw === undefined || raw.trim() === '') return undefined;
  const kinds = raw.split(',').map((k) => k.trim());
  const unknown = kinds.filter((k) => !(TIMELINE_KINDS as readonly string[]).includes(k));
  return unknown.length > 0 ? { unknown } : (kinds as TimelineKind[]);
}
