import { load } from 'cheerio';
import { ApiError } from '../../web/api-client.js';
import { formErrorsFrom } from '../../web/forms.js';
import { renderView } from '../../web/render.js';
import { CASE_ID, LAYOUT } from '../assessment/layout.fixture.js';
import {
  REVIEW_REPORT_FIELDS,
  REVIEW_REPORT_LABELS,
  START_REVIEW_FIELDS,
  START_REVIEW_LABELS,
  reviewReportForm,
  reviewReportModel,
  reviewReportValues,
  startReviewForm,
  startReviewModel,
  startReviewValues,
} from './review.view-model.js';

const REVIEW_ID = '9a1b2c3d-0000-4000-8000-000000000009';
const date = (name: string, d: string, m: string, y: string) => ({
  [`${name}-day`]: d,
  [`${name}-month`]: m,
  [`${name}-year`]: y,
});

describe('starting an annual review', () => {
  it('sends the meeting and only the optional dates typed, and returns to the plan tab', () => {
    expect(startReviewForm.apiBody(startReviewValues(date('meetingOn', '22', '8', '2025')))).toEqual({ meetingOn: '2025-08-22' });
    const all = startReviewValues({
      ...date('meetingOn', '22', '8', '2025'),
      ...date('invitationsSentOn', '11', '8', '2025'),
      ...date('adviceCirculatedOn', '1', '8', '2025'),
    });
    expect(startReviewForm.apiBody(all)).toEqual({
      meetingOn: '2025-08-22',
      invitationsSentOn: '2025-08-11',
      adviceCirculatedOn: '2025-08-01',
    });
    expect(startReviewForm.apiPath({ caseId: CASE_ID })).toBe(`/api/v1/cases/${CASE_ID}/reviews`);
    expect(startReviewForm.path({ caseId: CASE_ID })).toBe(`/cases/${CASE_ID}/reviews/new`);
    expect(startReviewForm.returnPath?.({ caseId: CASE_ID })).toBe(`/cases/${CASE_ID}/plan`);
    expect(startReviewForm.check).toBeUndefined();
  });

  it('says in its banner what was recorded, and where the due dates are', () => {
    const banner = startReviewForm.banner(
      startReviewValues({ ...date('meetingOn', '22', '8', '2025'), ...date('invitationsSentOn', '11', '8', '2025') }),
    );
    expect(banner.title).toBe('Annual review started');
    expect(banner.text).toBe(
      'Review meeting on 22 August 2025; invitations sent on 11 August 2025. The dates for the report and the decision are on the Deadlines tab.',
    );
  });

  it('renders the three dates, the API’s errors on their controls', () => {
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION',
      errors: [{ field: 'meetingOn', message: 'meetingOn must be a date YYYY-MM-DD' }],
    });
    const errors = formErrorsFrom(error, START_REVIEW_FIELDS, 'meetingOn', START_REVIEW_LABELS);
    const values = startReviewValues(date('adviceCirculatedOn', '1', '8', '2025'));
    const $ = load(renderView('forms/reviews/start.njk', { ...LAYOUT, ...startReviewModel(CASE_ID, values, 'key-1', errors) }));
    expect($('h1').text()).toBe('Start an annual review');
    expect($('form').attr('action')).toBe(`/cases/${CASE_ID}/reviews/new`);
    expect($('input[name=_csrf]').val()).toBe('tok');
    expect($('input[name=idempotencyKey]').val()).toBe('key-1');
    expect($('.govuk-error-summary__list a').attr('href')).toBe('#meetingOn-day');
    expect($('#meetingOn-error').text()).toContain('The date of the review meeting must be a date');
    expect($('#adviceCirculatedOn-day').val()).toBe('1');
    expect($('#invitationsSentOn-day').val()).toBe('');
    expect($('legend').text()).toContain('When were the invitations sent? (optional)');
  });

  it('shows a refusal’s plain message against the meeting date, with its code', () => {
    const errors = formErrorsFrom(
      new ApiError({ status: 422, code: 'EHCP.REVIEW_ALREADY_OPEN', detail: 'review r1 is awaiting the LA’s decision' }),
      START_REVIEW_FIELDS,
      'meetingOn',
      START_REVIEW_LABELS,
    );
    const $ = load(
      renderView('forms/reviews/start.njk', { ...LAYOUT, ...startReviewModel(CASE_ID, startReviewValues({}), 'k', errors) }),
    );
    expect($('.govuk-error-summary').text()).toContain('Review r1 is awaiting the LA’s decision.');
    expect($('#error-code').text()).toContain('EHCP.REVIEW_ALREADY_OPEN');
  });
});

describe('the review report', () => {
  const ids = { caseId: CASE_ID, reviewId: REVIEW_ID };
  const form = reviewReportForm({ meetingOn: '2025-08-22' });

  it('posts the date sent to the review’s own route and names the meeting in its banner', () => {
    const values = reviewReportValues(date('sentOn', '8', '9', '2025'));
    expect(form.apiBody(values)).toEqual({ sentOn: '2025-09-08' });
    expect(form.apiPath(ids)).toBe(`/api/v1/cases/${CASE_ID}/reviews/${REVIEW_ID}/report`);
    expect(form.path(ids)).toBe(`/cases/${CASE_ID}/reviews/${REVIEW_ID}/report`);
    expect(form.returnPath?.(ids)).toBe(`/cases/${CASE_ID}/plan`);
    expect(form.banner(values)).toEqual({
      title: 'Review report recorded',
      text: 'Sent on 8 September 2025 after the meeting on 22 August 2025.',
    });
  });

  it('renders the meeting it reports on and the error on the date', () => {
    const errors = formErrorsFrom(
      new ApiError({ status: 422, code: 'EHCP.REPORT_BEFORE_MEETING', detail: 'the review meeting was held on 2025-08-22' }),
      REVIEW_REPORT_FIELDS,
      'sentOn',
      REVIEW_REPORT_LABELS,
    );
    const model = reviewReportModel(
      ids,
      { meetingOn: '2025-08-22' },
      reviewReportValues(date('sentOn', '1', '8', '2025')),
      'k',
      errors,
    );
    const $ = load(renderView('forms/reviews/report.njk', { ...LAYOUT, ...model }));
    expect($('h1').text()).toBe('Record the review report');
    expect($('#review-lead').text()).toBe('Review meeting on 22 August 2025.');
    expect($('form').attr('action')).toBe(`/cases/${CASE_ID}/reviews/${REVIEW_ID}/report`);
    expect($('.govuk-error-summary__list a').attr('href')).toBe('#sentOn-day');
    expect($('.govuk-error-summary').text()).toContain('The review meeting was held on 22 August 2025.');
    expect($('#sentOn-day').val()).toBe('1');
  });
});
