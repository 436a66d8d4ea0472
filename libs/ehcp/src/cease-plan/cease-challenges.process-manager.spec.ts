import { FakeCommandBus, InMemoryWriter, fold, noDatabase, otherContextEvent } from '@send/testing';
import type { EhcpEvent } from '../domain/index.js';
import { ehcpDecider } from '../domain/index.js';
import { ehcpStream } from '../ehcp.stream.js';
import {
  CeaseOnTribunalOrderCommand,
  CeaseOnTribunalOrderHandler,
  NoteCeaseChallengeCommand,
  NoteCeaseChallengeHandler,
} from './cease-plan.command.js';
import { CeaseChallengesProcessManager } from './cease-challenges.process-manager.js';

const sections = { I: { type: 'mainstream', name: 'Hillside Primary' } };
const ceasing: EhcpEvent[] = [
  { type: 'PlanOpened', data: { caseId: 'c1', la: '202', requestedOn: '2025-09-01', decidedOn: '2025-10-10' } },
  { type: 'DraftPlanIssued', data: { version: 1, issuedOn: '2025-11-03', sections: sections as never } },
  { type: 'FinalPlanIssued', data: { version: 2, issuedOn: '2025-12-01', sections: sections as never } },
  {
    type: 'CeaseDecided',
    data: { decidedOn: '2026-06-10', reason: '3', consultedOn: '2026-05-20', appealWindowEndsOn: '2026-09-01' },
  },
];

describe('CeaseChallengesProcessManager', () => {
  const setUp = () => {
    const writer = new InMemoryWriter('2026-10-15');
    writer.streams.set(ehcpStream('c1'), [...ceasing]);
    const bus = new FakeCommandBus()
      .register(NoteCeaseChallengeCommand, new NoteCeaseChallengeHandler(writer.asWriter()))
      .register(CeaseOnTribunalOrderCommand, new CeaseOnTribunalOrderHandler(writer.asWriter()));
    return { writer, bus, pm: new CeaseChallengesProcessManager(bus.asBus(), noDatabase) };
  };
  const types = (writer: InMemoryWriter) =>
    writer.streams
      .get(ehcpStream('c1'))!
      .slice(ceasing.length)
      .map((e) => e.type);
  const raised = otherContextEvent(
    'DisagreementRaised',
    { disputeId: 'd1', about: ['cease'], decisionLetterOn: '2026-06-10', raisedOn: '2026-06-15' },
    'ev-raised',
  );
  const appealed = otherContextEvent('AppealRegistered', { disputeId: 'd1', registeredOn: '2026-07-01' }, 'ev-appeal');
  const dismissed = otherContextEvent(
    'TribunalOrderMade',
    { disputeId: 'd1', orderId: 'o1', order: 'cease-dismissed', madeOn: '2026-10-15', steps: [] },
    'ev-order',
  );

  it('notes a dispute about ceasing and its appeal, so the sweep leaves the plan maintained', async () => {
    const { writer, pm } = setUp();
    await pm.reactTo(raised);
    await pm.reactTo(appealed);
    expect(types(writer)).toEqual(['CeaseChallengeNoted', 'CeaseChallengeNoted']);
    const state = fold(ehcpDecider, writer.streams.get(ehcpStream('c1')) as EhcpEvent[]);
    expect(ehcpDecider.decide({ type: 'CeaseAfterAppealWindow', data: {}, today: '2026-12-01' }, state)).toEqual([]);
  });

  it('notes nothing for a dispute about something else, nor for its appeal', async () => {
    const { writer, pm } = setUp();
    const other = otherContextEvent(
      'DisagreementRaised',
      { disputeId: 'd2', about: ['section-f'], raisedOn: '2026-06-15' },
      'ev-2',
    );
    await expect(pm.reactTo(other)).resolves.toBe(false);
    await pm.reactTo(otherContextEvent('AppealRegistered', { disputeId: 'd2', registeredOn: '2026-07-01' }, 'ev-3'));
    expect(types(writer)).toEqual([]);
  });

  it('notes a certificate that moved the appeal window', async () => {
    const { writer, pm } = setUp();
    await pm.reactTo(raised);
    const certificate = otherContextEvent(
      'CertificateIssued',
      { disputeId: 'd1', issuedOn: '2026-10-01', appealWindow: { deadlineId: 'appeal-window:x', endsOn: '2026-11-02' } },
      'ev-cert',
    );
    await pm.reactTo(certificate);
    expect(writer.streams.get(ehcpStream('c1'))!.at(-1)).toEqual({
      type: 'CeaseChallengeNoted',
      data: { step: 'certificate', disputeId: 'd1', on: '2026-10-01', windowEndsOn: '2026-11-02', sourceEventId: 'ev-cert' },
    });
  });

  it('ceases the plan on the day the tribunal dismisses the appeal, once however often delivered', async () => {
    const { writer, bus, pm } = setUp();
    await pm.reactTo(raised);
    await pm.reactTo(appealed);
    await pm.reactTo(dismissed);
    await pm.reactTo(dismissed);
    expect((bus.sent.at(-1) as CeaseOnTribunalOrderCommand).user).toEqual({
      id: 'process:ehcp.cease-challenges',
      role: 'system',
    });
    expect(types(writer)).toEqual(['CeaseChallengeNoted', 'CeaseChallengeNoted', 'PlanCeased']);
    expect(writer.streams.get(ehcpStream('c1'))!.at(-1)).toEqual({
      type: 'PlanCeased',
      data: { ceasedOn: '2026-10-15', reason: '3', why: 'appeal-dismissed', sourceEventId: 'ev-order' },
    });
  });

  it('sends nothing for other orders', async () => {
    const { bus, pm } = setUp();
    const amend = otherContextEvent('TribunalOrderMade', {
      disputeId: 'd1',
      orderId: 'o2',
      order: 'amend-provision',
      madeOn: '2026-10-15',
    });
    await expect(pm.reactTo(amend)).resolves.toBe(false);
    expect(bus.sent).toEqual([]);
  });
});
