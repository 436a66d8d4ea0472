import type { DomainEvent } from '@send/kernel';
import type { IsoDate } from '@send/statutory';
import type { FinancialYear } from './financial-year.js';
import type { PlanPricing, SettingInput } from './pricing.js';

/** Section F priced from the tariffs, its band, and who pays what (elements 2 and 3, place funding). */
export type PlanPriced = DomainEvent<
  'PlanPriced',
  PlanPricing & { planVersion: number; issuedOn: IsoDate; setting?: SettingInput }
>;

/**
 * What the LA's high-needs block is committed to pay for this case in a financial year: top-up
 * (element 3, with local adjustments) and place funding. A level, not an increment: the latest
 * commitment of a case for a year replaces its earlier one.
 */
export type TopUpCommitted = DomainEvent<
  'TopUpCommitted',
  { planVersion: number; financialYear: FinancialYear; pence: number; placeFundingPence: number }
>;

export type LocalAdjustmentApplied = DomainEvent<
  'LocalAdjustmentApplied',
  {
    adjustmentId: string;
    planVersion: number;
    amountPence: number;
    reason: string;
    approvedBy: string;
    approvedOn: IsoDate;
    requestedBy: string;
  }
>;

/**
 * The plan ceased (CFA s.45): the LA no longer funds its provision from ceasedOn. Recorded with the
 * TopUpCommitted levels that replace the commitments of the year it ceased in and every later one
 * (docs/domain.md "Funding when the plan changes"). sourceEventId: the ehcp context's PlanCeased.
 */
export type FundingEnded = DomainEvent<'FundingEnded', { ceasedOn: IsoDate; planVersion: number; sourceEventId: string }>;

/** What a case's funding stream (funding-<caseId>) holds. */
export type FundingEvent = PlanPriced | TopUpCommitted | LocalAdjustmentApplied | FundingEnded;
