import { isAfter, isBefore, type IsoDate } from '@send/statutory';
import { DATE_IN_THE_FUTURE, type PlacementErrorCode, refuse } from './placement.errors.js';

/** api-v1.md "Conventions": a business date may not be after the day the command is handled. */
export function notInFuture(today: IsoDate, dates: Readonly<Record<string, IsoDate | undefined>>): void {
  for (const [field, date] of Object.entries(dates)) {
    if (date !== undefined && isAfter(date, today)) {
      refuse(DATE_IN_THE_FUTURE, `${field} ${date} is after today (${today})`, { field });
    }
  }
}

/** api-v1.md "Conventions": nor earlier than the act it answers. */
export function notBefore(
  code: PlacementErrorCode,
  field: string,
  date: IsoDate,
  act: { readonly what: string; readonly on: IsoDate | undefined },
): void {
  if (act.on !== undefined && isBefore(date, act.on)) {
    refuse(code, `${field} ${date} is before ${act.what} (${act.on})`, { field });
  }
}

export function requireText(code: PlacementErrorCode, field: string, text: string | undefined, what: string): void {
  if (typeof text !== 'string' || text.trim() === '') refuse(code, `record ${what}`, { field });
}
