import { FakeCommandBus, InMemoryWriter, given, noDatabase, otherContextEvent, storedEvent } from '@send/testing';
import { currentPhaseTransfer, placementDecider, type PlacementCommand, type PlacementEvent } from '../domain/index.js';
import { placementStream } from '../placement.stream.js';
import { placementTimeline } from '../timeline.js';
import { OpenPhaseTransferRoundCommand, OpenPhaseTransferRoundHandler } from './open-phase-transfer-round.command.js';
import { PhaseTransferProcessManager, phaseTransferIn } from './phase-transfer.process-manager.js';

/** Primary to secondary in September 2027: the amended plan must name the school before 15 February 2027 (Reg 18). */
const STARTED = {
  transferId: 't-1',
  transfer: 'primary-to-secondary',
  transferOn: '2027-09-01',
  dueOn: '2027-02-15',
  proposed: true,
};
const open = (over: Partial<{ transferId: string; transfer: string; sourceEventId: string }> = {}): PlacementCommand => ({
  type: 'OpenPhaseTransferRound',
  data: {
    transferId: 't-1',
    transfer: 'primary-to-secondary',
    transferOn: '2027-09-01',
    dueOn: '2027-02-15',
    sourceEventId: 'ev-1',
    ...over,
  },
  today: '2026-09-30',
});
const opened: PlacementEvent = {
  type: 'PhaseTransferRoundOpened',
  data: {
    transferId: 't-1',
    transfer: 'primary-to-secondary',
    transferOn: '2027-09-01',
    dueOn: '2027-02-15',
    phase: 'secondary',
    sourceEventId: 'ev-1',
  },
};

describe('phaseTransferIn', () => {
  it('reads the transfer, its day and the day the setting must be named by', () => {
    expect(phaseTransferIn({ type: 'PhaseTransferStarted', data: STARTED })).toEqual({
      transferId: 't-1',
      transfer: 'primary-to-secondary',
      transferOn: '2027-09-01',
      dueOn: '2027-02-15',
    });
  });
  it.each([
    ['another event', { type: 'AmendedPlanIssued', data: STARTED }],
    ['no due date', { type: 'PhaseTransferStarted', data: { ...STARTED, dueOn: undefined } }],
    ['no transfer id', { type: 'PhaseTransferStarted', data: { ...STARTED, transferId: '' } }],
  ])('nothing for %s', (_what, event) => {
    expect(phaseTransferIn(event)).toBeUndefined();
  });
});

describe('Reg 18: the placement round for the new phase', () => {
  it('opens it with the phase the child moves into', () => {
    given(placementDecider).when(open()).then([opened]);
  });

  it.each([
    ['early-years-to-school', 'primary'],
    ['infant-to-junior', 'primary'],
    ['primary-to-middle', 'secondary'],
    ['middle-to-secondary', 'secondary'],
    ['secondary-to-post-16', 'post-16'],
    ['post-16-move', 'post-16'],
  ])('%s moves into the %s phase', (transfer, phase) => {
    const [event] = placementDecider.decide(open({ transfer }), placementDecider.initialState());
    expect(event.data).toMatchObject({ transfer, phase });
  });

  it('a transfer it does not know is recorded without a phase', () => {
    const [event] = placementDecider.decide(open({ transfer: 'something-else' }), placementDecider.initialState());
    expect(event.data).not.toHaveProperty('phase');
  });

  it('records nothing twice for one event or one transfer', () => {
    given(placementDecider, opened).when(open()).then([]);
    given(placementDecider, opened)
      .when(open({ sourceEventId: 'ev-2' }))
      .then([]);
  });

  it('a second transfer opens its own round, the latest is the current one', () => {
    const later = placementDecider.decide(
      open({ transferId: 't-2', transfer: 'secondary-to-post-16', sourceEventId: 'ev-2' }),
      placementDecider.evolve(placementDecider.initialState(), opened),
    );
    const state = [opened, ...later].reduce(placementDecider.evolve, placementDecider.initialState());
    expect(currentPhaseTransfer(state)).toMatchObject({ transferId: 't-2', phase: 'post-16' });
  });

  it('the timeline tells the caseworker what is to be found by when', () => {
    const [entry] = placementTimeline.entriesOf([
      storedEvent('PhaseTransferRoundOpened', opened.data, { occurredAt: '2026-09-30' }),
    ]);
    expect(entry).toMatchObject({
      at: '2026-09-30',
      kind: 'notice',
      title: 'Setting to be found for the secondary phase by 2027-02-15 (transfer on 2027-09-01)',
      source: 'SEND Regulations 2014 reg 18',
    });
  });
});

describe('PhaseTransferProcessManager', () => {
  it('opens the round once however often the transfer is delivered, dated the day it was started, as the process', async () => {
    const writer = new InMemoryWriter('2026-10-01');
    const bus = new FakeCommandBus().register(
      OpenPhaseTransferRoundCommand,
      new OpenPhaseTransferRoundHandler(writer.asWriter()),
    );
    const pm = new PhaseTransferProcessManager(bus.asBus(), noDatabase);
    const event = otherContextEvent('PhaseTransferStarted', STARTED, 'ev-1', { streamId: 'ehcp-c1', occurredAt: '2026-09-30' });
    await expect(pm.reactTo(event)).resolves.toBe(true);
    await pm.reactTo(event);
    const recorded = writer.streams.get(placementStream('c1')) ?? [];
    expect(recorded.map((e) => [e.type, e.data])).toEqual([['PhaseTransferRoundOpened', opened.data]]);
    expect(bus.sent[0]).toMatchObject({
      input: { startedOn: '2026-09-30' },
      user: { id: 'process:placement.phase-transfer', role: 'system' },
      causationId: 'ev-1',
    });
    await expect(pm.reactTo(otherContextEvent('PhaseTransferStarted', { transferId: 't-9' }, 'ev-bad'))).resolves.toBe(false);
  });
});
