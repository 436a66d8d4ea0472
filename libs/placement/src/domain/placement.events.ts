import type { DomainEvent } from '@send/kernel';
import type { DeadlineEvent, IsoDate } from '@send/statutory';
import type { ConsultationAnswer, NeedCode, ObjectionGround, Phase, SettingType } from './codes.js';

export interface ListedSetting {
  readonly settingId: string;
  readonly name: string;
  readonly type: SettingType;
  readonly la: string;
  readonly reasons: readonly string[];
}

/** The child's year and phase, not their date of birth: the list is evidence, not a copy of the case. */
export type TailoredListProduced = DomainEvent<
  'TailoredListProduced',
  {
    producedOn: IsoDate;
    primaryNeed: NeedCode;
    curriculumYear: number;
    academicYear: string;
    phase?: Phase;
    items: readonly ListedSetting[];
  }
>;
export type PreferencesExpressed = DomainEvent<'PreferencesExpressed', { ranked: readonly string[]; expressedOn: IsoDate }>;
export type SettingConsulted = DomainEvent<
  'SettingConsulted',
  { consultationId: string; settingId: string; name: string; sentOn: IsoDate; deadlineId: string }
>;
/** objectionUpheld: see upheldObjections() for what the system takes an upheld objection to be. */
export type ConsultationAnswered = DomainEvent<
  'ConsultationAnswered',
  {
    consultationId: string;
    settingId: string;
    answeredOn: IsoDate;
    answer: ConsultationAnswer;
    grounds?: readonly ObjectionGround[];
    objectionUpheld: boolean;
  }
>;
export type PassedOver = { readonly settingId: string; readonly why: 'no-place' | 'objection-upheld' };
/** Public shape the ehcp context reads to fill section I: settingId, name, type, decidedOn. */
export type PlaceAllocated = DomainEvent<
  'PlaceAllocated',
  {
    settingId: string;
    name: string;
    type: SettingType;
    decidedOn: IsoDate;
    preferenceRank: number;
    passedOver: readonly PassedOver[];
  }
>;
export type AdmissionDirected = DomainEvent<
  'AdmissionDirected',
  { settingId: string; name: string; type: SettingType; academyTrust: string; directedOn: IsoDate; reason: string }
>;
export type DirectionAppealLodged = DomainEvent<'DirectionAppealLodged', { settingId: string; lodgedOn: IsoDate }>;
/** upheld: the Office of the Schools Adjudicator agreed with the trust and the direction falls. */
export type DirectionAppealDecided = DomainEvent<
  'DirectionAppealDecided',
  { settingId: string; decidedOn: IsoDate; upheld: boolean }
>;

/**
 * A phase transfer is coming (Reg 18; the ehcp context's PhaseTransferStarted): a setting for the new phase
 * is to be found by dueOn, the date by which the amended plan must name it. phase: the phase the child moves
 * into, where the transfer names one. The tailored list is then offered for the child as at transferOn.
 */
export type PhaseTransferRoundOpened = DomainEvent<
  'PhaseTransferRoundOpened',
  { transferId: string; transfer: string; transferOn: IsoDate; dueOn: IsoDate; phase?: Phase; sourceEventId: string }
>;

export type PlacementFact =
  | TailoredListProduced
  | PreferencesExpressed
  | SettingConsulted
  | ConsultationAnswered
  | PlaceAllocated
  | AdmissionDirected
  | DirectionAppealLodged
  | DirectionAppealDecided
  | PhaseTransferRoundOpened;

/** What a case's placement stream may hold: its facts and the consultation clocks' deadline events. */
export type PlacementEvent = PlacementFact | DeadlineEvent;
