import type { Choice, StepFormSpec } from './step-form.js';

/**
 * The placement steps' forms (docs/ui.md "Forms"; the API's bodies in libs/placement/src/*\/*.controller.ts).
 * The values are the API's own (answer, grounds); the words are the form's.
 */
export const CONSULTATION_ANSWER_CHOICES: readonly Choice[] = [
  { value: 'can-meet', text: 'The setting can meet the child’s needs' },
  { value: 'cannot-meet', text: 'The setting cannot meet the child’s needs' },
];

/** CFA 2014 s.39(4): the only grounds on which a requested setting may be refused. */
export const OBJECTION_GROUND_CHOICES: readonly Choice[] = [
  {
    value: 'unsuitable-for-age-ability-aptitude-sen',
    text: 'Unsuitable for the child’s age, ability, aptitude or special educational needs',
  },
  { value: 'incompatible-with-efficient-education-of-others', text: 'Incompatible with the efficient education of others' },
  { value: 'incompatible-with-efficient-use-of-resources', text: 'Incompatible with the efficient use of resources' },
];

export interface SettingOption {
  readonly settingId: string;
  readonly name: string;
  readonly type?: string;
  readonly placesFree?: number;
}

export const settingChoices = (settings: readonly SettingOption[]): Choice[] =>
  settings.map((s) => ({ value: s.settingId, text: s.type ? `${s.name} (${s.type})` : s.name }));

const ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'];

/** Ranking without JavaScript: one numbered select per place in the order, each listing the tailored list. */
export function preferencesSpec(caseId: string, caption: string, settings: readonly SettingOption[]): StepFormSpec {
  const ranks = Math.max(1, Math.min(settings.length, ORDINALS.length));
  const choices = settingChoices(settings);
  return {
    pageTitle: 'Record the family’s preferences',
    caption,
    action: `/cases/${caseId}/placement/preferences`,
    submitText: 'Record the preferences',
    lead:
      settings.length === 0
        ? 'No setting on the council’s tailored list fits this child yet.'
        : 'Choose the settings in the family’s order of preference, most preferred first. Leave the rest blank.',
    fields: [
      ...Array.from({ length: ranks }, (_, i) => ({
        kind: 'select' as const,
        name: `rank-${i + 1}`,
        apiField: 'ranked',
        label: `${ORDINALS[i]} preference`,
        choices,
      })),
      { kind: 'date', name: 'expressedOn', label: 'When did the family express these preferences?' },
    ],
  };
}

/** The ranked setting ids from the numbered selects, in order, blanks and repeats left out. */
export function rankedFrom(values: Readonly<Record<string, unknown>>): string[] {
  const ranked: string[] = [];
  for (let i = 1; i <= ORDINALS.length; i++) {
    const v = values[`rank-${i}`];
    if (typeof v === 'string' && v !== '' && !ranked.includes(v)) ranked.push(v);
  }
  return ranked;
}

export const consultationSpec = (caseId: string, caption: string, settings: readonly SettingOption[]): StepFormSpec => ({
  pageTitle: 'Record a consultation sent to a setting',
  caption,
  action: `/cases/${caseId}/placement/consultations`,
  submitText: 'Record the consultation',
  lead: 'The setting has 15 days to answer (Code of Practice 9.79).',
  fields: [
    { kind: 'select', name: 'settingId', label: 'Setting consulted', choices: settingChoices(settings) },
    { kind: 'date', name: 'sentOn', label: 'When was the consultation sent?' },
  ],
});

export const consultationAnswerSpec = (caseId: string, caption: string, consultationId: string): StepFormSpec => ({
  pageTitle: 'Record the setting’s answer',
  caption,
  action: `/cases/${caseId}/placement/consultations/${consultationId}/answer`,
  submitText: 'Record the answer',
  fields: [
    { kind: 'radios', name: 'answer', label: 'What did the setting answer?', choices: CONSULTATION_ANSWER_CHOICES },
    {
      kind: 'checkboxes',
      name: 'grounds',
      label: 'Grounds given',
      hint: 'Only if the setting cannot meet the child’s needs. Select all that the setting gave.',
      choices: OBJECTION_GROUND_CHOICES,
    },
    { kind: 'date', name: 'answeredOn', label: 'When did the setting answer?' },
  ],
});

export const allocateSpec = (caseId: string, caption: string): StepFormSpec => ({
  pageTitle: 'Allocate a place',
  caption,
  action: `/cases/${caseId}/placement/allocate`,
  submitText: 'Continue',
  lead: 'The place goes to the first setting in the family’s order of preference with a place and no upheld objection.',
  fields: [{ kind: 'date', name: 'decidedOn', label: 'When was the allocation decided?' }],
});

export const directionSpec = (caseId: string, caption: string, settings: readonly SettingOption[]): StepFormSpec => ({
  pageTitle: 'Direct an academy to admit the child',
  caption,
  action: `/cases/${caseId}/placement/direction`,
  submitText: 'Continue',
  fields: [
    { kind: 'select', name: 'settingId', label: 'Academy directed', choices: settingChoices(settings) },
    { kind: 'date', name: 'directedOn', label: 'When was the direction given?' },
    { kind: 'textarea', name: 'reason', label: 'Reason for the direction' },
  ],
});

export const directionAppealSpec = (caseId: string, caption: string): StepFormSpec => ({
  pageTitle: 'Record the trust’s appeal against the direction',
  caption,
  action: `/cases/${caseId}/placement/direction/appeal`,
  submitText: 'Record the appeal',
  fields: [{ kind: 'date', name: 'lodgedOn', label: 'When did the trust lodge its appeal?' }],
});

export const directionAppealDecisionSpec = (caseId: string, caption: string): StepFormSpec => ({
  pageTitle: 'Record the adjudicator’s decision',
  caption,
  action: `/cases/${caseId}/placement/direction/appeal/decision`,
  submitText: 'Continue',
  fields: [
    {
      kind: 'radios',
      name: 'upheld',
      label: 'Did the Office of the Schools Adjudicator uphold the trust’s appeal?',
      choices: [
        { value: 'yes', text: 'Yes, the direction falls' },
        { value: 'no', text: 'No, the direction stands' },
      ],
    },
    { kind: 'date', name: 'decidedOn', label: 'When was the decision made?' },
  ],
});
