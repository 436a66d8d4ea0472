import { assertNever } from '@send/kernel';
import { foldDeadline, type DeadlineBook, type IsoDate } from '@send/statutory';
import type { NeedCode, Phase, SettingType } from './codes.js';
import type { SettingEvent, SettingRegistered } from './setting.events.js';

export interface Senco {
  readonly name?: string;
  readonly appointedOn: IsoDate;
  readonly qualified: boolean;
  readonly qualifiedOn?: IsoDate;
  readonly headSatisfiedOn?: IsoDate;
  readonly deadlineId?: string;
}

/** Plain data, so that replay and the registry listing can show it as JSON. */
export interface Setting {
  readonly settingId: string;
  readonly name: string;
  readonly la: string;
  readonly type: SettingType;
  readonly phases: readonly Phase[];
  readonly needs: readonly NeedCode[];
  readonly capacity: number;
  readonly academyTrust?: string;
  readonly registeredOn: IsoDate;
  /** Places taken before the record began, then one per case holding a place. */
  readonly placesTakenAtRegistration: number;
  readonly placeHolders: readonly string[];
  readonly senco?: Senco;
  readonly sencoAppointments: number;
  readonly deadlines: DeadlineBook;
}

export type SettingState = { readonly status: 'none' } | (Setting & { readonly status: 'registered' });
export type RegisteredSetting = Extract<SettingState, { status: 'registered' }>;

export const initialSettingState = (): SettingState => ({ status: 'none' });

export const placesTaken = (s: Setting): number => s.placesTakenAtRegistration + s.placeHolders.length;
export const placesFree = (s: Setting): number => Math.max(0, s.capacity - placesTaken(s));
export const hasPlace = (s: Setting): boolean => placesTaken(s) < s.capacity;

export function evolveSetting(state: SettingState, event: SettingEvent): SettingState {
  if (event.type === 'SettingRegistered') return registered(event.data);
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'SencoAppointed': {
      const { name, appointedOn, qualified, headSatisfiedOn, deadlineId } = event.data;
      const senco: Senco = { name, appointedOn, qualified, headSatisfiedOn, deadlineId };
      return { ...state, senco: withoutUndefined(senco), sencoAppointments: state.sencoAppointments + 1 };
    }
    case 'SencoQualified':
      return state.senco ? { ...state, senco: { ...state.senco, qualified: true, qualifiedOn: event.data.qualifiedOn } } : state;
    case 'HeadSatisfactionRecorded':
      return state.senco ? { ...state, senco: { ...state.senco, headSatisfiedOn: event.data.satisfiedOn } } : state;
    case 'PlaceTaken':
      return state.placeHolders.includes(event.data.caseId)
        ? state
        : { ...state, placeHolders: [...state.placeHolders, event.data.caseId] };
    case 'PlaceReleased':
      return { ...state, placeHolders: state.placeHolders.filter((c) => c !== event.data.caseId) };
    case 'DeadlineStarted':
    case 'DeadlineMet':
    case 'DeadlineClosedLate':
    case 'DeadlineBreached':
    case 'DeadlineExcepted':
    case 'DeadlineNotApplicable':
      return { ...state, deadlines: foldDeadline(state.deadlines, event) };
    default:
      return assertNever(event, 'setting event');
  }
}

function registered(data: SettingRegistered['data']): SettingState {
  const { settingId, name, la, type, phases, needs, capacity, placesTaken, academyTrust, registeredOn } = data;
  return {
    status: 'registered',
    settingId,
    name,
    la,
    type,
    phases: [...phases],
    needs: [...needs],
    capacity,
    ...(academyTrust === undefined ? {} : { academyTrust }),
    registeredOn,
    placesTakenAtRegistration: placesTaken,
    placeHolders: [],
    sencoAppointments: 0,
    deadlines: {},
  };
}

function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
