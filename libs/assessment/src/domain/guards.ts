import { requireText } from '@send/statutory';
import { AssessmentErrors, refuse } from './assessment.errors.js';
import type { AssessmentState, OpenCase } from './assessment.state.js';

export function openCase(state: AssessmentState): OpenCase {
  if (state.status === 'none') refuse(AssessmentErrors.NOT_REQUESTED, 'no assessment has been requested for this case');
  return state;
}

/** A decision letter must give reasons (CFA s.36(5), Reg 5(3), 10(3)); an empty one proves nothing. */
export function requireReason(reason: string): void {
  requireText(AssessmentErrors.REASON_REQUIRED, 'reason', reason, 'record the reason for the decision, as sent to the family');
}
