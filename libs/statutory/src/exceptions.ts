import { addDays, isAfter, isBefore, type IsoDate } from './calendar.js';
import type { DeadlineEntry } from './deadline-book.js';
import type { ExceptionGround } from './rules.js';

/**
 * What every context's exception to a timescale shares (docs/domain.md "Exceptions"): the grounds are each
 * rule's own (RULES[id].exceptionGrounds); these are the conditions the regulations put on a ground's period.
 */

/** The grounds that Reg 5(4), 8(2), 10(4) (and 13(3), 27(3) through them) tie to "a continuous period of not less than 4 weeks". */
export const FOUR_WEEK_GROUNDS: ReadonlySet<ExceptionGround> = new Set([
  'school-closure',
  'early-years-closure',
  'absent-from-area',
]);

/** What a caseworker records for an exception to any clock: the ground, its period, evidence, whether the family was told. */
export interface TimescaleExceptionInput {
  readonly ground: ExceptionGround;
  readonly from: IsoDate;
  readonly to?: IsoDate;
  readonly evidence: string;
  readonly familyNotified: boolean;
}

export type ExceptionPeriodProblem =
  | { readonly problem: 'period-invalid'; readonly message: string }
  | { readonly problem: 'ground-not-met'; readonly message: string };

/** Why a period cannot support its ground, or undefined when it can (an open-ended period can). */
export function exceptionPeriodProblem(
  ground: ExceptionGround,
  from: IsoDate,
  to: IsoDate | undefined,
): ExceptionPeriodProblem | undefined {
  if (to !== undefined && isBefore(to, from)) {
    return { problem: 'period-invalid', message: `the period ends (${to}) before it begins (${from})` };
  }
  if (to !== undefined && FOUR_WEEK_GROUNDS.has(ground) && isBefore(to, addDays(from, 28))) {
    return {
      problem: 'ground-not-met',
      message: `${ground} is a lawful ground only for a continuous period of at least 4 weeks; ${from} to ${to} is shorter`,
    };
  }
  return undefined;
}

/**
 * A time limit is relaxed only where the circumstance made it "impractical" to comply, which one that ended
 * before the clock started or began after its due date cannot have done.
 */
export function exceptionOverlaps(
  entry: Pick<DeadlineEntry, 'startedOn' | 'dueOn'>,
  from: IsoDate,
  to: IsoDate | undefined,
): boolean {
  return !isAfter(from, entry.dueOn) && (to === undefined || !isBefore(to, entry.startedOn));
}
