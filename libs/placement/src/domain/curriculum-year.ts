import { isIsoDate, type IsoDate } from '@send/statutory';
import type { Phase } from './codes.js';

/**
 * National curriculum year groups run from 1 September to 31 August, and a child joins the cohort of the
 * school year in which they were born: a child born 1 Sep 2015 – 31 Aug 2016 starts Reception in
 * September 2020 (the Education Act 1996 s.8 "compulsory school age" cohort; Reception precedes Year 1).
 * 0 is Reception, 1–13 are Years 1–13, below 0 is early years (-1 nursery, -2 …), and above 13 counts on,
 * so Year 20 is the academic year in which the young person turns 25.
 */
export function curriculumYear(dateOfBirth: IsoDate, onDate: IsoDate): number {
  return academicYearOf(onDate) - (academicYearOf(dateOfBirth) + RECEPTION_AFTER_BIRTH_YEAR);
}

/** A child starts Reception in the September after their fourth birthday. */
const RECEPTION_AFTER_BIRTH_YEAR = 5;

/** The calendar year in which the academic year containing `date` began (1 September). */
export function academicYearOf(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`not a date: ${String(date)}`);
  const [year, month] = date.split('-').map(Number);
  return month >= 9 ? year : year - 1;
}

/**
 * The last curriculum year in which a plan may still be maintained: the academic year in which the young
 * person turns 25 (CFA s.46).
 */
export const LAST_CURRICULUM_YEAR = 20;

/**
 * The phase of a curriculum year: Reception–Year 6 primary, Years 7–11 secondary (key stages 3–4),
 * Year 12 up to the year the young person turns 25 post-16, below Reception early years. Undefined after
 * that: the young person is past the age a plan can cover (CFA s.46).
 */
export function phaseOf(year: number): Phase | undefined {
  if (!Number.isInteger(year)) throw new RangeError(`not a curriculum year: ${year}`);
  if (year < 0) return 'early-years';
  if (year <= 6) return 'primary';
  if (year <= 11) return 'secondary';
  if (year <= LAST_CURRICULUM_YEAR) return 'post-16';
  return undefined;
}

/** How a year is written on a list a family reads. */
export function yearLabel(year: number): string {
  if (year === 0) return 'Reception';
  if (year === -1) return 'nursery';
  if (year < -1) return 'early years';
  return `Year ${year}`;
}

/** "2025/26" for the academic year containing `date`. */
export function academicYearLabel(date: IsoDate): string {
  const start = academicYearOf(date);
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}
