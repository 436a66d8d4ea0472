import { given } from '@send/testing';
import type { FundingCommand } from './funding.commands.js';
import { fundingDecider } from './funding.decider.js';
import { FundingErrors as E } from './funding.errors.js';
import type { FundingEvent } from './funding.events.js';
import { MAINSTREAM, REFERENCE, SALT, TA_25_HOURS } from './funding.fixtures.js';
import { pricePlan } from './pricing.js';

const TODAY = '2028-06-30';
const pricing = pricePlan([SALT, TA_25_HOURS], MAINSTREAM, REFERENCE);
/** Priced on Thursday 1 April 2027, the first day of 2027-28, a year of 366 days (29 February 2028). */
const priced: FundingEvent[] = [
  { type: 'PlanPriced', data: { planVersion: 2, issuedOn: '2027-04-01', setting: MAINSTREAM, ...pricing } },
  {
    type: 'TopUpCommitted',
    data: { planVersion: 2, financialYear: '2027-28', pence: pricing.element3Pence, placeFundingPence: 0 },
  },
];
const end = (ceasedOn: string, sourceEventId = 'ev-ceased'): FundingCommand => ({
  type: 'EndFunding',
  data: { ceasedOn, sourceEventId },
  today: TODAY,
});
const ended = (ceasedOn: string, pence: number): FundingEvent[] => [
  { type: 'FundingEnded', data: { ceasedOn, planVersion: 2, sourceEventId: 'ev-ceased' } },
  { type: 'TopUpCommitted', data: { planVersion: 2, financialYear: '2027-28', pence, placeFundingPence: 0 } },
];

describe('the plan ceased: commitments stop from ceasedOn', () => {
  it('ceased Wednesday 1 March 2028, a leap year: 335 of the 366 days of 2027-28 are kept', () => {
    given(fundingDecider, priced)
      .when(end('2028-03-01'))
      .then(ended('2028-03-01', Math.round((pricing.element3Pence * 335) / 366)));
  });

  it('ceased on 1 April, the first day of the year: nothing is committed for it', () => {
    given(fundingDecider, priced).when(end('2027-04-01')).then(ended('2027-04-01', 0));
  });

  it('a later year already committed falls to nothing', () => {
    const nextYear: FundingEvent = {
      type: 'TopUpCommitted',
      data: { planVersion: 2, financialYear: '2028-29', pence: 123_456, placeFundingPence: 0 },
    };
    given(fundingDecider, priced, nextYear)
      .when(end('2027-04-01'))
      .then([
        ...ended('2027-04-01', 0),
        { type: 'TopUpCommitted', data: { planVersion: 2, financialYear: '2028-29', pence: 0, placeFundingPence: 0 } },
      ]);
  });

  it('records nothing twice, and nothing when no plan was priced', () => {
    given(fundingDecider, priced, ended('2028-03-01', 1)).when(end('2028-03-01', 'ev-again')).then([]);
    given(fundingDecider).when(end('2028-03-01')).then([]);
  });

  it('after it, a plan version is not priced again and no adjustment is applied', () => {
    const after = [...priced, ...ended('2028-03-01', 1)];
    given(fundingDecider, after)
      .when({
        type: 'PricePlan',
        data: { planVersion: 3, issuedOn: '2028-03-02', items: [SALT] },
        reference: REFERENCE,
        today: TODAY,
      })
      .then([]);
    given(fundingDecider, after)
      .when({
        type: 'ApplyLocalAdjustment',
        data: {
          adjustmentId: 'adj-9',
          amountPence: 10_000,
          reason: 'Transport',
          approvedBy: 'manager@202',
          approvedOn: '2028-03-05',
          requestedBy: 'caseworker@202',
        },
        today: TODAY,
      })
      .thenThrows(E.FUNDING_ENDED);
  });
});
