import type { IsoDate } from '@send/statutory';
import { deadlineStarted as started } from '@send/testing';
import type { NeedCode, Phase, SettingType } from './codes.js';
import type { InclusionPlanVersion } from './inclusion-plan.state.js';
import type { PlacementCommand } from './placement.commands.js';
import type { PlacementEvent } from './placement.events.js';
import type { SettingCommand } from './setting.commands.js';
import type { SettingEvent, SettingRegistered } from './setting.events.js';
import { evolveSetting, initialSettingState, type Setting } from './setting.state.js';

/** Worked histories for the placement specs. Today is a Wednesday in the 2025/26 academic year. */
export const TODAY: IsoDate = '2025-10-15';

export const settingCommand = <T extends SettingCommand['type']>(
  type: T,
  data: Extract<SettingCommand, { type: T }>['data'],
  today: IsoDate = TODAY,
) => ({ type, data, today }) as Extract<SettingCommand, { type: T }>;

export const placementCommand = <T extends PlacementCommand['type']>(
  type: T,
  data: Extract<PlacementCommand, { type: T }>['data'],
  today: IsoDate = TODAY,
) => ({ type, data, today }) as Extract<PlacementCommand, { type: T }>;

// The statutory clock events are the same in every context: one set of builders in the test library.
export { started };

interface Profile {
  settingId: string;
  name: string;
  la?: string;
  type?: SettingType;
  phases?: Phase[];
  needs?: NeedCode[];
  capacity?: number;
  placesTaken?: number;
  academyTrust?: string;
}

export function registered(p: Profile, registeredOn: IsoDate = '2025-09-01'): SettingRegistered {
  const { settingId, name, la = '202', type = 'special', phases = ['primary'], needs = ['ASD'], capacity = 10 } = p;
  return {
    type: 'SettingRegistered',
    data: {
      settingId,
      name,
      la,
      type,
      phases,
      needs,
      capacity,
      placesTaken: p.placesTaken ?? 0,
      ...(p.academyTrust ? { academyTrust: p.academyTrust } : {}),
      registeredOn,
    },
  };
}

/** The registry entry a setting's history folds to. */
export function settingOf(...events: SettingEvent[]): Setting {
  const state = events.reduce(evolveSetting, initialSettingState());
  if (state.status === 'none') throw new Error('not registered');
  return state;
}

export const oakfield = registered({
  settingId: 'oakfield',
  name: 'Oakfield Special School',
  phases: ['primary', 'secondary'],
  needs: ['ASD', 'SLCN'],
  capacity: 2,
  placesTaken: 1,
  academyTrust: 'Oak Learning Trust',
});
export const hillside = registered({
  settingId: 'hillside',
  name: 'Hillside Primary',
  type: 'mainstream',
  phases: ['primary'],
  needs: ['ASD', 'MLD', 'SLCN', 'SEMH'],
  capacity: 5,
});

export const plan = (
  la: string,
  version: number,
  publishedOn: IsoDate,
  settingIds: string[],
  partnerLas: string[] = [],
): InclusionPlanVersion => ({ la, version, publishedOn, settingIds, partnerLas });

// The case: preferences for Oakfield then Hillside; Oakfield consulted on 2025-09-15 (due 2025-09-30).
export const EXPRESSED_ON = '2025-09-10';
export const SENT_ON = '2025-09-15';
export const ANSWER_DUE = '2025-09-30';

export const preferred: PlacementEvent[] = [
  { type: 'PreferencesExpressed', data: { ranked: ['oakfield', 'hillside'], expressedOn: EXPRESSED_ON } },
];
export const consulted: PlacementEvent[] = [
  ...preferred,
  {
    type: 'SettingConsulted',
    data: {
      consultationId: 'k-1',
      settingId: 'oakfield',
      name: 'Oakfield Special School',
      sentOn: SENT_ON,
      deadlineId: 'consultation-answer:k-1',
    },
  },
  started('consultation-answer:k-1', 'consultation-answer', SENT_ON, ANSWER_DUE),
];
export const objected: PlacementEvent[] = [
  ...consulted,
  {
    type: 'ConsultationAnswered',
    data: {
      consultationId: 'k-1',
      settingId: 'oakfield',
      answeredOn: '2025-09-29',
      answer: 'cannot-meet',
      grounds: ['incompatible-with-efficient-education-of-others'],
      objectionUpheld: true,
    },
  },
  { type: 'DeadlineMet', data: { deadlineId: 'consultation-answer:k-1', rule: 'consultation-answer', metOn: '2025-09-29' } },
];
export const ALLOCATED_ON = '2025-10-01';
export const allocated: PlacementEvent[] = [
  ...preferred,
  {
    type: 'PlaceAllocated',
    data: {
      settingId: 'oakfield',
      name: 'Oakfield Special School',
      type: 'special',
      decidedOn: ALLOCATED_ON,
      preferenceRank: 1,
      passedOver: [],
    },
  },
];
export const DIRECTED_ON = '2025-10-02';
export const directed: PlacementEvent[] = [
  ...objected,
  {
    type: 'AdmissionDirected',
    data: {
      settingId: 'oakfield',
      name: 'Oakfield Special School',
      type: 'special',
      academyTrust: 'Oak Learning Trust',
      directedOn: DIRECTED_ON,
      reason: 'no other setting can meet the needs',
    },
  },
];
export const appealed: PlacementEvent[] = [
  ...directed,
  { type: 'DirectionAppealLodged', data: { settingId: 'oakfield', lodgedOn: '2025-10-06' } },
];
