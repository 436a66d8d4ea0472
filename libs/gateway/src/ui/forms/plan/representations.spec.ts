import { load } from 'cheerio';
import { ApiError } from '../../web/api-client.js';
import { formErrorsFrom } from '../../web/forms.js';
import { renderView } from '../../web/render.js';
import { CASE_ID, LAYOUT } from '../assessment/layout.fixture.js';
import {
  REPRESENTATIONS_FIELDS,
  REPRESENTATIONS_LABELS,
  representationsForm,
  representationsModel,
  representationsValues,
} from './representations.view-model.js';

const date = { 'receivedOn-day': '4', 'receivedOn-month': '9', 'receivedOn-year': '2026' };

describe('the family’s representations', () => {
  it('sends "nothing further" and the setting asked for only when given', () => {
    expect(representationsForm.apiBody(representationsValues(date))).toEqual({ receivedOn: '2026-09-04' });
    expect(
      representationsForm.apiBody(representationsValues({ ...date, nothingFurther: 'yes', requestedSettingId: ' oak ' })),
    ).toEqual({
      receivedOn: '2026-09-04',
      nothingFurther: true,
      requestedSettingId: 'oak',
    });
    expect(representationsForm.check).toBeUndefined();
  });

  it('renders the refusal against the date and keeps what was ticked and typed', () => {
    const error = new ApiError({
      status: 422,
      code: 'EHCP.REPRESENTATIONS_BEFORE_DRAFT',
      detail: 'draft 1 was issued on 2026-09-05',
    });
    const errors = formErrorsFrom(error, REPRESENTATIONS_FIELDS, 'receivedOn', REPRESENTATIONS_LABELS);
    const values = representationsValues({ ...date, nothingFurther: 'yes', requestedSettingId: 'oak' });
    const $ = load(
      renderView('forms/plan/representations.njk', { ...LAYOUT, ...representationsModel(CASE_ID, values, 'k', errors) }),
    );
    expect($('.govuk-error-summary__list a').attr('href')).toBe('#receivedOn-day');
    expect($('.govuk-error-summary').text()).toContain('Draft 1 was issued on 5 September 2026.');
    expect($('input[name=nothingFurther]').is(':checked')).toBe(true);
    expect($('#requestedSettingId').val()).toBe('oak');
    expect($('form').attr('action')).toBe(`/cases/${CASE_ID}/plan/representations`);
    expect($('input[name=_csrf]').val()).toBe('tok');
  });
});
