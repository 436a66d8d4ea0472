import type { DomainEvent } from '@send/kernel';
import type { IsoDate } from '@send/statutory';
import type { FinancialYear } from './financial-year.js';

/** An LA's high-needs budget for a financial year (stream funding-la-<la>). Setting it again replaces it. */
export type HighNeedsBudgetSet = DomainEvent<
  'HighNeedsBudgetSet',
  { financialYear: FinancialYear; budgetPence: number; setOn: IsoDate }
>;

/**
 * A case's commitment for a year, copied from its TopUpCommitted onto the LA's stream so that the LA's
 * commitments fold from one stream. sourceRevision (the revision of that TopUpCommitted in the case's
 * funding stream) orders them: a late redelivery of an older commitment never replaces a newer one.
 */
export type CommitmentRecorded = DomainEvent<
  'CommitmentRecorded',
  {
    caseId: string;
    planVersion: number;
    financialYear: FinancialYear;
    topUpPence: number;
    placeFundingPence: number;
    sourceEventId: string;
    sourceRevision: number;
  }
>;

export type HighNeedsEvent = HighNeedsBudgetSet | CommitmentRecorded;

interface Command<T extends string, D> {
  readonly type: T;
  readonly data: D;
  readonly today: IsoDate;
}

export type SetHighNeedsBudget = Command<'SetHighNeedsBudget', HighNeedsBudgetSet['data']>;
/** From the process manager, on each TopUpCommitted of a case of this LA. */
export type RecordCommitment = Command<'RecordCommitment', CommitmentRecorded['data']>;
export type HighNeedsCommand = SetHighNeedsBudget | RecordCommitment;

export interface CaseCommitment {
  readonly pence: number;
  readonly sourceRevision: number;
}

export interface HighNeedsState {
  readonly budgets: Readonly<Record<FinancialYear, { readonly budgetPence: number; readonly setOn: IsoDate }>>;
  /** Per year, per case: the case's latest commitment (top-up + place funding). */
  readonly commitments: Readonly<Record<FinancialYear, Readonly<Record<string, CaseCommitment>>>>;
}
