import { type FormErrors, partsOfDate } from '../web/forms.js';

/** What the new-request form shows: the values typed (again, after an error) and the API's errors. */
export interface NewRequestValues {
  readonly givenName?: string;
  readonly familyName?: string;
  readonly dateOfBirth?: string;
  readonly requestedBy?: string;
  readonly receivedOn?: string;
}

/** How the API names each field → the id of its control (docs/ui.md "Forms"). */
export const NEW_REQUEST_FIELDS = {
  'child.givenName': 'givenName',
  'child.familyName': 'familyName',
  'child.dateOfBirth': 'dateOfBirth-day',
  child: 'givenName',
  requestedBy: 'requestedBy',
  receivedOn: 'receivedOn-day',
  la: 'givenName',
} as const;

/** The form's words for each field, used in the API's messages (docs/ui.md "Forms"). */
export const NEW_REQUEST_LABELS = {
  'child.givenName': 'First name',
  'child.familyName': 'Last name',
  'child.dateOfBirth': 'Date of birth',
  requestedBy: 'Who made the request',
  receivedOn: 'The date the request was received',
} as const;

export const REQUESTERS = [
  { value: 'parent', text: 'A parent' },
  { value: 'young-person', text: 'The young person' },
  { value: 'setting', text: 'The school, college or early years setting' },
  { value: 'other', text: 'Someone else (for example a health or social care professional)' },
] as const;

export function newRequestModel(values: NewRequestValues, idempotencyKey: string, errors?: FormErrors) {
  return {
    pageTitle: 'Record a request for an EHC needs assessment',
    idempotencyKey,
    values: {
      givenName: values.givenName ?? '',
      familyName: values.familyName ?? '',
      dateOfBirth: partsOfDate(values.dateOfBirth),
      receivedOn: partsOfDate(values.receivedOn),
    },
    requesters: REQUESTERS.map((r) => ({ ...r, checked: r.value === values.requestedBy })),
    errorSummary: errors?.summary ?? [],
    fieldErrors: errors?.fields ?? {},
    errorCode: errors?.code,
  };
}
