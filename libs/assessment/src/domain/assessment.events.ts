import type { DomainEvent } from '@send/kernel';
import type { DeadlineEvent, ExceptionGround, IsoDate } from '@send/statutory';
import type { StandardCitation } from '@send/standards';
import type {
  AssessDecision,
  Adviser,
  Child,
  ErasureGround,
  ErasureScope,
  PanelRecommendation,
  PlanOutcome,
  Requester,
} from './assessment.commands.js';

export type AssessmentRequested = DomainEvent<
  'AssessmentRequested',
  { caseId: string; la: string; child: Child; requestedBy: Requester; receivedOn: IsoDate }
>;
export type AssessmentDecided = DomainEvent<
  'AssessmentDecided',
  { decision: AssessDecision; decidedOn: IsoDate; reason: string; panel?: PanelRecommendation; standard?: StandardCitation }
>;
export type AdviceRequested = DomainEvent<'AdviceRequested', { adviceId: string; adviser: Adviser; requestedOn: IsoDate }>;
export type AdviceReceived = DomainEvent<'AdviceReceived', { adviceId: string; receivedOn: IsoDate }>;
export type TimescaleExceptionRecorded = DomainEvent<
  'TimescaleExceptionRecorded',
  {
    exceptionId: string;
    ground: ExceptionGround;
    from: IsoDate;
    to?: IsoDate;
    evidence: string;
    familyNotified: boolean;
    recordedOn: IsoDate;
    /** The deadlines it excepts, each also recorded as DeadlineExcepted. */
    deadlineIds: readonly string[];
  }
>;
export type PlanIssueDecided = DomainEvent<
  'PlanIssueDecided',
  { outcome: PlanOutcome; decidedOn: IsoDate; reason: string; standard?: StandardCitation }
>;

/** The tribunal ordered the LA to assess after it refused to (Reg 44(2)(b)): its refusal may now be replaced. */
export type AssessmentOrderedByTribunal = DomainEvent<'AssessmentOrderedByTribunal', { orderId: string; madeOn: IsoDate }>;

/** The child's personal data was erased: who and when are on the envelope; no personal data here. */
export type PersonalDataErased = DomainEvent<
  'PersonalDataErased',
  { ground: ErasureGround; source: string; erasedOn: IsoDate; scope: ErasureScope }
>;

/** What the assessment decider emits. */
export type AssessmentFact =
  | AssessmentRequested
  | AssessmentDecided
  | AdviceRequested
  | AdviceReceived
  | TimescaleExceptionRecorded
  | PlanIssueDecided
  | AssessmentOrderedByTribunal
  | PersonalDataErased;

/**
 * What the assessment stream may hold: its own facts and the deadline events of its clocks, including
 * DeadlineBreached, which the deadline watcher appends the morning after an unmet due date.
 */
export type AssessmentEvent = AssessmentFact | DeadlineEvent;
