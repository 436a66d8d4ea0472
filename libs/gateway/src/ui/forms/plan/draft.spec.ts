import { load } from 'cheerio';
import { ApiError } from '../../web/api-client.js';
import { formErrorsFrom } from '../../web/forms.js';
import { renderView } from '../../web/render.js';
import { CASE_ID, LAYOUT } from '../assessment/layout.fixture.js';
import { inFieldTerms } from '../assessment/case-form.js';
import {
  draftAnswers,
  draftApiBody,
  draftFields,
  draftForm,
  draftLabels,
  draftModel,
  draftValues,
  isItemEdit,
} from './draft.view-model.js';

const ITEM = { provision: 'Speech therapy', hours: '1', frequency: 'weekly', deliveredBy: 'therapist' };
const text = {
  A: 'Views',
  C: 'None',
  D: 'None',
  E: 'Speak in sentences\n\n Read a page ',
  G: 'None',
  H1: 'None',
  H2: 'None',
  J: 'None',
  K: 'EP advice\nSpeech and language therapy report',
};
const body = {
  ...text,
  primaryNeed: 'SLCN',
  needDescription: 'Language',
  'issuedOn-day': '1',
  'issuedOn-month': '9',
  'issuedOn-year': '2026',
  'F-provision': ITEM.provision,
  'F-hours': ITEM.hours,
  'F-frequency': ITEM.frequency,
  'F-deliveredBy': ITEM.deliveredBy,
  newProvision: 'Literacy teaching',
  newHours: '',
  newFrequency: 'daily',
  newDeliveredBy: 'teacher',
};

