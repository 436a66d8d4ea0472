import { addDays, addMonths, type IsoDate } from '@send/statutory';

/**
 * How long a case keeps the child's personal data: whole years from the date of birth, as data with its source
 * (libs/assessment/data; docs/domain.md "Erasure and retention"). Passed to the decider, never read by it.
 */
export interface RetentionRule {
  readonly id: string;
  readonly years: number;
  readonly source: string;
}

/**
 * The last day the record is kept: the date of birth's anniversary `years` on. A 29 February birthday falls on
 * 1 March in a common year, the later of the two readings, so that nothing is erased a day early.
 */
export function retainedUntil(dateOfBirth: IsoDate, years: number): IsoDate {
  const anniversary = addMonths(dateOfBirth, 12 * years);
  const leapDay = dateOfBirth.endsWith('-02-29');
  return leapDay && anniversary.endsWith('-02-28') ? addDays(anniversary, 1) : anniversary;
}

/** The first day the record may be erased under the rule: the day after it was last kept. */
export function erasableFrom(dateOfBirth: IsoDate, years: number): IsoDate {
  return addDays(retainedUntil(dateOfBirth, years), 1);
}
