import type { DomainEvent } from '@send/kernel';
import type { DeadlineEvent, IsoDate } from '@send/statutory';
import type { NeedCode, Phase, SettingType } from './codes.js';

export type SettingRegistered = DomainEvent<
  'SettingRegistered',
  {
    settingId: string;
    name: string;
    la: string;
    type: SettingType;
    phases: readonly Phase[];
    needs: readonly NeedCode[];
    capacity: number;
    placesTaken: number;
    academyTrust?: string;
    registeredOn: IsoDate;
  }
>;
/** deadlineId is set when the SENCo's 3-year qualification clock started with the appointment. */
export type SencoAppointed = DomainEvent<
  'SencoAppointed',
  { name?: string; appointedOn: IsoDate; qualified: boolean; headSatisfiedOn?: IsoDate; deadlineId?: string }
>;
export type SencoQualified = DomainEvent<'SencoQualified', { qualifiedOn: IsoDate }>;
/** The head records being satisfied that the SENCo is working towards the qualification (green paper). */
export type HeadSatisfactionRecorded = DomainEvent<'HeadSatisfactionRecorded', { satisfiedOn: IsoDate }>;
export type PlaceTaken = DomainEvent<'PlaceTaken', { caseId: string; takenOn: IsoDate; placesTaken: number; capacity: number }>;
export type PlaceReleased = DomainEvent<
  'PlaceReleased',
  { caseId: string; releasedOn: IsoDate; why: string; placesTaken: number; capacity: number }
>;

export type SettingFact =
  SettingRegistered | SencoAppointed | SencoQualified | HeadSatisfactionRecorded | PlaceTaken | PlaceReleased;

/** What a setting stream may hold: its facts and the SENCo qualification clock's deadline events. */
export type SettingEvent = SettingFact | DeadlineEvent;
