import { CEASE_REASON_CODES, PHASE_TRANSFERS } from '@send/statutory';
import { PHASE_TRANSFER_NAMES, ceaseReasonName } from '../../case/labels.js';
import { formatDate } from '../../format.js';
import { groundsOf, YES_NO } from '../assessment/exception.view-model.js';
import type { Choice, StepFormSpec } from '../placement/step-form.js';

/**
 * The short forms for changing a final plan (docs/ui.md "Forms"; docs/api.md "The plan after it is final",
 * "Transfer between LAs"): an amendment notice, the decision not to amend, ceasing, re-assessment, a phase
 * transfer and a transfer to another local authority. Each is a step form; the codes are the API's.
 */
const base = (caseId: string, caption: string, path: string) => ({ caption, action: `/cases/${caseId}${path}` });

export const amendmentNoticeSpec = (caseId: string, caption: string): StepFormSpec => ({
  ...base(caseId, caption, '/plan/amendment-notice'),
  pageTitle: 'Send an amendment notice',
  lead: 'The notice tells the family what the council proposes to change and why. They then have 15 days to make representations (Regulation 22).',
  submitText: 'Record the amendment notice',
  fields: [
    { kind: 'date', name: 'sentOn', label: 'When was the notice sent?' },
    {
      kind: 'textarea',
      name: 'proposedAmendments',
      label: 'The proposed amendments',
      hint: 'What will change in the plan, section by section',
    },
    { kind: 'textarea', name: 'reason', label: 'Why the plan is to be amended' },
  ],
});

export const notAmendingSpec = (caseId: string, caption: string): StepFormSpec => ({
  ...base(caseId, caption, '/plan/not-amending'),
  pageTitle: 'Decide not to amend the plan',
  lead: 'After the family’s representations the council may decide to keep the plan as it is (Regulation 22(4)).',
  submitText: 'Continue',
  fields: [
    { kind: 'date', name: 'decidedOn', label: 'When was the decision made?' },
    { kind: 'textarea', name: 'reason', label: 'Why the plan is not to be amended' },
  ],
});

/** The SEN2 cease reasons are the API's codes (libs/statutory); the words are the SEN2 guide's. */
export const CEASE_REASON_CHOICES: readonly Choice[] = CEASE_REASON_CODES.map((code) => ({
  value: code,
  text: `${ceaseReasonName(code)} (${code})`,
}));

export const ceaseSpec = (caseId: string, caption: string): StepFormSpec => ({
  ...base(caseId, caption, '/plan/cease'),
  pageTitle: 'Decide to cease the plan',
  lead: 'Before deciding, the council consults the child’s parent or the young person and the setting (Regulation 31(1)).',
  submitText: 'Continue',
  fields: [
    { kind: 'date', name: 'consultedOn', label: 'When was the consultation held?' },
    { kind: 'date', name: 'decidedOn', label: 'When was the decision to cease made?' },
    { kind: 'radios', name: 'reason', label: 'Why is the plan ceasing?', hint: 'The SEN2 reason', choices: CEASE_REASON_CHOICES },
  ],
});

export const CEASE_WARNING =
  'The plan is still maintained until the time to appeal the decision has passed with no appeal, or the tribunal dismisses an appeal.';

export const REQUESTER_CHOICES: readonly Choice[] = [
  { value: 'parent', text: 'The child’s parent' },
  { value: 'young-person', text: 'The young person' },
  { value: 'setting', text: 'The school, college or other setting' },
  { value: 'other', text: 'Someone else' },
];

export const reassessmentRequestSpec = (caseId: string, caption: string): StepFormSpec => ({
  ...base(caseId, caption, '/reassessment/new'),
  pageTitle: 'Record a request for re-assessment',
  lead: 'The council has 15 days from the request to decide whether to re-assess (Regulation 25(1)).',
  submitText: 'Record the request',
  fields: [
    { kind: 'date', name: 'requestedOn', label: 'When was the request received?' },
    { kind: 'radios', name: 'requestedBy', label: 'Who asked for the re-assessment?', choices: REQUESTER_CHOICES },
  ],
});

export const REASSESSMENT_DECISION_CHOICES: readonly Choice[] = [
  { value: 'reassess', text: 'Re-assess the child’s needs' },
  { value: 'refuse', text: 'Refuse to re-assess' },
];

export const reassessmentDecisionSpec = (caseId: string, caption: string): StepFormSpec => ({
  ...base(caseId, caption, '/reassessment/decision'),
  pageTitle: 'Record the re-assessment decision',
  submitText: 'Continue',
  fields: [
    { kind: 'radios', name: 'decision', label: 'What did the council decide?', choices: REASSESSMENT_DECISION_CHOICES },
    { kind: 'date', name: 'decidedOn', label: 'When was the decision made?' },
    { kind: 'textarea', name: 'reason', label: 'The reasons for the decision' },
  ],
});

/** The phase transfers are the API's (libs/statutory); only their words are the form's. */
export const PHASE_TRANSFER_CHOICES: readonly Choice[] = PHASE_TRANSFERS.map((t) => ({
  value: t,
  text: PHASE_TRANSFER_NAMES[t],
}));

