import {
  academicYearEnds,
  addMonths,
  ageOn,
  ceaseRestrictionsInForce,
  isAfter,
  type CeaseRestriction,
  type IsoDate,
} from '@send/statutory';
import { EhcpErrors, refuse, type EhcpErrorCode } from './ehcp.errors.js';

/**
 * The lawful grounds of a decision to cease (CFA s.45–46, SEND Regulations 2014 regs 29–30) that the plan's
 * data can show: the SEN2 reason against the child's age on the day of the decision and the plan's reviews.
 * The restrictions are the statutory library's effective-dated table (CEASE_RESTRICTIONS); everything else
 * (whether provision is still needed, s.45(3)'s regard to the outcomes) is the caseworker's judgement.
 * Without a date of birth nothing here is checked.
 */

/** What this file reads of the plan: each review's decision and its date (ReviewFile in lifecycle.model.ts). */
export interface ReviewedPlan {
  readonly reviews?: { readonly byId: Readonly<Record<string, { readonly decision?: string; readonly decidedOn?: IsoDate }>> };
}

export interface CeaseFacts {
  readonly decidedOn: IsoDate;
  readonly reason: string;
  readonly dateOfBirth?: IsoDate;
}

const CODES: Record<CeaseRestriction['test'], EhcpErrorCode> = {
  'refused-under-18': EhcpErrors.CEASE_UNDER_18_NOT_IN_EDUCATION,
  'review-proposing-cease-from-18': EhcpErrors.CEASE_NEEDS_REVIEW,
  'in-year-of-25th-birthday': EhcpErrors.CEASE_BEFORE_MAXIMUM_AGE,
};

export function checkCeaseGrounds(facts: CeaseFacts, state: ReviewedPlan): void {
  const { decidedOn, reason, dateOfBirth } = facts;
  if (!dateOfBirth) return;
  for (const restriction of ceaseRestrictionsInForce(decidedOn)) {
    if (!restriction.reasons.includes(reason)) continue;
    const why = breach(restriction, facts, dateOfBirth, state);
    if (why !== undefined) {
      refuse(CODES[restriction.test], `${why} (${restriction.source})`, {
        field: 'reason',
        source: restriction.source,
      });
    }
  }
}

function breach(r: CeaseRestriction, facts: CeaseFacts, dateOfBirth: IsoDate, state: ReviewedPlan): string | undefined {
  const age = ageOn(dateOfBirth, facts.decidedOn);
  switch (r.test) {
    case 'refused-under-18':
      return age < 18
        ? 'under 18, a plan ceases only when special educational provision is no longer needed; one not in education ' +
            'or training is reviewed and amended so that they return to it'
        : undefined;
    case 'review-proposing-cease-from-18':
      return age >= 18 && !reviewProposedCeasing(state, facts.decidedOn)
        ? 'aged 18 or over and out of education or training, the plan ceases only after a review has found that the ' +
            'young person does not wish to return or that returning would not be appropriate; no review has proposed ceasing'
        : undefined;
    case 'in-year-of-25th-birthday': {
      const turns25 = addMonths(dateOfBirth, 300);
      return isAfter(turns25, academicYearEnds(facts.decidedOn))
        ? `the young person turns 25 on ${turns25}, after the academic year of the decision: the maximum age is not reached`
        : undefined;
    }
  }
}

/** The latest review decided on or before the day proposed ceasing the plan. */
function reviewProposedCeasing(state: ReviewedPlan, on: IsoDate): boolean {
  const decided = Object.values(state.reviews?.byId ?? {})
    .filter((r) => r.decidedOn !== undefined && !isAfter(r.decidedOn, on))
    .sort((a, b) => (a.decidedOn ?? '').localeCompare(b.decidedOn ?? ''));
  return decided.at(-1)?.decision === 'cease';
}
