/**
 * The vocabulary of the plan after it is final (docs/domain.md "The plan after it is final"): the events,
 * commands and the plan state's parts for reviews, amendments and phase transfers, and how each part folds.
 * The rules that decide them are in review.ts, amendment.ts and phase-transfer.ts.
 */
import type { DomainEvent } from '@send/kernel';
import type { IsoDate, PhaseTransfer } from '@send/statutory';
import type { PlanSections, PlanSectionsInput } from './plan-sections.js';

interface Command<T extends string, D> {
  readonly type: T;
  readonly data: D;
  readonly today: IsoDate;
}

// ==== reviews (CFA s.44, Reg 20) ========================================================================

export const REVIEW_DECISIONS = ['maintain', 'amend', 'cease'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const OUTCOME_PROGRESS = ['not-started', 'progressing', 'achieved', 'no-longer-relevant'] as const;
export type OutcomeProgressValue = (typeof OUTCOME_PROGRESS)[number];

export interface OutcomeProgress {
  readonly outcomeId: string;
  readonly progress: OutcomeProgressValue;
}

// ---- events -------------------------------------------------------------------------------------------

export type ReviewStarted = DomainEvent<
  'ReviewStarted',
  { reviewId: string; meetingOn: IsoDate; invitationsSentOn?: IsoDate; adviceCirculatedOn?: IsoDate; findings: string[] }
>;
export type ReviewReportSent = DomainEvent<'ReviewReportSent', { reviewId: string; sentOn: IsoDate }>;
export type ReviewDecided = DomainEvent<
  'ReviewDecided',
  {
    reviewId: string;
    decision: ReviewDecision;
    decidedOn: IsoDate;
    meetingOn: IsoDate;
    stepDownConsidered: boolean;
    stepDownRationale: string;
    rationale: string;
    proposedAmendments?: string;
    outcomesProgress: OutcomeProgress[];
  }
>;
export type ReviewEvent = ReviewStarted | ReviewReportSent | ReviewDecided;

// ---- commands -----------------------------------------------------------------------------------------

export type StartReview = Command<
  'StartReview',
  { reviewId: string; meetingOn: IsoDate; invitationsSentOn?: IsoDate; adviceCirculatedOn?: IsoDate }
>;
export type SendReviewReport = Command<'SendReviewReport', { reviewId: string; sentOn: IsoDate }>;
export type DecideReview = Command<
  'DecideReview',
  {
    reviewId: string;
    decision: ReviewDecision;
    decidedOn: IsoDate;
    stepDownConsidered: boolean;
    stepDownRationale: string;
    rationale: string;
    proposedAmendments?: string;
    outcomesProgress?: readonly OutcomeProgress[];
  }
>;
export type ReviewCommand = StartReview | SendReviewReport | DecideReview;

// ---- state --------------------------------------------------------------------------------------------

export interface ReviewRecord {
  readonly reviewId: string;
  readonly meetingOn: IsoDate;
  readonly findings: readonly string[];
  readonly reportSentOn?: IsoDate;
  readonly decision?: ReviewDecision;
  readonly decidedOn?: IsoDate;
  /** Whether a step down to targeted support was considered at the review, and why it is or is not right. */
  readonly stepDownConsidered?: boolean;
  readonly stepDownRationale?: string;
  readonly outcomesProgress?: readonly OutcomeProgress[];
}

/** PlanFile.reviews: every review by id, and the one awaiting its decision. */
export interface ReviewFile {
  readonly byId: Readonly<Record<string, ReviewRecord>>;
  readonly openReviewId?: string;
}

export const reviewReportId = (reviewId: string) => `review-report:${reviewId}`;
export const reviewDecisionId = (reviewId: string) => `review-decision:${reviewId}`;
export const annualReviewId = (n: number) => `annual-review:${n}`;

export function evolveReviewFile(file: ReviewFile | undefined, event: ReviewEvent): ReviewFile {
  const current: ReviewFile = file ?? { byId: {} };
  switch (event.type) {
    case 'ReviewStarted': {
      const { reviewId, meetingOn, findings } = event.data;
      return { byId: { ...current.byId, [reviewId]: { reviewId, meetingOn, findings } }, openReviewId: reviewId };
    }
    case 'ReviewReportSent': {
      const review = current.byId[event.data.reviewId];
      if (!review) return current;
      return { ...current, byId: { ...current.byId, [review.reviewId]: { ...review, reportSentOn: event.data.sentOn } } };
    }
    case 'ReviewDecided': {
      const review = current.byId[event.data.reviewId];
      if (!review) return current;
      const { decision, decidedOn, stepDownConsidered, stepDownRationale, outcomesProgress } = event.data;
      const decided = { ...review, decision, decidedOn, stepDownConsidered, stepDownRationale, outcomesProgress };
      const byId = { ...current.byId, [review.reviewId]: decided };
      const { openReviewId: _concluded, ...rest } = current;
      return { ...rest, byId };
    }
  }
}

// ==== amendments (Reg 22) ===============================================================================

export type AmendmentNoticeSent = DomainEvent<
  'AmendmentNoticeSent',
  { noticeId: string; sentOn: IsoDate; proposedAmendments: string; reason: string; reviewId?: string }
>;
export type AmendedPlanIssued = DomainEvent<
  'AmendedPlanIssued',
  { version: number; issuedOn: IsoDate; sections: PlanSections; noticeId?: string; reviewId?: string }
>;
export type DecidedNotToAmend = DomainEvent<
  'DecidedNotToAmend',
  { noticeId: string; decidedOn: IsoDate; reason: string; reviewId?: string }
>;
export type AmendmentEvent = AmendmentNoticeSent | AmendedPlanIssued | DecidedNotToAmend;

// ---- commands -----------------------------------------------------------------------------------------

export type SendAmendmentNotice = Command<
  'SendAmendmentNotice',
  { noticeId: string; sentOn: IsoDate; proposedAmendments: string; reason: string }
>;
export type IssueAmendedPlan = Command<'IssueAmendedPlan', { issuedOn: IsoDate; sections: PlanSectionsInput }>;
export type DecideNotToAmend = Command<'DecideNotToAmend', { decidedOn: IsoDate; reason: string }>;
export type AmendmentCommand = SendAmendmentNotice | IssueAmendedPlan | DecideNotToAmend;

// ---- state --------------------------------------------------------------------------------------------

/** The notice the family is answering (Reg 22(2)); its clocks are in the plan's deadline book. */
export interface OpenNotice {
  readonly noticeId: string;
  readonly sentOn: IsoDate;
  readonly reviewId?: string;
  readonly nothingFurtherOn?: IsoDate;
}

/** PlanFile.amendment: the open notice, if any. */
export interface AmendmentFile {
  readonly open?: OpenNotice;
}

export const representationsId = (noticeId: string) => `amendment-representations:${noticeId}`;
export const amendedPlanId = (noticeId: string) => `amended-plan:${noticeId}`;

/** The notice opens with AmendmentNoticeSent and closes with the amended plan or the decision not to amend. */
export function evolveAmendmentFile(file: AmendmentFile | undefined, event: AmendmentEvent): AmendmentFile {
  if (event.type !== 'AmendmentNoticeSent') return {};
  const { noticeId, sentOn, reviewId } = event.data;
  return { open: { noticeId, sentOn, ...(reviewId ? { reviewId } : {}) } };
}

/** A notice answered "nothing further": the amended plan may be issued before the 15 days end. */
export function withNoticeRepresentation(
  file: AmendmentFile | undefined,
  r: { noticeId?: string; nothingFurther: boolean; receivedOn: IsoDate },
): AmendmentFile | undefined {
  const open = file?.open;
  if (!open || r.noticeId !== open.noticeId || !r.nothingFurther || open.nothingFurtherOn !== undefined) return file;
  return { ...file, open: { ...open, nothingFurtherOn: r.receivedOn } };
}

// ==== phase transfers (Reg 18) ==========================================================================

export type PhaseTransferStarted = DomainEvent<
  'PhaseTransferStarted',
  // recordedOn: the day the LA recorded it, when its clock started.
  { transferId: string; transfer: PhaseTransfer; transferOn: IsoDate; dueOn: IsoDate; proposed: boolean; recordedOn?: IsoDate }
>;
export type PhaseTransferEvent = PhaseTransferStarted;

export type StartPhaseTransfer = {
  readonly type: 'StartPhaseTransfer';
  readonly data: { transferId: string; transfer: PhaseTransfer; transferOn: IsoDate; proposed?: boolean };
  readonly today: IsoDate;
};

export interface PlannedTransfer {
  readonly transferId: string;
  readonly transfer: PhaseTransfer;
  readonly transferOn: IsoDate;
  readonly dueOn: IsoDate;
}

/** PlanFile.phaseTransfers: each transfer recorded, by id. */
export type PhaseTransferFile = Readonly<Record<string, PlannedTransfer>>;

export const phaseTransferId = (transferId: string) => `phase-transfer:${transferId}`;

export function evolvePhaseTransferFile(file: PhaseTransferFile | undefined, event: PhaseTransferEvent): PhaseTransferFile {
  const { transferId, transfer, transferOn, dueOn } = event.data;
  return { ...file, [transferId]: { transferId, transfer, transferOn, dueOn } };
}
