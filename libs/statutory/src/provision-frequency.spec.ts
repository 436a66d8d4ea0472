import { READABLE_FREQUENCIES, UNREADABLE_FREQUENCIES } from './provision-frequency.fixtures.js';
import { readProvisionFrequency, recurs } from './provision-frequency.js';

const week = (num: number, den = 1) => ({ kind: 'per-week', perWeek: { num, den } });
const year = (num: number, den = 1) => ({ kind: 'per-year', perYear: { num, den } });

describe('readProvisionFrequency: times per week the setting is open', () => {
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
    ['every 2 months', week(3, 26)],
    ['half-termly', week(2, 13)],
    ['termly', week(1, 13)],
    ['once a term', week(1, 13)],
    ['every Monday and Thursday', week(2)],
    ['on Tuesdays', week(1)],
  ])('%s', (words, expected) => {
    expect(readProvisionFrequency(words)).toEqual(expected);
  });

  it('counts a yearly item a number of times a year, whatever the weeks open', () => {
    expect(readProvisionFrequency('annually')).toEqual(year(1));
    expect(readProvisionFrequency('twice a year')).toEqual(year(2));
    expect(readProvisionFrequency('every 2 years')).toEqual(year(1, 2));
  });

  it.each([
    ['continuous', 'continuous'],
    ['at all times', 'continuous'],
    ['once', 'once'],
    ['one-off', 'once'],
    ['as required', 'unknown'],
    ['every lesson', 'unknown'],
    ['twice', 'unknown'],
    ['0 times a week', 'unknown'],
    ['99999999999999999999 times a week', 'unknown'],
  ])('%p is %s', (words, kind) => {
    expect(readProvisionFrequency(words).kind).toBe(kind);
  });

  it('reads nothing that is not text', () => {
    expect(readProvisionFrequency(undefined).kind).toBe('unknown');
    expect(readProvisionFrequency(3).kind).toBe('unknown');
  });

  it.each(READABLE_FREQUENCIES)('reads %p', (words) => {
    expect(readProvisionFrequency(words).kind).not.toBe('unknown');
  });

  it.each(UNREADABLE_FREQUENCIES)('cannot read %p', (words) => {
    expect(readProvisionFrequency(words).kind).toBe('unknown');
  });

  it('says which frequencies recur, so that their hours must be given', () => {
    expect(['weekly', 'twice a year'].map((w) => recurs(readProvisionFrequency(w)))).toEqual([true, true]);
    expect(['once', 'continuous', 'sometimes'].map((w) => recurs(readProvisionFrequency(w)))).toEqual([false, false, false]);
  });
});
