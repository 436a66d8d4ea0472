import { storedEvent } from '@send/testing';
import { placementTimeline } from './timeline.js';

describe('the placement part of the evidential timeline', () => {
  it('tells the list, preferences, consultations, allocation and direction', () => {
    const told = placementTimeline.entriesOf([
      storedEvent('TailoredListProduced', {
        producedOn: '2026-03-01',
        primaryNeed: 'ASD',
        curriculumYear: 3,
        academicYear: '2025/26',
        items: [{ settingId: 's1', name: 'Oak Primary', type: 'mainstream', la: '202', reasons: [] }],
      }),
      storedEvent('PreferencesExpressed', { ranked: ['s1'], expressedOn: '2026-03-02' }),
      storedEvent('SettingConsulted', {
        consultationId: 'k1',
        settingId: 's1',
        name: 'Oak Primary',
        sentOn: '2026-03-03',
        deadlineId: 'd',
      }),
      storedEvent('ConsultationAnswered', {
        consultationId: 'k1',
        settingId: 's1',
        answeredOn: '2026-03-10',
        answer: 'can-meet',
        objectionUpheld: false,
      }),
      storedEvent('PlaceAllocated', {
        settingId: 's1',
        name: 'Oak Primary',
        type: 'mainstream',
        decidedOn: '2026-03-12',
        preferenceRank: 1,
        passedOver: [],
      }),
      storedEvent('AdmissionDirected', {
        settingId: 's2',
        name: 'Elm Academy',
        type: 'mainstream',
        academyTrust: 'Elm Trust',
        directedOn: '2026-03-20',
        reason: 'no place elsewhere',
      }),
      storedEvent('DirectionAppealLodged', { settingId: 's2', lodgedOn: '2026-03-25' }),
      storedEvent('DirectionAppealDecided', { settingId: 's2', decidedOn: '2026-04-20', upheld: false }),
    ]);
    expect(told.map((e) => [e.kind, e.title])).toEqual([
      ['evidence', 'Tailored list of settings produced (1 settings)'],
      ['request', 'Preferences for a setting expressed'],
      ['notice', 'Consultation sent to Oak Primary'],
      ['evidence', 'Oak Primary answered the consultation: can meet the need'],
      ['decision', 'Place allocated at Oak Primary'],
      ['decision', 'Admission directed at Elm Academy'],
      ['dispute', 'Appeal against the direction lodged by s2'],
      ['order', 'Appeal against the direction dismissed: the direction stands'],
    ]);
    expect(told[5]).toMatchObject({ reason: 'no place elsewhere' });
  });
});
