import type { CaseQueries } from '@send/read-models';
import { FakeCommandBus, InMemoryWriter, noDatabase, otherContextEvent } from '@send/testing';
import { ehcpStream } from '../ehcp.stream.js';
import { OpenPlanCommand, OpenPlanHandler } from './open-plan.command.js';
import { OpenPlanProcessManager } from './open-plan.process-manager.js';

describe('OpenPlanProcessManager', () => {
  const setUp = (requestedOn?: string) => {
    const writer = new InMemoryWriter('2025-06-30');
    const bus = new FakeCommandBus().register(OpenPlanCommand, new OpenPlanHandler(writer.asWriter()));
    const queries = { requestedOn: async () => requestedOn } as unknown as CaseQueries;
    return { writer, bus, pm: new OpenPlanProcessManager(bus.asBus(), queries, noDatabase) };
  };
  const issuePlan = otherContextEvent(
    'PlanIssueDecided',
    { outcome: 'issue-plan', decidedOn: '2025-05-12', reason: 'r' },
    'ev-7',
  );

  it('opens the plan when assessment decides to issue one, dated from the request, as the process', async () => {
    const { writer, bus, pm } = setUp('2025-01-06');
    await expect(pm.reactTo(issuePlan)).resolves.toBe(true);
    const [sent] = bus.sent as OpenPlanCommand[];
    expect(sent).toBeInstanceOf(OpenPlanCommand);
    expect(sent).toMatchObject({
      caseId: 'c1',
      la: '202',
      input: { requestedOn: '2025-01-06', decidedOn: '2025-05-12' },
      user: { id: 'process:ehcp.open-plan', role: 'system' },
      correlationId: 'corr-1',
      causationId: 'ev-7',
    });
    expect(writer.streams.get(ehcpStream('c1'))).toEqual([
      { type: 'PlanOpened', data: { caseId: 'c1', la: '202', requestedOn: '2025-01-06', decidedOn: '2025-05-12' } },
    ]);
  });

  it('takes the decision date as the request date when the case list does not know the case yet', async () => {
    const { bus, pm } = setUp();
    await pm.reactTo(issuePlan);
    expect((bus.sent as OpenPlanCommand[])[0].input).toEqual({ requestedOn: '2025-05-12', decidedOn: '2025-05-12' });
  });

  it('opens the plan once however often the decision is delivered', async () => {
    const { writer, pm } = setUp('2025-01-06');
    await pm.reactTo(issuePlan);
    await pm.reactTo(issuePlan);
    expect(writer.streams.get(ehcpStream('c1'))?.map((e) => e.type)).toEqual(['PlanOpened']);
  });

  it.each([
    ['PlanIssueDecided', { outcome: 'no-plan', decidedOn: '2025-05-12', reason: 'r' }],
    ['AssessmentDecided', { decision: 'assess', decidedOn: '2025-03-01', reason: 'r' }],
  ])('sends nothing for %s %j', async (type, data) => {
    const { bus, pm } = setUp();
    await expect(pm.reactTo(otherContextEvent(type, data))).resolves.toBe(false);
    expect(bus.sent).toEqual([]);
  });
});
