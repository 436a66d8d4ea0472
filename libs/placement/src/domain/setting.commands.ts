import type { IsoDate } from '@send/statutory';
import type { NeedCode, Phase, SettingType } from './codes.js';

/** Every command carries the date in England on which it is handled: the domain never reads a clock. */
interface Command<T extends string, D> {
  readonly type: T;
  readonly data: D;
  readonly today: IsoDate;
}

/** What the registry knows of a setting, as a caseworker registers it (docs/api.md POST /settings). */
export interface SettingProfile {
  readonly name: string;
  readonly la: string;
  readonly type: SettingType;
  readonly phases: readonly Phase[];
  /** The SEN2 primary needs it is set up to meet. */
  readonly needs: readonly NeedCode[];
  /** Places for children with EHC plans. */
  readonly capacity: number;
  /** Places already taken when the setting was registered (children placed before this record began). */
  readonly placesTaken?: number;
  /** Set for an academy: only then may the LA direct it to admit (the backstop). */
  readonly academyTrust?: string;
}

export type RegisterSetting = Command<'RegisterSetting', SettingProfile & { settingId: string }>;
export type AppointSenco = Command<
  'AppointSenco',
  { name?: string; appointedOn: IsoDate; qualified: boolean; headSatisfiedOn?: IsoDate }
>;
export type RecordSencoQualified = Command<'RecordSencoQualified', { qualifiedOn: IsoDate }>;
export type RecordHeadSatisfied = Command<'RecordHeadSatisfied', { satisfiedOn: IsoDate }>;
/** Step 1 of an allocation: the place is taken on the setting's own stream, so two children never share it. */
export type TakePlace = Command<'TakePlace', { caseId: string; takenOn: IsoDate }>;
/** Compensation when step 2 of an allocation fails after step 1 took the place. */
export type ReleasePlace = Command<'ReleasePlace', { caseId: string; releasedOn: IsoDate; why: string }>;

export type SettingCommand =
  RegisterSetting | AppointSenco | RecordSencoQualified | RecordHeadSatisfied | TakePlace | ReleasePlace;
