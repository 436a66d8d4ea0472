import { isAfter, type IsoDate } from './calendar.js';
import { SEND_IN_FORCE } from './rules.js';

/**
 * When the law forbids ceasing to maintain an EHC plan on a given reason, as effective-dated data with its
 * source (docs/domain.md "Ceasing a plan"). The reasons are the SEN2 "reason EHC plan ceased" codes the ehcp
 * context records; only what the plan's own data (the date of birth, its reviews) can show is here, and
 * nothing that a lawful decision could still meet is refused.
 */
export type CeaseRestrictionId = 'under-18-not-in-education' | 'over-18-not-in-education' | 'maximum-age';

export interface CeaseRestriction {
  readonly id: CeaseRestrictionId;
  readonly source: string;
  readonly effectiveFrom: IsoDate;
  /** The SEN2 reason codes it bears on. */
  readonly reasons: readonly string[];
  /**
   * refused-under-18: never, for a child or young person under 18 on the day of the decision;
   * review-proposing-cease-from-18: for one aged 18 or over, only after a review that proposed ceasing;
   * in-year-of-25th-birthday: only in (or after) the academic year in which the young person turns 25.
   */
  readonly test: 'refused-under-18' | 'review-proposing-cease-from-18' | 'in-year-of-25th-birthday';
}

const SEND = 'SEND Regulations 2014';

export const CEASE_RESTRICTIONS: readonly CeaseRestriction[] = Object.freeze([
  // Reg 29(1): under 18 only when special educational provision is no longer needed under a plan; Reg 29(2):
  // one not in education or training has the plan reviewed and amended so that they return to it.
  {
    id: 'under-18-not-in-education',
    source: `${SEND} reg 29`,
    effectiveFrom: SEND_IN_FORCE,
    reasons: ['6', '7'],
    test: 'refused-under-18',
  },
  // Reg 30(1): 18 or over and no longer in education or training, only after a review has found that the young
  // person does not wish to return, or that returning would not be appropriate.
  {
    id: 'over-18-not-in-education',
    source: `${SEND} reg 30(1)`,
    effectiveFrom: SEND_IN_FORCE,
    reasons: ['6', '7'],
    test: 'review-proposing-cease-from-18',
  },
  // CFA s.46: the plan may be maintained until the end of the academic year (1 August to 31 July, Education
  // Act 1996 s.579(1)) in which the young person turns 25; "maximum age" before that year is not reached.
  {
    id: 'maximum-age',
    source: 'Children and Families Act 2014 s.46',
    effectiveFrom: SEND_IN_FORCE,
    reasons: ['1'],
    test: 'in-year-of-25th-birthday',
  },
] as const satisfies readonly CeaseRestriction[]).map((r) => Object.freeze(r));

/** The restrictions in force on a day, the latest version of each (a later version is appended, never edited). */
export function ceaseRestrictionsInForce(
  on: IsoDate,
  table: readonly CeaseRestriction[] = CEASE_RESTRICTIONS,
): CeaseRestriction[] {
  const latest = new Map<CeaseRestrictionId, CeaseRestriction>();
  for (const r of table) {
    const held = latest.get(r.id);
    if (!isAfter(r.effectiveFrom, on) && (!held || isAfter(r.effectiveFrom, held.effectiveFrom))) latest.set(r.id, r);
  }
  return [...latest.values()];
}

/** Completed years of age on a day; born 29 February, the birthday in other years is 1 March. */
export function ageOn(dateOfBirth: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The last day (31 July) of the academic year, 1 August to 31 July, that holds the day. */
export function academicYearEnds(on: IsoDate): IsoDate {
  const [y, m] = on.split('-').map(Number);
  return `${m >= 8 ? y + 1 : y}-07-31`;
}
