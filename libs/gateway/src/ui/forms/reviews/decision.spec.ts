import { load } from 'cheerio';
import { checkAnswersModel } from '../../web/check-answers.js';
import { ApiError } from '../../web/api-client.js';
import { formErrorsFrom } from '../../web/forms.js';
import { renderView } from '../../web/render.js';
import { CASE_ID, LAYOUT } from '../assessment/layout.fixture.js';
import { inFieldTerms } from '../assessment/case-form.js';
import {
  planOutcomes,
  reviewDecisionFields,
  reviewDecisionForm,
  reviewDecisionLabels,
  reviewDecisionModel,
} from './decision.view-model.js';

const REVIEW_ID = '9a1b2c3d-0000-4000-8000-000000000009';
const ids = { caseId: CASE_ID, reviewId: REVIEW_ID };
const OUTCOMES = [
  { outcomeId: 'o-1', text: 'Speaks in sentences of five words' },
  { outcomeId: 'o-2', text: 'Reads a page aloud' },
];
const context = { meetingOn: '2025-08-22', outcomes: OUTCOMES };
const form = reviewDecisionForm(context);
const body = {
  decision: 'amend',
  'decidedOn-day': '12',
  'decidedOn-month': '9',
  'decidedOn-year': '2025',
  stepDownConsidered: 'yes',
  stepDownRationale: ' Targeted support would not meet the need for weekly therapy ',
  rationale: 'Needs remain',
  proposedAmendments: 'Section F: therapy to 2 hours weekly',
  'progress-o-1': 'progressing',
  'progress-o-2': 'achieved',
};

