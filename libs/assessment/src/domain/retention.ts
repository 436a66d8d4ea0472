import { LocalDate } from '@js-joda/core';
import type { IsoDate } from '@send/statutory';

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
  const born = LocalDate.parse(dateOfBirth);
  const anniversary = born.plusYears(years);
  const leapDay = born.monthValue() === 2 && born.dayOfMonth() === 29;
  return (leapDay && anniversary.dayOfMonth() === 28 ? anniversary.plusDays(1) : anniversary).toString();
}

/** The first day the record may be erased under the rule: the day after it was last kept. */
export function erasableFrom(dateOfBirth: IsoDate, years: number): IsoDate {
  return LocalDate.parse(retainedUntil(dateOfBirth, years)).plusDays(1).toString();
}
