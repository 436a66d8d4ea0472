import { load } from 'cheerio';
import { ApiError } from '../../web/api-client.js';
import { checkAnswersModel } from '../../web/check-answers.js';
import { formErrorsFrom } from '../../web/forms.js';
import { renderView } from '../../web/render.js';
import { CASE_ID, LAYOUT } from '../assessment/layout.fixture.js';
import { inFieldTerms } from '../assessment/case-form.js';
import {
  amendedAnswers,
  amendedApiBody,
  amendedFields,
  amendedForm,
  amendedLabels,
  amendedModel,
  amendedValues,
  amendedValuesFromPlan,
  isAmendedItemEdit,
  removedItems,
} from './amended.view-model.js';

/** `GET …/plan` as the API answers it for a final plan. */
const PLAN = {
  version: 2,
  status: 'final',
  sections: {
    A: { text: 'Views' },
    B: { primaryNeed: 'SLCN', secondaryNeeds: ['SEMH'], description: 'Language' },
    C: { text: 'None' },
    D: { text: 'None' },
    E: [
      { outcomeId: 'o-1', text: 'Speak in sentences', area: 'community', by: '2027-07-20' },
      { outcomeId: 'o-2', text: 'Read a page' },
    ],
    F: {
      items: [
        { provision: 'Speech therapy', hours: 1, frequency: 'weekly', deliveredBy: 'therapist', startsOn: '2026-09-01' },
        { provision: 'Laptop', frequency: 'daily', deliveredBy: 'teacher' },
      ],
    },
    G: { text: 'None' },
    H1: { text: 'None' },
    H2: { text: 'None' },
    I: { type: 'mainstream', name: 'Oakwood Primary' },
    J: { text: 'No budget' },
    K: [{ title: 'EP advice', from: 'Dr Rahman', date: '2026-05-01' }],
  },
};

/** The form as the browser posts it back: every control of the rendered page, by name. */
function posted(html: string): Record<string, string | string[]> {
  const $ = load(html);
  const body: Record<string, string | string[]> = {};
  $('form input[name], form textarea[name], form select[name]').each((_, el) => {
    const name = $(el).attr('name')!;
    if ($(el).is('[type=checkbox], [type=radio]') && !$(el).is(':checked')) return;
    const value = $(el).is('select') ? String($(el).find('option:selected').val() ?? '') : String($(el).val() ?? '');
    const prior = body[name];
    body[name] = prior === undefined ? value : [...(Array.isArray(prior) ? prior : [prior]), value];
  });
  return body;
}

const render = (model: object) => renderView('forms/plan-changes/amended.njk', { ...LAYOUT, ...model });

