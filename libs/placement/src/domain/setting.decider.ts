import { assertNever, type Decider } from '@send/kernel';
import { closeDeadline, notBefore, notInFuture, retireDeadline, startDeadline } from '@send/statutory';
import { NEED_CODES, PHASES, SETTING_TYPES } from './codes.js';
import { notFound, PlacementErrors as E, refuse } from './placement.errors.js';
import type {
  AppointSenco,
  RecordHeadSatisfied,
  RecordSencoQualified,
  RegisterSetting,
  ReleasePlace,
  SettingCommand,
  TakePlace,
} from './setting.commands.js';
import type { SettingEvent } from './setting.events.js';
import {
  evolveSetting,
  hasPlace,
  initialSettingState,
  placesTaken,
  type RegisteredSetting,
  type SettingState,
} from './setting.state.js';

type Events = SettingEvent[];

function registerSetting({ data, today }: RegisterSetting, state: SettingState): Events {
  if (state.status !== 'none') refuse(E.SETTING_ALREADY_REGISTERED, `setting ${data.settingId} is already registered`);
  checkProfile(data);
  const { settingId, name, la, type, phases, needs, capacity, academyTrust } = data;
  return [
    {
      type: 'SettingRegistered',
      data: {
        settingId,
        name: name.trim(),
        la,
        type,
        phases: [...new Set(phases)],
        needs: [...new Set(needs)],
        capacity,
        placesTaken: data.placesTaken ?? 0,
        ...(academyTrust?.trim() ? { academyTrust: academyTrust.trim() } : {}),
        registeredOn: today,
      },
    },
  ];
}

function checkProfile(data: RegisterSetting['data']): void {
  const bad = (field: string, message: string) => refuse(E.SETTING_INVALID, message, { field });
  if (!data.name?.trim()) bad('name', 'a setting needs a name');
  if (!SETTING_TYPES.includes(data.type)) bad('type', `unknown setting type ${data.type}`);
  if (!data.phases?.length || !data.phases.every((p) => PHASES.includes(p))) bad('phases', 'name at least one known phase');
  if (!data.needs?.length || !data.needs.every((n) => NEED_CODES.includes(n))) bad('needs', 'name at least one SEN2 need');
  if (!Number.isInteger(data.capacity) || data.capacity < 0) bad('capacity', 'capacity is a whole number of places');
  const taken = data.placesTaken ?? 0;
  if (!Number.isInteger(taken) || taken < 0) bad('placesTaken', 'places taken is a whole number');
}

function registeredSetting(state: SettingState): RegisteredSetting {
  if (state.status === 'none') notFound(E.SETTING_NOT_FOUND, 'no such setting is registered');
  return state;
}

/**
 * A SENCo new to the role must gain the SENCo qualification within 3 years of appointment (SEND
 * Regulations 2014 reg 49; rule `senco-qualification`). A new appointment replaces the last SENCo, whose
 * clock then stops applying.
 */
function appointSenco({ data, today }: AppointSenco, state: SettingState): Events {
  const setting = registeredSetting(state);
  notInFuture(today, { appointedOn: data.appointedOn, headSatisfiedOn: data.headSatisfiedOn });
  const previous = setting.senco;
  notBefore(E.SENCO_BEFORE_PREVIOUS_SENCO, 'appointedOn', data.appointedOn, {
    'current SENCo was appointed': previous?.appointedOn,
  });
  if (data.headSatisfiedOn !== undefined) {
    notBefore(E.SATISFIED_BEFORE_APPOINTMENT, 'headSatisfiedOn', data.headSatisfiedOn, {
      'SENCo was appointed': data.appointedOn,
    });
  }
  const replaced = previous?.deadlineId
    ? retireDeadline(setting.deadlines, previous.deadlineId, data.appointedOn, 'SENCo replaced')
    : [];
  const deadlineId = data.qualified ? undefined : `senco-qualification:${setting.sencoAppointments + 1}`;
  const { name, appointedOn, qualified, headSatisfiedOn } = data;
  return [
    ...replaced,
    {
      type: 'SencoAppointed',
      data: {
        ...(name?.trim() ? { name: name.trim() } : {}),
        appointedOn,
        qualified,
        ...(headSatisfiedOn === undefined ? {} : { headSatisfiedOn }),
        ...(deadlineId === undefined ? {} : { deadlineId }),
      },
    },
    ...(deadlineId === undefined ? [] : [startDeadline(deadlineId, 'senco-qualification', appointedOn)]),
  ];
}

