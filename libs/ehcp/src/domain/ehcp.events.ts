import type { DomainEvent } from '@send/kernel';
import type { DeadlineEvent, IsoDate } from '@send/statutory';
import type { PlanSections, SectionI } from './plan-sections.js';
import type { CeaseEvent } from './cease.js';
import type { ReassessmentEvent } from './reassessment.js';

export type PlanOpened = DomainEvent<'PlanOpened', { caseId: string; la: string; requestedOn: IsoDate; decidedOn: IsoDate }>;
export type DraftPlanIssued = DomainEvent<'DraftPlanIssued', { version: number; issuedOn: IsoDate; sections: PlanSections }>;
export type RepresentationsReceived = DomainEvent<
  'RepresentationsReceived',
  { draftVersion: number; receivedOn: IsoDate; nothingFurther: boolean; requestedSettingId?: string }
>;
export type FinalPlanIssued = DomainEvent<'FinalPlanIssued', { version: number; issuedOn: IsoDate; sections: PlanSections }>;

/** The setting allocated by the placement context, to go in section I of the final plan. */
export type SettingNamed = DomainEvent<'SettingNamed', { setting: SectionI; namedOn: IsoDate; sourceEventId: string }>;

/** What the ehcp decider emits. */
export type EhcpFact =
  PlanOpened | DraftPlanIssued | RepresentationsReceived | FinalPlanIssued | SettingNamed | CeaseEvent | ReassessmentEvent;

/** What the plan stream may hold, including deadline events the deadline watcher appends. */
export type EhcpEvent = EhcpFact | DeadlineEvent;
