import { DATE_IN_THE_FUTURE } from '@send/kernel';
import { given } from '@send/testing';
import type { FundingCommand } from './funding.commands.js';
import { fundingDecider } from './funding.decider.js';
import { FundingErrors as E } from './funding.errors.js';
import type { FundingEvent } from './funding.events.js';
import { MAINSTREAM, REFERENCE, SALT, SPECIAL, TA_25_HOURS, WORKED_TOTAL } from './funding.fixtures.js';
import { pricePlan } from './pricing.js';

const TODAY = '2025-10-01';
const ISSUED_ON = '2025-09-01';

const price = (planVersion: number, issuedOn = ISSUED_ON, setting = MAINSTREAM, items = [SALT, TA_25_HOURS]): FundingCommand => ({
  type: 'PricePlan',
  data: { planVersion, issuedOn, items, setting },
  reference: REFERENCE,
  today: TODAY,
});
const adjust = (
  over: Partial<Extract<FundingCommand, { type: 'ApplyLocalAdjustment' }>['data']> = {},
  today = TODAY,
): FundingCommand => ({
  type: 'ApplyLocalAdjustment',
  data: {
    adjustmentId: 'adj-1',
    amountPence: 50_000,
    reason: 'Transport to therapy not covered by the tariff',
    approvedBy: 'manager@202',
    approvedOn: '2025-09-15',
    requestedBy: 'caseworker@202',
    ...over,
  },
  today,
});

const priced = (planVersion: number, issuedOn = ISSUED_ON, setting = MAINSTREAM): FundingEvent[] => {
  const pricing = pricePlan([SALT, TA_25_HOURS], setting, REFERENCE);
  return [
    { type: 'PlanPriced', data: { planVersion, issuedOn, setting, ...pricing } },
    {
      type: 'TopUpCommitted',
      data: { planVersion, financialYear: '2025-26', pence: pricing.element3Pence, placeFundingPence: pricing.placeFundingPence },
    },
  ];
};
const adjusted = (amountPence: number, planVersion = 2, adjustmentId = 'adj-1'): FundingEvent => ({
  type: 'LocalAdjustmentApplied',
  data: {
    adjustmentId,
    planVersion,
    amountPence,
    reason: 'Transport to therapy not covered by the tariff',
    approvedBy: 'manager@202',
    approvedOn: '2025-09-15',
    requestedBy: 'caseworker@202',
  },
});

describe('no plan priced yet', () => {
  it('prices the final plan and commits its top-up for the financial year it was issued in', () => {
    given(fundingDecider).when(price(2)).then(priced(2));
  });

  it('commits place funding and the whole additional cost in a special school', () => {
    const [pricedEvent, committed] = fundingDecider.decide(price(2, ISSUED_ON, SPECIAL), fundingDecider.initialState());
    expect(pricedEvent.data).toMatchObject({ element2Pence: 0, element3Pence: WORKED_TOTAL, placeFundingPence: 1_000_000 });
    expect(committed).toEqual({
      type: 'TopUpCommitted',
      data: { planVersion: 2, financialYear: '2025-26', pence: WORKED_TOTAL, placeFundingPence: 1_000_000 },
    });
  });

  it('commits a plan issued on 31 March to the year that ends that day', () => {
    const [, committed] = fundingDecider.decide(price(2, '2025-03-31'), fundingDecider.initialState());
    expect(committed.data).toMatchObject({ financialYear: '2024-25' });
  });

  it('refuses a local adjustment: there is nothing to adjust', () => {
    given(fundingDecider).when(adjust()).thenThrows(E.PLAN_NOT_PRICED);
  });
});

describe('a plan priced', () => {
  const history = priced(2);

  it('prices the same version again as nothing (the process manager redelivers)', () => {
    given(fundingDecider, history).when(price(2)).then([]);
  });

  it('ignores an older version arriving late', () => {
    given(fundingDecider, history).when(price(1)).then([]);
  });

  it('prices an amended plan afresh', () => {
    given(fundingDecider, history)
      .when(price(3, '2026-05-01'))
      .then([
        priced(3, '2026-05-01')[0],
        {
          type: 'TopUpCommitted',
          data: { planVersion: 3, financialYear: '2026-27', pence: WORKED_TOTAL - 600_000, placeFundingPence: 0 },
        },
      ]);
  });

  it('applies an approved local adjustment as its own event and commits the new top-up', () => {
    given(fundingDecider, history)
      .when(adjust())
      .then([
        adjusted(50_000),
        {
          type: 'TopUpCommitted',
          data: { planVersion: 2, financialYear: '2025-26', pence: WORKED_TOTAL - 600_000 + 50_000, placeFundingPence: 0 },
        },
      ]);
  });

  it('refuses an approver who is the person recording it (any case, any spacing)', () => {
    const error = given(fundingDecider, history)
      .when(adjust({ approvedBy: ' Caseworker@202 ' }))
      .thenThrows(E.APPROVER_MUST_DIFFER);
    expect(error.details).toEqual({ field: 'approvedBy' });
  });

  it.each([
    ['a blank reason', { reason: '  ' }, E.REASON_REQUIRED],
    ['no approver', { approvedBy: '' }, E.APPROVER_REQUIRED],
    ['a zero amount', { amountPence: 0 }, E.ADJUSTMENT_INVALID],
    ['a fraction of a penny', { amountPence: 10.5 }, E.ADJUSTMENT_INVALID],
    ['an approval before the plan was issued', { approvedOn: '2025-08-31' }, E.ADJUSTMENT_BEFORE_PLAN],
    ['an approval dated tomorrow', { approvedOn: '2025-10-02' }, DATE_IN_THE_FUTURE],
    ['a reduction below a zero top-up', { amountPence: -(WORKED_TOTAL - 600_000) - 1 }, E.ADJUSTMENT_EXCEEDS_TOP_UP],
  ])('refuses %s', (_, over, code) => {
    given(fundingDecider, history).when(adjust(over)).thenThrows(code);
  });

  it('takes a reduction to exactly zero top-up', () => {
    const events = fundingDecider.decide(
      adjust({ amountPence: -(WORKED_TOTAL - 600_000) }),
      history.reduce(fundingDecider.evolve, fundingDecider.initialState()),
    );
    expect(events[1].data).toMatchObject({ pence: 0 });
  });
});

describe('a plan priced and adjusted', () => {
  const history = [...priced(2), adjusted(50_000)];

  it('refuses the same adjustment twice', () => {
    given(fundingDecider, history).when(adjust()).thenThrows(E.ADJUSTMENT_ALREADY_APPLIED);
  });

  it('adds a second adjustment to the first in the commitment', () => {
    const [, committed] = fundingDecider.decide(
      adjust({ adjustmentId: 'adj-2', amountPence: -20_000 }),
      history.reduce(fundingDecider.evolve, fundingDecider.initialState()),
    );
    expect(committed.data).toMatchObject({ pence: WORKED_TOTAL - 600_000 + 30_000 });
  });

  it('lets an amended plan drop the adjustments approved for the earlier version', () => {
    const amended = [...history, ...priced(3, '2025-09-20')];
    const [, committed] = fundingDecider.decide(
      adjust({ adjustmentId: 'adj-3', amountPence: 1, approvedOn: '2025-09-20' }),
      amended.reduce(fundingDecider.evolve, fundingDecider.initialState()),
    );
    expect(committed.data).toMatchObject({ planVersion: 3, pence: WORKED_TOTAL - 600_000 + 1 });
  });
});
