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
    // CFA s.51(2)(e): a review decision to maintain the plan unchanged, letter dated the decision.
    [
      'ReviewDecided',
      { reviewId: 'rv-1', decision: 'maintain', decidedOn: '2026-03-02', meetingOn: '2026-02-09' },
      'review-decision',
      '2026-03-02',
    ],
    // s.51(2)(e): a decision not to amend after a notice that followed a review.
    [
      'DecidedNotToAmend',
      { noticeId: 'n-1', decidedOn: '2026-05-29', reason: 'r', reviewId: 'rv-1' },
      'review-decision',
      '2026-05-29',
    ],
    // s.51(2)(c): the amended plan (section I only needs no certificate: appeal.spec.ts).
    ['AmendedPlanIssued', { version: 5, issuedOn: '2026-08-31', sections: {}, noticeId: 'n-2' }, 'plan-contents', '2026-08-31'],
    // s.51(2)(f): the cease decision is appealable, dated decidedOn, not the day the plan stops.
    [
      'CeaseDecided',
      { decidedOn: '2026-07-01', reason: '3', consultedOn: '2026-06-10', appealWindowEndsOn: '2026-09-01' },
      'cease',
      '2026-07-01',
    ],
    // s.51(2)(d): a refusal to re-assess.
    [
      'ReassessmentDecided',
      { reassessmentId: 'ra-1', decision: 'refuse', decidedOn: '2025-12-24', reason: 'r' },
      'refusal-to-reassess',
      '2025-12-24',
    ],
  ])('%s is appealable', (type, data, decision, decisionLetterOn) => {
    expect(appealableDecisionIn({ type, data })).toEqual({ decision, decisionLetterOn });
  });

  it.each([
    ['AssessmentDecided', { decision: 'assess', decidedOn: '2025-10-28' }],
    ['PlanIssueDecided', { outcome: 'issue-plan', decidedOn: '2025-06-15' }],
    ['DraftPlanIssued', { version: 1, issuedOn: '2025-03-20' }],
    ['FinalPlanIssued', { version: 2 }],
    ['DisagreementRaised', { decisionLetterOn: '2025-03-03' }],
    ['ReviewDecided', { reviewId: 'rv-1', decision: 'amend', decidedOn: '2026-03-02' }],
    ['ReviewDecided', { reviewId: 'rv-1', decision: 'cease', decidedOn: '2026-03-02' }],
    // Not after a review: a decision not to amend outside one is not within s.51(2)(e).
    ['DecidedNotToAmend', { noticeId: 'n-1', decidedOn: '2026-05-29', reason: 'r' }],
    ['ReassessmentDecided', { reassessmentId: 'ra-1', decision: 'reassess', decidedOn: '2025-12-24' }],
    // The plan stopping is compliance (order-compliance), not a second appealable decision.
    ['PlanCeased', { ceasedOn: '2026-09-02', reason: '3', why: 'appeal window closed' }],
  ])('%s with %j opens nothing', (type, data) => {
    expect(appealableDecisionIn({ type, data })).toBeUndefined();
  });
});

describe('AppealRightsProcessManager', () => {
  const setUp = (today = '2026-01-31') => {
    const writer = new InMemoryWriter(today);
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

  it.each([
    ['ReviewDecided', { reviewId: 'rv-1', decision: 'maintain', decidedOn: '2026-03-02', meetingOn: '2026-02-09' }, '2026-05-05'],
    ['CeaseDecided', { decidedOn: '2026-06-30', reason: '3', consultedOn: '2026-06-10' }, '2026-09-01'],
    ['ReassessmentDecided', { reassessmentId: 'ra-1', decision: 'refuse', decidedOn: '2025-10-27', reason: 'r' }, '2026-01-02'],
    ['DecidedNotToAmend', { noticeId: 'n-1', decidedOn: '2026-05-29', reason: 'r', reviewId: 'rv-1' }, '2026-07-29'],
  ])('%s opens the window once, however often it is delivered (window ends %s)', async (type, data, windowEndsOn) => {
    const { writer, pm } = setUp('2026-12-01');
    const event = otherContextEvent(type, data, `ev-${type}`);
    await pm.reactTo(event);
    await pm.reactTo(event);
    const recorded = writer.streams.get(mediationStream('c1')) ?? [];
    expect(recorded.map((e) => e.type)).toEqual(['AppealRightsOpened', 'DeadlineStarted']);
    expect(recorded[0].data).toMatchObject({ sourceEventId: `ev-${type}`, windowEndsOn });
    expect(recorded[1].data).toMatchObject({ rule: 'appeal-window', dueOn: windowEndsOn });
  });
});
