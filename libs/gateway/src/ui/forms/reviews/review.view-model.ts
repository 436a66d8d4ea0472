import { formatDate } from '../../format.js';
import { dateFromParts, type FormErrors, partsOfDate } from '../../web/forms.js';
import { type CaseForm, caseCaption, errorModel } from '../assessment/case-form.js';

/**
 * The annual review of a final plan (CFA s.44, Reg 20): the meeting, then the report sent after it. Each form
 * returns to the plan tab, where the reviews are listed (docs/ui.md "Forms").
 */
export const planTabPath = (caseId: string): string => `/cases/${caseId}/plan`;

/** What the pages know of a review from GET …/plan: when it met. */
export interface ReviewContext {
  readonly meetingOn?: string;
}

// ---- the review meeting ---------------------------------------------------------------------------------

export interface StartReviewValues {
  readonly meetingOn?: string;
  readonly invitationsSentOn?: string;
  readonly adviceCirculatedOn?: string;
}

export const START_REVIEW_FIELDS = {
  meetingOn: 'meetingOn-day',
  invitationsSentOn: 'invitationsSentOn-day',
  adviceCirculatedOn: 'adviceCirculatedOn-day',
} as const;

export const START_REVIEW_LABELS = {
  meetingOn: 'The date of the review meeting',
  invitationsSentOn: 'The date the invitations were sent',
  adviceCirculatedOn: 'The date the advice was circulated',
} as const;

export function startReviewValues(body: Readonly<Record<string, unknown>>): StartReviewValues {
  return {
    meetingOn: dateFromParts(body, 'meetingOn'),
    invitationsSentOn: dateFromParts(body, 'invitationsSentOn'),
    adviceCirculatedOn: dateFromParts(body, 'adviceCirculatedOn'),
  };
}

/** The optional dates go only when typed. */
export function startReviewApiBody(v: StartReviewValues) {
  return {
    meetingOn: v.meetingOn,
    ...(v.invitationsSentOn ? { invitationsSentOn: v.invitationsSentOn } : {}),
    ...(v.adviceCirculatedOn ? { adviceCirculatedOn: v.adviceCirculatedOn } : {}),
  };
}

export function startReviewModel(caseId: string, v: StartReviewValues, idempotencyKey: string, errors?: FormErrors) {
  return {
    pageTitle: 'Start an annual review',
    caption: caseCaption(caseId),
    action: `/cases/${caseId}/reviews/new`,
    idempotencyKey,
    values: {
      meetingOn: partsOfDate(v.meetingOn),
      invitationsSentOn: partsOfDate(v.invitationsSentOn),
      adviceCirculatedOn: partsOfDate(v.adviceCirculatedOn),
    },
    ...errorModel(errors),
  };
}

/** The banner says what was recorded: the write's answer carries no due dates (they are on the Deadlines tab). */
export function startReviewBanner(v: StartReviewValues) {
  const sent = [
    v.invitationsSentOn && `invitations sent on ${formatDate(v.invitationsSentOn)}`,
    v.adviceCirculatedOn && `advice circulated on ${formatDate(v.adviceCirculatedOn)}`,
  ].filter(Boolean);
  return {
    title: 'Annual review started',
    text:
      `Review meeting on ${formatDate(v.meetingOn)}${sent.length ? `; ${sent.join(', ')}` : ''}. ` +
      'The dates for the report and the decision are on the Deadlines tab.',
  };
}

export const startReviewForm: CaseForm<StartReviewValues> = {
  view: 'forms/reviews/start.njk',
  path: ({ caseId }) => `/cases/${caseId}/reviews/new`,
  apiPath: ({ caseId }) => `/api/v1/cases/${caseId}/reviews`,
  read: startReviewValues,
  apiBody: startReviewApiBody,
  model: ({ caseId }, v, key, errors) => startReviewModel(caseId, v, key, errors),
  fields: () => START_REVIEW_FIELDS,
  labels: () => START_REVIEW_LABELS,
  firstField: 'meetingOn',
  banner: startReviewBanner,
  returnPath: ({ caseId }) => planTabPath(caseId),
};

// ---- the report of the meeting ----------------------------------------------------------------------------

export interface ReviewReportValues {
  readonly sentOn?: string;
}

export const REVIEW_REPORT_FIELDS = { sentOn: 'sentOn-day' } as const;
export const REVIEW_REPORT_LABELS = { sentOn: 'The date the report was sent' } as const;

export const reviewReportValues = (body: Readonly<Record<string, unknown>>): ReviewReportValues => ({
  sentOn: dateFromParts(body, 'sentOn'),
});

/** "Review meeting on 22 August 2025", when the plan lists the review. */
const meetingLead = (review: ReviewContext) =>
  review.meetingOn ? `Review meeting on ${formatDate(review.meetingOn)}.` : undefined;

export function reviewReportModel(
  ids: { caseId: string; reviewId: string },
  review: ReviewContext,
  v: ReviewReportValues,
  idempotencyKey: string,
  errors?: FormErrors,
) {
  return {
    pageTitle: 'Record the review report',
    caption: caseCaption(ids.caseId),
    lead: meetingLead(review),
    action: `/cases/${ids.caseId}/reviews/${ids.reviewId}/report`,
    idempotencyKey,
    values: { sentOn: partsOfDate(v.sentOn) },
    ...errorModel(errors),
  };
}

export function reviewReportForm(review: ReviewContext): CaseForm<ReviewReportValues> {
  return {
    view: 'forms/reviews/report.njk',
    path: ({ caseId, reviewId }) => `/cases/${caseId}/reviews/${reviewId}/report`,
    apiPath: ({ caseId, reviewId }) => `/api/v1/cases/${caseId}/reviews/${reviewId}/report`,
    read: reviewReportValues,
    apiBody: (v) => ({ sentOn: v.sentOn }),
    model: ({ caseId, reviewId }, v, key, errors) => reviewReportModel({ caseId, reviewId }, review, v, key, errors),
    fields: () => REVIEW_REPORT_FIELDS,
    labels: () => REVIEW_REPORT_LABELS,
    firstField: 'sentOn',
    banner: (v) => ({
      title: 'Review report recorded',
      text: `Sent on ${formatDate(v.sentOn)}${review.meetingOn ? ` after the meeting on ${formatDate(review.meetingOn)}` : ''}.`,
    }),
    returnPath: ({ caseId }) => planTabPath(caseId),
  };
}
