import { formatDate } from '../../format.js';
import type { AnswerRow } from '../../web/check-answers.js';
import { dateFromParts, type FieldIds, type FieldLabels, type FormErrors, partsOfDate, textOf } from '../../web/forms.js';
import { type CaseForm, caseCaption, errorModel, radioItems, textOfOption } from '../assessment/case-form.js';
import { planTabPath, type ReviewContext } from './review.view-model.js';

/**
 * The council's decision after a review (Reg 20(10)): maintain, amend (the Reg 22 notice goes with it) or
 * cease, whether a step down to targeted support was considered and why, and the progress towards each
 * outcome of section E of the current plan. Recorded after checking the answers: it cannot be undone.
 */
export const REVIEW_DECISIONS = [
  { value: 'maintain', text: 'Keep the plan as it is' },
  { value: 'amend', text: 'Amend the plan' },
  { value: 'cease', text: 'Cease the plan' },
] as const;

export const STEP_DOWN = [
  { value: 'yes', text: 'Yes' },
  { value: 'no', text: 'No' },
] as const;

/** The API's progress values (docs/api.md "The plan after it is final"); only their words are the form's. */
export const PROGRESS = [
  { value: 'not-started', text: 'Not started' },
  { value: 'progressing', text: 'Progressing' },
  { value: 'achieved', text: 'Achieved' },
  { value: 'no-longer-relevant', text: 'No longer relevant' },
] as const;

/** One outcome of section E, by its stable id (GET …/plan). */
export interface PlanOutcome {
  readonly outcomeId: string;
  readonly text: string;
}

/** The review and the outcomes of the plan it reviews, read from GET …/plan by the controller. */
export interface DecisionContext extends ReviewContext {
  readonly outcomes: readonly PlanOutcome[];
}

