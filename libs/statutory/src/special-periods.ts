import { DomainError } from '@send/kernel';
import {
  type IsoDate,
  addDays,
  addMonths,
  addWeeks,
  addWorkingDays,
  isAfter,
  isIsoDate,
  nextWorkingDayOnOrAfter,
} from './calendar.js';

/**
 * HESC Rules r.20(1): the notice of appeal is in time up to the later of 2 months after the decision
 * and 1 month after the mediation certificate. r.12(3)(a): a last day from 25 Dec to 1 Jan, or in
 * August, moves to the first working day after 1 Jan or 31 Aug. r.12(2): any other last day that is
 * not a working day moves to the next working day.
 */
export function appealWindowEnds(decisionOn: IsoDate, certificateOn?: IsoDate): IsoDate {
  const afterDecision = addMonths(decisionOn, 2);
  const afterCertificate = certificateOn === undefined ? undefined : addMonths(certificateOn, 1);
  const lastDay = afterCertificate !== undefined && isAfter(afterCertificate, afterDecision) ? afterCertificate : afterDecision;
  const [year, month, day] = lastDay.split('-').map(Number) as [number, number, number];
  if (month === 12 && day >= 25) return nextWorkingDayOnOrAfter(`${year + 1}-01-02`);
  if (month === 1 && day === 1) return nextWorkingDayOnOrAfter(`${year}-01-02`);
  if (month === 8) return nextWorkingDayOnOrAfter(`${year}-09-01`);
  return nextWorkingDayOnOrAfter(lastDay);
}

/** What the tribunal ordered (or what an appealable mediation agreement settled, Reg 42(2)). */
export type TribunalOrder = 'assess' | 'make-plan' | 'amend-provision' | 'amend-setting' | 'cease-dismissed';

export interface ComplianceStep {
  step: string;
  dueOn: IsoDate;
}

// Reg 44(2): each step counts in weeks from the date of the order.
const ORDER_STEPS: Readonly<Record<TribunalOrder, readonly { step: string; weeks: number }[]>> = {
  // Reg 44(2)(b): notify within 2 weeks; decision not to issue within 10; final plan within 14.
  assess: [
    { step: 'notify-assessment', weeks: 2 },
    { step: 'decision-not-to-issue', weeks: 10 },
    { step: 'final-plan', weeks: 14 },
  ],
  // Reg 44(2)(c): draft within 5 weeks, final within 11.
  'make-plan': [
    { step: 'draft-plan', weeks: 5 },
    { step: 'final-plan', weeks: 11 },
  ],
  // Reg 44(2): amended needs or provision within 5 weeks; the named setting alone within 2.
  'amend-provision': [{ step: 'amended-plan', weeks: 5 }],
  'amend-setting': [{ step: 'amended-plan', weeks: 2 }],
  // Reg 44(2)(a): an appeal against ceasing dismissed, the LA ceases to maintain the plan immediately.
  'cease-dismissed': [{ step: 'cease-plan', weeks: 0 }],
};

export function orderComplianceDue(order: TribunalOrder, madeOn: IsoDate): ComplianceStep[] {
  if (!Object.hasOwn(ORDER_STEPS, order)) {
    throw new DomainError('STATUTORY.UNKNOWN_ORDER', `no compliance timescale for order ${String(order)}`);
  }
  return ORDER_STEPS[order].map(({ step, weeks: n }) => ({ step, dueOn: addWeeks(madeOn, n) }));
}

/** Reg 18(1)(b): 15 February of the transfer year; Reg 18(1)(a): 31 March from secondary school to post-16. */
export function phaseTransferDue(transferYear: number, kind: 'school' | 'post-16'): IsoDate {
  if (!Number.isInteger(transferYear) || transferYear < 1000 || transferYear > 9999) {
    throw new RangeError(`transfer year must be a four-digit year, got ${transferYear}`);
  }
  switch (kind) {
    case 'school':
      return `${transferYear}-02-15`;
    case 'post-16':
      return `${transferYear}-03-31`;
    default: {
      const _: never = kind;
      throw new DomainError('STATUTORY.UNKNOWN_TRANSFER', `no phase transfer kind ${String(_)}`);
    }
  }
}

/**
 * Reg 15(2): the old authority transfers the plan on the day of the move, or, where it did not become aware
 * of the move at least 15 working days before it, within 15 working days beginning with the day it did.
 * "At least 15 working days prior": the 15th working day after the day it learned falls on or before the
 * move. "Beginning with" counts that day itself when it is a working day (docs/domain.md "Transfer between
 * local authorities"). Told on the day of the move or after it, the 15 working days always apply.
 */
export function transferPlanDue(movedOn: IsoDate, learnedOn: IsoDate): IsoDate {
  if (!isAfter(addWorkingDays(learnedOn, 15), movedOn)) return movedOn;
  return addWorkingDays(addDays(learnedOn, -1), 15);
}

/**
 * Reg 15(5): the new authority reviews the plan before the later of (a) the period of 12 months beginning
 * with the date the plan was made or last reviewed and (b) the period of 3 months beginning with the date
 * of the transfer; the due date is the last day of that period.
 */
export function transferReviewDue(lastReviewedOrMadeOn: IsoDate, transferredOn: IsoDate): IsoDate {
  const annual = lastDayOfMonthsBeginningWith(lastReviewedOrMadeOn, 12);
  const afterTransfer = lastDayOfMonthsBeginningWith(transferredOn, 3);
  return isAfter(afterTransfer, annual) ? afterTransfer : annual;
}

/**
 * The last day of "a period of n months beginning with" d: the day before the corresponding date n months
 * on, or, where that month has no corresponding date (31 Jan + 1 month, 29 Feb + 12 months), the last day
 * of that month. So 3 months beginning with 2025-11-30 end on 2026-02-28, 12 months beginning with
 * 2024-02-29 on 2025-02-28, and 12 months beginning with 2025-01-31 on 2026-01-30.
 */
function lastDayOfMonthsBeginningWith(d: IsoDate, n: number): IsoDate {
  if (!isIsoDate(d)) throw new DomainError('STATUTORY.INVALID_DATE', `not a calendar date in the form YYYY-MM-DD: ${String(d)}`);
  const corresponding = addMonths(d, n);
  // addMonths clips to the month's last day where the day number does not exist there.
  const clipped = Number(corresponding.slice(8)) !== Number(d.slice(8));
  return clipped ? corresponding : addDays(corresponding, -1);
}
