import { DATE_IN_THE_FUTURE } from '@send/kernel';
import { given } from '@send/testing';
import type { ObjectionGround } from './codes.js';
import { placementDecider } from './placement.decider.js';
import type { PlacementEvent } from './placement.events.js';
import { PlacementErrors as E } from './placement.errors.js';
import {
  ALLOCATED_ON,
  ANSWER_DUE,
  EXPRESSED_ON,
  SENT_ON,
  allocated,
  consulted,
  objected,
  placementCommand as cmd,
  preferred,
  started,
} from './placement.fixtures.js';

const OAKFIELD = { name: 'Oakfield Special School', type: 'special' as const, academyTrust: 'Oak Learning Trust' };
const REGISTERED = ['oakfield', 'hillside', 'riverside'];
const prefer = (ranked: string[], expressedOn = EXPRESSED_ON) =>
  cmd('ExpressPreferences', { ranked, expressedOn, registeredSettingIds: REGISTERED });
const consult = (sentOn = SENT_ON, consultationId = 'k-1') =>
  cmd('ConsultSetting', { consultationId, settingId: 'oakfield', sentOn, setting: OAKFIELD });
const answer = (answeredOn: string, a: 'can-meet' | 'cannot-meet', grounds?: ObjectionGround[]) =>
  cmd('AnswerConsultation', { consultationId: 'k-1', answeredOn, answer: a, ...(grounds ? { grounds } : {}) });
const record = (settingId: string, decidedOn = ALLOCATED_ON, fullSettingIds: string[] = []) =>
  cmd('RecordAllocation', {
    settingId,
    name: settingId === 'oakfield' ? 'Oakfield Special School' : 'Hillside Primary',
    type: settingId === 'oakfield' ? 'special' : 'mainstream',
    decidedOn,
    fullSettingIds,
  });

describe('nothing recorded yet', () => {
  it('records a tailored list as produced, without the date of birth', () => {
    const item = {
      settingId: 'oakfield',
      name: 'Oakfield',
      type: 'special' as const,
      la: '202',
      reasons: ['fits'],
      placesFree: 1,
    };
    const stage = { curriculumYear: 5, yearLabel: 'Year 5', academicYear: '2025/26', phase: 'primary' as const };
    given(placementDecider)
      .when(cmd('ProduceTailoredList', { producedOn: '2025-10-01', primaryNeed: 'ASD', stage, items: [item] }))
      .then([
        {
          type: 'TailoredListProduced',
          data: {
            producedOn: '2025-10-01',
            primaryNeed: 'ASD',
            curriculumYear: 5,
            academicYear: '2025/26',
            phase: 'primary',
            items: [{ settingId: 'oakfield', name: 'Oakfield', type: 'special', la: '202', reasons: ['fits'] }],
          },
        },
      ]);
  });

  it('records the family’s ranked preferences', () => {
    given(placementDecider)
      .when(prefer(['oakfield', 'hillside']))
      .then(preferred);
  });

  it.each([
    [E.DUPLICATE_PREFERENCE, ['oakfield', 'oakfield']],
    [E.UNKNOWN_SETTING, ['oakfield', 'ghost']],
    [E.NO_PREFERENCES, []],
  ])('refuses preferences with %s', (code, ranked) => {
    given(placementDecider).when(prefer(ranked)).thenThrows(code);
  });

  it('consults a setting and starts its 15-day clock (CoP 9)', () => {
    given(placementDecider).when(consult()).then(consulted.slice(preferred.length));
  });

  it('refuses to consult an unregistered setting, or on a future date', () => {
    given(placementDecider)
      .when(cmd('ConsultSetting', { consultationId: 'k-1', settingId: 'ghost', sentOn: SENT_ON, setting: undefined }))
      .thenThrows(E.UNKNOWN_SETTING);
    given(placementDecider).when(consult('2025-10-16')).thenThrows(DATE_IN_THE_FUTURE);
  });

  it('refuses an allocation without preferences', () => {
    given(placementDecider).when(record('oakfield')).thenThrows(E.NO_PREFERENCES);
  });
});

describe('preferences expressed', () => {
  it('allocates the first preference', () => {
    given(placementDecider, preferred).when(record('oakfield')).then(allocated.slice(preferred.length));
  });

  it('allocates the second preference when the first was full, and says why it was passed over', () => {
    given(placementDecider, preferred)
      .when(record('hillside', ALLOCATED_ON, ['oakfield']))
      .then([
        {
          type: 'PlaceAllocated',
          data: {
            settingId: 'hillside',
            name: 'Hillside Primary',
            type: 'mainstream',
            decidedOn: ALLOCATED_ON,
            preferenceRank: 2,
            passedOver: [{ settingId: 'oakfield', why: 'no-place' }],
          },
        },
      ]);
  });

  it('refuses to skip a higher preference not shown to be full', () => {
    given(placementDecider, preferred).when(record('hillside')).thenThrows(E.PREFERENCE_ORDER_NOT_FOLLOWED);
  });

  it('refuses a setting the family did not rank, and a decision before the preferences', () => {
    given(placementDecider, preferred).when(record('riverside')).thenThrows(E.NOT_A_PREFERENCE);
    given(placementDecider, preferred).when(record('oakfield', '2025-09-09')).thenThrows(E.ALLOCATION_BEFORE_PREFERENCES);
  });
});

