import { mediationStream } from '../mediation.stream.js';
import { FakeCommandBus, InMemoryWriter, noDatabase, otherContextEvent } from '@send/testing';
import { mediationDecider, type MediationCommand } from '../domain/index.js';
import { LateMediationProcessManager, lateMediationIn } from './late-mediation.process-manager.js';
import { RecordMediationNotArrangedCommand, RecordMediationNotArrangedHandler } from './record-not-arranged.command.js';

const breach = (deadlineId: string, rule = 'mediation-held', dueOn = '2026-12-31', breachedOn = '2027-01-01') => ({
  deadlineId,
  rule,
  dueOn,
  breachedOn,
});

describe('lateMediationIn', () => {
  it('reads the dispute and the day after the 30 days from the watcher’s breach of mediation-held', () => {
    expect(lateMediationIn({ type: 'DeadlineBreached', data: breach('mediation-held:d-1') })).toEqual({
      disputeId: 'd-1',
      on: '2027-01-01',
    });
  });

  it.each([
    ['another rule', { type: 'DeadlineBreached', data: breach('mediation-certificate:d-1', 'mediation-certificate') }],
    ['no dispute in the id', { type: 'DeadlineBreached', data: breach('mediation-held:') }],
    ['no date', { type: 'DeadlineBreached', data: { deadlineId: 'mediation-held:d-1', rule: 'mediation-held' } }],
    ['another event', { type: 'DeadlineMet', data: breach('mediation-held:d-1') }],
  ])('nothing for %s', (_what, event) => {
    expect(lateMediationIn(event)).toBeUndefined();
  });
});

describe('LateMediationProcessManager', () => {
  const TODAY = '2027-01-04';
  const cmd = <T extends MediationCommand['type']>(type: T, data: Extract<MediationCommand, { type: T }>['data']) =>
    ({ type, data, today: TODAY }) as MediationCommand;

  async function setUp() {
    const writer = new InMemoryWriter(TODAY);
    const stream = mediationStream('c1');
    // A no-plan letter of 2026-11-30; mediation asked for on 1 December: the LA's 30 days end 31 December.
    for (const c of [
      cmd('RaiseDispute', {
        disputeId: 'd-1',
        rightsId: 'r-1',
        about: ['no-plan'],
        decisionLetterOn: '2026-11-30',
        raisedOn: '2026-12-01',
      }),
      cmd('RecordMediationStep', { disputeId: 'd-1', step: 'requested', on: '2026-12-01' }),
    ]) {
      await writer.execute(mediationDecider, stream, c);
    }
    const bus = new FakeCommandBus().register(
      RecordMediationNotArrangedCommand,
      new RecordMediationNotArrangedHandler(writer.asWriter()),
    );
    const pm = new LateMediationProcessManager(bus.asBus(), noDatabase);
    return { bus, pm, events: () => writer.streams.get(stream) ?? [] };
  }

  it('records once, however often the breach is delivered, that the certificate is owed, as the process', async () => {
    const { bus, pm, events } = await setUp();
    const breached = otherContextEvent('DeadlineBreached', breach('mediation-held:d-1'), 'ev-breach', {
      streamId: 'deadlines-c1',
    });
    await expect(pm.reactTo(breached)).resolves.toBe(true);
    const before = events().length;
    await pm.reactTo(breached);
    expect(events().length).toBe(before);
    expect(bus.sent[0]).toMatchObject({
      input: { disputeId: 'd-1', on: '2027-01-01', sourceEventId: 'ev-breach' },
      user: { id: 'process:mediation.late-mediation', role: 'system' },
      causationId: 'ev-breach',
    });
    const late = events().filter((e) => e.type === 'MediationNotArranged');
    expect(late.map((e) => e.data)).toEqual([
      expect.objectContaining({ by: 'breach', certificateDueOn: '2027-01-06', sourceEventId: 'ev-breach' }),
    ]);
    expect(
      events()
        .filter((e) => e.type === 'DeadlineStarted')
        .map((e) => (e.data as { deadlineId: string }).deadlineId),
    ).toEqual(['appeal-window:r-1', 'mediation-held:d-1', 'mediation-certificate:d-1', 'appeal-window:r-1:2']);
  });

  it('passes over every other breach', async () => {
    const { bus, pm } = await setUp();
    await expect(pm.reactTo(otherContextEvent('DeadlineBreached', breach('advice:x', 'advice'), 'ev-other'))).resolves.toBe(
      false,
    );
    expect(bus.sent).toEqual([]);
  });
});
