import { formatDate } from '../../format.js';
import { dateFromParts, type FormErrors, partsOfDate, textOf } from '../../web/forms.js';
import { type CaseForm, caseCaption, errorModel, radioItems, textOfOption } from './case-form.js';

/** Advice asked of a professional (Reg 6) and, later, its receipt (Reg 8). */
export interface AdviceRequestValues {
  readonly adviser?: string;
  readonly requestedOn?: string;
}

export interface AdviceReceivedValues {
  readonly receivedOn?: string;
}

/** The API's advisers (libs/assessment request-advice), in the form's words. */
export const ADVISERS = [
  { value: 'educational-psychologist', text: 'Educational psychologist' },
  { value: 'health', text: 'Health care professional' },
  { value: 'social-care', text: 'Social care' },
  { value: 'setting', text: 'The school, college or early years setting' },
  { value: 'other', text: 'Someone else' },
] as const;

export const ADVICE_REQUEST_FIELDS = { adviser: 'adviser', requestedOn: 'requestedOn-day' } as const;
export const ADVICE_REQUEST_LABELS = {
  adviser: 'Who the advice is asked of',
  requestedOn: 'The date advice was requested',
} as const;
export const ADVICE_RECEIVED_FIELDS = { receivedOn: 'receivedOn-day', adviceId: 'receivedOn-day' } as const;
export const ADVICE_RECEIVED_LABELS = { receivedOn: 'The date the advice was received' } as const;

export function adviceRequestValues(body: Readonly<Record<string, unknown>>): AdviceRequestValues {
  return { adviser: textOf(body, 'adviser'), requestedOn: dateFromParts(body, 'requestedOn') };
}

export function adviceRequestModel(caseId: string, values: AdviceRequestValues, idempotencyKey: string, errors?: FormErrors) {
  return {
    pageTitle: 'Request advice',
    caption: caseCaption(caseId),
    action: `/cases/${caseId}/assessment/advice`,
    idempotencyKey,
    values: { requestedOn: partsOfDate(values.requestedOn) },
    advisers: radioItems(ADVISERS, values.adviser),
    ...errorModel(errors),
  };
}

export function adviceReceivedValues(body: Readonly<Record<string, unknown>>): AdviceReceivedValues {
  return { receivedOn: dateFromParts(body, 'receivedOn') };
}

export function adviceReceivedModel(
  caseId: string,
  adviceId: string,
  values: AdviceReceivedValues,
  idempotencyKey: string,
  errors?: FormErrors,
) {
  return {
    pageTitle: 'Record advice received',
    caption: caseCaption(caseId),
    action: `/cases/${caseId}/assessment/advice/${encodeURIComponent(adviceId)}/received`,
    idempotencyKey,
    values: { receivedOn: partsOfDate(values.receivedOn) },
    ...errorModel(errors),
  };
}

export const adviceRequestForm: CaseForm<AdviceRequestValues> = {
  view: 'forms/assessment/advice.njk',
  path: ({ caseId }) => `/cases/${caseId}/assessment/advice`,
  apiPath: ({ caseId }) => `/api/v1/cases/${caseId}/assessment/advice`,
  read: adviceRequestValues,
  apiBody: (v) => ({ adviser: v.adviser, requestedOn: v.requestedOn }),
  model: ({ caseId }, v, key, errors) => adviceRequestModel(caseId, v, key, errors),
  fields: () => ADVICE_REQUEST_FIELDS,
  labels: () => ADVICE_REQUEST_LABELS,
  firstField: 'requestedOn',
  banner: (v) => ({
    title: `Advice requested: ${textOfOption(ADVISERS, v.adviser)}`,
    text: `Requested on ${formatDate(v.requestedOn)}.`,
  }),
};

export const adviceReceivedForm: CaseForm<AdviceReceivedValues> = {
  view: 'forms/assessment/advice-received.njk',
  path: ({ caseId, adviceId }) => `/cases/${caseId}/assessment/advice/${encodeURIComponent(adviceId)}/received`,
  apiPath: ({ caseId, adviceId }) => `/api/v1/cases/${caseId}/assessment/advice/${encodeURIComponent(adviceId)}/received`,
  read: adviceReceivedValues,
  apiBody: (v) => ({ receivedOn: v.receivedOn }),
  model: ({ caseId, adviceId }, v, key, errors) => adviceReceivedModel(caseId, adviceId, v, key, errors),
  fields: () => ADVICE_RECEIVED_FIELDS,
  labels: () => ADVICE_RECEIVED_LABELS,
  firstField: 'receivedOn',
  banner: (v) => ({ title: 'Advice received', text: `Received on ${formatDate(v.receivedOn)}.` }),
};
