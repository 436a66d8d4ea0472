import { DATE_IN_THE_FUTURE } from '@send/kernel';
import { given } from '@send/testing';
import { FundingErrors as E } from './funding.errors.js';
import { commitmentsOf, highNeedsDecider } from './high-needs.decider.js';
import type { CommitmentRecorded, HighNeedsCommand, HighNeedsEvent } from './high-needs.js';

const TODAY = '2025-10-01';
const setBudget = (financialYear = '2025-26', budgetPence = 5_000_000, setOn = '2025-03-01'): HighNeedsCommand => ({
  type: 'SetHighNeedsBudget',
  data: { financialYear, budgetPence, setOn },
  today: TODAY,
});
const budgetSet = (financialYear = '2025-26', budgetPence = 5_000_000, setOn = '2025-03-01'): HighNeedsEvent => ({
  type: 'HighNeedsBudgetSet',
  data: { financialYear, budgetPence, setOn },
});
const commitment = (
  caseId: string,
  sourceRevision: number,
  topUpPence: number,
  financialYear = '2025-26',
  placeFundingPence = 0,
) =>
  ({
    caseId,
    planVersion: 2,
    financialYear,
    topUpPence,
    placeFundingPence,
    sourceEventId: `${caseId}-${sourceRevision}`,
    sourceRevision,
  }) satisfies CommitmentRecorded['data'];
const record = (data: CommitmentRecorded['data']): HighNeedsCommand => ({ type: 'RecordCommitment', data, today: TODAY });
const recorded = (data: CommitmentRecorded['data']): HighNeedsEvent => ({ type: 'CommitmentRecorded', data });

describe('no budget set', () => {
  it('sets the budget for a financial year', () => {
    given(highNeedsDecider).when(setBudget()).then([budgetSet()]);
  });

  it.each([
    ['a year written otherwise', setBudget('2025-2026'), E.FINANCIAL_YEAR_INVALID],
    ['a negative budget', setBudget(undefined, -1), E.BUDGET_INVALID],
    ['a budget in fractions of a penny', setBudget(undefined, 1.5), E.BUDGET_INVALID],
    ['a date set in the future', setBudget(undefined, undefined, '2025-10-02'), DATE_IN_THE_FUTURE],
  ])('refuses %s', (_, command, code) => {
    given(highNeedsDecider).when(command).thenThrows(code);
  });
});

describe('a budget set', () => {
  it('records the same figure again as nothing', () => {
    given(highNeedsDecider, budgetSet())
      .when(setBudget(undefined, undefined, '2025-04-02'))
      .then([]);
  });

  it('replaces it with a new figure', () => {
    given(highNeedsDecider, budgetSet())
      .when(setBudget(undefined, 6_000_000))
      .then([budgetSet(undefined, 6_000_000)]);
  });
});

describe('commitments recorded', () => {
  const history = [recorded(commitment('case-1', 1, 1_437_750))];

  it('records a case commitment', () => {
    given(highNeedsDecider)
      .when(record(commitment('case-1', 1, 1_437_750)))
      .then(history);
  });

  it('records the same commitment again as nothing (redelivery)', () => {
    given(highNeedsDecider, history)
      .when(record(commitment('case-1', 1, 1_437_750)))
      .then([]);
  });

  it('ignores an older commitment of the case arriving after a newer one', () => {
    given(highNeedsDecider, recorded(commitment('case-1', 3, 1_487_750)))
      .when(record(commitment('case-1', 1, 1_437_750)))
      .then([]);
  });

  it('records a newer commitment of the same case', () => {
    const newer = commitment('case-1', 3, 1_487_750);
    given(highNeedsDecider, history)
      .when(record(newer))
      .then([recorded(newer)]);
  });
});

describe('commitmentsOf', () => {
  it('sums each case once per year, at its latest commitment, with place funding', () => {
    const events: HighNeedsEvent[] = [
      budgetSet(),
      recorded(commitment('case-1', 1, 1_437_750)),
      recorded(commitment('case-2', 1, 2_037_750, '2025-26', 1_000_000)),
      recorded(commitment('case-1', 3, 1_487_750)),
      recorded(commitment('case-1', 2, 9_999_999)),
      recorded(commitment('case-1', 5, 100_000, '2026-27')),
    ];
    expect(commitmentsOf(events)).toEqual({ '2025-26': 1_487_750 + 2_037_750 + 1_000_000, '2026-27': 100_000 });
  });

  it('is empty with no commitments', () => {
    expect(commitmentsOf([budgetSet()])).toEqual({});
  });
});
