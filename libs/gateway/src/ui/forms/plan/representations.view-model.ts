import { formatDate } from '../../format.js';
import { dateFromParts, type FormErrors, partsOfDate, textOf } from '../../web/forms.js';
import { type CaseForm, caseCaption, errorModel } from '../assessment/case-form.js';

/** The family's representations on the draft plan (Reg 13), and the setting they ask for (Reg 9(1)). */
export interface RepresentationsValues {
  readonly receivedOn?: string;
  readonly nothingFurther: boolean;
  readonly requestedSettingId?: string;
}

export const REPRESENTATIONS_FIELDS = {
  receivedOn: 'receivedOn-day',
  nothingFurther: 'nothingFurther',
  requestedSettingId: 'requestedSettingId',
} as const;

export const REPRESENTATIONS_LABELS = {
  receivedOn: 'The date the representations were received',
  nothingFurther: 'Whether the family has anything further to say',
  requestedSettingId: 'The setting the family asks for',
} as const;

export function representationsValues(body: Readonly<Record<string, unknown>>): RepresentationsValues {
  return {
    receivedOn: dateFromParts(body, 'receivedOn'),
    nothingFurther: body.nothingFurther === 'yes',
    requestedSettingId: textOf(body, 'requestedSettingId'),
  };
}

export function representationsApiBody(v: RepresentationsValues) {
  return {
    receivedOn: v.receivedOn,
    ...(v.nothingFurther ? { nothingFurther: true } : {}),
    ...(v.requestedSettingId ? { requestedSettingId: v.requestedSettingId } : {}),
  };
}

export function representationsModel(caseId: string, v: RepresentationsValues, idempotencyKey: string, errors?: FormErrors) {
  return {
    pageTitle: "Record the family's representations on the draft plan",
    caption: caseCaption(caseId),
    action: `/cases/${caseId}/plan/representations`,
    idempotencyKey,
    values: { receivedOn: partsOfDate(v.receivedOn), requestedSettingId: v.requestedSettingId ?? '' },
    nothingFurther: [{ value: 'yes', text: 'The family has said they have nothing further to add', checked: v.nothingFurther }],
    ...errorModel(errors),
  };
}

export const representationsForm: CaseForm<RepresentationsValues> = {
  view: 'forms/plan/representations.njk',
  path: ({ caseId }) => `/cases/${caseId}/plan/representations`,
  apiPath: ({ caseId }) => `/api/v1/cases/${caseId}/plan/representations`,
  read: representationsValues,
  apiBody: representationsApiBody,
  model: ({ caseId }, v, key, errors) => representationsModel(caseId, v, key, errors),
  fields: () => REPRESENTATIONS_FIELDS,
  labels: () => REPRESENTATIONS_LABELS,
  firstField: 'receivedOn',
  banner: (v) => ({
    title: 'Representations recorded',
    text: `Received on ${formatDate(v.receivedOn)}${v.nothingFurther ? '; the family has nothing further to add' : ''}.`,
  }),
};
