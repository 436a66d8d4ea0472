import { storedEvent } from '@send/testing';
import { fundingTimeline } from './timeline.js';

describe('the funding part of the evidential timeline', () => {
  it('tells pricing, commitments and local adjustments in pounds', () => {
    const told = fundingTimeline.entriesOf([
      storedEvent('PlanPriced', {
        planVersion: 2,
        issuedOn: '2026-04-01',
        lines: [],
        annualPence: 1_250_000,
        band: { id: 'b2', name: 'Band 2' },
        element2Pence: 600_000,
        element3Pence: 650_000,
        placeFundingPence: 0,
        thresholdPence: 600_000,
        weeksOpen: 39,
        referenceVersion: 'v1',
      }),
      storedEvent(
        'TopUpCommitted',
        { planVersion: 2, financialYear: '2026-27', pence: 650_000, placeFundingPence: 0 },
        { occurredAt: '2026-04-01' },
      ),
      storedEvent('LocalAdjustmentApplied', {
        adjustmentId: 'x',
        planVersion: 2,
        amountPence: 10_000,
        reason: 'transport',
        approvedBy: 'manager@202',
        approvedOn: '2026-04-05',
        requestedBy: 'caseworker@202',
      }),
    ]);
    expect(told.map((e) => [e.at, e.kind, e.title])).toEqual([
      ['2026-04-01', 'funding', 'Plan priced (version 2): £12,500.00 a year, band Band 2'],
      ['2026-04-01', 'funding', 'Funding committed for 2026-27: top-up £6,500.00, place funding £0.00'],
      ['2026-04-05', 'funding', 'Local adjustment approved: £100.00'],
    ]);
    expect(told[2]).toMatchObject({ reason: 'transport' });
  });

  it('tells the end of the funding when the plan ceased', () => {
    const told = fundingTimeline.entriesOf([
      storedEvent('FundingEnded', { ceasedOn: '2026-09-01', planVersion: 3, sourceEventId: 'e' }),
    ]);
    expect(told.map((e) => [e.at, e.kind, e.title, e.source])).toEqual([
      ['2026-09-01', 'funding', 'Funding ended: the plan ceased on 2026-09-01', 'Children and Families Act 2014 s.45'],
    ]);
  });
});
