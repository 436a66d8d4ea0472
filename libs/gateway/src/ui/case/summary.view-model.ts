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
/** The stages of a final plan that is maintained and may change; ceasing and ceased plans only read. */
const AFTER_FINAL = new Set(['plan-final', 'plan-review', 'plan-amendment']);

type Deadlines = CaseSummary['openDeadlines'];

/** The open clocks whose id starts "<rule>:": one per review, advice request, …, with what follows the colon. */
function clocksOf(deadlines: Deadlines, rule: string): { id: string; dueOn: string }[] {
  return deadlines
    .filter((d) => d.rule === rule && d.deadlineId?.startsWith(`${rule}:`))
    .map((d) => ({ id: d.deadlineId!.slice(rule.length + 1), dueOn: d.dueOn }));
}

/** The due date of the soonest open clock of a rule, if one runs. */
function dueOf(deadlines: Deadlines, rule: string): { dueOn?: string } {
  const dueOn = deadlines
    .filter((d) => d.rule === rule)
    .map((d) => d.dueOn)
    .sort()[0];
  return dueOn ? { dueOn } : {};
}

/**
 * The Actions panel: which forms to offer, from the case summary alone (docs/ui.md "One write path": display
 * only, the API still decides each step). Assessment forms until the outcome, plan forms after it, the
 * reviews, amendments, ceasing, re-assessment and transfers while a final plan is maintained, placement,
 * disputes and funding at any stage; none for read-only roles; only "Accept the transfer" for the LA a pending
 * transfer goes to. Links that answer a running clock carry its due date. Browser journeys click these texts.
 */
export function caseActions(
  summary: Pick<CaseSummary, 'caseId' | 'stage' | 'openDeadlines'> & Partial<Pick<CaseSummary, 'la' | 'transfer'>>,
  role: Role | undefined,
  userLa?: string,
): readonly ActionGroup[] {
  if (!role || !CASEWORK.includes(role)) return [];
  const at = (path: string) => casePath(summary.caseId, path);
  const deadlines = summary.openDeadlines;
  // Reg 15: the new LA may only read the case and accept it until it does.
  if (summary.transfer?.status === 'pending' && userLa !== undefined && summary.transfer.toLa === userLa) {
    return [
      {
        heading: 'Transfer',
        actions: [{ text: 'Accept the transfer', href: at('/transfer/accept'), ...dueOf(deadlines, 'transfer-plan') }],
      },
    ];
  }
  const groups: ActionGroup[] = [];
  if (BEFORE_OUTCOME.has(summary.stage)) {
    // An advice request's open clock carries its id ("advice:<adviceId>"): one link per advice awaited.
    const awaited = clocksOf(deadlines, 'advice');
    groups.push({
      heading: 'Assessment',
      actions: [
        { text: 'Record the decision whether to assess', href: at('/assessment/decision') },
        { text: 'Request advice', href: at('/assessment/advice') },
        ...awaited.map((d) => ({
          text: 'Record advice received',
          href: at(`/assessment/advice/${encodeURIComponent(d.id)}/received`),
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
  if (AFTER_FINAL.has(summary.stage)) groups.push(...afterFinalActions(summary, at, userLa));
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

/**
 * A maintained final plan: a review (none while one awaits its decision), one report and one decision link per
 * review whose clock runs, the amendment notice's steps while one is open (else a new notice), ceasing,
 * re-assessment (and an exception to its 14 weeks while they run), a phase transfer, and a transfer to another
 * LA unless one is pending, when the LA sending it may withdraw it instead; the LA that accepted a transfer
 * records its letter to the family while that clock runs (Reg 15(4)).
 */
function afterFinalActions(
  summary: Pick<CaseSummary, 'stage' | 'openDeadlines'> & Partial<Pick<CaseSummary, 'la' | 'transfer'>>,
  at: (path: string) => string,
  userLa?: string,
): ActionGroup[] {
  const deadlines = summary.openDeadlines;
  const review = (id: string, step: string) => at(`/reviews/${encodeURIComponent(id)}/${step}`);
  const amending = summary.stage === 'plan-amendment';
  const reassessmentDecision = dueOf(deadlines, 'reassessment-decision');
  const reassessing = dueOf(deadlines, 'reassessment-final-plan');
  const ownCase = userLa === undefined || summary.la === undefined || summary.la === userLa;
  const transferLetter = ownCase ? clocksOf(deadlines, 'transfer-notice').slice(0, 1) : [];
  const pending = summary.transfer?.status === 'pending';
  const sending = pending && (userLa === undefined || summary.transfer?.fromLa === userLa);
  return [
    {
      heading: 'Reviews',
      actions: [
        ...(summary.stage === 'plan-review'
          ? []
          : [{ text: 'Start an annual review', href: at('/reviews/new'), ...dueOf(deadlines, 'annual-review') }]),
        ...clocksOf(deadlines, 'review-report').map((d) => ({
          text: 'Record the review report',
          href: review(d.id, 'report'),
          dueOn: d.dueOn,
        })),
        ...clocksOf(deadlines, 'review-decision').map((d) => ({
          text: 'Record the review decision',
          href: review(d.id, 'decision'),
          dueOn: d.dueOn,
        })),
      ],
    },
    {
      heading: 'Amendments',
      actions: amending
        ? [
            {
              text: 'Record representations',
              href: at('/plan/representations'),
              ...dueOf(deadlines, 'amendment-representations'),
            },
            { text: 'Issue the amended plan', href: at('/plan/amended'), ...dueOf(deadlines, 'amended-plan') },
            { text: 'Decide not to amend', href: at('/plan/not-amending') },
          ]
        : [{ text: 'Send an amendment notice', href: at('/plan/amendment-notice') }],
    },
    {
      heading: 'Ceasing and re-assessment',
      actions: [
        { text: 'Decide to cease the plan', href: at('/plan/cease') },
        { text: 'Record a request for re-assessment', href: at('/reassessment/new') },
        ...(reassessmentDecision.dueOn
          ? [{ text: 'Record the re-assessment decision', href: at('/reassessment/decision'), ...reassessmentDecision }]
          : []),
        ...(reassessing.dueOn
          ? [
              {
                text: 'Record an exception to the re-assessment timescale',
                href: at('/reassessment/exceptions'),
                ...reassessing,
              },
            ]
          : []),
      ],
    },
    {
      heading: 'Transfers',
      actions: [
        { text: 'Plan a phase transfer', href: at('/phase-transfer') },
        ...(pending ? [] : [{ text: 'Transfer the plan to another local authority', href: at('/transfer') }]),
        ...(sending ? [{ text: 'Withdraw the transfer', href: at('/transfer/withdraw') }] : []),
        ...transferLetter.map((d) => ({
          text: 'Record the letter about the transfer',
          href: at('/transfer/notice'),
          dueOn: d.dueOn,
        })),
      ],
    },
  ];
}

/** The summary tab. Pure: unit tested. */
export function caseSummaryModel(summary: CaseSummary, context: { role?: Role; la?: string; councilName?: string }) {
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
    actionGroups: caseActions(summary, context.role, context.la),
    deadlinesHref: casePath(summary.caseId, '/deadlines'),
  };
}
