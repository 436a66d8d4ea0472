import { FakeCommandBus, noDatabase, otherContextEvent } from '@send/testing';
import { PricePlanCommand } from './price-plan.command.js';
import { PricePlanProcessManager } from './price-plan.process-manager.js';

const F = { items: [{ provision: 'Speech and language therapy', hours: 1, frequency: 'weekly', deliveredBy: 'therapist' }] };
const event = (
  type: string,
  data: unknown = { version: 2, issuedOn: '2025-09-01', sections: { F, I: { type: 'mainstream' } } },
) => otherContextEvent(type, data, `e-${type}`, { streamId: 'ehcp-c1', revision: 4, occurredAt: '2025-09-01' });

function managerWithBus() {
  const bus = new FakeCommandBus();
  return { pm: new PricePlanProcessManager(bus.asBus(), noDatabase), sent: bus.sent as PricePlanCommand[] };
}

describe('PricePlanProcessManager', () => {
  it.each(['FinalPlanIssued', 'AmendedPlanIssued'])('prices on %s, on the case, caused by the event', async (type) => {
    const { pm, sent } = managerWithBus();
    expect(await pm.reactTo(event(type))).toBe(true);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toBeInstanceOf(PricePlanCommand);
    expect(sent[0]).toMatchObject({
      caseId: 'c1',
      la: '202',
      input: { planVersion: 2, issuedOn: '2025-09-01', setting: { type: 'mainstream' } },
      user: { id: 'process:funding.price-plan', role: 'system' },
      correlationId: 'corr-1',
      causationId: 'e-' + type,
    });
  });

  it.each(['DraftPlanIssued', 'PlanPriced', 'PlaceAllocated'])('ignores %s', async (type) => {
    const { pm, sent } = managerWithBus();
    expect(await pm.reactTo(event(type))).toBe(false);
    expect(sent).toHaveLength(0);
  });

  it('passes over a plan event it cannot read rather than stopping the subscription', async () => {
    const { pm, sent } = managerWithBus();
    expect(await pm.reactTo(event('FinalPlanIssued', { version: 2, sections: { sealed: 'x' } }))).toBe(false);
    expect(sent).toHaveLength(0);
  });

  it('sends the same command for a redelivered event: the decider makes it idempotent (funding.decider.spec)', async () => {
    const { pm, sent } = managerWithBus();
    await pm.reactTo(event('FinalPlanIssued'));
    await pm.reactTo(event('FinalPlanIssued'));
    expect(sent[0].input).toEqual(sent[1].input);
  });
});
