import { load } from 'cheerio';
import { renderView } from '../../web/render.js';
import { checkAnswersModel } from '../../web/check-answers.js';
import { stepAnswerRows, stepFormModel, stepValuesFrom } from '../placement/step-form.js';
import { STEP_VIEW } from '../placement/step-page.js';
import {
  ISSUE_CHOICES,
  MEDIATION_STEP_CHOICES,
  appealSpec,
  certificateSpec,
  mediationStepSpec,
  newDisputeSpec,
  orderSpec,
} from './disputes.view-model.js';

const layout = { cspNonce: 'n', csrfToken: 'tok', serviceName: 'SEND casework', navigation: [], idleMinutes: 20, demo: false };
const caseId = '3f2b9c1e-0000-4000-8000-000000000001';
const disputeId = '9a9a9a9a-0000-4000-8000-000000000002';
const render = (view: string, model: object) => load(renderView(view, { ...layout, ...model }));

describe('the dispute forms', () => {
  it('record a disagreement with checkboxes and two dates', () => {
    const spec = newDisputeSpec(caseId, 'c');
    const $ = render(STEP_VIEW, stepFormModel(spec, stepValuesFrom(spec, { about: ['section-b', 'section-i'] }), 'k'));
    expect($('form').attr('action')).toBe(`/cases/${caseId}/disputes/new`);
    expect($('input[name=about]').length).toBe(ISSUE_CHOICES.length);
    expect(
      $('input[name=about]:checked')
        .map((_, i) => $(i).val())
        .get(),
    ).toEqual(['section-b', 'section-i']);
    expect($('input[name=decisionLetterOn-day]').length + $('input[name=raisedOn-day]').length).toBe(2);
  });

  it('render the mediation step, certificate and appeal forms under the dispute', () => {
    let $ = render(STEP_VIEW, stepFormModel(mediationStepSpec(caseId, 'c', disputeId), {}, 'k'));
    expect($('form').attr('action')).toBe(`/cases/${caseId}/disputes/${disputeId}/mediation`);
    expect($('input[name=event]').length).toBe(MEDIATION_STEP_CHOICES.length);
    expect($('textarea[name=notes]').length).toBe(1);
    $ = render(STEP_VIEW, stepFormModel(certificateSpec(caseId, 'c', disputeId), {}, 'k'));
    expect($('input[name=issuedOn-day]').length).toBe(1);
    $ = render(STEP_VIEW, stepFormModel(appealSpec(caseId, 'c', disputeId), {}, 'k'));
    expect($('input[name=extensionGranted][value=yes]').length).toBe(1);
  });

  it('shows the certificate refusal as a plain message with its code', () => {
    const errors = {
      summary: [{ text: 'A mediation certificate is needed before an appeal.', href: '#registeredOn-day' }],
      fields: {},
      code: 'MEDIATION.CERTIFICATE_REQUIRED',
    };
    const $ = render(STEP_VIEW, stepFormModel(appealSpec(caseId, 'c', disputeId), {}, 'k', errors));
    expect($('.govuk-error-summary').text()).toContain('A mediation certificate is needed before an appeal.');
    expect($('main').text()).toContain('MEDIATION.CERTIFICATE_REQUIRED');
  });

  it('checks the order before it is recorded, in the form’s words', () => {
    const spec = orderSpec(caseId, 'c', disputeId);
    const body = { order: 'amend-setting', 'madeOn-day': '1', 'madeOn-month': '7', 'madeOn-year': '2026', idempotencyKey: 'k' };
    const model = checkAnswersModel({
      pageTitle: 'Check',
      action: spec.action,
      rows: stepAnswerRows(spec, stepValuesFrom(spec, body)),
      body,
    });
    const $ = render('check-answers.njk', model);
    expect(
      $('.govuk-summary-list__value')
        .map((_, v) => $(v).text().trim())
        .get(),
    ).toEqual(['Amend the school or setting named', '1 July 2026']);
    expect($('input[name=order]').val()).toBe('amend-setting');
  });
});