export interface ReviewDecisionValues {
  readonly decision?: string;
  readonly decidedOn?: string;
  /** "yes" or "no" as chosen; sent as a boolean, left out when not chosen (the API names it). */
  readonly stepDownConsidered?: string;
  readonly stepDownRationale?: string;
  readonly rationale?: string;
  readonly proposedAmendments?: string;
  /** The progress chosen for each outcome, in section E's order; undefined where nothing was chosen. */
  readonly progress: readonly (string | undefined)[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Section E's outcomes that carry their id, from the plan's sections as GET …/plan answers them. */
export function planOutcomes(sections: Readonly<Record<string, unknown>> | undefined): PlanOutcome[] {
  const E = sections?.E;
  const listed = Array.isArray(E) ? E : isObject(E) && Array.isArray(E.outcomes) ? E.outcomes : [];
  return listed.flatMap((o: unknown) =>
    isObject(o) && typeof o.outcomeId === 'string' ? [{ outcomeId: o.outcomeId, text: String(o.text ?? '') }] : [],
  );
}

/** Each outcome's radios are named by its id, so that what is posted follows the outcome, not its place. */
const progressName = (o: PlanOutcome) => `progress-${o.outcomeId}`;

export function reviewDecisionValues(
  body: Readonly<Record<string, unknown>>,
  outcomes: readonly PlanOutcome[],
): ReviewDecisionValues {
  return {
    decision: textOf(body, 'decision'),
    decidedOn: dateFromParts(body, 'decidedOn'),
    stepDownConsidered: textOf(body, 'stepDownConsidered'),
    stepDownRationale: textOf(body, 'stepDownRationale'),
    rationale: textOf(body, 'rationale'),
    proposedAmendments: textOf(body, 'proposedAmendments'),
    progress: outcomes.map((o) => textOf(body, progressName(o))),
  };
}

/**
 * The API's body. Every outcome goes in outcomesProgress, with its progress as chosen (none chosen goes as
 * none, for the API to name: outcomesProgress[i].progress); a plan without outcomes sends none.
 */
export function reviewDecisionApiBody(v: ReviewDecisionValues, outcomes: readonly PlanOutcome[]) {
  return {
    decision: v.decision,
    decidedOn: v.decidedOn,
    stepDownConsidered: v.stepDownConsidered === 'yes' ? true : v.stepDownConsidered === 'no' ? false : undefined,
    stepDownRationale: v.stepDownRationale,
    rationale: v.rationale,
    ...(v.proposedAmendments ? { proposedAmendments: v.proposedAmendments } : {}),
    ...(outcomes.length
      ? { outcomesProgress: outcomes.map((o, i) => ({ outcomeId: o.outcomeId, progress: v.progress[i] })) }
      : {}),
  };
}

/** The id of outcome i's radios (its first input), where its error and the summary's link go. */
const progressId = (i: number) => `progress-${i}`;

export function reviewDecisionFields(outcomes: readonly PlanOutcome[]): FieldIds {
  const ids: Record<string, string> = {
    decision: 'decision',
    decidedOn: 'decidedOn-day',
    stepDownConsidered: 'stepDownConsidered',
    stepDownRationale: 'stepDownRationale',
    rationale: 'rationale',
    proposedAmendments: 'proposedAmendments',
    outcomesProgress: outcomes.length ? progressId(0) : 'decision',
  };
  outcomes.forEach((_, i) => (ids[`outcomesProgress[${i}]`] = progressId(i)));
  return ids;
}

export function reviewDecisionLabels(outcomes: readonly PlanOutcome[]): FieldLabels {
  const labels: Record<string, string> = {
    decision: 'The decision',
    decidedOn: 'The date of the decision',
    stepDownConsidered: 'Whether a step down to targeted support was considered',
    stepDownRationale: 'The reason a step down is or is not right',
    rationale: 'The reason for the decision',
    proposedAmendments: 'The proposed amendments',
    outcomesProgress: 'The progress towards the outcomes',
  };
  outcomes.forEach((_, i) => {
    labels[`outcomesProgress[${i}].progress`] = `The progress towards outcome ${i + 1}`;
    labels[`outcomesProgress[${i}].outcomeId`] = `Outcome ${i + 1}`;
  });
  return labels;
}

export function reviewDecisionModel(
  ids: { caseId: string; reviewId: string },
  context: DecisionContext,
  v: ReviewDecisionValues,
  idempotencyKey: string,
  errors?: FormErrors,
) {
  const fieldErrors = errors?.fields ?? {};
  return {
    pageTitle: 'Record the review decision',
    caption: caseCaption(ids.caseId),
    lead: context.meetingOn ? `Review meeting on ${formatDate(context.meetingOn)}.` : undefined,
    action: `/cases/${ids.caseId}/reviews/${ids.reviewId}/decision`,
    idempotencyKey,
    values: {
      decidedOn: partsOfDate(v.decidedOn),
      stepDownRationale: v.stepDownRationale ?? '',
      rationale: v.rationale ?? '',
      proposedAmendments: v.proposedAmendments ?? '',
    },
    decisions: radioItems(REVIEW_DECISIONS, v.decision),
    stepDown: radioItems(STEP_DOWN, v.stepDownConsidered),
    outcomes: context.outcomes.map((o, i) => ({
      name: progressName(o),
      idPrefix: progressId(i),
      legend: `Outcome ${i + 1}: ${o.text}`,
      items: radioItems(PROGRESS, v.progress[i]),
      error: fieldErrors[progressId(i)],
    })),
    ...errorModel(errors),
  };
}

export function reviewDecisionAnswers(v: ReviewDecisionValues, outcomes: readonly PlanOutcome[]): AnswerRow[] {
  return [
    { key: 'Decision', value: textOfOption(REVIEW_DECISIONS, v.decision) },
    { key: 'Date of the decision', value: formatDate(v.decidedOn) },
    { key: 'Step down to targeted support considered', value: textOfOption(STEP_DOWN, v.stepDownConsidered) },
    { key: 'Why a step down is or is not right', value: v.stepDownRationale ?? '' },
    { key: 'Reason for the decision', value: v.rationale ?? '' },
    ...(v.decision === 'amend' || v.proposedAmendments
      ? [{ key: 'Proposed amendments', value: v.proposedAmendments ?? '' }]
      : []),
    ...outcomes.map((o, i) => ({ key: `Outcome ${i + 1}: ${o.text}`, value: textOfOption(PROGRESS, v.progress[i]) })),
  ];
}

const BANNER_TITLES: Readonly<Record<string, string>> = {
  maintain: 'Review decision recorded: keep the plan',
  amend: 'Review decision recorded: amend the plan',
  cease: 'Review decision recorded: cease the plan',
};

export function reviewDecisionForm(context: DecisionContext): CaseForm<ReviewDecisionValues> {
  const { outcomes } = context;
  return {
    view: 'forms/reviews/decision.njk',
    path: ({ caseId, reviewId }) => `/cases/${caseId}/reviews/${reviewId}/decision`,
    apiPath: ({ caseId, reviewId }) => `/api/v1/cases/${caseId}/reviews/${reviewId}/decision`,
    read: (body) => reviewDecisionValues(body, outcomes),
    apiBody: (v) => reviewDecisionApiBody(v, outcomes),
    model: ({ caseId, reviewId }, v, key, errors) => reviewDecisionModel({ caseId, reviewId }, context, v, key, errors),
    fields: () => reviewDecisionFields(outcomes),
    labels: () => reviewDecisionLabels(outcomes),
    firstField: 'decision',
    banner: (v) => ({
      title: BANNER_TITLES[v.decision ?? ''] ?? 'Review decision recorded',
      text:
        `Decided on ${formatDate(v.decidedOn)}.` +
        (v.decision === 'amend' ? ' The amendment notice went with the decision: the family has 15 days to reply.' : ''),
    }),
    check: (v) => ({
      pageTitle: 'Check the review decision before it is recorded',
      rows: reviewDecisionAnswers(v, outcomes),
      warning:
        'Once recorded, the decision concludes the review and cannot be changed. The next annual review is due within 12 months of it.',
      confirmText: 'Record the decision',
    }),
    returnPath: ({ caseId }) => planTabPath(caseId),
  };
}
