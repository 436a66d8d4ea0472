import { ApiError } from '../../web/api-client.js';
import { formErrorsFrom } from '../../web/forms.js';
import {
  type StepFormSpec,
  booleanFrom,
  firstFieldOf,
  penceFrom,
  stepAnswerRows,
  stepFieldIds,
  stepFieldLabels,
  stepFormModel,
  stepValuesFrom,
} from './step-form.js';

const spec: StepFormSpec = {
  pageTitle: 'A step',
  action: '/cases/c/x',
  submitText: 'Record',
  fields: [
    {
      kind: 'radios',
      name: 'answer',
      label: 'Answer',
      choices: [
        { value: 'a', text: 'Alpha' },
        { value: 'b', text: 'Beta' },
      ],
    },
    {
      kind: 'checkboxes',
      name: 'grounds',
      label: 'Grounds',
      choices: [
        { value: 'g1', text: 'Ground one' },
        { value: 'g2', text: 'Ground two' },
      ],
    },
    { kind: 'date', name: 'answeredOn', label: 'Answered on' },
    { kind: 'select', name: 'rank-1', apiField: 'ranked', label: 'First', choices: [{ value: 's1', text: 'School 1' }] },
    { kind: 'select', name: 'rank-2', apiField: 'ranked', label: 'Second', choices: [{ value: 's1', text: 'School 1' }] },
    { kind: 'textarea', name: 'notes', label: 'Notes' },
  ],
};

describe('a step form', () => {
  const body = {
    answer: 'b',
    grounds: 'g2',
    'answeredOn-day': '4',
    'answeredOn-month': '6',
    'answeredOn-year': '2026',
    'rank-1': 's1',
    'rank-2': '',
    notes: '  typed  ',
  };

  it('reads dates as YYYY-MM-DD, one checkbox as a list, blanks as not given', () => {
    expect(stepValuesFrom(spec, body)).toEqual({
      answer: 'b',
      grounds: ['g2'],
      answeredOn: '2026-06-04',
      'rank-1': 's1',
      'rank-2': undefined,
      notes: 'typed',
    });
    expect(stepValuesFrom(spec, {}).grounds).toEqual([]);
  });

  it('links each API field to its control: a date to its day, a list to its first control', () => {
    expect(stepFieldIds(spec)).toEqual({
      answer: 'answer',
      grounds: 'grounds',
      answeredOn: 'answeredOn-day',
      ranked: 'rank-1',
      notes: 'notes',
    });
    expect(stepFieldLabels(spec).ranked).toBe('First');
    expect(firstFieldOf(spec)).toBe('answer');
  });

  it('speaks the API’s field errors in the form’s words, beside their controls', () => {
    const error = new ApiError({
      status: 400,
      code: 'REQUEST.INVALID',
      errors: [
        { field: 'answeredOn', message: 'answeredOn must be a date' },
        { field: 'ranked', message: 'ranked should not be empty' },
      ],
    });
    const errors = formErrorsFrom(error, stepFieldIds(spec), firstFieldOf(spec), stepFieldLabels(spec));
    const model = stepFormModel(spec, {}, 'k', errors);
    expect(model.errorSummary).toEqual([
      { text: 'Answered on must be a date.', href: '#answeredOn-day' },
      { text: 'First should not be empty.', href: '#rank-1' },
    ]);
    expect(model.fields[2].errorMessage).toEqual({ text: 'Answered on must be a date.' });
    expect(model.fields[3].errorMessage).toEqual({ text: 'First should not be empty.' });
  });

  it('fills every control with what was typed', () => {
    const model = stepFormModel(spec, stepValuesFrom(spec, body), 'key-1');
    expect(model.idempotencyKey).toBe('key-1');
    expect(model.fields[0].items?.map((i) => i.checked)).toEqual([false, true]);
    expect(model.fields[1].items?.map((i) => i.checked)).toEqual([false, true]);
    expect(model.fields[2].parts).toEqual({ day: '4', month: '6', year: '2026' });
    expect(model.fields[3].items?.[0]).toEqual({ value: '', text: 'Choose' });
    expect(model.fields[3].items?.[1]).toMatchObject({ value: 's1', selected: true });
    expect(model.fields[5].value).toBe('typed');
  });

  it('shows check-your-answers rows by the choices’ words and dates as "4 June 2026"', () => {
    const rows = stepAnswerRows(spec, stepValuesFrom(spec, body));
    expect(rows.slice(0, 4)).toEqual([
      { key: 'Answer', value: 'Beta' },
      { key: 'Grounds', value: 'Ground two' },
      { key: 'Answered on', value: '4 June 2026' },
      { key: 'First', value: 'School 1' },
    ]);
  });

  it('turns pounds as typed into whole pence, and leaves anything else for the API to refuse', () => {
    expect(penceFrom('500')).toBe(50000);
    expect(penceFrom('£1,250.5')).toBe(125050);
    expect(penceFrom('-£300.25')).toBe(-30025);
    expect(penceFrom('lots')).toBe('lots');
    expect(penceFrom(undefined)).toBeUndefined();
    expect([booleanFrom('yes'), booleanFrom('no'), booleanFrom(undefined)]).toEqual([true, false, undefined]);
  });
});
