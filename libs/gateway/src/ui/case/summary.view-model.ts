import type { Role } from '@send/kernel';
import { formatDate } from '../format.js';
import type { CaseSummary } from './case-api.js';
import { caseHeader, casePath, tabTitle } from './case-header.js';
import { planStatusName, requesterName, ruleName, settingTypeName, stageName, statusTag } from './labels.js';

export interface CaseAction {
  readonly text: string;
  readonly href: string;
  /** When the form answers a running clock: its due date. */
  readonly dueOn?: string;
}

export interface ActionGroup {
  readonly heading: string;
  readonly actions: readonly CaseAction[];
}

const CASEWORK: readonly Role[] = ['caseworker', 'manager'];
const BEFORE_OUTCOME = new Set(['requested', 'assessing']);
const PLAN_STAGES = new Set(['plan-to-issue', 'draft-issued']);

/**
 * The Actions panel: which forms to offer, from the stage alone (docs/ui.md "One write path": display only,
 * the API still decides each step). Assessment forms until the outcome, plan forms after it, placement,
 * disputes and funding at any stage; none for read-only roles. Other pages' journeys click these texts.
 */
export function caseActions(
  summary: Pick<CaseSummary, 'caseId' | 'stage' | 'openDeadlines'>,
  role: Role | undefined,
): readonly ActionGroup[] {
  if (!role || !CASEWORK.includes(role)) return [];
  const at = (path: string) => casePath(summary.caseId, path);
  const groups: ActionGroup[] = [];
  if (BEFORE_OUTCOME.has(summary.stage)) {
    // An advice request's open clock carries its id ("advice:<adviceId>"): one link per advice awaited.
    const awaited = summary.openDeadlines.filter((d) => d.rule === 'advice' && d.deadlineId?.startsWith('advice:'));
    groups.push({
      heading: 'Assessment',
      actions: [
        { text: 'Record the decision whether to assess', href: at('/assessment/decision') },
        { text: 'Request advice', href: at('/assessment/advice') },
        ...awaited.map((d) => ({
          text: 'Record advice received',
          href: at(`/assessment/advice/${encodeURIComponent(d.deadlineId!.slice('advice:'.length))}/received`),
          dueOn: d.dueOn,
        })),
        { text: 'Record an exception', href: at('/assessment/exceptions') },
        { text: 'Record the outcome of the assessment', href: at('/assessment/outcome') },
      ],
    });
  }
  if (PLAN_STAGES.has(summary.stage)) {
    groups.push({
      heading: 'Plan',
      actions: [
        { text: 'Issue the draft plan', href: at('/plan/draft') },
        { text: 'Record representations', href: at('/plan/representations') },
        { text: 'Issue the final plan', href: at('/plan/final') },
      ],
    });
  }
  groups.push(
    {
      heading: 'Placement',
      actions: [
        { text: 'Express preferences', href: at('/placement/preferences') },
        { text: 'Consult a setting', href: at('/placement/consultations') },
        { text: 'Allocate a place', href: at('/placement/allocate') },
      ],
    },
    { heading: 'Disputes', actions: [{ text: 'Record a disagreement', href: at('/disputes/new') }] },
    { heading: 'Funding', actions: [{ text: 'Record funding', href: at('/funding/adjustments') }] },
  );
  return groups;
}

/** The summary tab. Pure: unit tested. */
export function caseSummaryModel(summary: CaseSummary, context: { role?: Role; councilName?: string }) {
  const header = caseHeader(summary, 'summary');
  const plan = summary.plan;
  const setting = plan?.setting;
  return {
    pageTitle: tabTitle('Summary', header),
    header,
    rows: [
      { key: { text: 'Case reference' }, value: { text: header.reference } },
      { key: { text: "Child's name" }, value: { text: header.childName } },
      { key: { text: 'Date of birth' }, value: { text: formatDate(summary.child.dateOfBirth) } },
      {
        key: { text: 'Local authority' },
        value: { text: context.councilName ? `${context.councilName} (${summary.la})` : summary.la },
      },
      { key: { text: 'Stage' }, value: { text: stageName(summary.stage) } },
      { key: { text: 'Requested on' }, value: { text: formatDate(summary.requestedOn) } },
      { key: { text: 'Requested by' }, value: { text: requesterName(summary.requestedBy) || 'Not recorded' } },
    ],
    plan: plan
      ? {
          rows: [
            { key: { text: 'Version' }, value: { text: String(plan.version) } },
            { key: { text: 'Status' }, value: { text: planStatusName(plan.status) } },
            {
              key: { text: 'Setting (section I)' },
              value: {
                text: setting ? [setting.name, settingTypeName(setting.type)].filter(Boolean).join(', ') : 'Not named yet',
              },
            },
          ],
        }
      : undefined,
    deadlines: [...summary.openDeadlines]
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
      .map((d) => ({ rule: ruleName(d.rule), dueOn: d.dueOn, tag: statusTag(d.status) })),
    actionGroups: caseActions(summary, context.role),
    deadlinesHref: casePath(summary.caseId, '/deadlines'),
  };
}
