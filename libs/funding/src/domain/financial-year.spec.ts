import { financialYearBounds, financialYearOf, isFinancialYear } from './financial-year.js';

describe('financialYearOf (1 April to 31 March)', () => {
  it.each([
    ['2025-03-31', '2024-25'],
    ['2025-04-01', '2025-26'],
    ['2025-12-31', '2025-26'],
    ['2026-01-01', '2025-26'],
    ['1999-06-01', '1999-00'],
    ['2000-01-15', '1999-00'],
  ])('%s is in %s', (date, year) => {
    expect(financialYearOf(date)).toBe(year);
  });
});

describe('isFinancialYear', () => {
  it.each(['2025-26', '1999-00'])('accepts %s', (y) => expect(isFinancialYear(y)).toBe(true));
  it.each(['2025-27', '2025-2026', '25-26', 2025, undefined])('refuses %p', (y) => expect(isFinancialYear(y)).toBe(false));
});

it('bounds a financial year', () => {
  expect(financialYearBounds('2025-26')).toEqual({ from: '2025-04-01', to: '2026-03-31' });
});