describe('consultation sent', () => {
  it('meets the clock with an answer on the due date', () => {
    given(placementDecider, consulted)
      .when(answer(ANSWER_DUE, 'can-meet'))
      .then([
        {
          type: 'ConsultationAnswered',
          data: {
            consultationId: 'k-1',
            settingId: 'oakfield',
            answeredOn: ANSWER_DUE,
            answer: 'can-meet',
            objectionUpheld: false,
          },
        },
        { type: 'DeadlineMet', data: { deadlineId: 'consultation-answer:k-1', rule: 'consultation-answer', metOn: ANSWER_DUE } },
      ]);
  });

  it('closes the clock late the day after, and upholds a cannot-meet citing CFA s.39(4)', () => {
    given(placementDecider, consulted)
      .when(answer('2025-10-01', 'cannot-meet', ['unsuitable-for-age-ability-aptitude-sen']))
      .then([
        {
          type: 'ConsultationAnswered',
          data: {
            consultationId: 'k-1',
            settingId: 'oakfield',
            answeredOn: '2025-10-01',
            answer: 'cannot-meet',
            grounds: ['unsuitable-for-age-ability-aptitude-sen'],
            objectionUpheld: true,
          },
        },
        {
          type: 'DeadlineClosedLate',
          data: { deadlineId: 'consultation-answer:k-1', rule: 'consultation-answer', closedOn: '2025-10-01', dueOn: ANSWER_DUE },
        },
      ]);
  });

  it.each([
    [E.ANSWER_BEFORE_CONSULTATION, answer('2025-09-14', 'can-meet')],
    [DATE_IN_THE_FUTURE, answer('2025-10-16', 'can-meet')],
    [E.GROUNDS_REQUIRED, answer(ANSWER_DUE, 'cannot-meet')],
    [E.GROUNDS_WITHOUT_OBJECTION, answer(ANSWER_DUE, 'can-meet', ['incompatible-with-efficient-use-of-resources'])],
    [E.CONSULTATION_NOT_FOUND, cmd('AnswerConsultation', { consultationId: 'k-9', answeredOn: ANSWER_DUE, answer: 'can-meet' })],
    [E.CONSULTATION_OPEN, consult('2025-09-20', 'k-2')],
  ])('refuses with %s', (code, command) => {
    given(placementDecider, consulted).when(command).thenThrows(code);
  });
});

describe('objection upheld', () => {
  it('refuses a second answer', () => {
    given(placementDecider, objected).when(answer(ANSWER_DUE, 'can-meet')).thenThrows(E.ALREADY_ANSWERED);
  });

  it('passes over the objecting setting and allocates the next preference', () => {
    given(placementDecider, objected)
      .when(record('hillside'))
      .then([
        {
          type: 'PlaceAllocated',
          data: {
            settingId: 'hillside',
            name: 'Hillside Primary',
            type: 'mainstream',
            decidedOn: ALLOCATED_ON,
            preferenceRank: 2,
            passedOver: [{ settingId: 'oakfield', why: 'objection-upheld' }],
          },
        },
      ]);
  });

  it('refuses to allocate the objecting setting', () => {
    given(placementDecider, objected).when(record('oakfield')).thenThrows(E.OBJECTION_UPHELD);
  });

  it('may consult the same setting again; a can-meet answer withdraws the objection', () => {
    given(placementDecider, objected)
      .when(consult('2025-10-02', 'k-2'))
      .then([
        {
          type: 'SettingConsulted',
          data: {
            consultationId: 'k-2',
            settingId: 'oakfield',
            name: 'Oakfield Special School',
            sentOn: '2025-10-02',
            deadlineId: 'consultation-answer:k-2',
          },
        },
        started('consultation-answer:k-2', 'consultation-answer', '2025-10-02', '2025-10-17'),
      ]);
  });

  it('has nothing to allocate when every preference objects', () => {
    const onlyOakfield: PlacementEvent[] = [
      { type: 'PreferencesExpressed', data: { ranked: ['oakfield'], expressedOn: EXPRESSED_ON } },
      ...objected.slice(1),
    ];
    given(placementDecider, onlyOakfield).when(record('oakfield')).thenThrows(E.NO_PLACE_AVAILABLE);
  });
});

describe('allocated', () => {
  it('records the same allocation again as nothing new', () => {
    given(placementDecider, allocated).when(record('oakfield')).then([]);
  });

  it('refuses another allocation, new preferences, and a direction', () => {
    given(placementDecider, allocated)
      .when(record('hillside', ALLOCATED_ON, ['oakfield']))
      .thenThrows(E.ALREADY_ALLOCATED);
    given(placementDecider, allocated)
      .when(prefer(['hillside']))
      .thenThrows(E.ALREADY_ALLOCATED);
    given(placementDecider, allocated)
      .when(cmd('DirectAdmission', { settingId: 'oakfield', directedOn: ALLOCATED_ON, reason: 'x', setting: OAKFIELD }))
      .thenThrows(E.ALREADY_ALLOCATED);
  });
});
