import { FakeCommandBus, InMemoryWriter, noDatabase, otherContextEvent } from '@send/testing';
import { assessmentStream } from '../assessment.stream.js';
import { type AssessmentCommand, assessmentDecider } from '../domain/index.js';
import { DUE, RECEIVED_ON, child, closedLate, command, met } from '../domain/assessment.fixtures.js';
import { NoteFinalPlanIssuedCommand, NoteFinalPlanIssuedHandler } from './note-final-plan.command.js';
import { NoteFinalPlanProcessManager } from './note-final-plan.process-manager.js';

describe('NoteFinalPlanProcessManager', () => {
  const TODAY = '2025-01-15';
  /** A case requested 2024-02-29 that the LA decided to assess and to issue a plan for: final plan due 2024-07-18. */
  const history: AssessmentCommand[] = [
    command('RequestAssessment', { caseId: 'c1', la: '202', child, requestedBy: 'parent', receivedOn: RECEIVED_ON }),
    command('DecideWhetherToAssess', { decision: 'assess', decidedOn: '2024-04-02', reason: 'may need a plan' }),
    command('DecidePlanIssue', { outcome: 'issue-plan', decidedOn: '2024-06-10', reason: 'needs a plan' }),
  ];

  async function setUp() {
    const writer = new InMemoryWriter(TODAY);
    const stream = assessmentStream('c1');
    for (const c of history) await writer.execute(assessmentDecider, stream, c);
    const bus = new FakeCommandBus().register(NoteFinalPlanIssuedCommand, new NoteFinalPlanIssuedHandler(writer.asWriter()));
    const events = () => writer.streams.get(stream) ?? [];
    return { bus, pm: new NoteFinalPlanProcessManager(bus.asBus(), noDatabase), events };
  }

  it('closes the 20-week clock on the day the ehcp context issued the final plan, as the process', async () => {
    const { bus, pm, events } = await setUp();
    const final = otherContextEvent('FinalPlanIssued', { version: 2, issuedOn: '2024-07-10', sections: {} }, 'ev-final');
    await expect(pm.reactTo(final)).resolves.toBe(true);
    const [sent] = bus.sent as NoteFinalPlanIssuedCommand[];
    expect(sent).toBeInstanceOf(NoteFinalPlanIssuedCommand);
    expect(sent).toMatchObject({
      caseId: 'c1',
      la: '202',
      input: { issuedOn: '2024-07-10' },
      user: { id: 'process:assessment.note-final-plan', role: 'system' },
      correlationId: 'corr-1',
      causationId: 'ev-final',
    });
    expect(events().slice(-1)).toEqual([met('final-plan', 'final-plan', '2024-07-10')]);
  });

  it('closes it late when the plan came after the due date (Reg 13(2))', async () => {
    const { pm, events } = await setUp();
    await pm.reactTo(otherContextEvent('FinalPlanIssued', { version: 2, issuedOn: '2024-08-01', sections: {} }));
    expect(events().slice(-1)).toEqual([closedLate('final-plan', 'final-plan', '2024-08-01', DUE.finalPlan)]);
  });

  it('records the close once however often the event is delivered', async () => {
    const { pm, events } = await setUp();
    const final = otherContextEvent('FinalPlanIssued', { version: 2, issuedOn: '2024-07-10', sections: {} }, 'ev-final');
    await pm.reactTo(final);
    const length = events().length;
    await pm.reactTo(final);
    expect(events()).toHaveLength(length);
  });

  it.each([
    ['DraftPlanIssued', { version: 1, issuedOn: '2024-06-20', sections: {} }],
    ['AmendedPlanIssued', { version: 3, issuedOn: '2024-09-01', sections: {} }],
    ['FinalPlanIssued', { version: 2, sections: {} }],
  ])('sends nothing for %s %j', async (type, data) => {
    const { bus, pm } = await setUp();
    await expect(pm.reactTo(otherContextEvent(type, data))).resolves.toBe(false);
    expect(bus.sent).toEqual([]);
  });
});
