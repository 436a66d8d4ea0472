import type { Choice, StepFormSpec } from '../placement/step-form.js';

/**
 * The dispute, mediation and tribunal forms (docs/ui.md "Forms"; the API's bodies in
 * libs/mediation/src/*\/*.controller.ts). The values are the API's own; the words are the form's.
 */
export const ISSUE_CHOICES: readonly Choice[] = [
  { value: 'refusal-to-assess', text: 'The decision not to assess' },
  { value: 'no-plan', text: 'The decision not to issue a plan' },
  { value: 'section-b', text: 'Section B: the special educational needs described' },
  { value: 'section-f', text: 'Section F: the special educational provision' },
  { value: 'section-i', text: 'Section I: the school or setting named' },
  { value: 'cease', text: 'The decision to cease the plan' },
  { value: 'health-social-care', text: 'Health or social care needs and provision' },
  { value: 'review-decision', text: 'The decision not to amend the plan after its review' },
  { value: 'refusal-to-reassess', text: 'The decision not to re-assess' },
];

export const MEDIATION_STEP_CHOICES: readonly Choice[] = [
  { value: 'adviser-contacted', text: 'The family contacted the mediation adviser' },
  { value: 'declined', text: 'The family declined mediation', hint: 'A certificate is due within 3 working days.' },
  { value: 'requested', text: 'The family asked for mediation', hint: 'Mediation must take place within 30 days.' },
  { value: 'held', text: 'Mediation was held', hint: 'A certificate is due within 3 working days.' },
  {
    value: 'agreement',
    text: 'An agreement was reached',
    hint: 'The council must comply within 2 weeks, or within the limits of the order it amounts to.',
  },
  {
    value: 'not-arranged',
    text: 'The council could not arrange mediation within 30 days',
    hint: 'The family is still owed its certificate, within 3 working days.',
  },
];

export const TRIBUNAL_ORDER_CHOICES: readonly Choice[] = [
  { value: 'assess', text: 'Carry out an EHC needs assessment' },
  { value: 'make-plan', text: 'Make and maintain an EHC plan' },
  { value: 'amend-provision', text: 'Amend the special educational provision' },
  { value: 'amend-setting', text: 'Amend the school or setting named' },
  { value: 'cease-dismissed', text: 'The appeal against ceasing the plan is dismissed: the plan ceases' },
];

export const newDisputeSpec = (caseId: string, caption: string): StepFormSpec => ({
  pageTitle: 'Record a disagreement',
  caption,
  action: `/cases/${caseId}/disputes/new`,
  submitText: 'Record the disagreement',
  fields: [
    {
      kind: 'checkboxes',
      name: 'about',
      label: 'What does the family disagree with?',
      hint: 'Select all that apply, all from the same decision letter.',
      choices: ISSUE_CHOICES,
    },
    { kind: 'date', name: 'decisionLetterOn', label: 'Date of the decision letter' },
    { kind: 'date', name: 'raisedOn', label: 'When did the family raise the disagreement?' },
  ],
});

const base = (caseId: string, disputeId: string) => `/cases/${caseId}/disputes/${disputeId}`;

export const mediationStepSpec = (caseId: string, caption: string, disputeId: string): StepFormSpec => ({
  pageTitle: 'Record a mediation step',
  caption,
  action: `${base(caseId, disputeId)}/mediation`,
  submitText: 'Record the step',
  fields: [
    { kind: 'radios', name: 'event', label: 'What happened?', choices: MEDIATION_STEP_CHOICES },
    { kind: 'date', name: 'on', label: 'When did it happen?' },
    { kind: 'textarea', name: 'notes', label: 'Notes (optional)' },
  ],
});

export const certificateSpec = (caseId: string, caption: string, disputeId: string): StepFormSpec => ({
  pageTitle: 'Record the mediation certificate',
  caption,
  action: `${base(caseId, disputeId)}/certificate`,
  submitText: 'Record the certificate',
  fields: [{ kind: 'date', name: 'issuedOn', label: 'When was the certificate issued?' }],
});

export const appealSpec = (caseId: string, caption: string, disputeId: string): StepFormSpec => ({
  pageTitle: 'Record an appeal registered with the tribunal',
  caption,
  action: `${base(caseId, disputeId)}/appeal`,
  submitText: 'Record the appeal',
  fields: [
    { kind: 'date', name: 'registeredOn', label: 'When did the tribunal register the appeal?' },
    {
      kind: 'checkboxes',
      name: 'extensionGranted',
      label: 'Time to appeal',
      choices: [{ value: 'yes', text: 'The tribunal extended the time to appeal' }],
    },
  ],
});

export const orderSpec = (caseId: string, caption: string, disputeId: string): StepFormSpec => ({
  pageTitle: 'Record a tribunal order',
  caption,
  action: `${base(caseId, disputeId)}/orders`,
  submitText: 'Continue',
  fields: [
    { kind: 'radios', name: 'order', label: 'What did the tribunal order?', choices: TRIBUNAL_ORDER_CHOICES },
    { kind: 'date', name: 'madeOn', label: 'When was the order made?' },
  ],
});
