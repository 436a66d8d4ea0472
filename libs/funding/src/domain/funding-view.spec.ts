import { fold } from '@send/testing';
import { fundingDecider } from './funding.decider.js';
import type { FundingEvent } from './funding.events.js';
import { fundingView } from './funding-view.js';
import { MAINSTREAM, REFERENCE, SALT, TA_25_HOURS, WORKED_TOTAL } from './funding.fixtures.js';
import { pricePlan } from './pricing.js';

const pricing = pricePlan([SALT, TA_25_HOURS], MAINSTREAM, REFERENCE);
const events: FundingEvent[] = [
  { type: 'PlanPriced', data: { planVersion: 2, issuedOn: '2025-09-01', setting: MAINSTREAM, ...pricing } },
  { type: 'TopUpCommitted', data: { planVersion: 2, financialYear: '2025-26', pence: 1_437_750, placeFundingPence: 0 } },
  {
    type: 'LocalAdjustmentApplied',
    data: {
      adjustmentId: 'adj-1',
      planVersion: 2,
      amountPence: -37_750,
      reason: 'Therapy part-funded by health (section G)',
      approvedBy: 'manager@202',
      approvedOn: '2025-09-15',
      requestedBy: 'caseworker@202',
    },
  },
  { type: 'TopUpCommitted', data: { planVersion: 2, financialYear: '2025-26', pence: 1_400_000, placeFundingPence: 0 } },
];

it('shows the band, the lines, each adjustment as its own line, and who pays', () => {
  const state = fold(fundingDecider, events);
  if (state.status !== 'priced') throw new Error('expected a priced state');
  const view = fundingView(state);
  expect(view).toMatchObject({
    planVersion: 2,
    band: { id: 'C' },
    annualPence: WORKED_TOTAL,
    adjustmentsPence: -37_750,
    element2Pence: 600_000,
    element3Pence: 1_400_000,
    placeFundingPence: 0,
    totalPence: 2_000_000,
    unpricedItems: 0,
    commitments: [{ financialYear: '2025-26', topUpPence: 1_400_000, placeFundingPence: 0 }],
  });
  expect(view.lines.map((l) => [l.tariffId, l.annualPence])).toEqual([
    ['salt-session', 234_000],
    ['ta-hour', 1_803_750],
  ]);
  expect(view.adjustments).toEqual([
    {
      adjustmentId: 'adj-1',
      amountPence: -37_750,
      reason: 'Therapy part-funded by health (section G)',
      approvedBy: 'manager@202',
      approvedOn: '2025-09-15',
      requestedBy: 'caseworker@202',
    },
  ]);
});

it('applying an event twice in a fold is harmless for commitments (a level, not an increment)', () => {
  const state = fold(fundingDecider, [...events, events[3]]);
  if (state.status !== 'priced') throw new Error('expected a priced state');
  expect(fundingView(state).commitments).toEqual([{ financialYear: '2025-26', topUpPence: 1_400_000, placeFundingPence: 0 }]);
});