describe('the draft plan', () => {
  it('reads the items carried in hidden fields, then the one being typed, in order', () => {
    const values = draftValues(body);
    expect(values.items).toEqual([
      ITEM,
      { provision: 'Literacy teaching', hours: '', frequency: 'daily', deliveredBy: 'teacher' },
    ]);
    const two = draftValues({
      'F-provision': ['a', 'b'],
      'F-hours': ['', '2'],
      'F-frequency': ['x', 'y'],
      'F-deliveredBy': ['p', 'q'],
    });
    expect(two.items.map((i) => i.hours)).toEqual(['', '2']);
    expect(draftValues({ newProvision: ' ', newHours: '' }).items).toEqual([]);
    expect(isItemEdit({ action: 'add-item' })).toBe(true);
    expect(isItemEdit({})).toBe(false);
  });

  it('sends the sections as the API reads them: B, E’s outcomes and K’s advice one a line, F’s hours as numbers, no I', () => {
    const sent = draftApiBody(draftValues({ ...body, newHours: 'two' }));
    expect(sent.issuedOn).toBe('2026-09-01');
    expect(sent.sections).toMatchObject({
      A: 'Views',
      K: ['EP advice', 'Speech and language therapy report'],
      B: { primaryNeed: 'SLCN', description: 'Language' },
      E: ['Speak in sentences', 'Read a page'],
    });
    expect(sent.sections).not.toHaveProperty('I');
    expect(sent.sections.F).toEqual([
      { provision: 'Speech therapy', hours: 1, frequency: 'weekly', deliveredBy: 'therapist' },
      { provision: 'Literacy teaching', hours: 'two', frequency: 'daily', deliveredBy: 'teacher' },
    ]);
    // Nothing typed goes as nothing, for the API to name the section.
    expect(JSON.parse(JSON.stringify(draftApiBody(draftValues({ ...body, E: ' \n ' })).sections))).not.toHaveProperty('E');
    expect(draftApiBody(draftValues({ ...body, newHours: '' })).sections.F[1]).not.toHaveProperty('hours');
  });

  it('puts each error on its control: sections, B, and an item’s entry, in the form’s words', () => {
    const values = draftValues(body);
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION',
      errors: [
        { field: 'sections.A', message: 'section A must be non-empty text' },
        { field: 'sections.B.primaryNeed', message: 'primaryNeed must be one of SPLD MLD' },
        { field: 'sections.F.items[1].frequency', message: 'frequency must be non-empty text' },
        { field: 'sections.E[1].text', message: 'text must be non-empty text' },
      ],
    });
    const errors = formErrorsFrom(inFieldTerms(error), draftFields(values), 'sections.F', draftLabels(values));
    expect(errors.summary.map((e) => e.href)).toEqual(['#A', '#primaryNeed', '#F-item-1', '#E']);
    expect(errors.summary[2].text).toBe('How often in provision item 2 must be non-empty text.');
    const $ = load(renderView('forms/plan/draft.njk', { ...LAYOUT, ...draftModel(CASE_ID, values, 'k', errors) }));
    expect($('#A-error').text()).toContain('Section A: the views');
    expect($('#primaryNeed-error').text()).toContain('Section B: the primary need must be one of');
    expect($('#F-item-1 .govuk-error-message').text()).toContain('How often in provision item 2');
    expect($('#F-item-0 .govuk-error-message').length).toBe(0);
  });

  it('renders the items so far as cards with hidden fields, the new item empty, and every section', () => {
    const values = draftValues(body);
    const $ = load(renderView('forms/plan/draft.njk', { ...LAYOUT, ...draftModel(CASE_ID, values, 'key-1') }));
    expect($('form').attr('action')).toBe(`/cases/${CASE_ID}/plan/draft`);
    expect($('input[name=_csrf]').val()).toBe('tok');
    expect($('input[name=idempotencyKey]').val()).toBe('key-1');
    expect(
      $('.govuk-summary-card__title')
        .map((_, e) => $(e).text().trim())
        .get(),
    ).toEqual(['Provision item 1', 'Provision item 2']);
    expect(
      $('input[name=F-provision]')
        .map((_, e) => $(e).val())
        .get(),
    ).toEqual(['Speech therapy', 'Literacy teaching']);
    expect(
      $('input[name=F-hours]')
        .map((_, e) => $(e).val())
        .get(),
    ).toEqual(['1', '']);
    expect($('#newProvision').text()).toBe('');
    expect($('button[name=action][value=add-item]').text().trim()).toBe('Add another item');
    for (const key of ['A', 'C', 'D', 'E', 'G', 'H1', 'H2', 'J', 'K']) expect($(`textarea#${key}`).length).toBe(1);
    expect($('textarea#E').val()).toBe('Speak in sentences\n\n Read a page');
    expect($('#E-hint').text()).toContain('One outcome a line');
    expect($('#K-hint').text()).toContain('a line');
    // No section I in a draft (CFA s.38(5)): it is named with the final plan.
    expect($('[name=settingType], [name^=I]').length).toBe(0);
    expect($('#primaryNeed option:selected').val()).toBe('SLCN');
    expect($('#primaryNeed option').length).toBe(13);
    expect($('#issuedOn-day').val()).toBe('1');
  });

  it('lists every section and each item for checking, and says what issuing starts', () => {
    const rows = draftAnswers(draftValues(body));
    expect(rows.find((r) => r.key === 'Section F: provision item 1')?.value).toBe('Speech therapy: 1 hour, weekly, by therapist');
    expect(rows.find((r) => r.key === 'Section F: provision item 2')?.value).toBe('Literacy teaching: daily, by teacher');
    expect(rows.find((r) => r.key === 'Section B: primary need')?.value).toBe('Speech, language and communication needs (SLCN)');
    expect(rows.filter((r) => /^Section [EK]: /.test(r.key))).toEqual([
      { key: 'Section E: outcome 1', value: 'Speak in sentences' },
      { key: 'Section E: outcome 2', value: 'Read a page' },
      { key: 'Section K: entry 1', value: 'EP advice' },
      { key: 'Section K: entry 2', value: 'Speech and language therapy report' },
    ]);
    expect(draftForm.check!(draftValues(body)).warning).toContain('15 days');
  });
});