function currentSenco(setting: RegisteredSetting) {
  if (setting.senco === undefined) refuse(E.NO_SENCO, `${setting.name} has no SENCo on record`);
  if (setting.senco.qualified) refuse(E.SENCO_ALREADY_QUALIFIED, 'the SENCo already holds the qualification');
  return setting.senco;
}

function recordSencoQualified({ data, today }: RecordSencoQualified, state: SettingState): Events {
  const setting = registeredSetting(state);
  const senco = currentSenco(setting);
  notInFuture(today, { qualifiedOn: data.qualifiedOn });
  notBefore(E.QUALIFIED_BEFORE_APPOINTMENT, 'qualifiedOn', data.qualifiedOn, {
    'SENCo was appointed': senco.appointedOn,
  });
  const closed = senco.deadlineId ? closeDeadline(setting.deadlines, senco.deadlineId, data.qualifiedOn) : [];
  return [{ type: 'SencoQualified', data: { qualifiedOn: data.qualifiedOn } }, ...closed];
}

/** The head's record that the qualification is under way (docs/domain.md "SENCo qualification"). */
function recordHeadSatisfied({ data, today }: RecordHeadSatisfied, state: SettingState): Events {
  const setting = registeredSetting(state);
  const senco = currentSenco(setting);
  notInFuture(today, { satisfiedOn: data.satisfiedOn });
  notBefore(E.SATISFIED_BEFORE_APPOINTMENT, 'satisfiedOn', data.satisfiedOn, {
    'SENCo was appointed': senco.appointedOn,
  });
  return [{ type: 'HeadSatisfactionRecorded', data: { satisfiedOn: data.satisfiedOn } }];
}

/**
 * The one place where "is there a place?" is answered. It runs on the setting's stream with its expected
 * revision, so of two allocations racing for the last place the second append fails, is retried against
 * the new state, and is refused here. Idempotent per case: a case that holds a place keeps it.
 */
function takePlace({ data, today }: TakePlace, state: SettingState): Events {
  const setting = registeredSetting(state);
  if (setting.placeHolders.includes(data.caseId)) return [];
  notInFuture(today, { takenOn: data.takenOn });
  if (!hasPlace(setting)) {
    refuse(E.NO_PLACE, `${setting.name} has no place: ${placesTaken(setting)} of ${setting.capacity} taken`, {
      settingId: setting.settingId,
    });
  }
  const { caseId, takenOn } = data;
  return [{ type: 'PlaceTaken', data: { caseId, takenOn, placesTaken: placesTaken(setting) + 1, capacity: setting.capacity } }];
}

function releasePlace({ data, today }: ReleasePlace, state: SettingState): Events {
  const setting = registeredSetting(state);
  if (!setting.placeHolders.includes(data.caseId)) return [];
  notInFuture(today, { releasedOn: data.releasedOn });
  const { caseId, releasedOn, why } = data;
  const taken = placesTaken(setting) - 1;
  return [{ type: 'PlaceReleased', data: { caseId, releasedOn, why, placesTaken: taken, capacity: setting.capacity } }];
}

export function decideSetting(command: SettingCommand, state: SettingState): readonly SettingEvent[] {
  switch (command.type) {
    case 'RegisterSetting':
      return registerSetting(command, state);
    case 'AppointSenco':
      return appointSenco(command, state);
    case 'RecordSencoQualified':
      return recordSencoQualified(command, state);
    case 'RecordHeadSatisfied':
      return recordHeadSatisfied(command, state);
    case 'TakePlace':
      return takePlace(command, state);
    case 'ReleasePlace':
      return releasePlace(command, state);
    default:
      return assertNever(command, 'setting command');
  }
}

export const settingDecider: Decider<SettingCommand, SettingEvent, SettingState> = {
  initialState: initialSettingState,
  evolve: evolveSetting,
  decide: decideSetting,
};
