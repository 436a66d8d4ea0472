import { FakeCommandBus, InMemoryWriter, noDatabase, otherContextEvent } from '@send/testing';
import { MAINSTREAM, REFERENCE, SALT, SPECIAL, TA_25_HOURS } from '../domain/funding.fixtures.js';
import { pricePlan } from '../domain/pricing.js';
import { fundingStream } from '../funding.stream.js';
import { PricePlanCommand, PricePlanHandler } from '../price-plan/price-plan.command.js';
import { PricePlanProcessManager } from '../price-plan/price-plan.process-manager.js';
import type { ReferenceCatalogue } from '../reference/reference-catalogue.js';
import { EndFundingCommand, EndFundingHandler } from './end-funding.command.js';
import { PlanCeasedProcessManager, ceasedOnIn } from './plan-ceased.process-manager.js';

const asF = (items: unknown[]) => ({ items });
const finalPlan = otherContextEvent(
  'FinalPlanIssued',
  { version: 2, issuedOn: '2025-09-01', sections: { F: asF([SALT, TA_25_HOURS]), I: MAINSTREAM } },
  'ev-final',
  { streamId: 'ehcp-c1' },
);
/** The amended plan names a special school and keeps only the therapy: priced afresh from its own sections. */
const amendedPlan = otherContextEvent(
  'AmendedPlanIssued',
  { version: 3, issuedOn: '2026-05-01', sections: { F: asF([SALT]), I: SPECIAL }, noticeId: 'n-1' },
  'ev-amended',
  { streamId: 'ehcp-c1' },
);
const ceased = (ceasedOn: string, id = 'ev-ceased') =>
  otherContextEvent('PlanCeased', { ceasedOn, reason: '3', why: 'needs met without a plan' }, id, { streamId: 'ehcp-c1' });

describe('ceasedOnIn', () => {
  it('reads ceasedOn from PlanCeased only', () => {
    expect(ceasedOnIn({ type: 'PlanCeased', data: { ceasedOn: '2026-09-01' } })).toBe('2026-09-01');
    expect(ceasedOnIn({ type: 'CeaseDecided', data: { decidedOn: '2026-06-01' } })).toBeUndefined();
    expect(ceasedOnIn({ type: 'PlanCeased', data: { ceasedOn: 'soon' } })).toBeUndefined();
  });
});

describe('funding follows the plan after it is final', () => {
  function setUp(today = '2026-12-01') {
    const writer = new InMemoryWriter(today);
    const catalogue = { forPlan: () => REFERENCE } as unknown as ReferenceCatalogue;
    const bus = new FakeCommandBus()
      .register(PricePlanCommand, new PricePlanHandler(writer.asWriter(), catalogue))
      .register(EndFundingCommand, new EndFundingHandler(writer.asWriter()));
    const pricing = new PricePlanProcessManager(bus.asBus(), noDatabase);
    const ceasing = new PlanCeasedProcessManager(bus.asBus(), noDatabase);
    const events = () => writer.streams.get(fundingStream('c1')) ?? [];
    return { pricing, ceasing, events, bus };
  }

  it('re-prices from the amended plan’s own sections, once however often it is delivered', async () => {
    const { pricing, events } = setUp();
    await pricing.reactTo(finalPlan);
    await pricing.reactTo(amendedPlan);
    await pricing.reactTo(amendedPlan);
    const amended = pricePlan([SALT], SPECIAL, REFERENCE);
    expect(events().map((e) => e.type)).toEqual(['PlanPriced', 'TopUpCommitted', 'PlanPriced', 'TopUpCommitted']);
    expect(events()[2].data).toEqual({ planVersion: 3, issuedOn: '2026-05-01', setting: SPECIAL, ...amended });
    expect(events()[3].data).toEqual({
      planVersion: 3,
      financialYear: '2026-27',
      pence: amended.element3Pence,
      placeFundingPence: amended.placeFundingPence,
    });
    // Not the final plan's figures: the special school's place funding, the therapy alone.
    expect(amended.placeFundingPence).toBe(1_000_000);
    expect(amended.annualPence).toBe(234_000);
  });

  it('a ceased plan ends the commitment from ceasedOn: the year keeps its share of days before it; recorded once', async () => {
    const { pricing, ceasing, events, bus } = setUp();
    await pricing.reactTo(finalPlan);
    await pricing.reactTo(amendedPlan);
    const amended = pricePlan([SALT], SPECIAL, REFERENCE);
    // Tuesday 1 September 2026: 153 days of the 365 in 2026-27 (1 April to 31 August) were maintained.
    await expect(ceasing.reactTo(ceased('2026-09-01'))).resolves.toBe(true);
    const before = events().length;
    await ceasing.reactTo(ceased('2026-09-01'));
    expect(events().length).toBe(before);
    expect(bus.sent.at(-1)).toMatchObject({ user: { id: 'process:funding.plan-ceased' }, causationId: 'ev-ceased' });
    expect(
      events()
        .slice(4)
        .map((e) => [e.type, e.data]),
    ).toEqual([
      ['FundingEnded', { ceasedOn: '2026-09-01', planVersion: 3, sourceEventId: 'ev-ceased' }],
      [
        'TopUpCommitted',
        {
          planVersion: 3,
          financialYear: '2026-27',
          pence: Math.round((amended.element3Pence * 153) / 365),
          placeFundingPence: Math.round((1_000_000 * 153) / 365),
        },
      ],
    ]);
    // The year before is left as it was committed.
    expect(
      events().filter((e) => e.type === 'TopUpCommitted' && (e.data as { financialYear: string }).financialYear === '2025-26'),
    ).toHaveLength(1);
  });

  it('a ceased plan that was never priced ends nothing', async () => {
    const { ceasing, events } = setUp();
    await ceasing.reactTo(ceased('2026-09-01'));
    expect(events()).toEqual([]);
  });
});
