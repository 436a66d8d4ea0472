import type { DomainEvent } from '@send/kernel';
import type { DeadlineEvent, IsoDate } from '@send/statutory';
import type { AmendmentEvent, PhaseTransferEvent, ReviewEvent } from './lifecycle.model.js';
import type { PlanSections, SectionI } from './plan-sections.js';
import type { TransferEvent } from './transfer.model.js';
import type { CeaseEvent } from './cease.js';
import type { ReassessmentEvent } from './reassessment.js';
import type { AttachmentEvent } from './attachments.js';
import type { PlanImported } from './plan-import.js';

/** dateOfBirth is optional: a plan opened without it skips the Year 9 finding (docs/domain.md "Section E"). */
export type PlanOpened = DomainEvent<
  'PlanOpened',
  { caseId: string; la: string; requestedOn: IsoDate; decidedOn: IsoDate; dateOfBirth?: IsoDate }
>;
export type DraftPlanIssued = DomainEvent<'DraftPlanIssued', { version: number; issuedOn: IsoDate; sections: PlanSections }>;
export type RepresentationsReceived = DomainEvent<
  'RepresentationsReceived',
  // On an amendment notice (Reg 22(2)) noticeId names it, and draftVersion is the version it proposes to amend.
  {
    draftVersion: number;
    receivedOn: IsoDate;
    nothingFurther: boolean;
    requestedSettingId?: string;
    noticeId?: string;
    /** The family's views in their own words (Reg 13(1)(a)); personal data, encrypted at rest. */
    views?: string;
  }
>;
export type FinalPlanIssued = DomainEvent<'FinalPlanIssued', { version: number; issuedOn: IsoDate; sections: PlanSections }>;

/** The setting allocated by the placement context, to go in section I of the final plan. */
export type SettingNamed = DomainEvent<'SettingNamed', { setting: SectionI; namedOn: IsoDate; sourceEventId: string }>;

export type { AmendedPlanIssued } from './lifecycle.model.js';

/** What the ehcp decider emits. */
export type EhcpFact =
  | PlanOpened
  | DraftPlanIssued
  | RepresentationsReceived
  | FinalPlanIssued
  | SettingNamed
  | TransferEvent
  | ReviewEvent
  | AmendmentEvent
  | PhaseTransferEvent
  | CeaseEvent
  | ReassessmentEvent
  | AttachmentEvent
  | PlanImported;

/** What the plan stream may hold, including deadline events the deadline watcher appends. */
export type EhcpEvent = EhcpFact | DeadlineEvent;
