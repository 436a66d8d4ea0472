import { erasableFrom, retainedUntil } from './retention.js';

describe('retention from the date of birth (IRMS toolkit: date of birth + 31 years)', () => {
  it.each([
    ['2016-03-01', '2047-03-01', '2047-03-02'],
    // Born on a leap day: the anniversary in a common year is 1 March, so kept one day longer, never less.
    ['2016-02-29', '2047-03-01', '2047-03-02'],
    // 31 years on from 2017-02-28 is 2048-02-28 even though 2048 is a leap year.
    ['2017-02-28', '2048-02-28', '2048-02-29'],
    ['2013-02-28', '2044-02-28', '2044-02-29'],
    // Month ends: the anniversary keeps its day; the day after rolls into the next month or year.
    ['2016-01-31', '2047-01-31', '2047-02-01'],
    ['2016-04-30', '2047-04-30', '2047-05-01'],
    ['2016-12-31', '2047-12-31', '2048-01-01'],
  ])('born %s: kept until %s, erasable from %s', (born, kept, erasable) => {
    expect(retainedUntil(born, 31)).toBe(kept);
    expect(erasableFrom(born, 31)).toBe(erasable);
  });

  it('keeps a leap-day birth to 29 February when the anniversary is itself a leap year', () => {
    expect(retainedUntil('2016-02-29', 32)).toBe('2048-02-29');
    expect(erasableFrom('2016-02-29', 32)).toBe('2048-03-01');
  });
});
