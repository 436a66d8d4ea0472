import { DomainError } from '@send/kernel';
import {
  type IsoDate,
  addDays,
  addMonths,
  addWeeks,
  addWorkingDays,
  isAfter,
  monthsBeginningWith,
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

/**
 * Reg 18(1): the plan must be reviewed and amended *before* 15 February of the calendar year of the transfer
 * ((1)(b)), or *before* 31 March for a transfer from secondary school to a post-16 institution ((1)(a)), so
 * the last day it may be done is 14 February or 30 March. No working-day rule applies: a weekend stays.
 */
export function phaseTransferDue(transferYear: number, kind: 'school' | 'post-16'): IsoDate {
  if (!Number.isInteger(transferYear) || transferYear < 1000 || transferYear > 9999) {
    throw new RangeError(`transfer year must be a four-digit year, got ${transferYear}`);
  }
  switch (kind) {
    case 'school':
      return `${transferYear}-02-14`;
    case 'post-16':
      return `${transferYear}-03-30`;
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
  const annual = monthsBeginningWith(lastReviewedOrMadeOn, 12);
  const afterTransfer = monthsBeginningWith(transferredOn, 3);
  return isAfter(afterTransfer, annual) ? afterTransfer : annual;
}

/** The transfers between phases of education (Reg 18(3)), and a move between post-16 institutions (Reg 18(2)). */
export const PHASE_TRANSFERS = [
  'early-years-to-school',
  'infant-to-junior',
  'primary-to-middle',
  'primary-to-secondary',
  'middle-to-secondary',
  'secondary-to-post-16',
  'post-16-move',
] as const;
export type PhaseTransfer = (typeof PHASE_TRANSFERS)[number];

export const isPhaseTransfer = (s: unknown): s is PhaseTransfer =>
  typeof s === 'string' && (PHASE_TRANSFERS as readonly string[]).includes(s);

/**
 * The last day to review and amend the plan for a transfer on transferOn (docs/domain.md "Phase transfers").
 * Secondary to post-16: before 31 March of the year of transfer (Reg 18(1)(a)); a move from one post-16
 * institution to another: at least five months before it (Reg 18(2); CoP 9.179), so the corresponding date
 * five months earlier; every other transfer: before 15 February of the year of transfer (Reg 18(1)(b)).
 */
export function phaseTransferDueFor(transfer: PhaseTransfer, transferOn: IsoDate): IsoDate {
  const year = Number(addMonths(transferOn, 0).slice(0, 4));
  switch (transfer) {
    case 'secondary-to-post-16':
      return phaseTransferDue(year, 'post-16');
    case 'post-16-move':
      return addMonths(transferOn, -5);
    case 'early-years-to-school':
    case 'infant-to-junior':
    case 'primary-to-middle':
    case 'primary-to-secondary':
    case 'middle-to-secondary':
      return phaseTransferDue(year, 'school');
    default: {
      const _: never = transfer;
      throw new DomainError('STATUTORY.UNKNOWN_TRANSFER', `no phase transfer ${String(_)}`);
    }
  }
}

/**
 * The English school year a child of this date of birth starts Year 7 in: a child born 1 September of
 * year Y-12 to 31 August of Y-11 starts secondary school in September of Y (Education Act 1996 s.8: compulsory
 * school age from the term after the fifth birthday; admissions follow the academic year from 1 September).
 */
export function year7StartsIn(dateOfBirth: IsoDate): number {
  const [year, month] = addMonths(dateOfBirth, 0).split('-').map(Number) as [number, number];
  return month >= 9 ? year + 12 : year + 11;
}

export interface ProposedPhaseTransfer {
  readonly transfer: PhaseTransfer;
  readonly transferOn: IsoDate;
  readonly dueOn: IsoDate;
}

/**
 * The usual transfers of a child's schooling, from the date of birth: into Reception (Year 7 minus 7 years),
 * into Year 7 and into Year 12, each on 1 September. Infant–junior and middle-school moves depend on the
 * local schools, so they are not proposed; the LA records them itself.
 */
export function proposedPhaseTransfers(dateOfBirth: IsoDate): ProposedPhaseTransfer[] {
  const y7 = year7StartsIn(dateOfBirth);
  const at = (transfer: PhaseTransfer, year: number): ProposedPhaseTransfer => {
    const transferOn = `${year}-09-01`;
    return { transfer, transferOn, dueOn: phaseTransferDueFor(transfer, transferOn) };
  };
  return [at('early-years-to-school', y7 - 7), at('primary-to-secondary', y7), at('secondary-to-post-16', y7 + 5)];
}
