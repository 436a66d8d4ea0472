import { load } from 'cheerio';
import { RULES } from '@send/statutory';
import { ApiError } from '../../web/api-client.js';
import { formErrorsFrom } from '../../web/forms.js';
import { renderView } from '../../web/render.js';
import { CASE_ID, LAYOUT } from '../assessment/layout.fixture.js';
import {
  firstFieldOf,
  stepAnswerRows,
  stepFieldIds,
  stepFieldLabels,
  stepFormModel,
  stepValuesFrom,
} from '../placement/step-form.js';
import { STEP_VIEW } from '../placement/step-page.js';
import {
  acceptTransferSpec,
  amendmentNoticeSpec,
  CEASE_REASON_CHOICES,
  ceaseSpec,
  notAmendingSpec,
  PHASE_TRANSFER_CHOICES,
  phaseTransferSpec,
  proposedText,
  REASSESSMENT_GROUND_CHOICES,
  reassessmentDecisionSpec,
  reassessmentExceptionSpec,
  reassessmentRequestSpec,
  transferNoticeSpec,
  transferSpec,
  withdrawTransferSpec,
} from './plan-changes.view-model.js';

const caption = 'Case 3F2B9C1E';
const render = (model: object) => load(renderView(STEP_VIEW, { ...LAYOUT, ...model }));

