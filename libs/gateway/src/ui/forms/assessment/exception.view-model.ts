import { EXCEPTION_GROUNDS, RULES, type RuleId } from '@send/statutory';
import { formatDate } from '../../format.js';
import { dateFromParts, type FormErrors, partsOfDate, textOf } from '../../web/forms.js';
import { type CaseForm, caseCaption, errorModel, radioItems, textOfOption } from './case-form.js';

/** A lawful exception to the timescales (Reg 5(4), 8(2), 10(4)), recorded after checking the answers. */
export interface ExceptionValues {
  readonly ground?: string;
  readonly from?: string;
  readonly to?: string;
  readonly evidence?: string;
  /** "yes" or "no" as chosen; sent to the API as a boolean, left out when not chosen. */
  readonly familyNotified?: string;
}

const GROUND_TEXT: Record<string, string> = {
  'school-closure': 'The school or college was closed',
  'early-years-closure': 'The early years setting was closed',
  'exceptional-personal-circumstances': 'Exceptional personal circumstances of the child or the family',
  'absent-from-area': 'The child or the family was away from the area',
  'missed-appointment': 'The child or the family missed an appointment',
};

/** The lawful grounds are the API's own list (libs/statutory); only their words are the form's. */
export const GROUNDS = EXCEPTION_GROUNDS.map((g) => ({ value: g, text: GROUND_TEXT[g] ?? g }));

/** The grounds the rule table gives one clock (e.g. Reg 27(3)'s for `reassessment-final-plan`), in the same words. */
export const groundsOf = (rule: RuleId) => RULES[rule].exceptionGrounds.map((g) => ({ value: g, text: GROUND_TEXT[g] ?? g }));

export const YES_NO = [
  { value: 'yes', text: 'Yes' },
  { value: 'no', text: 'No' },
] as const;

export const EXCEPTION_FIELDS = {
  ground: 'ground',
  from: 'from-day',
  to: 'to-day',
  evidence: 'evidence',
  familyNotified: 'familyNotified',
} as const;

export const EXCEPTION_LABELS = {
  ground: 'The ground',
  from: 'The date the exception began',
  to: 'The date the exception ended',
  evidence: 'The evidence',
  familyNotified: 'Whether the family was told',
} as const;

export function exceptionValues(body: Readonly<Record<string, unknown>>): ExceptionValues {
  return {
    ground: textOf(body, 'ground'),
    from: dateFromParts(body, 'from'),
    to: dateFromParts(body, 'to'),
    evidence: textOf(body, 'evidence'),
    familyNotified: textOf(body, 'familyNotified'),
  };
}

export function exceptionApiBody(v: ExceptionValues) {
  return {
    ground: v.ground,
    from: v.from,
    ...(v.to ? { to: v.to } : {}),
    evidence: v.evidence,
    familyNotified: v.familyNotified === 'yes' ? true : v.familyNotified === 'no' ? false : undefined,
  };
}

export function exceptionModel(caseId: string, values: ExceptionValues, idempotencyKey: string, errors?: FormErrors) {
  return {
    pageTitle: 'Record an exception to the timescales',
    caption: caseCaption(caseId),
    action: `/cases/${caseId}/assessment/exceptions`,
    idempotencyKey,
    values: { from: partsOfDate(values.from), to: partsOfDate(values.to), evidence: values.evidence ?? '' },
    grounds: radioItems(GROUNDS, values.ground),
    familyNotified: radioItems(YES_NO, values.familyNotified),
    ...errorModel(errors),
  };
}

export const exceptionForm: CaseForm<ExceptionValues> = {
  view: 'forms/assessment/exception.njk',
  path: ({ caseId }) => `/cases/${caseId}/assessment/exceptions`,
  apiPath: ({ caseId }) => `/api/v1/cases/${caseId}/assessment/exceptions`,
  read: exceptionValues,
  apiBody: exceptionApiBody,
  model: ({ caseId }, v, key, errors) => exceptionModel(caseId, v, key, errors),
  fields: () => EXCEPTION_FIELDS,
  labels: () => EXCEPTION_LABELS,
  firstField: 'ground',
  banner: (v) => ({ title: 'Exception recorded', text: `${textOfOption(GROUNDS, v.ground)}, from ${formatDate(v.from)}.` }),
  check: (v) => ({
    pageTitle: 'Check the exception before it is recorded',
    rows: [
      { key: 'Ground', value: textOfOption(GROUNDS, v.ground) },
      { key: 'From', value: formatDate(v.from) },
      { key: 'To', value: formatDate(v.to) },
      { key: 'Evidence', value: v.evidence ?? '' },
      { key: 'Family told', value: textOfOption(YES_NO, v.familyNotified) },
    ],
    confirmText: 'Record the exception',
  }),
};
