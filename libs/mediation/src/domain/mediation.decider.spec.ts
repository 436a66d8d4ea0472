import { DATE_IN_THE_FUTURE } from '@send/kernel';
import { fold, given } from '@send/testing';
import { mediationDecider } from './mediation.decider.js';
import { appeal, certificate, command, order, raise, replay, step } from './mediation.fixtures.js';
import type { MediationCommand } from './mediation.commands.js';
import type { MediationEvent } from './mediation.events.js';

const decide = (c: MediationCommand, events: MediationEvent[]) => mediationDecider.decide(c, fold(mediationDecider, events));
const panel = (meetingOn: string, notes?: string, today?: string) =>
  command(
    'RecordPanelRecommendation',
    { recommendationId: 'p-1', recommendation: 'assess', meetingOn, ...(notes ? { notes } : {}) },
    today,
  );

describe('panel recommendation', () => {
  it('records a multi-agency panel’s view on whether to assess', () => {
    given(mediationDecider)
      .when(panel('2025-03-20', 'needs unclear from school evidence'))
      .then([
        {
          type: 'PanelRecommendationRecorded',
          data: {
            recommendationId: 'p-1',
            recommendation: 'assess',
            meetingOn: '2025-03-20',
            notes: 'needs unclear from school evidence',
          },
        },
      ]);
  });

  it('refuses a meeting dated after today', () => {
    given(mediationDecider)
      .when(panel('2025-03-21', undefined, '2025-03-20'))
      .thenThrows(DATE_IN_THE_FUTURE);
  });
});

describe('evolve', () => {
  it('folds a whole dispute: mediation, certificate, appeal and order, with its clocks', () => {
    const events = replay(
      decide,
      raise(['no-plan'], '2026-10-05', '2026-10-06'),
      step('requested', '2026-10-07'),
      step('held', '2026-10-20', 'd-1', 'partly agreed'),
      certificate('2026-10-21'),
      appeal('2026-11-02'),
      order('make-plan', '2027-03-01'),
    );
    const state = fold(mediationDecider, events);
    if (state.status !== 'open') throw new Error('expected an open file');
    expect(state.disputes['d-1']).toMatchObject({
      status: 'order-made',
      decision: 'no-plan',
      rightsId: 'r-1',
      mediation: { requested: { on: '2026-10-07' }, held: { on: '2026-10-20', notes: 'partly agreed' } },
      certificateOn: '2026-10-21',
      appeal: { registeredOn: '2026-11-02', windowEndsOn: '2026-12-07', inTime: true },
    });
    // Letter 5 Oct: 5 Dec is a Saturday, so 7 Dec; a certificate of 21 Oct gives only until 21 Nov.
    expect(state.rights['r-1']).toMatchObject({
      windowEndsOn: '2026-12-07',
      certificateOn: '2026-10-21',
      deadlineId: 'appeal-window:r-1',
    });
    expect(state.deadlines).toMatchObject({
      'appeal-window:r-1': { state: 'closed', closedOn: '2026-11-02' },
      'mediation-held:d-1': { dueOn: '2026-11-06', state: 'closed', closedOn: '2026-10-20' },
      'mediation-certificate:d-1': { dueOn: '2026-10-23', state: 'closed', closedOn: '2026-10-21' },
      'order-compliance:o-1:draft-plan': { dueOn: '2027-04-05', state: 'open' },
      'order-compliance:o-1:final-plan': { dueOn: '2027-05-17', state: 'open' },
    });
  });

  it('ignores an event about a dispute it does not hold', () => {
    const state = fold(mediationDecider, [{ type: 'MediationHeld', data: { disputeId: 'd-9', on: '2026-10-20' } }]);
    expect(state).toEqual({ status: 'open', rights: {}, disputes: {}, panel: [], complied: [], deadlines: {} });
  });
});
