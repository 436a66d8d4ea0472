import { ApiError } from './api-client.js';
import { dateFromParts, formErrorsFrom, formKeyOf, partsOfDate, textOf } from './forms.js';

describe('forms: the API’s own answer shown on the page', () => {
  it('names every bad field beside its control and in the summary, dates linking to their day input', () => {
    const error = new ApiError({
      status: 400,
      code: 'REQUEST.INVALID',
      errors: [
        { field: 'receivedOn', message: 'receivedOn must be a date (YYYY-MM-DD)' },
        { field: 'child.givenName', message: 'child.givenName should not be empty' },
        { field: 'child.familyName', message: 'child.familyName should not be empty' },
      ],
    });
    const errors = formErrorsFrom(error, { receivedOn: 'receivedOn-day', child: 'child', 'child.familyName': 'familyName' });
    expect(errors.summary).toEqual([
      { text: 'ReceivedOn must be a date (YYYY-MM-DD).', href: '#receivedOn-day' },
      { text: 'Child.givenName should not be empty.', href: '#child' },
      { text: 'Child.familyName should not be empty.', href: '#familyName' },
    ]);
    expect(errors.fields['receivedOn-day']).toEqual({ text: 'ReceivedOn must be a date (YYYY-MM-DD).' });
    expect(errors.code).toBeUndefined();
  });

  it('shows a domain refusal as its plain message, keeping the stable code', () => {
    const error = new ApiError({
      status: 422,
      code: 'EHCP.REPRESENTATION_PERIOD_OPEN',
      detail: 'The family has until 20 June 2026 to make representations',
    });
    expect(formErrorsFrom(error, { issuedOn: 'issuedOn-day' }, 'issuedOn')).toEqual({
      summary: [{ text: 'The family has until 20 June 2026 to make representations.', href: '#issuedOn-day' }],
      fields: {},
      code: 'EHCP.REPRESENTATION_PERIOD_OPEN',
    });
  });

  it("shows a domain refusal that names one of the form's fields beside that field", () => {
    const error = new ApiError({
      status: 422,
      code: 'EHCP.EXCEPTION_GROUND_NOT_MET',
      detail: 'to must be at least 4 weeks after from',
      field: 'to',
    });
    const ids = { ground: 'ground', to: 'to-day' };
    expect(formErrorsFrom(error, ids, 'ground', { to: 'When the closure ended' })).toEqual({
      summary: [{ text: 'When the closure ended must be at least 4 weeks after from.', href: '#to-day' }],
      fields: { 'to-day': { text: 'When the closure ended must be at least 4 weeks after from.' } },
      code: 'EHCP.EXCEPTION_GROUND_NOT_MET',
    });
    // A field the form has no control for: shown against the form's first field, as before.
    expect(formErrorsFrom(new ApiError({ ...error.problem, field: 'elsewhere' }), ids, 'ground').summary[0].href).toBe('#ground');
  });

  it('joins a GOV.UK date input into a business date, leaving the judgement of it to the API', () => {
    expect(dateFromParts({ 'd-day': '4', 'd-month': '6', 'd-year': '2026' }, 'd')).toBe('2026-06-04');
    expect(dateFromParts({ 'd-day': '31', 'd-month': '2', 'd-year': '2026' }, 'd')).toBe('2026-02-31');
    expect(dateFromParts({ 'd-day': '4', 'd-month': '6', 'd-year': '26' }, 'd')).toBe('26-06-04');
    expect(dateFromParts({}, 'd')).toBeUndefined();
    expect(partsOfDate('2026-06-04')).toEqual({ day: '4', month: '6', year: '2026' });
    expect(partsOfDate(undefined)).toEqual({ day: '', month: '', year: '' });
  });

  it('trims text to undefined when blank and accepts only keys it could have made', () => {
    expect(textOf({ a: '  x ' }, 'a')).toBe('x');
    expect(textOf({ a: '   ' }, 'a')).toBeUndefined();
    expect(textOf({ a: ['x'] }, 'a')).toBeUndefined();
    expect(formKeyOf({ idempotencyKey: '0b7f2c1e-3d4a-4b5c-8d9e-0f1a2b3c4d5e' })).toBe('0b7f2c1e-3d4a-4b5c-8d9e-0f1a2b3c4d5e');
    expect(formKeyOf({ idempotencyKey: 'anything; drop' })).toBeUndefined();
  });
});
