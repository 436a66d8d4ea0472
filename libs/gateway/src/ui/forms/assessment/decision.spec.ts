import { load } from 'cheerio';
import { ApiError } from '../../web/api-client.js';
import { formErrorsFrom } from '../../web/forms.js';
import { renderView } from '../../web/render.js';
import { CASE_ID, LAYOUT } from './layout.fixture.js';
import { DECISION_FIELDS, DECISION_LABELS, decisionForm, decisionModel, decisionValues } from './decision.view-model.js';

const body = { decision: 'assess', 'decidedOn-day': '2', 'decidedOn-month': '6', 'decidedOn-year': '2026', reason: ' Evidence ' };

describe('the decision whether to assess', () => {
  it('reads the form into the API’s body', () => {
    const values = decisionValues(body);
    expect(decisionForm.apiBody(values)).toEqual({ decision: 'assess', decidedOn: '2026-06-02', reason: 'Evidence' });
    expect(decisionForm.apiBody(decisionValues({}))).toEqual({ decision: undefined, decidedOn: undefined, reason: undefined });
  });

  it('lists the answers in the form’s words, and posts to its own page and the API', () => {
    const check = decisionForm.check!(decisionValues(body));
    expect(check.rows).toEqual([
      { key: 'Decision', value: 'Carry out an EHC needs assessment' },
      { key: 'Date of the decision', value: '2 June 2026' },
      { key: 'Reason', value: 'Evidence' },
    ]);
    expect(decisionForm.path({ caseId: CASE_ID })).toBe(`/cases/${CASE_ID}/assessment/decision`);
    expect(decisionForm.apiPath({ caseId: CASE_ID })).toBe(`/api/v1/cases/${CASE_ID}/assessment/decision`);
    expect(decisionForm.banner(decisionValues({ ...body, decision: 'refuse' })).title).toBe(
      'Decision recorded: refuse to assess',
    );
  });

  it('renders the filled form with the API’s errors on their controls', () => {
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION',
      errors: [
        { field: 'decision', message: 'decision must be one of assess, refuse' },
        { field: 'decidedOn', message: 'decidedOn must be a date YYYY-MM-DD' },
      ],
    });
    const errors = formErrorsFrom(error, DECISION_FIELDS, 'decidedOn', DECISION_LABELS);
    const model = decisionModel(CASE_ID, decisionValues({ ...body, decision: undefined }), 'key-1', errors);
    const $ = load(renderView('forms/assessment/decision.njk', { ...LAYOUT, ...model }));
    expect($('h1').text()).toBe('Record the decision whether to assess');
    expect($('.govuk-caption-l').text()).toBe('Case 3F2B9C1E');
    expect($('form').attr('action')).toBe(`/cases/${CASE_ID}/assessment/decision`);
    expect($('input[name=_csrf]').val()).toBe('tok');
    expect($('input[name=idempotencyKey]').val()).toBe('key-1');
    expect(
      $('.govuk-error-summary__list a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['#decision', '#decidedOn-day']);
    expect($('#decision-error').text()).toContain('The decision must be one of assess, refuse.');
    expect($('#decidedOn-error').text()).toContain('The date of the decision must be a date');
    expect($('#decision').length).toBe(1);
    expect($('#decidedOn-day').val()).toBe('2');
    expect($('#reason').text()).toBe('Evidence');
  });

  it('shows a refusal’s stable code', () => {
    const errors = formErrorsFrom(new ApiError({ status: 422, code: 'ASSESSMENT.ALREADY_DECIDED', detail: 'Already decided.' }));
    const $ = load(renderView('forms/assessment/decision.njk', { ...LAYOUT, ...decisionModel(CASE_ID, {}, 'k', errors) }));
    expect($('.govuk-error-summary').text()).toContain('Already decided.');
    expect($('#error-code').text()).toContain('ASSESSMENT.ALREADY_DECIDED');
  });
});
