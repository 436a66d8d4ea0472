import { load } from 'cheerio';
import { EXCEPTION_GROUNDS } from '@send/statutory';
import { ApiError } from '../../web/api-client.js';
import { formErrorsFrom } from '../../web/forms.js';
import { renderView } from '../../web/render.js';
import { CASE_ID, LAYOUT } from './layout.fixture.js';
import {
  EXCEPTION_FIELDS,
  EXCEPTION_LABELS,
  GROUNDS,
  exceptionForm,
  exceptionModel,
  exceptionValues,
} from './exception.view-model.js';

const body = {
  ground: 'school-closure',
  'from-day': '1',
  'from-month': '7',
  'from-year': '2026',
  evidence: 'Closure notice',
  familyNotified: 'yes',
};

describe('an exception to the timescales', () => {
  it('offers exactly the API’s lawful grounds', () => {
    expect(GROUNDS.map((g) => g.value)).toEqual([...EXCEPTION_GROUNDS]);
    expect(GROUNDS.every((g) => g.text !== g.value)).toBe(true);
  });

  it('sends "family told" as a boolean, leaves it out when not chosen, and "to" only when given', () => {
    expect(exceptionForm.apiBody(exceptionValues(body))).toEqual({
      ground: 'school-closure',
      from: '2026-07-01',
      evidence: 'Closure notice',
      familyNotified: true,
    });
    const no = exceptionForm.apiBody(
      exceptionValues({ ...body, familyNotified: 'no', 'to-day': '5', 'to-month': '7', 'to-year': '2026' }),
    );
    expect(no).toMatchObject({ familyNotified: false, to: '2026-07-05' });
    expect(exceptionForm.apiBody(exceptionValues({}))).toMatchObject({ familyNotified: undefined });
    expect(exceptionForm.check!(exceptionValues(body)).rows).toEqual([
      { key: 'Ground', value: 'The school or college was closed' },
      { key: 'From', value: '1 July 2026' },
      { key: 'To', value: '' },
      { key: 'Evidence', value: 'Closure notice' },
      { key: 'Family told', value: 'Yes' },
    ]);
  });

  it('renders the API’s errors on the ground, the dates and the family’s notice', () => {
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION',
      errors: [
        { field: 'ground', message: 'ground must be one of the lawful grounds: school-closure' },
        { field: 'to', message: 'to must be a date' },
        { field: 'familyNotified', message: 'familyNotified must be a boolean value' },
      ],
    });
    const errors = formErrorsFrom(error, EXCEPTION_FIELDS, 'ground', EXCEPTION_LABELS);
    const model = exceptionModel(CASE_ID, exceptionValues({ ...body, ground: undefined }), 'k', errors);
    const $ = load(renderView('forms/assessment/exception.njk', { ...LAYOUT, ...model }));
    expect(
      $('.govuk-error-summary__list a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['#ground', '#to-day', '#familyNotified']);
    expect($('#ground-error').text()).toContain('The ground must be one of the lawful grounds');
    expect($('#familyNotified-error').text()).toContain('Whether the family was told must be a boolean value');
    expect($('input[name=familyNotified]:checked').val()).toBe('yes');
    expect($('#evidence').text()).toBe('Closure notice');
    expect($('#from-month').val()).toBe('7');
    expect($('form').attr('action')).toBe(`/cases/${CASE_ID}/assessment/exceptions`);
  });
});
