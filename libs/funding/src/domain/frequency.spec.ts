import { READABLE_FREQUENCIES, UNREADABLE_FREQUENCIES } from '../../../statutory/src/provision-frequency.fixtures.js';
import { readFrequency } from './frequency.js';
import { fraction } from './money.js';

const week = (num: number, den = 1) => ({ kind: 'per-week', perWeek: fraction(num, den) });

describe('readFrequency: times per week the setting is open', () => {
  it.each([
    ['daily', week(5)],
    ['every school day', week(5)],
    ['Every day (term time only)', week(5)],
    ['weekly', week(1)],
    ['once a week', week(1)],
    ['3 times a week', week(3)],
    ['3x weekly', week(3)],
    ['twice daily', week(10)],
    ['5 days a week', week(5)],
    ['fortnightly', week(1, 2)],
    ['every other week', week(1, 2)],
    ['every 3 weeks', week(1, 3)],
    ['every 1.5 weeks', week(2, 3)],
    ['monthly', week(3, 13)],
    ['half-termly', week(2, 13)],
    ['termly', week(1, 13)],
    ['once a term', week(1, 13)],
    ['every Monday and Thursday', week(2)],
    ['on Tuesdays', week(1)],
  ])('%s', (words, expected) => {
    expect(readFrequency(words)).toEqual(expected);
  });

  it('counts a yearly item once a year, whatever the weeks open', () => {
    expect(readFrequency('annually')).toEqual({ kind: 'per-year', perYear: fraction(1) });
    expect(readFrequency('twice a year')).toEqual({ kind: 'per-year', perYear: fraction(2) });
  });

  it.each([
    ['continuous', 'continuous'],
    ['at all times', 'continuous'],
    ['once', 'once'],
    ['one-off', 'once'],
    ['as required', 'unknown'],
    ['every lesson', 'unknown'],
    ['every 0 weeks', 'unknown'],
    ['twice continuous', 'unknown'],
    ['', 'unknown'],
  ])('%p is %s', (words, kind) => {
    expect(readFrequency(words).kind).toBe(kind);
  });

  it.each(READABLE_FREQUENCIES)('counts %p, a frequency a plan may state', (words) => {
    expect(readFrequency(words).kind).not.toBe('unknown');
  });

  it.each(UNREADABLE_FREQUENCIES)('cannot count %p, which no plan may state', (words) => {
    expect(readFrequency(words).kind).toBe('unknown');
  });
});
