import { load } from 'cheerio';
import { ApiError } from '../../web/api-client.js';
import { formErrorsFrom } from '../../web/forms.js';
import { renderView } from '../../web/render.js';
import { CASE_ID, LAYOUT } from './layout.fixture.js';
import {
  ADVICE_RECEIVED_FIELDS,
  ADVICE_RECEIVED_LABELS,
  ADVICE_REQUEST_FIELDS,
  ADVICE_REQUEST_LABELS,
  adviceReceivedForm,
  adviceReceivedModel,
  adviceReceivedValues,
  adviceRequestForm,
  adviceRequestModel,
  adviceRequestValues,
} from './advice.view-model.js';

const ADVICE_ID = 'a1b2c3d4-0000-4000-8000-000000000002';

describe('advice requested and received', () => {
  it('reads each form into the API’s body, posting to the advice’s own route', () => {
    const request = adviceRequestValues({
      adviser: 'health',
      'requestedOn-day': '7',
      'requestedOn-month': '7',
      'requestedOn-year': '2026',
    });
    expect(adviceRequestForm.apiBody(request)).toEqual({ adviser: 'health', requestedOn: '2026-07-07' });
    expect(adviceRequestForm.banner(request).title).toBe('Advice requested: Health care professional');
    const received = adviceReceivedValues({ 'receivedOn-day': '10', 'receivedOn-month': '8', 'receivedOn-year': '2026' });
    expect(adviceReceivedForm.apiBody(received)).toEqual({ receivedOn: '2026-08-10' });
    expect(adviceReceivedForm.apiPath({ caseId: CASE_ID, adviceId: ADVICE_ID })).toBe(
      `/api/v1/cases/${CASE_ID}/assessment/advice/${ADVICE_ID}/received`,
    );
    expect(adviceRequestForm.check).toBeUndefined();
  });

  it('renders the request with each missing field named on its control', () => {
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION',
      errors: [
        { field: 'adviser', message: 'adviser must be one of the following values' },
        { field: 'requestedOn', message: 'requestedOn must be a date' },
      ],
    });
    const errors = formErrorsFrom(error, ADVICE_REQUEST_FIELDS, 'requestedOn', ADVICE_REQUEST_LABELS);
    const $ = load(renderView('forms/assessment/advice.njk', { ...LAYOUT, ...adviceRequestModel(CASE_ID, {}, 'k', errors) }));
    expect($('form').attr('action')).toBe(`/cases/${CASE_ID}/assessment/advice`);
    expect(
      $('.govuk-error-summary__list a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['#adviser', '#requestedOn-day']);
    expect($('#adviser-error').text()).toContain('Who the advice is asked of must be one of');
    expect($('#requestedOn-error').text()).toContain('The date advice was requested must be a date');
    expect($('input[name=adviser]').length).toBe(5);
  });

  it('renders advice received posting to the advice’s own page, a refusal shown against its date', () => {
    const errors = formErrorsFrom(
      new ApiError({ status: 422, code: 'ASSESSMENT.ADVICE_NOT_FOUND', detail: 'no such advice' }),
      ADVICE_RECEIVED_FIELDS,
      'receivedOn',
      ADVICE_RECEIVED_LABELS,
    );
    const model = adviceReceivedModel(
      CASE_ID,
      ADVICE_ID,
      adviceReceivedValues({ 'receivedOn-day': '10', 'receivedOn-month': '8', 'receivedOn-year': '2026' }),
      'k',
      errors,
    );
    const $ = load(renderView('forms/assessment/advice-received.njk', { ...LAYOUT, ...model }));
    expect($('form').attr('action')).toBe(`/cases/${CASE_ID}/assessment/advice/${ADVICE_ID}/received`);
    expect($('.govuk-error-summary__list a').attr('href')).toBe('#receivedOn-day');
    expect($('#error-code').text()).toContain('ASSESSMENT.ADVICE_NOT_FOUND');
    expect($('#receivedOn-day').val()).toBe('10');
  });
});
