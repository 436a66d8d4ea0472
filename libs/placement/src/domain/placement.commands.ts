import type { IsoDate } from '@send/statutory';
import type { ConsultationAnswer, NeedCode, ObjectionGround, SettingType } from './codes.js';
import type { ChildStage, TailoredListItem } from './tailored-list.js';

/** Every command carries the date in England on which it is handled: the domain never reads a clock. */
interface Command<T extends string, D> {
  readonly type: T;
  readonly data: D;
  readonly today: IsoDate;
}

/** A look-up the handler makes in the settings registry; undefined when the setting is not registered. */
export interface SettingRef {
  readonly name: string;
  readonly type: SettingType;
  readonly academyTrust?: string;
}

/** The list is computed by the pure tailoredList() from the registry and the plans, then recorded as given. */
export type ProduceTailoredList = Command<
  'ProduceTailoredList',
  { producedOn: IsoDate; primaryNeed: NeedCode; stage: ChildStage; items: readonly TailoredListItem[] }
>;
export type ExpressPreferences = Command<
  'ExpressPreferences',
  { ranked: readonly string[]; expressedOn: IsoDate; registeredSettingIds: readonly string[] }
>;
export type ConsultSetting = Command<
  'ConsultSetting',
  { consultationId: string; settingId: string; sentOn: IsoDate; setting: SettingRef | undefined }
>;
export type AnswerConsultation = Command<
  'AnswerConsultation',
  { consultationId: string; answeredOn: IsoDate; answer: ConsultationAnswer; grounds?: readonly ObjectionGround[] }
>;
/**
 * Step 2 of an allocation, after the setting's stream gave the place. `fullSettingIds` are the higher
 * preferences the handler found with no place, so the decider can check the preference order was kept.
 */
export type RecordAllocation = Command<
  'RecordAllocation',
  { settingId: string; name: string; type: SettingType; decidedOn: IsoDate; fullSettingIds: readonly string[] }
>;
export type DirectAdmission = Command<
  'DirectAdmission',
  { settingId: string; directedOn: IsoDate; reason: string; setting: SettingRef | undefined }
>;
export type LodgeDirectionAppeal = Command<'LodgeDirectionAppeal', { lodgedOn: IsoDate }>;
export type DecideDirectionAppeal = Command<'DecideDirectionAppeal', { decidedOn: IsoDate; upheld: boolean }>;

/** From the phase-transfer process manager only: idempotent per source event and per transfer. */
export type OpenPhaseTransferRound = Command<
  'OpenPhaseTransferRound',
  { transferId: string; transfer: string; transferOn: IsoDate; dueOn: IsoDate; sourceEventId: string }
>;

export type PlacementCommand =
  | ProduceTailoredList
  | ExpressPreferences
  | ConsultSetting
  | AnswerConsultation
  | RecordAllocation
  | DirectAdmission
  | LodgeDirectionAppeal
  | DecideDirectionAppeal
  | OpenPhaseTransferRound;
