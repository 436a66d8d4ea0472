import type { StepFormSpec } from '../placement/step-form.js';

/** A local adjustment to the top-up (libs/funding/src/apply-local-adjustment): its sum, reason and approver. */
export const adjustmentSpec = (caseId: string, caption: string): StepFormSpec => ({
  pageTitle: 'Apply a local adjustment to the top-up',
  caption,
  action: `/cases/${caseId}/funding/adjustments`,
  submitText: 'Continue',
  fields: [
    {
      kind: 'money',
      name: 'amount',
      apiField: 'amountPence',
      label: 'Amount',
      hint: 'In pounds, for example 500 or 1,250.50. Put a minus sign in front to reduce the top-up.',
    },
    { kind: 'textarea', name: 'reason', label: 'Reason for the adjustment' },
    { kind: 'text', name: 'approvedBy', label: 'Who approved it?', hint: 'Not the person recording it.' },
    { kind: 'date', name: 'approvedOn', label: 'When was it approved?' },
  ],
});
