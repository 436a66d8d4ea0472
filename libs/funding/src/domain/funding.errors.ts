import { type Refusal, refuseWith } from '@send/kernel';

/**
 * Stable codes of the funding context's refusals (docs/conventions.md §6); the HTTP edge maps them to 422.
 * "Not priced yet" (NOT_PRICED) and no reference data in force (NO_REFERENCE_DATA) on a read are a
 * NotFoundError (404) raised by the read, not a refusal.
 */
export const FundingErrors = {
  PLAN_NOT_PRICED: 'FUNDING.PLAN_NOT_PRICED',
  FUNDING_ENDED: 'FUNDING.FUNDING_ENDED',
  NOT_PRICED: 'FUNDING.NOT_PRICED',
  REASON_REQUIRED: 'FUNDING.REASON_REQUIRED',
  APPROVER_REQUIRED: 'FUNDING.APPROVER_REQUIRED',
  APPROVER_MUST_DIFFER: 'FUNDING.APPROVER_MUST_DIFFER',
  ADJUSTMENT_INVALID: 'FUNDING.ADJUSTMENT_INVALID',
  ADJUSTMENT_BEFORE_PLAN: 'FUNDING.ADJUSTMENT_BEFORE_PLAN',
  ADJUSTMENT_EXCEEDS_TOP_UP: 'FUNDING.ADJUSTMENT_EXCEEDS_TOP_UP',
  ADJUSTMENT_ALREADY_APPLIED: 'FUNDING.ADJUSTMENT_ALREADY_APPLIED',
  REFERENCE_DATA_INVALID: 'FUNDING.REFERENCE_DATA_INVALID',
  REFERENCE_VERSION_CHANGED: 'FUNDING.REFERENCE_VERSION_CHANGED',
  NO_REFERENCE_DATA: 'FUNDING.NO_REFERENCE_DATA',
  FINANCIAL_YEAR_INVALID: 'FUNDING.FINANCIAL_YEAR_INVALID',
  BUDGET_INVALID: 'FUNDING.BUDGET_INVALID',
} as const;

export type FundingErrorCode = (typeof FundingErrors)[keyof typeof FundingErrors];

/** A rule refuses the command: one of this context's codes (a future date is the statutory guards' own). */
export const refuse: Refusal<FundingErrorCode> = refuseWith;
