import { SETTING_TYPES } from '@send/statutory';
import { formatDate } from '../../format.js';
import { dateFromParts, type FormErrors, partsOfDate, textOf } from '../../web/forms.js';
import { type CaseForm, caseCaption, errorModel, radioItems, textOfOption } from '../assessment/case-form.js';

/** The final EHC plan (Reg 13(2), 14), with section I if it was settled after the draft; checked first. */
export interface FinalValues {
  readonly issuedOn?: string;
  readonly settingType?: string;
  readonly settingName?: string;
  readonly settingId?: string;
}

const SETTING_TEXT: Record<string, string> = {
  mainstream: 'Mainstream school or college',
  resourced: 'Mainstream with resourced provision or a special unit',
  special: 'Special school or college',
  alternative: 'Alternative provision',
  independent: 'Independent school or college',
  'post-16': 'Post-16 institution',
};

/** Section I's kinds of setting are the API's (libs/statutory); only their words are the form's. */
export const SETTINGS = SETTING_TYPES.map((t) => ({ value: t, text: SETTING_TEXT[t] ?? t }));

export const FINAL_FIELDS = {
  issuedOn: 'issuedOn-day',
  I: 'settingType',
  'I.type': 'settingType',
  'I.name': 'settingName',
  'I.settingId': 'settingId',
  sectionI: 'settingType',
} as const;

export const FINAL_LABELS = {
  issuedOn: 'The date the final plan is issued',
  I: 'Section I',
  'I.type': 'The type of setting',
  'I.name': 'The name of the setting',
  'I.settingId': 'The setting reference',
  sectionI: 'Section I',
} as const;

export function finalValues(body: Readonly<Record<string, unknown>>): FinalValues {
  return {
    issuedOn: dateFromParts(body, 'issuedOn'),
    settingType: textOf(body, 'settingType'),
    settingName: textOf(body, 'settingName'),
    settingId: textOf(body, 'settingId'),
  };
}

/**
 * Section I goes only when something of it was given; otherwise placement's allocation names it, or the
 * API refuses with EHCP.SECTION_I_REQUIRED (a draft names no setting, CFA s.38(5)).
 */
export function finalApiBody(v: FinalValues) {
  const given = v.settingType || v.settingName || v.settingId;
  return {
    issuedOn: v.issuedOn,
    ...(given
      ? {
          I: {
            type: v.settingType,
            ...(v.settingName ? { name: v.settingName } : {}),
            ...(v.settingId ? { settingId: v.settingId } : {}),
          },
        }
      : {}),
  };
}

export function finalModel(caseId: string, v: FinalValues, idempotencyKey: string, errors?: FormErrors) {
  return {
    pageTitle: 'Issue the final EHC plan',
    caption: caseCaption(caseId),
    action: `/cases/${caseId}/plan/final`,
    idempotencyKey,
    values: { issuedOn: partsOfDate(v.issuedOn), settingName: v.settingName ?? '', settingId: v.settingId ?? '' },
    settings: radioItems(SETTINGS, v.settingType),
    ...errorModel(errors),
  };
}

export const finalForm: CaseForm<FinalValues> = {
  view: 'forms/plan/final.njk',
  path: ({ caseId }) => `/cases/${caseId}/plan/final`,
  apiPath: ({ caseId }) => `/api/v1/cases/${caseId}/plan/final`,
  read: finalValues,
  apiBody: finalApiBody,
  model: ({ caseId }, v, key, errors) => finalModel(caseId, v, key, errors),
  fields: () => FINAL_FIELDS,
  labels: () => FINAL_LABELS,
  firstField: 'issuedOn',
  banner: (v) => ({ title: 'Final EHC plan issued', text: `Issued on ${formatDate(v.issuedOn)}.` }),
  check: (v) => ({
    pageTitle: 'Check the final plan before it is issued',
    rows: [
      { key: 'Date the final plan is issued', value: formatDate(v.issuedOn) },
      {
        key: 'Section I: type of setting',
        value: v.settingType ? textOfOption(SETTINGS, v.settingType) : 'As allocated by placement',
      },
      { key: 'Section I: name of the setting', value: v.settingName ?? '' },
      { key: 'Section I: setting reference', value: v.settingId ?? '' },
    ],
    warning: 'The final plan cannot be withdrawn once issued.',
    confirmText: 'Issue the final plan',
  }),
};
