import { mediationStream } from '../mediation.stream.js';
import { FakeCommandBus, InMemoryWriter, noDatabase, otherContextEvent } from '@send/testing';
import { AppealRightsProcessManager, appealableDecisionIn } from './appeal-rights.process-manager.js';
import { OpenAppealRightsCommand, OpenAppealRightsHandler } from './open-appeal-rights.command.js';

describe('appealableDecisionIn', () => {
  it.each([
    ['AssessmentDecided', { decision: 'refuse', decidedOn: '2025-10-28', reason: 'r' }, 'refusal-to-assess', '2025-10-28'],
    ['PlanIssueDecided', { outcome: 'no-plan', decidedOn: '2025-06-15', reason: 'r' }, 'no-plan', '2025-06-15'],
    ['FinalPlanIssued', { version: 2, issuedOn: '2025-04-04', sections: {} }, 'plan-contents', '2025-04-04'],
    ['AmendedPlanIssued', { version: 4, issuedOn: '2026-02-02', sections: {} }, 'plan-contents', '2026-02-02'],
    ['PlanCeased', { decidedOn: '2026-07-01', reason: 'r' }, 'cease', '2026-07-01'],
  ])('%s is appealable', (type, data, decision, decisionLetterOn) => {
    expect(appealableDecisionIn({ type, data })).toEqual({ decision, decisionLetterOn });
  });

  it.each([
    ['AssessmentDecided', { decision: 'assess', decidedOn: '2025-10-28' }],
    ['PlanIssueDecided', { outcome: 'issue-plan', decidedOn: '2025-06-15' }],
    ['DraftPlanIssued', { version: 1, issuedOn: '2025-03-20' }],
    ['FinalPlanIssued', { version: 2 }],
    ['DisagreementRaised', { decisionLetterOn: '2025-03-03' }],
  ])('%s with %j opens nothing', (type, data) => {
    expect(appealableDecisionIn({ type, data })).toBeUndefined();
  });
});

describe('AppealRightsProcessManager', () => {
  const setUp = () => {
    const writer = new InMemoryWriter('2026-01-31');
    const bus = new FakeCommandBus().register(OpenAppealRightsCommand, new OpenAppealRightsHandler(writer.asWriter()));
    return { writer, bus, pm: new AppealRightsProcessManager(bus.asBus(), noDatabase) };
  };

  it('opens the rights of a refusal to assess, naming the source event, as the process', async () => {
    const { bus, pm } = setUp();
    const refused = otherContextEvent('AssessmentDecided', { decision: 'refuse', decidedOn: '2025-10-28', reason: 'r' }, 'ev-42');
    await expect(pm.reactTo(refused)).resolves.toBe(true);
    const [sent] = bus.sent as OpenAppealRightsCommand[];
    expect(sent).toBeInstanceOf(OpenAppealRightsCommand);
    expect(sent).toMatchObject({
      caseId: 'c1',
      la: '202',
      input: { decision: 'refusal-to-assess', decisionLetterOn: '2025-10-28', sourceEventId: 'ev-42' },
      user: { id: 'process:mediation.appeal-rights', role: 'system' },
      causationId: 'ev-42',
    });
  });

  it('records the rights once however often the event is delivered', async () => {
    const { writer, pm } = setUp();
    const refused = otherContextEvent('AssessmentDecided', { decision: 'refuse', decidedOn: '2025-10-28', reason: 'r' }, 'ev-42');
    await pm.reactTo(refused);
    await pm.reactTo(refused);
    const types = writer.streams.get(mediationStream('c1'))?.map((e) => e.type);
    expect(types).toEqual(['AppealRightsOpened', 'DeadlineStarted']);
    expect(writer.streams.get(mediationStream('c1'))?.[1].data).toMatchObject({ rule: 'appeal-window', dueOn: '2026-01-02' });
  });

  it('ignores events that carry no appeal right', async () => {
    const { bus, pm } = setUp();
    await expect(
      pm.reactTo(otherContextEvent('AssessmentDecided', { decision: 'assess', decidedOn: '2025-10-28' })),
    ).resolves.toBe(false);
    expect(bus.sent).toEqual([]);
  });
});
