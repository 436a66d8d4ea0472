import { assertNever, type Decider } from '@send/kernel';
import { isIsoDate, notInFuture } from '@send/statutory';
import { isFinancialYear, type FinancialYear } from './financial-year.js';
import { FundingErrors, refuse } from './funding.errors.js';
import type { HighNeedsCommand, HighNeedsEvent, HighNeedsState, RecordCommitment, SetHighNeedsBudget } from './high-needs.js';
import { isPence } from './money.js';

type Events = HighNeedsEvent[];

export const initialHighNeedsState = (): HighNeedsState => ({ budgets: {}, commitments: {} });

export function evolveHighNeeds(state: HighNeedsState, event: HighNeedsEvent): HighNeedsState {
  switch (event.type) {
    case 'HighNeedsBudgetSet': {
      const { financialYear, budgetPence, setOn } = event.data;
      return { ...state, budgets: { ...state.budgets, [financialYear]: { budgetPence, setOn } } };
    }
    case 'CommitmentRecorded': {
      const { financialYear, caseId, topUpPence, placeFundingPence, sourceRevision } = event.data;
      const year = state.commitments[financialYear] ?? {};
      const before = year[caseId];
      if (before !== undefined && before.sourceRevision >= sourceRevision) return state;
      const commitment = { pence: topUpPence + placeFundingPence, sourceRevision };
      return { ...state, commitments: { ...state.commitments, [financialYear]: { ...year, [caseId]: commitment } } };
    }
    default:
      return assertNever(event, 'high-needs event');
  }
}

function setBudget({ data, today }: SetHighNeedsBudget, state: HighNeedsState): Events {
  if (!isFinancialYear(data.financialYear)) {
    refuse(FundingErrors.FINANCIAL_YEAR_INVALID, `${data.financialYear} is not a financial year written like 2025-26`, {
      field: 'financialYear',
    });
  }
  if (!isPence(data.budgetPence) || data.budgetPence < 0) {
    refuse(FundingErrors.BUDGET_INVALID, 'the budget is a whole number of pence, zero or more', { field: 'budgetPence' });
  }
  if (!isIsoDate(data.setOn)) refuse(FundingErrors.BUDGET_INVALID, 'setOn is a date', { field: 'setOn' });
  notInFuture(today, { setOn: data.setOn });
  const { financialYear, budgetPence, setOn } = data;
  // The same figure again records nothing: a PUT repeated is not a new decision.
  if (state.budgets[financialYear]?.budgetPence === budgetPence) return [];
  return [{ type: 'HighNeedsBudgetSet', data: { financialYear, budgetPence, setOn } }];
}

/** Idempotent: a commitment already recorded (or superseded by a newer one of the same case) records nothing. */
function recordCommitment({ data }: RecordCommitment, state: HighNeedsState): Events {
  const before = state.commitments[data.financialYear]?.[data.caseId];
  if (before !== undefined && before.sourceRevision >= data.sourceRevision) return [];
  return [{ type: 'CommitmentRecorded', data: { ...data } }];
}

export function decideHighNeeds(command: HighNeedsCommand, state: HighNeedsState): readonly HighNeedsEvent[] {
  switch (command.type) {
    case 'SetHighNeedsBudget':
      return setBudget(command, state);
    case 'RecordCommitment':
      return recordCommitment(command, state);
    default:
      return assertNever(command, 'high-needs command');
  }
}

export const highNeedsDecider: Decider<HighNeedsCommand, HighNeedsEvent, HighNeedsState> = {
  initialState: initialHighNeedsState,
  evolve: evolveHighNeeds,
  decide: decideHighNeeds,
};

/** Pure: committed pence per financial year, each case counted once at its latest commitment. */
export function commitmentsOf(events: readonly HighNeedsEvent[]): Record<FinancialYear, number> {
  const state = events.reduce(evolveHighNeeds, initialHighNeedsState());
  return committedByYear(state);
}

export function committedByYear(state: HighNeedsState): Record<FinancialYear, number> {
  return Object.fromEntries(
    Object.entries(state.commitments).map(([year, cases]) => [year, Object.values(cases).reduce((s, c) => s + c.pence, 0)]),
  );
}
