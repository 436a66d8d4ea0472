import { type StoredEvent, type TimelineEntry, caseStream } from '@send/kernel';
import type { CaseTimeline } from '@send/read-models';

/**
 * The evidential timeline the bundle prints (docs/api.md "Audit", timeline): each context's entries from
 * its own case stream, merged oldest first. The one seam to the gateway's timeline builder.
 */
export function bundleTimeline(
  streams: ReadonlyMap<string, readonly StoredEvent[]>,
  caseId: string,
  timelines: readonly CaseTimeline[],
): TimelineEntry[] {
  return timelines
    .flatMap((t) => t.entriesOf(streams.get(caseStream(t.context, caseId)) ?? []))
    .sort((a, b) => (a.at !== b.at ? a.at.localeCompare(b.at) : a.recordedAt.localeCompare(b.recordedAt)));
}
