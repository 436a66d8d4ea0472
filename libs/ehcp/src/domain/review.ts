/**
 * Reviews of a final plan (CFA s.44; SEND Regulations 2014 regs 18–21; docs/domain.md "Annual reviews"):
 * the annual review clock, the review meeting, the report and the LA's decision, with the step-down
 * question and progress towards each outcome recorded at every review.
 */
import {
  awaitingOf,
  addWeeks,
  closeDeadline,
  isAfter,
  isBefore,
  notInFuture,
  startDeadline,
  type DeadlineBook,
  type IsoDate,
} from '@send/statutory';
import { noticeClocks } from './amendment.js';
import { EhcpErrors, refuse } from './ehcp.errors.js';
import type { EhcpEvent } from './ehcp.events.js';
import type { EhcpState, PlanVersion } from './ehcp.state.js';
import { finalPlan, firstFinalOn, type Final } from './final-plan.js';
import {
  annualReviewId,
  reviewDecisionId,
  reviewReportId,
  type DecideReview,
  type OutcomeProgress,
  type ReviewCommand,
  type ReviewRecord,
  type SendReviewReport,
  type StartReview,
} from './lifecycle.model.js';

type Events = EhcpEvent[];

const SEND = 'SEND Regulations 2014';

/**
 * CFA s.44(1): the first clock runs 12 months starting with the day the plan was first made. Started by
 * the first FinalPlanIssued; an amended plan does not restart it.
 */
export const firstAnnualReview = (issuedOn: IsoDate) => startDeadline(annualReviewId(1), 'annual-review', issuedOn);

/** The annual-review clocks in the book, numbered 1, 2, …: the running one is the highest. */
function annualReviewCount(book: DeadlineBook): number {
  return Object.keys(book).filter((id) => id.startsWith('annual-review:')).length;
}

/** Reg 20(2)–(3): invitations at least two weeks before the meeting; Reg 20(4) the same for circulating the advice. */
function noticeFindings(meetingOn: IsoDate, invitationsSentOn?: IsoDate, adviceCirculatedOn?: IsoDate): string[] {
  const latestLawful = addWeeks(meetingOn, -2);
  const findings: string[] = [];
  if (invitationsSentOn !== undefined && isAfter(invitationsSentOn, latestLawful)) {
    findings.push(
      `Invitations were sent on ${invitationsSentOn}, less than 2 weeks before the meeting on ${meetingOn} (${SEND} reg 20(3)); they were due by ${latestLawful}`,
    );
  }
  if (adviceCirculatedOn !== undefined && isAfter(adviceCirculatedOn, latestLawful)) {
    findings.push(
      `Advice and information were circulated on ${adviceCirculatedOn}, less than 2 weeks before the meeting on ${meetingOn} (${SEND} reg 20(4)); they were due by ${latestLawful}`,
    );
  }
  return findings;
}

/**
 * The review meeting (Reg 20(1)): the report is due within 2 weeks of it (Reg 20(7)), the LA's decision
 * within 4 weeks (Reg 20(10)). Short notice is recorded as findings, not refused: the meeting happened.
 */
function startReview({ data, today }: StartReview, state: EhcpState): Events {
  const plan = finalPlan(state, 'A review');
  if (plan.reviews?.byId[data.reviewId]) return [];
  const { reviewId, meetingOn, invitationsSentOn, adviceCirculatedOn } = data;
  notInFuture(today, { meetingOn, invitationsSentOn, adviceCirculatedOn });
  const madeOn = firstFinalOn(plan);
  if (madeOn !== undefined && isBefore(meetingOn, madeOn)) {
    refuse(EhcpErrors.REVIEW_BEFORE_PLAN, `the plan was first made final on ${madeOn}`, { field: 'meetingOn' });
  }
  for (const [field, on] of Object.entries({ invitationsSentOn, adviceCirculatedOn })) {
    if (on !== undefined && isAfter(on, meetingOn)) {
      refuse(EhcpErrors.REVIEW_DATES_AFTER_MEETING, `${field} ${on} is after the meeting on ${meetingOn}`, { field });
    }
  }
  const open = plan.reviews?.openReviewId;
  if (open !== undefined) {
    refuse(EhcpErrors.REVIEW_ALREADY_OPEN, `review ${open} is awaiting the LA's decision`, { reviewId: open });
  }
  const findings = noticeFindings(meetingOn, invitationsSentOn, adviceCirculatedOn);
  return [
    {
      type: 'ReviewStarted',
      data: {
        reviewId,
        meetingOn,
        ...(invitationsSentOn === undefined ? {} : { invitationsSentOn }),
        ...(adviceCirculatedOn === undefined ? {} : { adviceCirculatedOn }),
        findings,
      },
    },
    startDeadline(reviewReportId(reviewId), 'review-report', meetingOn),
    startDeadline(reviewDecisionId(reviewId), 'review-decision', meetingOn),
  ];
}

