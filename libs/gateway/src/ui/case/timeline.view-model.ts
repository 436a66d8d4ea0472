import { TIMELINE_KINDS, type TimelineEntry } from '@send/kernel';
import type { CaseSummary } from './case-api.js';
import { caseHeader, casePath, tabTitle } from './case-header.js';
import { groundName, roleName, statusTag, timelineKindName } from './labels.js';

/** The kinds a `?kinds=` query asked for (one or many checkboxes), only those the API knows. Pure. */
export function kindsFrom(query: unknown): string[] {
  const values = Array.isArray(query) ? query : typeof query === 'string' ? query.split(',') : [];
  return values.map(String).filter((k): k is string => (TIMELINE_KINDS as readonly string[]).includes(k));
}

/** The timeline tab: the evidential timeline, oldest first, as the API and the tribunal bundle give it. Pure: unit tested. */
export function caseTimelineModel(
  summary: Pick<CaseSummary, 'caseId' | 'child'>,
  entries: readonly TimelineEntry[],
  kinds: readonly string[],
) {
  const header = caseHeader(summary, 'timeline');
  return {
    pageTitle: tabTitle('Timeline', header),
    header,
    action: casePath(summary.caseId, '/timeline'),
    filtered: kinds.length > 0,
    kindItems: TIMELINE_KINDS.map((k) => ({ value: k, text: timelineKindName(k), checked: kinds.includes(k) })),
    items: entries.map((e) => ({
      title: e.title,
      at: e.at,
      kind: timelineKindName(e.kind),
      actor: `${e.actor.id} (${roleName(e.actor.role)})`,
      reason: e.reason,
      source: e.source,
      details: e.details ?? [],
      deadline: e.deadline
        ? {
            rule: e.deadline.rule,
            dueOn: e.deadline.dueOn,
            closedOn: e.deadline.closedOn,
            tag: statusTag(e.deadline.status),
            exception: e.deadline.exception
              ? { ground: groundName(e.deadline.exception.ground), evidence: e.deadline.exception.evidence }
              : undefined,
            why: e.deadline.why,
          }
        : undefined,
    })),
  };
}
