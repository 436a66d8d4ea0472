import type { ExceptionGround, IsoDate } from '@send/statutory';
import type { StandardCitation } from '@send/standards';
import type { RetentionRule } from './retention.js';

/** Every command carries the date in England on which it is handled: the domain never reads a clock. */
interface Command<T extends string, D> {
  readonly type: T;
  readonly data: D;
  readonly today: IsoDate;
}

export type Requester = 'parent' | 'young-person' | 'setting' | 'other';
export type Adviser = 'educational-psychologist' | 'health' | 'social-care' | 'setting' | 'other';
export type AssessDecision = 'assess' | 'refuse';
export type PlanOutcome = 'issue-plan' | 'no-plan';

export interface Child {
  readonly givenName: string;
  readonly familyName: string;
  readonly dateOfBirth: IsoDate;
}

export type RequestAssessment = Command<
  'RequestAssessment',
  { caseId: string; la: string; child: Child; requestedBy: Requester; receivedOn: IsoDate }
>;
/** A statutory multi-agency panel's recommendation on whether to assess (green paper), heard before deciding. */
export interface PanelRecommendation {
  readonly recommendation: AssessDecision;
  readonly meetingOn: IsoDate;
}

export type DecideWhetherToAssess = Command<
  'DecideWhetherToAssess',
  {
    decision: AssessDecision;
    decidedOn: IsoDate;
    reason: string;
    panel?: PanelRecommendation;
    /** The national standard relied on, as in force on decidedOn (the handler resolves it from the catalogue). */
    standard?: StandardCitation;
  }
>;
export type RequestAdvice = Command<'RequestAdvice', { adviceId: string; adviser: Adviser; requestedOn: IsoDate }>;
export type ReceiveAdvice = Command<'ReceiveAdvice', { adviceId: string; receivedOn: IsoDate }>;
export type RecordTimescaleException = Command<
  'RecordTimescaleException',
  {
    exceptionId: string;
    ground: ExceptionGround;
    from: IsoDate;
    /** For closures: the day the setting reopens; for absence: the day the family returned. May be future. */
    to?: IsoDate;
    evidence: string;
    familyNotified: boolean;
  }
>;
export type DecidePlanIssue = Command<
  'DecidePlanIssue',
  { outcome: PlanOutcome; decidedOn: IsoDate; reason: string; standard?: StandardCitation }
>;
/** Sent by the process manager when the ehcp context has issued the final plan. */
export type NoteFinalPlanIssued = Command<'NoteFinalPlanIssued', { issuedOn: IsoDate }>;

/**
 * Sent by the process manager when the tribunal, allowing an appeal against a refusal to assess, ordered
 * the LA to assess; the LA must then notify within 2 weeks that it will (Reg 44(2)(b)).
 */
export type NoteTribunalOrderToAssess = Command<'NoteTribunalOrderToAssess', { orderId: string; madeOn: IsoDate }>;

/**
 * Why a child's personal data is erased (docs/domain.md "Erasure and retention"): the end of the retention period
 * the LA keeps SEND records for, or another ground in law (UK GDPR Art. 17, a court's order).
 */
export type ErasureGround = 'retention-period-ended' | 'right-to-erasure' | 'court-order';
/** What erasure could destroy: the case's data key, or (events from before encryption at rest) only the read models. */
export type ErasureScope = 'key-destroyed' | 'read-models-only';
/** For the ground retention-period-ended, the rule in force (libs/assessment/data), which the decider checks. */
export type ErasePersonalData = Command<
  'ErasePersonalData',
  { ground: ErasureGround; source: string; erasedOn: IsoDate; scope: ErasureScope; retention?: RetentionRule }
>;

export type AssessmentCommand =
  | RequestAssessment
  | DecideWhetherToAssess
  | RequestAdvice
  | ReceiveAdvice
  | RecordTimescaleException
  | DecidePlanIssue
  | NoteFinalPlanIssued
  | NoteTribunalOrderToAssess
  | ErasePersonalData;
