import { NEED_CODES, SETTING_TYPES } from '@send/statutory';
import type { Choice, StepFormSpec } from './step-form.js';
import { type SettingOption, settingChoices } from './placement.view-model.js';

/**
 * The council's settings registry and local inclusion plan (POST /api/v1/settings, PUT
 * /api/v1/inclusion-plans/{la}): what a tailored list is drawn from. SEN2 need codes and setting types are
 * the API's own values, shown as they are.
 */
export const PHASE_CHOICES: readonly Choice[] = [
  { value: 'early-years', text: 'Early years' },
  { value: 'primary', text: 'Primary' },
  { value: 'secondary', text: 'Secondary' },
  { value: 'post-16', text: 'Post-16' },
];

export const registerSettingSpec = (): StepFormSpec => ({
  pageTitle: 'Register a setting',
  action: '/settings',
  submitText: 'Register the setting',
  fields: [
    { kind: 'text', name: 'name', label: 'Name of the setting' },
    { kind: 'radios', name: 'type', label: 'Type of setting', choices: SETTING_TYPES.map((t) => ({ value: t, text: t })) },
    { kind: 'checkboxes', name: 'phases', label: 'Phases', choices: PHASE_CHOICES },
    {
      kind: 'checkboxes',
      name: 'needs',
      label: 'Primary needs it serves',
      hint: 'SEN2 codes.',
      choices: NEED_CODES.map((n) => ({ value: n, text: n })),
    },
    { kind: 'text', name: 'capacity', label: 'Places for children with EHC plans' },
    {
      kind: 'text',
      name: 'academyTrust',
      label: 'Academy trust (optional)',
      hint: 'Only an academy may be directed to admit a child.',
    },
  ],
});

export const inclusionPlanSpec = (settings: readonly SettingOption[]): StepFormSpec => ({
  pageTitle: 'Publish the local inclusion plan',
  action: '/settings/inclusion-plan',
  submitText: 'Publish the plan',
  lead: 'Publishing makes a new version; tailored lists are drawn from the settings it names.',
  fields: [
    { kind: 'checkboxes', name: 'settingIds', label: 'Settings in the plan', choices: settingChoices(settings) },
    { kind: 'date', name: 'publishedOn', label: 'When is it published?' },
  ],
});

/** Whole numbers as numbers; anything else goes on as typed, for the API to refuse. */
export function wholeNumberFrom(typed: string | undefined): number | string | undefined {
  return typed !== undefined && /^\d{1,6}$/.test(typed) ? Number(typed) : typed;
}
