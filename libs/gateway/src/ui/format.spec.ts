import { daysBetween, daysLeftText, formatDate, formatDateTime } from './format.js';

describe('formatting for the pages', () => {
  it('writes business dates as GOV.UK does, with no shift across zones', () => {
    expect(formatDate('2026-06-04')).toBe('4 June 2026');
    expect(formatDate('2024-02-29')).toBe('29 February 2024');
    expect(formatDate('2026-12-31')).toBe('31 December 2026');
    expect(formatDate(undefined)).toBe('');
  });

  it('writes instants in Europe/London, in summer time and out of it', () => {
    expect(formatDateTime('2026-06-04T13:05:00Z')).toBe('4 June 2026 at 2:05pm');
    expect(formatDateTime('2026-01-15T09:30:00Z')).toBe('15 January 2026 at 9:30am');
    // 23:30 UTC on 31 May is already 1 June in London.
    expect(formatDateTime('2026-05-31T23:30:00Z')).toBe('1 June 2026 at 12:30am');
    expect(formatDateTime('2026-01-15T12:00:00Z')).toBe('15 January 2026 at midday');
  });

  it('counts days left across a month end and a leap day, and says overdue', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // across the change to summer time
    expect(daysLeftText(daysBetween('2026-06-10', '2026-06-04'))).toBe('6 days overdue');
    expect(daysLeftText(1)).toBe('1 day left');
    expect(daysLeftText(0)).toBe('Due today');
  });
});
