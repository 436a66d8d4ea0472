import { ApiError } from '../../web/api-client.js';
import { formErrorsFrom } from '../../web/forms.js';
import { caseCaption, inFieldTerms, radioItems, textOfOption } from './case-form.js';

const CASE = '3f2b9c1e-0000-4000-8000-000000000001';

describe('the parts every case form shares', () => {
  it('names the case by its reference', () => {
    expect(caseCaption(CASE)).toBe('Case 3F2B9C1E');
  });

  it('words a nested field by its whole name, so that the form’s label replaces it', () => {
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION',
      errors: [
        { field: 'sections.A', message: 'section A must be non-empty text' },
        { field: 'sections.F.items[1].frequency', message: 'frequency must be non-empty text' },
        { field: 'issuedOn', message: 'issuedOn must be a date' },
        { field: 'sections.B', message: 'something else' },
      ],
    });
    const named = inFieldTerms(error).problem.errors!.map((e) => e.message);
    expect(named).toEqual([
      'sections.A must be non-empty text',
      'sections.F.items[1].frequency must be non-empty text',
      'issuedOn must be a date',
      'something else',
    ]);
    const shown = formErrorsFrom(inFieldTerms(error), {}, undefined, { 'sections.A': 'Section A: views' });
    expect(shown.summary[0].text).toBe('Section A: views must be non-empty text.');
  });

  it('leaves a refusal without field errors as it is', () => {
    const error = new ApiError({ status: 422, code: 'X.Y', detail: 'No.' });
    expect(inFieldTerms(error)).toBe(error);
  });

  it('checks the chosen radio and words a chosen option', () => {
    const options = [
      { value: 'a', text: 'Ay' },
      { value: 'b', text: 'Bee' },
    ];
    expect(radioItems(options, 'b').map((o) => o.checked)).toEqual([false, true]);
    expect(textOfOption(options, 'a')).toBe('Ay');
    expect(textOfOption(options, undefined)).toBe('');
  });
});
