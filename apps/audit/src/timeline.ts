import type { CaseTimelineBuilder } from '@send/audit';

/**
 * The evidential timeline the tool prints: the gateway's merge of each context's own timeline
 * (docs/api.md "Audit", timeline). Until those are part of the build the command answers that the timeline
 * is not available; composing it is this one assignment, e.g.
 *   (streams, caseId, query) => buildTimeline(streams, caseId, TIMELINES, query)
 * with TIMELINES = [assessmentTimeline, ehcpTimeline, placementTimeline, mediationTimeline, fundingTimeline].
 */
export const TIMELINE: CaseTimelineBuilder | undefined = undefined;
