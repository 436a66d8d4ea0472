import { formatDate } from '../../format.js';
import { dateFromParts, type FormErrors, partsOfDate, textOf } from '../../web/forms.js';
import { STANDARD_FIELDS, STANDARD_LABELS, standardOf, standardRows } from './standard-field.js';
import { type CaseForm, caseCaption, errorModel, radioItems, textOfOption } from './case-form.js';

/** The decision whether to carry out an EHC needs assessment (Reg 4, 5), recorded after checking the answers. */
export interface DecisionValues {
  readonly decision?: string;
  readonly decidedOn?: string;
  readonly reason?: string;
  /** "oap-slcn-primary v2": the national standard relied on, if any. */
  readonly standard?: string;
}

export const DECISIONS = [
  { value: 'assess', text: 'Carry out an EHC needs assessment' },
  { value: 'refuse', text: 'Refuse to assess' },
] as const;

/** How the API names each field → the id of its control (docs/ui.md "Forms"). */
export const DECISION_FIELDS = {
  ...STANDARD_FIELDS,
  decision: 'decision',
  decidedOn: 'decidedOn-day',
  reason: 'reason',
} as const;

/** The form's words for each field. */
export const DECISION_LABELS = {
  ...STANDARD_LABELS,
  decision: 'The decision',
  decidedOn: 'The date of the decision',
  reason: 'The reason for the decision',
} as const;

export function decisionValues(body: Readonly<Record<string, unknown>>): DecisionValues {
  return {
    decision: textOf(body, 'decision'),
    decidedOn: dateFromParts(body, 'decidedOn'),
    reason: textOf(body, 'reason'),
    standard: textOf(body, 'standard'),
  };
}

export function decisionModel(caseId: string, values: DecisionValues, idempotencyKey: string, errors?: FormErrors) {
  return {
    pageTitle: 'Record the decision whether to assess',
    caption: caseCaption(caseId),
    action: `/cases/${caseId}/assessment/decision`,
    idempotencyKey,
    values: { decidedOn: partsOfDate(values.decidedOn), reason: values.reason ?? '', standard: values.standard ?? '' },
    decisions: radioItems(DECISIONS, values.decision),
    ...errorModel(errors),
  };
}

export const decisionForm: CaseForm<DecisionValues> = {
  view: 'forms/assessment/decision.njk',
  path: ({ caseId }) => `/cases/${caseId}/assessment/decision`,
  apiPath: ({ caseId }) => `/api/v1/cases/${caseId}/assessment/decision`,
  read: decisionValues,
  apiBody: (v) => ({ decision: v.decision, decidedOn: v.decidedOn, reason: v.reason, ...standardOf(v.standard) }),
  model: ({ caseId }, v, key, errors) => decisionModel(caseId, v, key, errors),
  fields: () => DECISION_FIELDS,
  labels: () => DECISION_LABELS,
  firstField: 'decidedOn',
  banner: (v) => ({
    title: v.decision === 'refuse' ? 'Decision recorded: refuse to assess' : 'Decision recorded: assess',
    text: `Decided on ${formatDate(v.decidedOn)}.`,
  }),
  check: (v) => ({
    pageTitle: 'Check the decision before it is recorded',
    rows: [
      { key: 'Decision', value: textOfOption(DECISIONS, v.decision) },
      { key: 'Date of the decision', value: formatDate(v.decidedOn) },
      { key: 'Reason', value: v.reason ?? '' },
      ...standardRows(v.standard),
    ],
    warning: 'Once recorded, the decision is part of the case record and cannot be changed.',
    confirmText: 'Record the decision',
  }),
};
