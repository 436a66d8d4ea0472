import { load } from 'cheerio';
import { ApiError } from '../../web/api-client.js';
import { formErrorsFrom } from '../../web/forms.js';
import { renderView } from '../../web/render.js';
import { CASE_ID, LAYOUT } from './layout.fixture.js';
import { OUTCOME_FIELDS, OUTCOME_LABELS, outcomeForm, outcomeModel, outcomeValues } from './outcome.view-model.js';

const body = { outcome: 'issue-plan', 'decidedOn-day': '24', 'decidedOn-month': '8', 'decidedOn-year': '2026', reason: 'Needs' };

describe('the outcome of the assessment', () => {
  it('reads the form into the API’s body and lists it for checking', () => {
    const values = outcomeValues(body);
    expect(outcomeForm.apiBody(values)).toEqual({ outcome: 'issue-plan', decidedOn: '2026-08-24', reason: 'Needs' });
    expect(outcomeForm.check!(values).rows).toEqual([
      { key: 'Outcome', value: 'Issue an EHC plan' },
      { key: 'Date of the decision', value: '24 August 2026' },
      { key: 'Reason', value: 'Needs' },
    ]);
    expect(outcomeForm.apiPath({ caseId: CASE_ID })).toBe(`/api/v1/cases/${CASE_ID}/assessment/outcome`);
    expect(outcomeForm.banner(outcomeValues({ ...body, outcome: 'no-plan' })).title).toBe('Outcome recorded: no EHC plan');
  });

  it('renders the choice made and a 422 against the date, with its code', () => {
    const error = new ApiError({ status: 422, code: 'ASSESSMENT.NOT_ASSESSING', detail: 'the case is not being assessed' });
    const errors = formErrorsFrom(error, OUTCOME_FIELDS, outcomeForm.firstField, OUTCOME_LABELS);
    const $ = load(
      renderView('forms/assessment/outcome.njk', { ...LAYOUT, ...outcomeModel(CASE_ID, outcomeValues(body), 'k', errors) }),
    );
    expect($('h1').text()).toBe('Record the outcome of the assessment');
    expect($('input[name=outcome]:checked').val()).toBe('issue-plan');
    expect($('.govuk-error-summary__list a').attr('href')).toBe('#decidedOn-day');
    expect($('.govuk-error-summary').text()).toContain('The case is not being assessed.');
    expect($('#error-code').text()).toContain('ASSESSMENT.NOT_ASSESSING');
    expect($('input[name=_csrf]').val()).toBe('tok');
    expect($('input[name=idempotencyKey]').val()).toBe('k');
  });
});
