import { formatDate } from '../../format.js';
import { dateFromParts, type FormErrors, partsOfDate, textOf } from '../../web/forms.js';
import { STANDARD_FIELDS, STANDARD_LABELS, standardOf, standardRows } from './standard-field.js';
import { type CaseForm, caseCaption, errorModel, radioItems, textOfOption } from './case-form.js';

/** After the assessment, the decision whether to issue an EHC plan (Reg 10), recorded after checking. */
export interface OutcomeValues {
  readonly outcome?: string;
  readonly decidedOn?: string;
  readonly reason?: string;
  /** "oap-slcn-primary v2": the national standard relied on, if any. */
  readonly standard?: string;
}

export const OUTCOMES = [
  { value: 'issue-plan', text: 'Issue an EHC plan' },
  { value: 'no-plan', text: 'Do not issue an EHC plan' },
] as const;

export const OUTCOME_FIELDS = {
  ...STANDARD_FIELDS,
  outcome: 'outcome',
  decidedOn: 'decidedOn-day',
  reason: 'reason',
} as const;

export const OUTCOME_LABELS = {
  ...STANDARD_LABELS,
  outcome: 'The outcome',
  decidedOn: 'The date of the decision',
  reason: 'The reason for the decision',
} as const;

export function outcomeValues(body: Readonly<Record<string, unknown>>): OutcomeValues {
  return {
    outcome: textOf(body, 'outcome'),
    decidedOn: dateFromParts(body, 'decidedOn'),
    reason: textOf(body, 'reason'),
    standard: textOf(body, 'standard'),
  };
}

export function outcomeModel(caseId: string, values: OutcomeValues, idempotencyKey: string, errors?: FormErrors) {
  return {
    pageTitle: 'Record the outcome of the assessment',
    caption: caseCaption(caseId),
    action: `/cases/${caseId}/assessment/outcome`,
    idempotencyKey,
    values: { decidedOn: partsOfDate(values.decidedOn), reason: values.reason ?? '', standard: values.standard ?? '' },
    outcomes: radioItems(OUTCOMES, values.outcome),
    ...errorModel(errors),
  };
}

export const outcomeForm: CaseForm<OutcomeValues> = {
  view: 'forms/assessment/outcome.njk',
  path: ({ caseId }) => `/cases/${caseId}/assessment/outcome`,
  apiPath: ({ caseId }) => `/api/v1/cases/${caseId}/assessment/outcome`,
  read: outcomeValues,
  apiBody: (v) => ({ outcome: v.outcome, decidedOn: v.decidedOn, reason: v.reason, ...standardOf(v.standard) }),
  model: ({ caseId }, v, key, errors) => outcomeModel(caseId, v, key, errors),
  fields: () => OUTCOME_FIELDS,
  labels: () => OUTCOME_LABELS,
  firstField: 'decidedOn',
  banner: (v) => ({
    title: v.outcome === 'no-plan' ? 'Outcome recorded: no EHC plan' : 'Outcome recorded: issue an EHC plan',
    text: `Decided on ${formatDate(v.decidedOn)}.`,
  }),
  check: (v) => ({
    pageTitle: 'Check the outcome before it is recorded',
    rows: [
      { key: 'Outcome', value: textOfOption(OUTCOMES, v.outcome) },
      { key: 'Date of the decision', value: formatDate(v.decidedOn) },
      { key: 'Reason', value: v.reason ?? '' },
      ...standardRows(v.standard),
    ],
    warning: 'Once recorded, the outcome is part of the case record and cannot be changed.',
    confirmText: 'Record the outcome',
  }),
};
