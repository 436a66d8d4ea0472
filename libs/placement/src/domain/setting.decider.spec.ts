import { DATE_IN_THE_FUTURE } from '@send/kernel';
import { given } from '@send/testing';
import { PlacementErrors as E } from './placement.errors.js';
import { TODAY, oakfield, settingCommand as cmd, started } from './placement.fixtures.js';
import type { RegisterSetting } from './setting.commands.js';
import type { SettingEvent } from './setting.events.js';
import { settingDecider } from './setting.decider.js';

const register = (overrides: Partial<RegisterSetting['data']> = {}) =>
  cmd('RegisterSetting', {
    settingId: 'oakfield',
    name: ' Oakfield Special School ',
    la: '202',
    type: 'special',
    phases: ['primary', 'secondary', 'primary'],
    needs: ['ASD', 'SLCN'],
    capacity: 2,
    placesTaken: 1,
    academyTrust: 'Oak Learning Trust',
    ...overrides,
  });
const appoint = (appointedOn: string, qualified = false, headSatisfiedOn?: string) =>
  cmd('AppointSenco', { name: 'R. Patel', appointedOn, qualified, ...(headSatisfiedOn ? { headSatisfiedOn } : {}) });
const take = (caseId: string, takenOn = TODAY) => cmd('TakePlace', { caseId, takenOn });
const placeTaken = (caseId: string, placesTaken: number): SettingEvent => ({
  type: 'PlaceTaken',
  data: { caseId, takenOn: TODAY, placesTaken, capacity: 2 },
});

/** Appointed 2024-02-29: the 3-year window (36 months) ends 2027-02-28 (SEND Regs 2014 reg 49). */
const sencoAppointed: SettingEvent[] = [
  {
    type: 'SencoAppointed',
    data: { name: 'R. Patel', appointedOn: '2024-02-29', qualified: false, deadlineId: 'senco-qualification:1' },
  },
  started('senco-qualification:1', 'senco-qualification', '2024-02-29', '2027-02-28'),
];

describe('not registered', () => {
  it('registers a setting, trimming its name and de-duplicating its phases', () => {
    given(settingDecider)
      .when(register())
      .then([
        {
          type: 'SettingRegistered',
          data: {
            settingId: 'oakfield',
            name: 'Oakfield Special School',
            la: '202',
            type: 'special',
            phases: ['primary', 'secondary'],
            needs: ['ASD', 'SLCN'],
            capacity: 2,
            placesTaken: 1,
            academyTrust: 'Oak Learning Trust',
            registeredOn: TODAY,
          },
        },
      ]);
  });

  it.each([
    ['phases', { phases: [] }],
    ['needs', { needs: ['XYZ' as never] }],
    ['capacity', { capacity: -1 }],
    ['placesTaken', { placesTaken: 1.5 }],
    ['name', { name: '  ' }],
  ])('refuses a setting with a bad %s', (field, overrides) => {
    const error = given(settingDecider).when(register(overrides)).thenThrows(E.SETTING_INVALID);
    expect(error.details).toEqual({ field });
  });

  it.each([
    ['AppointSenco', appoint('2024-02-29')],
    ['TakePlace', take('case-1')],
    ['RecordSencoQualified', cmd('RecordSencoQualified', { qualifiedOn: TODAY })],
  ])('refuses %s with SETTING_NOT_FOUND', (_, command) => {
    given(settingDecider).when(command).thenThrows(E.SETTING_NOT_FOUND);
  });
});

describe('registered', () => {
  it('refuses to register it twice', () => {
    given(settingDecider, oakfield).when(register()).thenThrows(E.SETTING_ALREADY_REGISTERED);
  });

  it('starts the 3-year qualification clock for a SENCo appointed on leap day', () => {
    given(settingDecider, oakfield).when(appoint('2024-02-29')).then(sencoAppointed);
  });

  it('starts no clock for a SENCo who already holds the qualification', () => {
    given(settingDecider, oakfield)
      .when(appoint('2025-09-01', true))
      .then([{ type: 'SencoAppointed', data: { name: 'R. Patel', appointedOn: '2025-09-01', qualified: true } }]);
  });

  it('refuses an appointment in the future, or a head satisfied before the appointment', () => {
    given(settingDecider, oakfield).when(appoint('2025-10-16')).thenThrows(DATE_IN_THE_FUTURE);
    given(settingDecider, oakfield)
      .when(appoint('2025-09-01', false, '2025-08-31'))
      .thenThrows(E.SATISFIED_BEFORE_APPOINTMENT);
  });

  it('gives the last place to one case, once', () => {
    given(settingDecider, oakfield)
      .when(take('case-1'))
      .then([placeTaken('case-1', 2)]);
    given(settingDecider, oakfield, placeTaken('case-1', 2)).when(take('case-1')).then([]);
  });

  it('releases a place only a case holds', () => {
    given(settingDecider, oakfield, placeTaken('case-1', 2))
      .when(cmd('ReleasePlace', { caseId: 'case-1', releasedOn: TODAY, why: 'allocation not recorded' }))
      .then([
        {
          type: 'PlaceReleased',
          data: { caseId: 'case-1', releasedOn: TODAY, why: 'allocation not recorded', placesTaken: 1, capacity: 2 },
        },
      ]);
    given(settingDecider, oakfield)
      .when(cmd('ReleasePlace', { caseId: 'case-9', releasedOn: TODAY, why: 'x' }))
      .then([]);
  });
});

