import { isAfter, type IsoDate } from '@send/statutory';
import { AssessmentErrors, DATE_IN_THE_FUTURE, refuse } from './assessment.errors.js';
import type { AssessmentState, OpenCase } from './assessment.state.js';

/** api-v1.md "Conventions": a business date may not be after the day the command is handled. */
export function notInFuture(today: IsoDate, dates: Readonly<Record<string, IsoDate | undefined>>): void {
  for (const [field, date] of Object.entries(dates)) {
    if (date !== undefined && isAfter(date, today)) {
      refuse(DATE_IN_THE_FUTURE, `${field} ${date} is after today (${today})`, { field });
    }
  }
}

export function openCase(state: AssessmentState): OpenCase {
  if (state.status === 'none') refuse(AssessmentErrors.NOT_REQUESTED, 'no assessment has been requested for this case');
  return state;
}

/** A decision letter must give reasons (CFA s.36(5), Reg 5(3), 10(3)); an empty one proves nothing. */
export function requireReason(reason: string): void {
  if (typeof reason !== 'string' || reason.trim() === '') {
    refuse(AssessmentErrors.REASON_REQUIRED, 'record the reason for the decision, as sent to the family', {
      field: 'reason',
    });
  }
}