/** One of `GET …/plan`'s proposedPhaseTransfers, computed from the child's date of birth. */
export interface ProposedPhaseTransfer {
  readonly transfer: string;
  readonly transferOn: string;
  readonly dueOn: string;
}

/** "… from primary to secondary school on 1 September 2027, the plan reviewed and amended by 15 February 2027". */
export function proposedText(proposed: readonly ProposedPhaseTransfer[]): string | undefined {
  if (proposed.length === 0) return undefined;
  const each = proposed.map(
    (p) =>
      `${(PHASE_TRANSFER_CHOICES.find((c) => c.value === p.transfer)?.text ?? p.transfer).toLowerCase()} on ${formatDate(p.transferOn)}, the plan reviewed and amended by ${formatDate(p.dueOn)}`,
  );
  return `From the child’s date of birth, the plan expects: ${each.join('; ')}.`;
}

export const phaseTransferSpec = (
  caseId: string,
  caption: string,
  proposed: readonly ProposedPhaseTransfer[] = [],
): StepFormSpec => ({
  ...base(caseId, caption, '/phase-transfer'),
  pageTitle: 'Plan a phase transfer',
  lead: proposedText(proposed) ?? 'The plan must be reviewed and amended, naming the new setting, before the child moves on.',
  submitText: 'Record the phase transfer',
  fields: [
    { kind: 'radios', name: 'transfer', label: 'Which transfer is it?', choices: PHASE_TRANSFER_CHOICES },
    { kind: 'date', name: 'transferOn', label: 'When will the child move?', hint: 'A planned date; it may be in the future' },
  ],
});

export const transferSpec = (caseId: string, caption: string): StepFormSpec => ({
  ...base(caseId, caption, '/transfer'),
  pageTitle: 'Transfer the plan to another local authority',
  lead: 'When the family moves, the plan goes to the local authority they moved to, which then accepts it (Regulation 15).',
  submitText: 'Continue',
  fields: [
    {
      kind: 'text',
      name: 'toLa',
      label: 'The local authority the family moved to',
      hint: 'Its three-digit DfE code, for example 203',
    },
    { kind: 'date', name: 'movedOn', label: 'When did the family move?' },
    { kind: 'date', name: 'learnedOn', label: 'When did the council learn of the move?' },
  ],
});

export const acceptTransferSpec = (caseId: string, caption: string): StepFormSpec => ({
  ...base(caseId, caption, '/transfer/accept'),
  pageTitle: 'Accept the transfer',
  lead: 'The plan transferred from the family’s former local authority becomes this council’s on the date of the transfer.',
  submitText: 'Continue',
  fields: [{ kind: 'date', name: 'acceptedOn', label: 'What is the date of the transfer?' }],
});

export const transferNoticeSpec = (caseId: string, caption: string): StepFormSpec => ({
  ...base(caseId, caption, '/transfer/notice'),
  pageTitle: 'Record the letter to the family about the transferred plan',
  lead: 'Within 6 weeks of the transfer the council tells the family that the plan is now its own, whether it proposes to assess the child and when it will review the plan (Regulation 15(4)).',
  submitText: 'Record the letter',
  fields: [{ kind: 'date', name: 'sentOn', label: 'When was the letter sent?' }],
});

export const withdrawTransferSpec = (caseId: string, caption: string): StepFormSpec => ({
  ...base(caseId, caption, '/transfer/withdraw'),
  pageTitle: 'Withdraw the transfer',
  lead: 'While the other local authority has not accepted the transfer, the council may withdraw it, for example when the family did not move after all.',
  submitText: 'Continue',
  fields: [
    { kind: 'date', name: 'withdrawnOn', label: 'When was the transfer withdrawn?' },
    { kind: 'textarea', name: 'reason', label: 'Why the transfer is withdrawn' },
  ],
});

export const WITHDRAW_WARNING = 'The plan stays this council’s, and the local authority it was going to no longer sees the case.';

/** Reg 27(3)'s grounds, from the rule table for the re-assessment's 14 weeks, in the assessment form's words. */
export const REASSESSMENT_GROUND_CHOICES: readonly Choice[] = groundsOf('reassessment-final-plan');

export const reassessmentExceptionSpec = (caseId: string, caption: string): StepFormSpec => ({
  ...base(caseId, caption, '/reassessment/exceptions'),
  pageTitle: 'Record an exception to the re-assessment timescale',
  lead: 'The 14 weeks to the new final plan need not be kept when it is impractical for one of these reasons (Regulation 27(3)). The deadline keeps its due date.',
  submitText: 'Continue',
  fields: [
    { kind: 'radios', name: 'ground', label: 'The ground', choices: REASSESSMENT_GROUND_CHOICES },
    { kind: 'date', name: 'from', label: 'The date the exception began' },
    { kind: 'date', name: 'to', label: 'The date the exception ended', hint: 'Leave blank if it has not ended' },
    { kind: 'textarea', name: 'evidence', label: 'The evidence' },
    { kind: 'radios', name: 'familyNotified', label: 'Was the family told?', choices: YES_NO },
  ],
});
