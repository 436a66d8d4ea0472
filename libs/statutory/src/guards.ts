import { DATE_IN_THE_FUTURE, DomainError } from '@send/kernel';
import { isAfter, isBefore, type IsoDate } from './calendar.js';

/**
 * The guards every context's deciders share (docs/conventions.md "Dates"). A context passes its own
 * refusal code where the code depends on what is being refused; a date in the future is refused with the
 * one kernel code, DATE.IN_THE_FUTURE, everywhere.
 */

/** docs/api.md "Conventions": a business date may not be after the day the command is handled. */
export function notInFuture(today: IsoDate, dates: Readonly<Record<string, IsoDate | undefined>>): void {
  for (const [field, date] of Object.entries(dates)) {
    if (date !== undefined && isAfter(date, today)) {
      throw new DomainError(DATE_IN_THE_FUTURE, `${field} ${date} is after today (${today})`, { field });
    }
  }
}

/**
 * docs/api.md "Conventions": nor earlier than the act it answers. Each anchor names an earlier act and its
 * date ({ 'decision letter': '2025-03-03' }); an act not yet done (undefined) is no anchor.
 */
export function notBefore<C extends string>(
  code: C,
  field: string,
  date: IsoDate,
  anchors: Readonly<Record<string, IsoDate | undefined>>,
): void {
  for (const [act, on] of Object.entries(anchors)) {
    if (on !== undefined && isBefore(date, on)) {
      throw new DomainError(code, `${field} ${date} is before the ${act} (${on})`, { field, [act]: on });
    }
  }
}

/** Decisions are never silent: a reason, an approver, evidence must be written down. Returns it trimmed. */
export function requireText<C extends string>(code: C, field: string, value: unknown, message: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new DomainError(code, message, { field });
  return value.trim();
}

/** The later of some dates, ignoring those not (yet) known; undefined when none is. */
export function latest(first: IsoDate, ...rest: (IsoDate | undefined)[]): IsoDate;
export function latest(...dates: (IsoDate | undefined)[]): IsoDate | undefined;
export function latest(...dates: (IsoDate | undefined)[]): IsoDate | undefined {
  return dates.reduce<IsoDate | undefined>((a, d) => (d === undefined || (a !== undefined && !isAfter(d, a)) ? a : d), undefined);
}
