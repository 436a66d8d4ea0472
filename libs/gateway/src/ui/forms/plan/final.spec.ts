import { load } from 'cheerio';
import { SETTING_TYPES } from '@send/statutory';
import { ApiError } from '../../web/api-client.js';
import { formErrorsFrom } from '../../web/forms.js';
import { renderView } from '../../web/render.js';
import { CASE_ID, LAYOUT } from '../assessment/layout.fixture.js';
import { inFieldTerms } from '../assessment/case-form.js';
import { FINAL_FIELDS, FINAL_LABELS, SETTINGS, finalForm, finalModel, finalValues } from './final.view-model.js';

const date = { 'issuedOn-day': '7', 'issuedOn-month': '9', 'issuedOn-year': '2026' };

describe('the final plan', () => {
  it('offers the API’s kinds of setting, and sends section I only when some of it was given', () => {
    expect(SETTINGS.map((s) => s.value)).toEqual([...SETTING_TYPES]);
    expect(finalForm.apiBody(finalValues(date))).toEqual({ issuedOn: '2026-09-07' });
    expect(finalForm.apiBody(finalValues({ ...date, settingType: 'special', settingName: 'Oak' }))).toEqual({
      issuedOn: '2026-09-07',
      I: { type: 'special', name: 'Oak' },
    });
    expect(finalForm.apiBody(finalValues({ ...date, settingName: 'Oak' }))).toEqual({
      issuedOn: '2026-09-07',
      I: { type: undefined, name: 'Oak' },
    });
  });

  it('lists the answers for checking, section I "as allocated by placement" when left empty', () => {
    const rows = finalForm.check!(finalValues(date)).rows;
    expect(rows[0]).toEqual({ key: 'Date the final plan is issued', value: '7 September 2026' });
    expect(rows[1]).toEqual({ key: 'Section I: type of setting', value: 'As allocated by placement' });
  });

  it('renders a refusal for want of section I on the setting type, with its code', () => {
    const error = new ApiError({ status: 422, code: 'EHCP.SECTION_I_REQUIRED', detail: 'the plan must name a setting' });
    const errors = formErrorsFrom(error, FINAL_FIELDS, 'sectionI', FINAL_LABELS);
    const $ = load(renderView('forms/plan/final.njk', { ...LAYOUT, ...finalModel(CASE_ID, finalValues(date), 'k', errors) }));
    expect($('.govuk-error-summary__list a').attr('href')).toBe('#settingType');
    expect($('#error-code').text()).toContain('EHCP.SECTION_I_REQUIRED');
    expect($('#issuedOn-day').val()).toBe('7');
    expect($('input[name=settingType]').length).toBe(SETTING_TYPES.length);
    expect($('form').attr('action')).toBe(`/cases/${CASE_ID}/plan/final`);
  });

  it('puts a bad type of setting on its radios in the form’s words', () => {
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION',
      errors: [{ field: 'I.type', message: 'type must be one of mainstream' }],
    });
    const errors = formErrorsFrom(inFieldTerms(error), FINAL_FIELDS, 'issuedOn', FINAL_LABELS);
    const $ = load(renderView('forms/plan/final.njk', { ...LAYOUT, ...finalModel(CASE_ID, finalValues(date), 'k', errors) }));
    expect($('#settingType-error').text()).toContain('The type of setting must be one of mainstream.');
  });
});
