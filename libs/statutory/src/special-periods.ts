import { DomainError } from '@send/kernel';
import { type IsoDate, addMonths, addWeeks, isAfter, nextWorkingDayOnOrAfter } from './calendar.js';

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