function reviewOf(state: Final, reviewId: string): ReviewRecord {
  const review = state.reviews?.byId[reviewId];
  if (!review) refuse(EhcpErrors.REVIEW_NOT_FOUND, `this plan has no review ${reviewId}`, { reviewId });
  return review;
}

/** Reg 20(7): the report of the meeting, within 2 weeks of it. A second report of the same review changes nothing. */
function sendReviewReport({ data, today }: SendReviewReport, state: EhcpState): Events {
  const plan = finalPlan(state, 'A review report');
  const review = reviewOf(plan, data.reviewId);
  if (review.reportSentOn !== undefined) return [];
  notInFuture(today, { sentOn: data.sentOn });
  if (isBefore(data.sentOn, review.meetingOn)) {
    refuse(EhcpErrors.REPORT_BEFORE_MEETING, `the review meeting was held on ${review.meetingOn}`, { field: 'sentOn' });
  }
  return [
    { type: 'ReviewReportSent', data: { reviewId: data.reviewId, sentOn: data.sentOn } },
    ...closeDeadline(plan.deadlines, reviewReportId(data.reviewId), data.sentOn),
  ];
}

/**
 * The outcome ids a decision may report progress on: those of section E of the current plan. Every
 * outcome has an id (assignOutcomeIds; plans recorded before outcomes had ids are read with ids by
 * position, normaliseSections), so an unknown id is refused (docs/domain.md "Outcome progress").
 */
export function knownOutcomeIds(version: PlanVersion): ReadonlySet<string> {
  return new Set(version.sections.E.map((o) => o.outcomeId));
}

function checkOutcomes(plan: Final, given: readonly OutcomeProgress[]): OutcomeProgress[] {
  const known = knownOutcomeIds(plan.final);
  const seen = new Set<string>();
  for (const { outcomeId } of given) {
    if (!known.has(outcomeId)) {
      refuse(EhcpErrors.UNKNOWN_OUTCOME, `section E of plan version ${plan.final.version} has no outcome ${outcomeId}`, {
        field: 'outcomesProgress',
        outcomeId,
        known: [...known],
      });
    }
    if (seen.has(outcomeId)) {
      refuse(EhcpErrors.DUPLICATE_OUTCOME, `outcome ${outcomeId} is given twice`, { field: 'outcomesProgress', outcomeId });
    }
    seen.add(outcomeId);
  }
  return given.map(({ outcomeId, progress }) => ({ outcomeId, progress }));
}

/**
 * Reg 20(10): the LA decides, within 4 weeks of the meeting, to maintain, amend or cease. Every decision
 * records whether a step down to targeted support was considered and why, and progress towards the
 * outcomes. Sending the decision concludes the review, so the next 12 months start with its date
 * (CFA s.44(1)). A decision to amend is itself the Reg 22 notice, with its proposed amendments (Devon).
 */