describe('the amended plan', () => {
  const fromPlan = amendedValuesFromPlan(PLAN);

  it('opens filled in from the plan in force: every section, each outcome and item on its own', () => {
    const $ = load(render(amendedModel(CASE_ID, fromPlan, 'k')));
    expect($('form').attr('action')).toBe(`/cases/${CASE_ID}/plan/amended`);
    expect($('textarea#A').val()).toBe('Views');
    expect($('textarea#J').val()).toBe('No budget');
    expect($('#primaryNeed option:selected').val()).toBe('SLCN');
    expect($('textarea#E-0').val()).toBe('Speak in sentences');
    expect(
      $('input[name=E-outcomeId]')
        .map((_, e) => $(e).val())
        .get(),
    ).toEqual(['o-1', 'o-2']);
    expect($('#F-0-frequency').val()).toBe('weekly');
    expect($('#F-1-hours').val()).toBe('');
    expect($('label[for=F-1-remove]').text().trim()).toBe('Remove provision item 2');
    expect($('input[name=F-remove]:checked').length).toBe(0);
    expect($('input#K-0').val()).toBe('EP advice');
    expect($('.govuk-inset-text').text()).toContain('(Oakwood Primary (mainstream))');
    expect($('[name=settingType], [name^="I"]').length).toBe(0);
    expect($('#issuedOn-day').val()).toBe('');
  });

  it('sends back what it was given, ids and all, with the one change made; section I left out', () => {
    const body = posted(render(amendedModel(CASE_ID, fromPlan, 'k')));
    const frequencies = body['F-frequency'] as string[];
    const sent = amendedApiBody(
      amendedValues({
        ...body,
        'F-frequency': ['twice weekly', frequencies[1]],
        'issuedOn-day': '6',
        'issuedOn-month': '10',
        'issuedOn-year': '2026',
      }),
    );
    expect(sent.issuedOn).toBe('2026-10-06');
    expect(sent.sections).toMatchObject({
      A: 'Views',
      B: { primaryNeed: 'SLCN', secondaryNeeds: ['SEMH'], description: 'Language' },
      E: [
        { outcomeId: 'o-1', text: 'Speak in sentences', area: 'community', by: '2027-07-20' },
        { outcomeId: 'o-2', text: 'Read a page' },
      ],
      K: [{ title: 'EP advice', from: 'Dr Rahman', date: '2026-05-01' }],
    });
    expect(sent.sections.F).toEqual([
      { provision: 'Speech therapy', hours: 1, frequency: 'twice weekly', deliveredBy: 'therapist', startsOn: '2026-09-01' },
      { provision: 'Laptop', frequency: 'daily', deliveredBy: 'teacher' },
    ]);
    expect(sent.sections).not.toHaveProperty('I');
  });

  it('drops an emptied outcome and adds new ones a line each; drops a ticked item and adds one without posting', () => {
    const body = posted(render(amendedModel(CASE_ID, fromPlan, 'k')));
    const v = amendedValues({ ...body, 'E-text': ['', 'Read a page'], newOutcomes: 'Write a sentence\n\nCount to 100' });
    expect(amendedApiBody(v).sections.E).toEqual([{ outcomeId: 'o-2', text: 'Read a page' }, 'Write a sentence', 'Count to 100']);
    expect([...removedItems({ 'F-remove': ['0', 'x'] })]).toEqual([0]);
    expect(isAmendedItemEdit({ action: 'add-item' })).toBe(true);
    expect(isAmendedItemEdit({})).toBe(false);
    const removed = amendedValues({ ...body, 'F-remove': '0' });
    expect(removed.items.map((i) => i.provision)).toEqual(['Laptop']);
    expect(amendedApiBody(removed).sections.F).toEqual([{ provision: 'Laptop', frequency: 'daily', deliveredBy: 'teacher' }]);
    const added = amendedValues({ ...body, newProvision: 'Pen grip', newFrequency: 'daily', newDeliveredBy: 'TA' });
    expect(added.items.map((i) => i.provision)).toEqual(['Speech therapy', 'Laptop', 'Pen grip']);
  });

  it('puts the API’s errors on the outcome, the item’s part or the date, and shows a 422’s code', () => {
    const v = amendedValues(posted(render(amendedModel(CASE_ID, fromPlan, 'k'))));
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION',
      errors: [
        { field: 'sections.E[1].text', message: 'text must be non-empty text' },
        { field: 'sections.F.items[1].frequency', message: 'frequency must be non-empty text' },
        { field: 'issuedOn', message: 'issuedOn must be a date' },
      ],
    });
    const errors = formErrorsFrom(inFieldTerms(error), amendedFields(v), 'issuedOn', amendedLabels(v));
    expect(errors.summary.map((e) => e.href)).toEqual(['#E-1', '#F-1-frequency', '#issuedOn-day']);
    expect(errors.summary[1].text).toBe('How often in provision item 2 must be non-empty text.');
    const $ = load(render(amendedModel(CASE_ID, v, 'k', errors)));
    expect($('#E-1-error').text()).toContain('must be non-empty text');
    expect($('#F-1-frequency-error').text()).toContain('How often in provision item 2');
    expect($('.govuk-error-summary a').length).toBe(3);

    const open = new ApiError({
      status: 422,
      code: 'EHCP.REPRESENTATION_PERIOD_OPEN',
      detail: 'the 15 days for representations run until 2026-10-16',
    });
    const refused = formErrorsFrom(open, amendedFields(v), amendedForm.firstField, amendedLabels(v));
    const $$ = load(render(amendedModel(CASE_ID, v, 'k', refused)));
    expect($$('.govuk-error-summary').text()).toContain('The 15 days for representations run until 16 October 2026.');
    expect($$('.govuk-error-summary a').attr('href')).toBe('#issuedOn-day');
    expect($$('#error-code').text()).toContain('EHCP.REPRESENTATION_PERIOD_OPEN');
  });

  it('lists every section for checking, section I as the last version’s, and carries the lists through', () => {
    const body = {
      ...posted(render(amendedModel(CASE_ID, fromPlan, 'k'))),
      'issuedOn-day': '6',
      'issuedOn-month': '10',
      'issuedOn-year': '2026',
    };
    const v = amendedValues(body);
    const rows = amendedAnswers(v);
    expect(rows[0]).toEqual({ key: 'Date the amended plan is issued', value: '6 October 2026' });
    expect(rows.find((r) => r.key === 'Section E: outcome 2')?.value).toBe('Read a page');
    expect(rows.find((r) => r.key === 'Section F: provision item 1')?.value).toBe('Speech therapy: 1 hour, weekly, by therapist');
    expect(rows.find((r) => r.key === 'Section I: the setting')?.value).toBe(
      'Oakwood Primary (mainstream), as in the last version',
    );
    expect(rows.find((r) => r.key === 'Section K: entry 1')?.value).toBe('EP advice');
    // The check page carries every posted list, so that confirming sends the same plan.
    const check = checkAnswersModel({ ...amendedForm.check!(v), action: '/x', body });
    expect(check.hidden.filter((h) => h.name === 'E-outcomeId').map((h) => h.value)).toEqual(['o-1', 'o-2']);
    expect(check.confirmText).toBe('Issue the amended plan');
  });
});
