import { fraction, fromDecimal, roundHalfEven, times, toPence } from './money.js';

describe('fromDecimal', () => {
  it.each([
    [0.5, 1n, 2n],
    [0.1, 1n, 10n],
    [25, 25n, 1n],
    [1.25, 5n, 4n],
    [1e-7, 1n, 10_000_000n],
  ])('reads %p as the decimal it is written as', (value, num, den) => {
    expect(fromDecimal(value)).toEqual({ num, den });
  });
});

describe('roundHalfEven (once per line)', () => {
  it.each([
    ['36094.5 → 36094 (half, already even)', fraction(72189, 2), 36094n],
    ['36133.5 → 36134 (half, up to even)', fraction(72267, 2), 36134n],
    ['2.4 → 2', fraction(12, 5), 2n],
    ['2.6 → 3', fraction(13, 5), 3n],
    ['-2.5 → -2', fraction(-5, 2), -2n],
    ['-3.5 → -4', fraction(-7, 2), -4n],
  ])('%s', (_, value, expected) => {
    expect(roundHalfEven(value)).toBe(expected);
  });

  it('keeps 1/13 of a week over 39 weeks exact: 3, not 2.9999…', () => {
    expect(times(fraction(1, 13), fraction(39))).toEqual({ num: 3n, den: 1n });
  });

  it('refuses an amount beyond the safe integer range', () => {
    expect(() => toPence(fraction(2n ** 60n))).toThrow(RangeError);
  });
});
