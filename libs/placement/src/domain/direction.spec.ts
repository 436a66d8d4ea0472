import { DATE_IN_THE_FUTURE } from '@send/kernel';
import { given } from '@send/testing';
import { placementDecider } from './placement.decider.js';
import { PlacementErrors as E } from './placement.errors.js';
import type { PlacementEvent } from './placement.events.js';
import { DIRECTED_ON, appealed, directed, objected, placementCommand as cmd } from './placement.fixtures.js';

const OAKFIELD = { name: 'Oakfield Special School', type: 'special' as const, academyTrust: 'Oak Learning Trust' };
const direct = (
  directedOn = DIRECTED_ON,
  setting: typeof OAKFIELD | { name: string; type: 'special' } = OAKFIELD,
  reason = 'no other setting can meet the needs',
) => cmd('DirectAdmission', { settingId: 'oakfield', directedOn, reason, setting });
const lodge = (lodgedOn: string) => cmd('LodgeDirectionAppeal', { lodgedOn });
const decide = (decidedOn: string, upheld: boolean) => cmd('DecideDirectionAppeal', { decidedOn, upheld });
const decided = (upheld: boolean): PlacementEvent => ({
  type: 'DirectionAppealDecided',
  data: { settingId: 'oakfield', decidedOn: '2025-10-10', upheld },
});

describe('no direction', () => {
  it('directs an academy trust to admit (green paper backstop)', () => {
    given(placementDecider, objected).when(direct()).then(directed.slice(objected.length));
  });

  it('refuses to direct a setting with no academy trust, or an unknown one', () => {
    const error = given(placementDecider, objected)
      .when(direct(DIRECTED_ON, { name: 'Hillside', type: 'special' }))
      .thenThrows(E.NOT_AN_ACADEMY);
    expect(error.details).toEqual({ field: 'settingId' });
    given(placementDecider)
      .when(cmd('DirectAdmission', { settingId: 'ghost', directedOn: DIRECTED_ON, reason: 'x', setting: undefined }))
      .thenThrows(E.UNKNOWN_SETTING);
  });

  it('refuses a direction without a reason, or dated in the future', () => {
    given(placementDecider, objected)
      .when(direct(DIRECTED_ON, OAKFIELD, ' '))
      .thenThrows(E.REASON_REQUIRED);
    given(placementDecider, objected).when(direct('2025-10-16')).thenThrows(DATE_IN_THE_FUTURE);
  });

  it('refuses an appeal or a decision with no direction', () => {
    given(placementDecider, objected).when(lodge('2025-10-06')).thenThrows(E.NO_DIRECTION);
    given(placementDecider, objected).when(decide('2025-10-06', true)).thenThrows(E.NO_DIRECTION);
  });
});

describe('directed', () => {
  it('records the trust’s appeal to the Office of the Schools Adjudicator', () => {
    given(placementDecider, directed).when(lodge('2025-10-06')).then(appealed.slice(directed.length));
  });

  it('refuses an appeal dated before the direction, a second direction, and a decision without an appeal', () => {
    given(placementDecider, directed).when(lodge('2025-10-01')).thenThrows(E.APPEAL_BEFORE_DIRECTION);
    given(placementDecider, directed).when(direct('2025-10-03')).thenThrows(E.DIRECTION_IN_FORCE);
    given(placementDecider, directed).when(decide('2025-10-10', false)).thenThrows(E.NO_APPEAL);
  });
});

describe('appeal lodged', () => {
  it('records the adjudicator’s decision', () => {
    given(placementDecider, appealed)
      .when(decide('2025-10-10', true))
      .then([decided(true)]);
  });

  it('refuses a decision before the appeal, and a second appeal', () => {
    given(placementDecider, appealed).when(decide('2025-10-05', false)).thenThrows(E.APPEAL_DECISION_BEFORE_APPEAL);
    given(placementDecider, appealed).when(lodge('2025-10-07')).thenThrows(E.APPEAL_ALREADY_LODGED);
  });
});

describe('appeal decided', () => {
  it('refuses a second decision', () => {
    given(placementDecider, appealed, decided(false)).when(decide('2025-10-11', true)).thenThrows(E.APPEAL_ALREADY_DECIDED);
  });

  it('keeps a direction the adjudicator let stand in force', () => {
    given(placementDecider, appealed, decided(false)).when(direct('2025-10-11')).thenThrows(E.DIRECTION_IN_FORCE);
  });

  it('allows a fresh direction once the trust’s appeal was upheld, not dated before that decision', () => {
    given(placementDecider, appealed, decided(true))
      .when(direct('2025-10-10'))
      .then([
        { ...directed.at(-1)!, data: { ...(directed.at(-1)!.data as object), directedOn: '2025-10-10' } } as PlacementEvent,
      ]);
    given(placementDecider, appealed, decided(true)).when(direct('2025-10-09')).thenThrows(E.DIRECTION_BEFORE_APPEAL_DECISION);
  });
});
