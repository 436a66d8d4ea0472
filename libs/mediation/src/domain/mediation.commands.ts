import type { IsoDate, MediationPolicy, TribunalOrder } from '@send/statutory';
import type { AppealableDecision, Issue } from './issues.js';

/** Every command carries the date in England on which it is handled: the domain never reads a clock. */
interface Command<T extends string, D> {
  readonly type: T;
  readonly data: D;
  readonly today: IsoDate;
}

/** The deployment's choice of what an appeal needs (libs/statutory/src/mediation-policy.ts). */
export { MEDIATION_POLICIES, type MediationPolicy } from '@send/statutory';

/** not-arranged: the LA told the mediation adviser it cannot arrange mediation within Reg 37's 30 days. */
export type MediationStep = 'adviser-contacted' | 'declined' | 'requested' | 'held' | 'agreement' | 'not-arranged';
export const MEDIATION_STEPS: readonly MediationStep[] = [
  'adviser-contacted',
  'declined',
  'requested',
  'held',
  'agreement',
  'not-arranged',
];

/** The acts in other contexts that comply with a tribunal order (Reg 44(2)); named as statutory's steps. */
export type OrderStep =
  'notify-assessment' | 'decision-not-to-issue' | 'final-plan' | 'draft-plan' | 'amended-plan' | 'cease-plan';

export const TRIBUNAL_ORDERS: readonly TribunalOrder[] = [
  'assess',
  'make-plan',
  'amend-provision',
  'amend-setting',
  'cease-dismissed',
];

/** A panel's view as the retired PanelRecommendationRecorded event stored it (mediation.events.ts). */
export type PanelVerdict = 'assess' | 'refuse';

/** From the appeal-rights process manager: another context recorded an appealable decision. */
export type OpenAppealRights = Command<
  'OpenAppealRights',
  { rightsId: string; decision: AppealableDecision; decisionLetterOn: IsoDate; sourceEventId: string }
>;
/** rightsId is used only if no appeal rights are yet recorded for the decision letter. */
export type RaiseDispute = Command<
  'RaiseDispute',
  { disputeId: string; rightsId: string; about: readonly Issue[]; decisionLetterOn: IsoDate; raisedOn: IsoDate }
>;
/**
 * With step agreement: order, the tribunal order an agreement on appealable issues amounts to (Reg 42(2));
 * agreedDueOn, another date agreed in writing (Reg 42(5)); agreementId names its order clocks.
 */
export type RecordMediationStep = Command<
  'RecordMediationStep',
  {
    disputeId: string;
    step: MediationStep;
    on: IsoDate;
    notes?: string;
    agreementId?: string;
    order?: TribunalOrder;
    agreedDueOn?: IsoDate;
  }
>;
/** The caseworker records that what a non-appealable agreement required was done (Reg 42(3)). */
export type RecordAgreementDone = Command<'RecordAgreementDone', { disputeId: string; doneOn: IsoDate; notes?: string }>;
/** From the late-mediation process manager: the 30 days of Reg 37 ran out with no mediation held. */
export type RecordMediationNotArranged = Command<
  'RecordMediationNotArranged',
  { disputeId: string; on: IsoDate; sourceEventId: string }
>;
export type RecordCertificate = Command<'RecordCertificate', { disputeId: string; issuedOn: IsoDate }>;
export type RegisterAppeal = Command<
  'RegisterAppeal',
  { disputeId: string; registeredOn: IsoDate; extensionGranted: boolean; policy: MediationPolicy }
>;
export type RecordTribunalOrder = Command<
  'RecordTribunalOrder',
  { disputeId: string; orderId: string; order: TribunalOrder; madeOn: IsoDate }
>;
/** From the order-compliance process manager only: no caseworker ticks a step as done. */
export type RecordOrderStepDone = Command<'RecordOrderStepDone', { step: OrderStep; doneOn: IsoDate; sourceEventId: string }>;
/** From the order-compliance process manager: the act that makes a step moot happened (Reg 44(2)(b)). */
export type RecordOrderStepNotNeeded = Command<
  'RecordOrderStepNotNeeded',
  { step: OrderStep; on: IsoDate; sourceEventId: string; why: string }
>;

export type MediationCommand =
  | OpenAppealRights
  | RaiseDispute
  | RecordMediationStep
  | RecordAgreementDone
  | RecordMediationNotArranged
  | RecordCertificate
  | RegisterAppeal
  | RecordTribunalOrder
  | RecordOrderStepDone
  | RecordOrderStepNotNeeded;
