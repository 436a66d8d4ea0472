import type { DomainEvent } from '@send/kernel';
import type { ComplianceStep, DeadlineEvent, IsoDate, TribunalOrder } from '@send/statutory';
import type { MediationPolicy, OrderStep, PanelVerdict } from './mediation.commands.js';
import type { AppealableDecision, Issue } from './issues.js';

/**
 * The family's right to appeal a decision, counted from the decision letter (HESC Rules r.20(1)).
 * sourceEventId: the other context's event that recorded the decision; absent when a caseworker's
 * dispute was the first this context heard of it.
 */
export type AppealRightsOpened = DomainEvent<
  'AppealRightsOpened',
  {
    rightsId: string;
    decision: AppealableDecision;
    decisionLetterOn: IsoDate;
    windowEndsOn: IsoDate;
    deadlineId: string;
    sourceEventId?: string;
    disputeId?: string;
  }
>;
/** The decision event arrived after a dispute had already opened the same rights: no second window. */
export type AppealRightsLinked = DomainEvent<'AppealRightsLinked', { rightsId: string; sourceEventId: string }>;
export type DisagreementRaised = DomainEvent<
  'DisagreementRaised',
  {
    disputeId: string;
    about: readonly Issue[];
    decision?: AppealableDecision;
    rightsId?: string;
    decisionLetterOn: IsoDate;
    raisedOn: IsoDate;
  }
>;

type Step<T extends string> = DomainEvent<T, { disputeId: string; on: IsoDate; notes?: string }>;
export type MediationAdviserContacted = Step<'MediationAdviserContacted'>;
export type MediationDeclined = Step<'MediationDeclined'>;
export type MediationRequested = Step<'MediationRequested'>;
export type MediationHeld = Step<'MediationHeld'>;
/**
 * Reg 42(1): the written mediation agreement. order: on appealable issues, the tribunal order it amounts
 * to (Reg 42(2)), with its compliance steps, each a clock `order-compliance:<agreementId>:<step>` met by the
 * acts that meet the order. Without order, one 2-week `agreement-compliance` clock (Reg 42(3)).
 * agreedDueOn: another date the parties agreed in writing (Reg 42(5)). Streams written before hold only
 * `{ disputeId, on, notes? }`: one 2-week clock.
 */
export type MediationAgreementReached = DomainEvent<
  'MediationAgreementReached',
  {
    disputeId: string;
    on: IsoDate;
    notes?: string;
    agreementId?: string;
    order?: TribunalOrder;
    steps?: readonly ComplianceStep[];
    agreedDueOn?: IsoDate;
  }
>;
/** What a mediation agreement on non-appealable issues required was done (Reg 42(3)). */
export type AgreementCompleted = DomainEvent<'AgreementCompleted', { disputeId: string; doneOn: IsoDate; notes?: string }>;
/**
 * The LA did not arrange mediation within Reg 37's 30 days: it told the mediation adviser so (`by: 'la'`),
 * or the 30 days ran out (`by: 'breach'`, from the deadline watcher's record). The family is still owed its
 * certificate (s.55(5)), due by certificateDueOn; the appeal window moves as if it came that day
 * (appealWindow, HESC Rules r.20(1)(b)). docs/domain.md "When the LA does not arrange mediation".
 */
export type MediationNotArranged = DomainEvent<
  'MediationNotArranged',
  {
    disputeId: string;
    on: IsoDate;
    notes?: string;
    by: 'la' | 'breach';
    certificateDueOn: IsoDate;
    sourceEventId?: string;
    rightsId?: string;
    appealWindow?: { deadlineId: string; endsOn: IsoDate };
  }
>;

/**
 * A mediation certificate (CFA 2014 s.55(4)–(5)). When it gives the family longer than the decision
 * letter did, the appeal window moves: the old clock stops applying and a new one starts, and
 * appealWindow names the new clock (HESC Rules r.20(1)(b)).
 */
export type CertificateIssued = DomainEvent<
  'CertificateIssued',
  {
    disputeId: string;
    issuedOn: IsoDate;
    rightsId?: string;
    appealWindow?: { deadlineId: string; endsOn: IsoDate };
  }
>;
export type AppealRegistered = DomainEvent<
  'AppealRegistered',
  {
    disputeId: string;
    registeredOn: IsoDate;
    windowEndsOn: IsoDate;
    inTime: boolean;
    /** The tribunal extended time (HESC Rules r.5(3)(a)); needed only when not in time. */
    extensionGranted: boolean;
    policy: MediationPolicy;
  }
>;
export type TribunalOrderMade = DomainEvent<
  'TribunalOrderMade',
  { disputeId: string; orderId: string; order: TribunalOrder; madeOn: IsoDate; steps: readonly ComplianceStep[] }
>;
/**
 * The act in another context that complied with one step of an order, by the event that recorded it.
 * of: 'agreement' when orderId names a mediation agreement that counts as an order (Reg 42(2)).
 */
export type OrderComplied = DomainEvent<
  'OrderComplied',
  { orderId: string; disputeId: string; step: OrderStep; compliedOn: IsoDate; sourceEventId: string; of?: 'agreement' }
>;
/**
 * Retired: a multi-agency panel's recommendation is recorded with the decision it informs, the decision
 * whether to assess (the assessment context's `panel`). This context no longer records it, but streams
 * written before hold it, and a read of history must never fail: the fold still reads it.
 */
export type PanelRecommendationRecorded = DomainEvent<
  'PanelRecommendationRecorded',
  { recommendationId: string; recommendation: PanelVerdict; meetingOn: IsoDate; notes?: string }
>;

export type MediationFact =
  | AppealRightsOpened
  | AppealRightsLinked
  | DisagreementRaised
  | MediationAdviserContacted
  | MediationDeclined
  | MediationRequested
  | MediationHeld
  | MediationAgreementReached
  | AgreementCompleted
  | MediationNotArranged
  | CertificateIssued
  | AppealRegistered
  | TribunalOrderMade
  | OrderComplied;

/** What the mediation context records: its facts and the deadline events of its clocks. */
export type MediationEvent = MediationFact | DeadlineEvent;

/** What a mediation stream may hold: what the context records, and events it recorded once and no longer does. */
export type StoredMediationEvent = MediationEvent | PanelRecommendationRecorded;
