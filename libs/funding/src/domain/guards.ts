import { isAfter, isIsoDate, type IsoDate } from '@send/statutory';
import { DATE_IN_THE_FUTURE, refuse, type FundingErrorCode } from './funding.errors.js';

/** api-v1.md "Conventions": a business date may not be after the day the command is handled. */
export function notInFuture(today: IsoDate, field: string, date: IsoDate): void {
  if (isIsoDate(date) && isAfter(date, today))
    refuse(DATE_IN_THE_FUTURE, `${field} ${date} is after today (${today})`, { field });
}

/** Money decisions are never silent: who and why are part of the record. */
export function requireText(value: unknown, code: FundingErrorCode, field: string, message: string): string {
  if (typeof value !== 'string' || value.trim() === '') refuse(code, message, { field });
  return value.trim();
}
