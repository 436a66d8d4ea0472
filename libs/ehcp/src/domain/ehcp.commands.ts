import type { IsoDate } from '@send/statutory';
import type { AmendmentCommand, ReviewCommand, StartPhaseTransfer } from './lifecycle.model.js';
import type { PlanSectionsInput, SectionI } from './plan-sections.js';
import type { TransferCommand } from './transfer.model.js';
import type { CeaseCommand } from './cease.js';
import type { ReassessmentCommand } from './reassessment.js';
import type { AttachmentCommand } from './attachments.js';
import type { ImportPlan } from './plan-import.js';

/** Every command carries the date in England on which it is handled: the domain never reads a clock. */
interface Command<T extends string, D> {
  readonly type: T;
  readonly data: D;
  readonly today: IsoDate;
}

/** From the process manager, on PlanIssueDecided 'issue-plan' in the assessment context. */
export type OpenPlan = Command<
  'OpenPlan',
  { caseId: string; la: string; requestedOn: IsoDate; decidedOn: IsoDate; dateOfBirth?: IsoDate }
>;
/** Section E's outcomes get their ids from the decider; section I, if sent, is refused (CFA s.38(5)). */
export type IssueDraftPlan = Command<'IssueDraftPlan', { issuedOn: IsoDate; sections: PlanSectionsInput }>;
export type ReceiveRepresentations = Command<
  'ReceiveRepresentations',
  { receivedOn: IsoDate; nothingFurther?: boolean; requestedSettingId?: string; views?: string }
>;
export type IssueFinalPlan = Command<'IssueFinalPlan', { issuedOn: IsoDate; sectionI?: SectionI }>;

/** From the process manager, on the placement context's PlaceAllocated: the setting for section I. */
export type NameSetting = Command<'NameSetting', { setting: SectionI; namedOn: IsoDate; sourceEventId: string }>;

export type EhcpCommand =
  | OpenPlan
  | IssueDraftPlan
  | ReceiveRepresentations
  | IssueFinalPlan
  | NameSetting
  | ReviewCommand
  | AmendmentCommand
  | StartPhaseTransfer
  | TransferCommand
  | CeaseCommand
  | ReassessmentCommand
  | AttachmentCommand
  | ImportPlan;
