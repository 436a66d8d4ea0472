import type { DomainEvent } from '@send/kernel';
import type { DeadlineEvent, IsoDate } from '@send/statutory';
import type { PlanSections, SectionI } from './plan-sections.js';

/** dateOfBirth is optional: a plan opened without it skips the Year 9 finding (docs/domain.md "Section E"). */
export type PlanOpened = DomainEvent<
  'PlanOpened',
  { caseId: string; la: string; requestedOn: IsoDate; decidedOn: IsoDate; dateOfBirth?: IsoDate }
>;
export type DraftPlanIssued = DomainEvent<'DraftPlanIssued', { version: number; issuedOn: IsoDate; sections: PlanSections }>;
export type RepresentationsReceived = DomainEvent<
  'RepresentationsReceived',
  { draftVersion: number; receivedOn: IsoDate; nothingFurther: boolean; requestedSettingId?: string }
>;
export type FinalPlanIssued = DomainEvent<'FinalPlanIssued', { version: number; issuedOn: IsoDate; sections: PlanSections }>;

/** The setting allocated by the placement context, to go in section I of the final plan. */
export type SettingNamed = DomainEvent<'SettingNamed', { setting: SectionI; namedOn: IsoDate; sourceEventId: string }>;

/** What the ehcp decider emits. */
export type EhcpFact = PlanOpened | DraftPlanIssued | RepresentationsReceived | FinalPlanIssued | SettingNamed;

/** What the plan stream may hold, including deadline events the deadline watcher appends. */
export type EhcpEvent = EhcpFact | DeadlineEvent;