function decideReview({ data, today }: DecideReview, state: EhcpState): Events {
  const plan = finalPlan(state, 'A review decision');
  const review = reviewOf(plan, data.reviewId);
  if (review.decidedOn !== undefined) {
    refuse(EhcpErrors.REVIEW_ALREADY_DECIDED, `review ${data.reviewId} was decided on ${review.decidedOn}`, {
      decision: review.decision,
    });
  }
  notInFuture(today, { decidedOn: data.decidedOn });
  if (isBefore(data.decidedOn, review.meetingOn)) {
    refuse(EhcpErrors.DECISION_BEFORE_MEETING, `the review meeting was held on ${review.meetingOn}`, { field: 'decidedOn' });
  }
  if (
    typeof data.stepDownConsidered !== 'boolean' ||
    typeof data.stepDownRationale !== 'string' ||
    data.stepDownRationale.trim() === ''
  ) {
    refuse(EhcpErrors.STEP_DOWN_REQUIRED, 'record whether a step down to targeted support was considered, and why', {
      fields: ['stepDownConsidered', 'stepDownRationale'],
    });
  }
  const proposedAmendments = data.proposedAmendments?.trim();
  if (data.decision === 'amend' && !proposedAmendments) {
    refuse(
      EhcpErrors.PROPOSED_AMENDMENTS_REQUIRED,
      'a decision to amend must set out the proposed amendments (Reg 22(2); R (L, M & P) v Devon CC [2022] EWHC 493 (Admin))',
      { field: 'proposedAmendments' },
    );
  }
  if (data.decision === 'amend' && plan.amendment?.open) {
    refuse(EhcpErrors.AMENDMENT_ALREADY_OPEN, `amendment notice ${plan.amendment.open.noticeId} is still open`);
  }
  const outcomesProgress = checkOutcomes(plan, data.outcomesProgress ?? []);
  const { reviewId, decision, decidedOn } = data;
  const decided: EhcpEvent = {
    type: 'ReviewDecided',
    data: {
      reviewId,
      decision,
      decidedOn,
      meetingOn: review.meetingOn,
      stepDownConsidered: data.stepDownConsidered,
      stepDownRationale: data.stepDownRationale.trim(),
      rationale: data.rationale.trim(),
      ...(decision === 'amend' && proposedAmendments ? { proposedAmendments } : {}),
      outcomesProgress,
    },
  };
  const n = annualReviewCount(plan.deadlines);
  const concluded = [
    ...closeDeadline(plan.deadlines, reviewDecisionId(reviewId), decidedOn),
    ...(n > 0 ? closeDeadline(plan.deadlines, annualReviewId(n), decidedOn) : []),
    // Reg 15(5): after a transfer between LAs, the review it asked for is this one.
    ...awaitingOf(plan.deadlines, ['transfer-review']).flatMap((id) => closeDeadline(plan.deadlines, id, decidedOn)),
    startDeadline(annualReviewId(n + 1), 'annual-review', decidedOn),
  ];
  if (decision !== 'amend' || !proposedAmendments) return [decided, ...concluded];
  // Devon: the decision letter is the Reg 22 notice; the amended plan is due 8 weeks from it (Reg 22(3)), and
  // within 12 weeks of the meeting at the latest (4 weeks for the decision + 8), whichever is earlier.
  const noticeId = reviewId;
  const amendedDue = amendedPlanDueAfterReview(decidedOn, review.meetingOn);
  return [
    decided,
    ...concluded,
    {
      type: 'AmendmentNoticeSent',
      data: { noticeId, sentOn: decidedOn, proposedAmendments, reason: data.rationale.trim(), reviewId },
    },
    ...noticeClocks(noticeId, decidedOn, amendedDue),
  ];
}

export function decideReviewCommand(command: ReviewCommand, state: EhcpState): Events {
  switch (command.type) {
    case 'StartReview':
      return startReview(command, state);
    case 'SendReviewReport':
      return sendReviewReport(command, state);
    case 'DecideReview':
      return decideReview(command, state);
  }
}

/** 8 weeks from the decision that is the notice (Reg 22(3)), but no later than 12 weeks from the meeting (Devon). */
export const amendedPlanDueAfterReview = (decidedOn: IsoDate, meetingOn: IsoDate): IsoDate => {
  const eight = addWeeks(decidedOn, 8);
  const twelve = addWeeks(meetingOn, 12);
  return isBefore(twelve, eight) ? twelve : eight;
};
