import type { TimelineEntry } from '@send/kernel';
import type { CaseDeadline, CaseSummary } from './case-api.js';
import { caseHeader, tabTitle } from './case-header.js';
import { groundName, ruleName, statusTag } from './labels.js';

/**
 * The evidence for an excepted deadline. The deadlines route gives the exception's ground, start and source;
 * the evidence recorded for it is on the timeline's deadline entry (same rule, due date and ground).
 */
export function exceptionEvidence(deadline: CaseDeadline, timeline: readonly TimelineEntry[]): string | undefined {
  if (!deadline.exception) return undefined;
  const title = ruleName(deadline.rule);
  const entry = timeline.find(
    (e) =>
      e.deadline?.exception?.evidence !== undefined &&
      e.deadline.dueOn === deadline.dueOn &&
      e.deadline.exception.ground === deadline.exception?.ground &&
      (e.deadline.rule === title || e.deadline.rule === deadline.rule),
  );
  return entry?.deadline?.exception?.evidence;
}

/** The deadlines tab: every clock of the case with its status. Pure: unit tested. */
export function caseDeadlinesModel(
  summary: Pick<CaseSummary, 'caseId' | 'child'>,
  deadlines: readonly CaseDeadline[],
  timeline: readonly TimelineEntry[] = [],
) {
  const header = caseHeader(summary, 'deadlines');
  return {
    pageTitle: tabTitle('Deadlines', header),
    header,
    rows: [...deadlines]
      .sort((a, b) => a.startedOn.localeCompare(b.startedOn) || a.dueOn.localeCompare(b.dueOn))
      .map((d) => ({
        rule: ruleName(d.rule),
        source: d.source,
        startedOn: d.startedOn,
        dueOn: d.dueOn,
        tag: statusTag(d.status),
        closedOn: d.closedOn,
        notApplicableReason: d.notApplicableReason,
        exception: d.exception
          ? {
              ground: groundName(d.exception.ground),
              from: d.exception.from,
              source: d.exception.source ?? undefined,
              evidence: exceptionEvidence(d, timeline),
            }
          : undefined,
      })),
  };
}