describe('the review decision', () => {
  it('reads section E’s outcomes with their ids from GET …/plan', () => {
    expect(planOutcomes({ E: [{ outcomeId: 'o-1', text: 'Speaks', area: 'education' }, 'no id'] })).toEqual([
      { outcomeId: 'o-1', text: 'Speaks' },
    ]);
    expect(planOutcomes({ E: { outcomes: [{ outcomeId: 'o-3', text: 'Older shape' }] } })).toEqual([
      { outcomeId: 'o-3', text: 'Older shape' },
    ]);
    expect(planOutcomes(undefined)).toEqual([]);
  });

  it('sends the step-down answer as a boolean and the progress of every outcome, by its id', () => {
    expect(form.apiBody(form.read(body))).toEqual({
      decision: 'amend',
      decidedOn: '2025-09-12',
      stepDownConsidered: true,
      stepDownRationale: 'Targeted support would not meet the need for weekly therapy',
      rationale: 'Needs remain',
      proposedAmendments: 'Section F: therapy to 2 hours weekly',
      outcomesProgress: [
        { outcomeId: 'o-1', progress: 'progressing' },
        { outcomeId: 'o-2', progress: 'achieved' },
      ],
    });
    // Nothing chosen goes as nothing, for the API to name; no outcomes, no outcomesProgress.
    const empty = form.apiBody(form.read({ stepDownConsidered: 'no' }));
    expect(empty).toMatchObject({ stepDownConsidered: false, outcomesProgress: [{ outcomeId: 'o-1' }, { outcomeId: 'o-2' }] });
    expect(JSON.parse(JSON.stringify(empty)).outcomesProgress[0]).not.toHaveProperty('progress');
    expect(empty).not.toHaveProperty('proposedAmendments');
    const none = reviewDecisionForm({ outcomes: [] });
    expect(none.apiBody(none.read({}))).not.toHaveProperty('outcomesProgress');
    expect(none.apiBody(none.read({}))).toMatchObject({ stepDownConsidered: undefined });
    expect(form.apiPath(ids)).toBe(`/api/v1/cases/${CASE_ID}/reviews/${REVIEW_ID}/decision`);
    expect(form.returnPath?.(ids)).toBe(`/cases/${CASE_ID}/plan`);
  });

  it('puts each 400 beside its own field and in the summary: step-down, its reason, amendments, an outcome', () => {
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION',
      errors: [
        { field: 'stepDownConsidered', message: 'stepDownConsidered must be a boolean value' },
        { field: 'stepDownRationale', message: 'stepDownRationale must be non-empty text' },
        { field: 'proposedAmendments', message: 'proposedAmendments must be non-empty text' },
        { field: 'outcomesProgress[1].progress', message: 'progress must be one of not-started, progressing, achieved' },
      ],
    });
    const values = form.read({
      ...body,
      stepDownConsidered: undefined,
      stepDownRationale: '',
      proposedAmendments: '',
      'progress-o-2': undefined,
    });
    const errors = formErrorsFrom(
      inFieldTerms(error),
      reviewDecisionFields(OUTCOMES),
      'decision',
      reviewDecisionLabels(OUTCOMES),
    );
    const $ = load(
      renderView('forms/reviews/decision.njk', { ...LAYOUT, ...reviewDecisionModel(ids, context, values, 'key-1', errors) }),
    );
    expect(
      $('.govuk-error-summary__list a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['#stepDownConsidered', '#stepDownRationale', '#proposedAmendments', '#progress-1']);
    for (const id of ['stepDownConsidered', 'stepDownRationale', 'proposedAmendments', 'progress-1'])
      expect($(`#${id}`).length).toBe(1);
    expect($('#stepDownConsidered-error').text()).toContain('Whether a step down to targeted support was considered');
    expect($('#stepDownRationale-error').text()).toContain('The reason a step down is or is not right must be non-empty text.');
    expect($('#proposedAmendments-error').text()).toContain('The proposed amendments must be non-empty text.');
    expect($('#progress-1-error').text()).toContain('The progress towards outcome 2 must be one of');
    expect($('#progress-0-error').length).toBe(0);
    expect($('input[name="progress-o-1"]:checked').val()).toBe('progressing');
    expect($('#rationale').text()).toBe('Needs remain');
  });

  it('renders the radios, the meeting and one progress group per outcome', () => {
    const $ = load(
      renderView('forms/reviews/decision.njk', { ...LAYOUT, ...reviewDecisionModel(ids, context, form.read({}), 'k') }),
    );
    expect($('h1').text()).toBe('Record the review decision');
    expect($('#review-lead').text()).toBe('Review meeting on 22 August 2025.');
    expect($('form').attr('action')).toBe(`/cases/${CASE_ID}/reviews/${REVIEW_ID}/decision`);
    expect(
      $('input[name=decision]')
        .map((_, i) => $(i).val())
        .get(),
    ).toEqual(['maintain', 'amend', 'cease']);
    expect(
      $('input[name=stepDownConsidered]')
        .map((_, i) => $(i).val())
        .get(),
    ).toEqual(['yes', 'no']);
    expect(
      $('fieldset legend')
        .map((_, l) => $(l).text().trim())
        .get()
        .filter((t) => t.startsWith('Outcome')),
    ).toEqual(['Outcome 1: Speaks in sentences of five words', 'Outcome 2: Reads a page aloud']);
    expect(
      $('input[name="progress-o-2"]')
        .map((_, i) => $(i).val())
        .get(),
    ).toEqual(['not-started', 'progressing', 'achieved', 'no-longer-relevant']);
    expect($('textarea#stepDownRationale, textarea#rationale, textarea#proposedAmendments').length).toBe(3);
  });

  it('lists every answer, progress in words, before the irreversible decision', () => {
    const check = form.check!(form.read(body));
    expect(check.rows).toEqual([
      { key: 'Decision', value: 'Amend the plan' },
      { key: 'Date of the decision', value: '12 September 2025' },
      { key: 'Step down to targeted support considered', value: 'Yes' },
      { key: 'Why a step down is or is not right', value: 'Targeted support would not meet the need for weekly therapy' },
      { key: 'Reason for the decision', value: 'Needs remain' },
      { key: 'Proposed amendments', value: 'Section F: therapy to 2 hours weekly' },
      { key: 'Outcome 1: Speaks in sentences of five words', value: 'Progressing' },
      { key: 'Outcome 2: Reads a page aloud', value: 'Achieved' },
    ]);
    expect(
      form.check!(form.read({ ...body, decision: 'maintain', proposedAmendments: '' })).rows.map((r) => r.key),
    ).not.toContain('Proposed amendments');
    expect(check.warning).toContain('cannot be changed');
    const page = checkAnswersModel({ ...check, action: form.path(ids), body });
    const $ = load(renderView('check-answers.njk', { ...LAYOUT, ...page }));
    expect($('h1').text()).toBe('Check the review decision before it is recorded');
    expect($('input[type=hidden][name="progress-o-2"]').val()).toBe('achieved');
    expect($('button[name=confirmed]').text()).toBe('Record the decision');
    expect(form.banner(form.read(body)).title).toBe('Review decision recorded: amend the plan');
  });
});