describe('the forms for changing a final plan', () => {
  it.each([
    ['amendment-notice', amendmentNoticeSpec, '/plan/amendment-notice', ['sentOn-day', 'proposedAmendments', 'reason']],
    ['not-amending', notAmendingSpec, '/plan/not-amending', ['decidedOn-day', 'reason']],
    ['cease', ceaseSpec, '/plan/cease', ['consultedOn-day', 'decidedOn-day', 'reason']],
    ['reassessment', reassessmentRequestSpec, '/reassessment/new', ['requestedOn-day', 'requestedBy']],
    ['reassessment decision', reassessmentDecisionSpec, '/reassessment/decision', ['decision', 'decidedOn-day', 'reason']],
    ['LA transfer', transferSpec, '/transfer', ['toLa', 'movedOn-day', 'learnedOn-day']],
    ['acceptance', acceptTransferSpec, '/transfer/accept', ['acceptedOn-day']],
    ['transfer letter', transferNoticeSpec, '/transfer/notice', ['sentOn-day']],
    ['withdrawal', withdrawTransferSpec, '/transfer/withdraw', ['withdrawnOn-day', 'reason']],
    [
      're-assessment exception',
      reassessmentExceptionSpec,
      '/reassessment/exceptions',
      ['ground', 'from-day', 'to-day', 'evidence', 'familyNotified'],
    ],
  ])('the %s form posts to its own page, each API field linked to its control', (_, make, path, ids) => {
    const spec = make(CASE_ID, caption);
    expect(spec.action).toBe(`/cases/${CASE_ID}${path}`);
    expect(Object.values(stepFieldIds(spec))).toEqual(ids);
    const $ = render(stepFormModel(spec, {}, 'k'));
    expect($('form').attr('action')).toBe(`/cases/${CASE_ID}${path}`);
    expect($('.govuk-caption-l').text()).toBe(caption);
    for (const id of ids) expect($(`#${id}`).length).toBe(1);
  });

  it('offers the nine SEN2 cease reasons by their words and code, and shows the chosen one for checking', () => {
    expect(CEASE_REASON_CHOICES.map((c) => c.value)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(CEASE_REASON_CHOICES[3].text).toBe('Moved on to higher education (4)');
    const spec = ceaseSpec(CASE_ID, caption);
    const values = stepValuesFrom(spec, {
      'consultedOn-day': '2',
      'consultedOn-month': '11',
      'consultedOn-year': '2026',
      'decidedOn-day': '10',
      'decidedOn-month': '11',
      'decidedOn-year': '2026',
      reason: '4',
    });
    expect(stepAnswerRows(spec, values)).toEqual([
      { key: 'When was the consultation held?', value: '2 November 2026' },
      { key: 'When was the decision to cease made?', value: '10 November 2026' },
      { key: 'Why is the plan ceasing?', value: 'Moved on to higher education (4)' },
    ]);
    const $ = render(stepFormModel(spec, values, 'k'));
    expect($('input[name=reason]').length).toBe(9);
    expect($('input[name=reason]:checked').val()).toBe('4');
    expect($('p.govuk-body').text()).toContain('Regulation 31(1)');
  });

  it('shows the API’s refusal beside its field, in the form’s words, and a 422 by its code', () => {
    const spec = transferSpec(CASE_ID, caption);
    const bad = new ApiError({
      status: 400,
      code: 'VALIDATION',
      errors: [{ field: 'toLa', message: 'toLa must be a three-digit DfE LA code' }],
    });
    const errors = formErrorsFrom(bad, stepFieldIds(spec), firstFieldOf(spec), stepFieldLabels(spec));
    const $ = render(stepFormModel(spec, { toLa: '20' }, 'k', errors));
    expect($('.govuk-error-summary a').attr('href')).toBe('#toLa');
    expect($('#toLa-error').text()).toContain('The local authority the family moved to must be a three-digit DfE LA code');
    expect($('#toLa').val()).toBe('20');

    const same = new ApiError({ status: 422, code: 'EHCP.TRANSFER_TO_SAME_LA', detail: 'the plan is already 202’s' });
    const refused = formErrorsFrom(same, stepFieldIds(spec), firstFieldOf(spec), stepFieldLabels(spec));
    const $$ = render(stepFormModel(spec, {}, 'k', refused));
    expect($$('.govuk-error-summary').text()).toContain('The plan is already 202’s.');
    expect($$('main').text()).toContain('Reference: EHCP.TRANSFER_TO_SAME_LA');
  });

  it('offers the seven phase transfers in plain words, and the plan’s proposed ones above them', () => {
    expect(PHASE_TRANSFER_CHOICES).toHaveLength(7);
    expect(PHASE_TRANSFER_CHOICES.find((c) => c.value === 'secondary-to-post-16')?.text).toBe('Secondary school to post-16');
    expect(proposedText([])).toBeUndefined();
    const proposed = [{ transfer: 'primary-to-secondary', transferOn: '2027-09-01', dueOn: '2027-02-14' }];
    expect(proposedText(proposed)).toBe(
      'From the child’s date of birth, the plan expects: primary to secondary school on 1 September 2027, the plan reviewed and amended by 14 February 2027.',
    );
    const $ = render(stepFormModel(phaseTransferSpec(CASE_ID, caption, proposed), {}, 'k'));
    expect($('p.govuk-body').text()).toContain('1 September 2027');
    expect($('input[name=transfer]').length).toBe(7);
    expect(phaseTransferSpec(CASE_ID, caption).lead).toContain('before the child moves on');
  });

  it('offers the re-assessment’s exception grounds from the rule table (Reg 27(3)), in the assessment form’s words', () => {
    expect(REASSESSMENT_GROUND_CHOICES.map((c) => c.value)).toEqual([...RULES['reassessment-final-plan'].exceptionGrounds]);
    expect(REASSESSMENT_GROUND_CHOICES.map((c) => c.value)).not.toContain('missed-appointment');
    expect(REASSESSMENT_GROUND_CHOICES[0]).toEqual({ value: 'school-closure', text: 'The school or college was closed' });
    const spec = reassessmentExceptionSpec(CASE_ID, caption);
    const values = stepValuesFrom(spec, {
      ground: 'school-closure',
      'from-day': '1',
      'from-month': '2',
      'from-year': '2027',
      evidence: 'Flood repairs',
      familyNotified: 'yes',
    });
    expect(values.to).toBeUndefined();
    expect(stepAnswerRows(spec, values)).toEqual([
      { key: 'The ground', value: 'The school or college was closed' },
      { key: 'The date the exception began', value: '1 February 2027' },
      { key: 'The date the exception ended', value: '' },
      { key: 'The evidence', value: 'Flood repairs' },
      { key: 'Was the family told?', value: 'Yes' },
    ]);
    const $ = render(stepFormModel(spec, values, 'k'));
    expect($('input[name=ground]').length).toBe(REASSESSMENT_GROUND_CHOICES.length);
    expect($('p.govuk-body').text()).toContain('Regulation 27(3)');
  });

  it('shows a 422 on the letter about the transfer as a plain message with its code', () => {
    const spec = transferNoticeSpec(CASE_ID, caption);
    const sent = new ApiError({ status: 422, code: 'EHCP.TRANSFER_NOTICE_ALREADY_SENT', detail: 'the letter was already sent' });
    const $ = render(
      stepFormModel(spec, {}, 'k', formErrorsFrom(sent, stepFieldIds(spec), firstFieldOf(spec), stepFieldLabels(spec))),
    );
    expect($('.govuk-error-summary').text()).toContain('The letter was already sent.');
    expect($('main').text()).toContain('Reference: EHCP.TRANSFER_NOTICE_ALREADY_SENT');
  });
});