describe('full', () => {
  const full = [oakfield, placeTaken('case-1', 2)];

  it('refuses a place to another case with NO_PLACE', () => {
    const error = given(settingDecider, full).when(take('case-2')).thenThrows(E.NO_PLACE);
    expect(error.details).toEqual({ settingId: 'oakfield' });
  });

  it('has a place again once one is released', () => {
    given(settingDecider, full, {
      type: 'PlaceReleased',
      data: { caseId: 'case-1', releasedOn: TODAY, why: 'moved away', placesTaken: 1, capacity: 2 },
    })
      .when(take('case-2'))
      .then([placeTaken('case-2', 2)]);
  });
});

describe('with a SENCo working towards the qualification', () => {
  it('meets the clock when the qualification is gained in time', () => {
    given(settingDecider, oakfield, sencoAppointed)
      .when(cmd('RecordSencoQualified', { qualifiedOn: '2025-07-01' }))
      .then([
        { type: 'SencoQualified', data: { qualifiedOn: '2025-07-01' } },
        { type: 'DeadlineMet', data: { deadlineId: 'senco-qualification:1', rule: 'senco-qualification', metOn: '2025-07-01' } },
      ]);
  });

  it('records the head being satisfied the qualification is under way', () => {
    given(settingDecider, oakfield, sencoAppointed)
      .when(cmd('RecordHeadSatisfied', { satisfiedOn: '2024-03-01' }))
      .then([{ type: 'HeadSatisfactionRecorded', data: { satisfiedOn: '2024-03-01' } }]);
  });

  it('refuses a qualification dated before the appointment', () => {
    given(settingDecider, oakfield, sencoAppointed)
      .when(cmd('RecordSencoQualified', { qualifiedOn: '2024-02-28' }))
      .thenThrows(E.QUALIFIED_BEFORE_APPOINTMENT);
  });

  it("stops the last SENCo's clock when a new SENCo is appointed, and starts the new one's", () => {
    given(settingDecider, oakfield, sencoAppointed)
      .when(appoint('2025-09-01'))
      .then([
        {
          type: 'DeadlineNotApplicable',
          data: { deadlineId: 'senco-qualification:1', rule: 'senco-qualification', on: '2025-09-01', why: 'SENCo replaced' },
        },
        {
          type: 'SencoAppointed',
          data: { name: 'R. Patel', appointedOn: '2025-09-01', qualified: false, deadlineId: 'senco-qualification:2' },
        },
        started('senco-qualification:2', 'senco-qualification', '2025-09-01', '2028-09-01'),
      ]);
  });

  it('refuses a new SENCo dated before the current one', () => {
    given(settingDecider, oakfield, sencoAppointed).when(appoint('2024-01-01')).thenThrows(E.SENCO_BEFORE_PREVIOUS_SENCO);
  });
});

describe('with a qualified SENCo', () => {
  const qualified: SettingEvent[] = [...sencoAppointed, { type: 'SencoQualified', data: { qualifiedOn: '2025-07-01' } }];

  it('refuses to record the qualification twice', () => {
    given(settingDecider, oakfield, qualified)
      .when(cmd('RecordSencoQualified', { qualifiedOn: '2025-08-01' }))
      .thenThrows(E.SENCO_ALREADY_QUALIFIED);
  });
});

describe('with no SENCo', () => {
  it('refuses a qualification or a head satisfaction', () => {
    given(settingDecider, oakfield)
      .when(cmd('RecordSencoQualified', { qualifiedOn: TODAY }))
      .thenThrows(E.NO_SENCO);
    given(settingDecider, oakfield)
      .when(cmd('RecordHeadSatisfied', { satisfiedOn: TODAY }))
      .thenThrows(E.NO_SENCO);
  });
});
