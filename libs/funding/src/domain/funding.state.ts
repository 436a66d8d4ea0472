import { assertNever } from '@send/kernel';
import type { FinancialYear } from './financial-year.js';
import type { FundingEvent, LocalAdjustmentApplied, PlanPriced, TopUpCommitted } from './funding.events.js';

export type Priced = PlanPriced['data'];
export type Adjustment = LocalAdjustmentApplied['data'];
export type Commitment = TopUpCommitted['data'];

export type FundingState =
  | { readonly status: 'none' }
  | {
      readonly status: 'priced';
      /** The latest plan version priced. */
      readonly priced: Priced;
      /** Every adjustment ever applied; those of earlier plan versions no longer count (adjustmentsInForce). */
      readonly adjustments: readonly Adjustment[];
      readonly commitments: Readonly<Record<FinancialYear, Commitment>>;
      /** The plan ceased: nothing is committed from this day (FundingEnded). */
      readonly endedOn?: string;
    };

export type PricedState = Extract<FundingState, { status: 'priced' }>;

export const initialFundingState = (): FundingState => ({ status: 'none' });

export function evolveFunding(state: FundingState, event: FundingEvent): FundingState {
  switch (event.type) {
    case 'PlanPriced':
      return state.status === 'none'
        ? { status: 'priced', priced: event.data, adjustments: [], commitments: {} }
        : { ...state, priced: event.data };
    case 'LocalAdjustmentApplied':
      return state.status === 'priced' ? { ...state, adjustments: [...state.adjustments, event.data] } : state;
    case 'TopUpCommitted':
      return state.status === 'priced'
        ? { ...state, commitments: { ...state.commitments, [event.data.financialYear]: event.data } }
        : state;
    case 'FundingEnded':
      return state.status === 'priced' ? { ...state, endedOn: event.data.ceasedOn } : state;
    default:
      return assertNever(event, 'funding event');
  }
}

/**
 * An amended plan is priced afresh, so an adjustment approved against an earlier version stops counting:
 * it was reasoned about other provision. It stays in the record; a new one must be approved if still due.
 */
export function adjustmentsInForce(state: PricedState): readonly Adjustment[] {
  return state.adjustments.filter((a) => a.planVersion === state.priced.planVersion);
}

/** Local adjustments are the LA's flexibility, so they change the top-up, never the setting's element 2. */
export function topUpPence(state: PricedState): number {
  return state.priced.element3Pence + adjustmentsInForce(state).reduce((sum, a) => sum + a.amountPence, 0);
}
