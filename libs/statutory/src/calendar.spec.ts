import { jest } from '@jest/globals';
import Holidays from 'date-holidays';
import {
  addDays,
  addMonths,
  addWeeks,
  addWorkingDays,
  bankHolidaysOf,
  compareDates,
  daysBeginningWith,
  daysBetween,
  isAfter,
  isBefore,
  isIsoDate,
  isWorkingDay,
  monthsBeginningWith,
  nextWorkingDayOnOrAfter,
  todayInEngland,
} from './calendar.js';
import { thrownCode } from '@send/testing';

describe('isIsoDate', () => {
  it.each(['2024-02-29', '2000-02-29', '2025-12-31', '2025-01-01'])('accepts the real date %s', (s) => {
    expect(isIsoDate(s)).toBe(true);
  });

  it.each([
    ['2025-02-29', '2025 is not a leap year'],
    ['1900-02-29', '1900 is divisible by 100 but not 400: not leap'],
    ['2024-13-01', 'there is no month 13'],
    ['2024-00-10', 'there is no month 0'],
    ['2024-04-31', 'April has 30 days'],
    ['2024-01-00', 'there is no day 0'],
  ])('rejects the impossible date %s (%s)', (s) => {
    expect(isIsoDate(s)).toBe(false);
  });

  it.each(['2024-1-05', '24-01-05', '2024/01/05', '2024-01-05T00:00', ' 2024-01-05', '+2024-01-05', ''])(
    'rejects the malformed string %p',
    (s) => {
      expect(isIsoDate(s)).toBe(false);
    },
  );

  it.each([[20240105], [null], [undefined], [new Date('2024-01-05')], [{}]])('rejects the non-string %p', (v) => {
    expect(isIsoDate(v)).toBe(false);
  });
});

describe('addDays', () => {
  it('lands on 29 February in a leap year', () => {
    // 2024 is leap: 28 Feb + 1 = 29 Feb.
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('skips to 1 March in a common year', () => {
    // 2023 is not leap: 28 Feb + 1 = 1 Mar.
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
  });

  it('crosses the year end', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
  });

  it('counts 30 calendar days, weekends included', () => {
    // 3 Mar 2025 + 28 = 31 Mar; + 2 more = 2 Apr.
    expect(addDays('2025-03-03', 30)).toBe('2025-04-02');
  });

  it('goes back for a negative count', () => {
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('refuses a date that does not exist, with a stable code', () => {
    expect(thrownCode(() => addDays('2025-02-29', 1))).toBe('STATUTORY.INVALID_DATE');
  });

  it('refuses a fractional count', () => {
    expect(thrownCode(() => addDays('2025-01-01', 1.5))).toBe('RangeError');
  });
});

describe('addWeeks', () => {
  it('gives the 6-week decision date from 2024-01-10', () => {
    // 42 days: 10 Jan + 21 = 31 Jan; + 21 = 21 Feb (a Wednesday, like 10 Jan).
    expect(addWeeks('2024-01-10', 6)).toBe('2024-02-21');
  });

  it('counts 20 weeks from a leap day', () => {
    // 140 days from 29 Feb 2024: to 31 Mar +31, 30 Apr +61, 31 May +92, 30 Jun +122, 18 Jul +140.
    expect(addWeeks('2024-02-29', 20)).toBe('2024-07-18');
  });

  it('counts 20 weeks from Christmas Day across a leap February', () => {
    // 140 days from 25 Dec 2023: 31 Dec +6, 31 Jan +37, 29 Feb +66, 31 Mar +97, 30 Apr +127, 13 May +140.
    // Bank holidays do not stop a clock counted in weeks.
    expect(addWeeks('2023-12-25', 20)).toBe('2024-05-13');
  });

  it('returns the same date for 0 weeks', () => {
    expect(addWeeks('2025-06-11', 0)).toBe('2025-06-11');
  });

  it('goes back for a negative count', () => {
    // 7 Mar 2024 − 7 days = 29 Feb 2024.
    expect(addWeeks('2024-03-07', -1)).toBe('2024-02-29');
  });
});

describe('addMonths', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29', 'no 31 Feb; 2024 is leap, so the last day is the 29th'],
    ['2023-01-31', 1, '2023-02-28', 'no 31 Feb; 2023 is common, so the 28th'],
    ['2024-08-31', 2, '2024-10-31', 'October has a 31st'],
    ['2024-12-31', 2, '2025-02-28', '31 Dec + 2 months = last day of Feb 2025'],
    ['2023-12-31', 2, '2024-02-29', '31 Dec + 2 months = last day of Feb 2024 (leap)'],
    ['2024-08-31', 1, '2024-09-30', 'September has 30 days'],
    ['2024-03-15', 12, '2025-03-15', 'a day that exists keeps its number'],
    ['2024-02-29', 12, '2025-02-28', 'no 29 Feb 2025, so the 28th'],
    ['2024-03-31', -1, '2024-02-29', 'backwards: no 31 Feb, so 29 Feb'],
  ])('%s + %i months = %s (%s)', (from, n, expected) => {
    expect(addMonths(from, n)).toBe(expected);
  });
});

describe('monthsBeginningWith (CFA s.44(1) "the 12-month period starting with")', () => {
  it.each([
    ['2025-01-31', 12, '2026-01-30', 'the day before 31 Jan 2026'],
    ['2024-02-29', 12, '2025-02-28', 'no 29 Feb 2025: the last day of February'],
    ['2023-03-01', 12, '2024-02-29', 'the day before 1 Mar 2024 is the leap day'],
    ['2025-03-01', 12, '2026-02-28', 'the day before 1 Mar 2026 in a common year'],
    ['2025-01-01', 12, '2025-12-31', "a period starting on New Year's Day ends on New Year's Eve"],
    ['2025-08-15', 12, '2026-08-14', 'August is no different: no working-day roll'],
    ['2025-03-31', 1, '2025-04-30', 'no 31 Apr: the last day of April'],
    ['2025-12-31', 2, '2026-02-28', 'no 31 Feb: the last day of February'],
    ['2025-12-25', 12, '2026-12-24', 'Christmas Day to Christmas Eve'],
    ['2024-02-28', 12, '2025-02-27', 'a day that exists a year on: the day before it'],
  ])('%s, %i months → %s (%s)', (from, n, expected) => {
    expect(monthsBeginningWith(from, n)).toBe(expected);
  });

  it('is one day shorter than addMonths where the corresponding date exists', () => {
    expect(monthsBeginningWith('2025-06-10', 12)).toBe(addDays(addMonths('2025-06-10', 12), -1));
  });

  it('refuses a period of no months and a date that does not exist', () => {
    expect(thrownCode(() => monthsBeginningWith('2025-03-20', 0))).toBe('RangeError');
    expect(thrownCode(() => monthsBeginningWith('2025-02-29', 12))).toBe('STATUTORY.INVALID_DATE');
  });
});

describe('daysBeginningWith', () => {
  it('ends 15 days beginning with 2025-03-20 on 2025-04-03', () => {
    // Day 1 is 20 Mar; day 12 is 31 Mar; day 15 is 3 Apr, i.e. 20 Mar + 14.
    expect(daysBeginningWith('2025-03-20', 15)).toBe('2025-04-03');
  });

  it('ends a 1-day period on the day it begins', () => {
    expect(daysBeginningWith('2025-03-20', 1)).toBe('2025-03-20');
  });

  it('is one day shorter than the same number of days after', () => {
    expect(daysBeginningWith('2024-02-20', 15)).toBe(addDays('2024-02-20', 14));
    // 20 Feb 2024 + 14 = 5 Mar (29 Feb is day 10).
    expect(daysBeginningWith('2024-02-20', 15)).toBe('2024-03-05');
  });

  it('refuses a period of no days', () => {
    expect(thrownCode(() => daysBeginningWith('2025-03-20', 0))).toBe('RangeError');
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2025-04-17', true, 'Maundy Thursday is an ordinary day'],
    ['2025-04-18', false, 'Good Friday'],
    ['2025-04-19', false, 'Saturday'],
    ['2025-04-20', false, 'Sunday (Easter Day)'],
    ['2025-04-21', false, 'Easter Monday'],
    ['2025-04-22', true, 'Tuesday after Easter'],
    ['2022-09-19', false, 'state funeral of Queen Elizabeth II, a one-off bank holiday'],
    ['2023-05-08', false, 'coronation of King Charles III, a one-off bank holiday'],
    ['2023-05-09', true, 'the day after the coronation'],
    ['2026-12-25', false, 'Christmas Day, a Friday'],
    ['2026-12-28', false, 'Monday: substitute for Boxing Day, which falls on Saturday'],
    ['2026-12-29', true, 'Tuesday after Christmas 2026'],
    ['2026-08-31', false, 'summer bank holiday'],
    ['2024-06-12', true, 'an ordinary Wednesday'],
  ])('%s → %s (%s)', (d, expected) => {
    expect(isWorkingDay(d)).toBe(expected);
  });

  it('refuses a date that does not exist', () => {
    expect(thrownCode(() => isWorkingDay('2023-02-29'))).toBe('STATUTORY.INVALID_DATE');
  });
});

describe('addWorkingDays', () => {
  it('steps over the Easter weekend 2025', () => {
    // From Thu 17 Apr: Fri 18 Good Friday, Sat, Sun, Mon 21 Easter Monday are skipped → Tue 22.
    expect(addWorkingDays('2025-04-17', 1)).toBe('2025-04-22');
    // From Wed 16 Apr, 3 working days: Thu 17 (1), Tue 22 (2), Wed 23 (3).
    expect(addWorkingDays('2025-04-16', 3)).toBe('2025-04-23');
  });

  it('steps over Christmas 2026 and its substitute day', () => {
    // From Wed 23 Dec: Thu 24 (1); Fri 25, Sat 26, Sun 27, Mon 28 (substitute) skipped; Tue 29 (2); Wed 30 (3).
    expect(addWorkingDays('2026-12-23', 3)).toBe('2026-12-30');
  });

  it('steps over the 2022 state funeral', () => {
    // From Fri 16 Sep 2022: Sat, Sun, Mon 19 (funeral) skipped → Tue 20.
    expect(addWorkingDays('2022-09-16', 1)).toBe('2022-09-20');
  });

  it('steps over the 2023 coronation', () => {
    // From Fri 5 May 2023: Sat, Sun, Mon 8 (coronation) skipped → Tue 9.
    expect(addWorkingDays('2023-05-05', 1)).toBe('2023-05-09');
  });

  it('never counts the start day, even when it is a working day', () => {
    // Mon 3 Mar 2025 + 3 → Tue 4 (1), Wed 5 (2), Thu 6 (3).
    expect(addWorkingDays('2025-03-03', 3)).toBe('2025-03-06');
  });

  it('starts counting after a non-working start day', () => {
    // From Sat 19 Apr 2025: Sun, Mon 21 (Easter Monday) skipped; Tue 22 (1).
    expect(addWorkingDays('2025-04-19', 1)).toBe('2025-04-22');
  });

  it('refuses zero or a negative count', () => {
    expect(thrownCode(() => addWorkingDays('2025-03-03', 0))).toBe('RangeError');
    expect(thrownCode(() => addWorkingDays('2025-03-03', -2))).toBe('RangeError');
  });
});

describe('nextWorkingDayOnOrAfter', () => {
  it('keeps a working day', () => {
    expect(nextWorkingDayOnOrAfter('2025-04-17')).toBe('2025-04-17');
  });

  it('moves Easter Saturday 2025 to the Tuesday', () => {
    // Sat 19, Sun 20, Mon 21 (Easter Monday) → Tue 22.
    expect(nextWorkingDayOnOrAfter('2025-04-19')).toBe('2025-04-22');
  });

  it('moves Christmas Day 2026 past the Boxing Day substitute', () => {
    // Fri 25, Sat 26, Sun 27, Mon 28 (substitute) → Tue 29.
    expect(nextWorkingDayOnOrAfter('2026-12-25')).toBe('2026-12-29');
  });
});

describe('bankHolidaysOf', () => {
  it('lists 2026 in England and Wales, with the Boxing Day substitute instead of the Saturday', () => {
    expect(bankHolidaysOf(2026)).toEqual([
      '2026-01-01', // New Year's Day (Thu)
      '2026-04-03', // Good Friday
      '2026-04-06', // Easter Monday
      '2026-05-04', // early May
      '2026-05-25', // spring
      '2026-08-31', // summer
      '2026-12-25', // Christmas Day (Fri)
      '2026-12-28', // Boxing Day falls on Sat 26, substitute Mon 28
    ]);
  });

  it('lists 2022 with both one-off holidays and the New Year and Christmas substitutes', () => {
    expect(bankHolidaysOf(2022)).toEqual([
      '2022-01-03', // New Year's Day fell on a Saturday
      '2022-04-15',
      '2022-04-18',
      '2022-05-02',
      '2022-06-02', // spring bank holiday moved for the Platinum Jubilee
      '2022-06-03', // Platinum Jubilee
      '2022-08-29',
      '2022-09-19', // state funeral
      '2022-12-26', // Boxing Day (Mon)
      '2022-12-27', // Christmas Day fell on a Sunday
    ]);
  });

  it('includes the 2023 coronation', () => {
    expect(bankHolidaysOf(2023)).toContain('2023-05-08');
  });

  it('asks the holiday library once per year, however many days are looked up', () => {
    const lookups = jest.spyOn(Holidays.prototype, 'getHolidays');
    try {
      // 2031 is used nowhere else in this file, so its lookup is not cached yet.
      addWorkingDays('2031-01-01', 40);
      isWorkingDay('2031-05-05');
      bankHolidaysOf(2031);
      expect(lookups.mock.calls.map(([year]) => year)).toEqual([2031]);
    } finally {
      lookups.mockRestore();
    }
  });

  it('gives the same answer on a second call and a copy the caller cannot use to corrupt the cache', () => {
    const first = bankHolidaysOf(2025);
    first.push('2025-07-04');
    expect(bankHolidaysOf(2025)).not.toContain('2025-07-04');
    expect(isWorkingDay('2025-07-04')).toBe(true);
  });
});

describe('compareDates', () => {
  it('orders by calendar date', () => {
    expect(compareDates('2024-02-29', '2024-03-01')).toBe(-1);
    expect(compareDates('2025-01-01', '2024-12-31')).toBe(1);
    expect(compareDates('2024-02-29', '2024-02-29')).toBe(0);
  });

  it('refuses an impossible date rather than comparing strings', () => {
    expect(thrownCode(() => compareDates('2024-02-30', '2024-03-01'))).toBe('STATUTORY.INVALID_DATE');
  });
});

describe('isBefore', () => {
  it('is strict', () => {
    expect(isBefore('2024-02-28', '2024-02-29')).toBe(true);
    expect(isBefore('2024-02-29', '2024-02-29')).toBe(false);
    expect(isBefore('2024-03-01', '2024-02-29')).toBe(false);
  });
});

describe('isAfter', () => {
  it('is strict', () => {
    expect(isAfter('2024-03-01', '2024-02-29')).toBe(true);
    expect(isAfter('2024-02-29', '2024-02-29')).toBe(false);
    expect(isAfter('2024-02-28', '2024-02-29')).toBe(false);
  });
});

describe('daysBetween', () => {
  it('counts the leap day', () => {
    // 28 Feb → 29 Feb → 1 Mar 2024: 2 days.
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    // 28 Feb → 1 Mar 2023: 1 day.
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
  });

  it('counts a leap year as 366 days', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('is negative when the second date is earlier, and 0 for the same date', () => {
    expect(daysBetween('2025-04-03', '2025-03-20')).toBe(-14);
    expect(daysBetween('2025-03-20', '2025-03-20')).toBe(0);
  });
});

describe('todayInEngland', () => {
  it.each([
    ['2025-06-30T23:30:00Z', '2025-07-01', 'BST: 23:30 UTC is 00:30 the next day in London'],
    ['2025-01-15T23:30:00Z', '2025-01-15', 'GMT: London is on UTC'],
    ['2025-03-29T23:59:00Z', '2025-03-29', 'the night before BST starts, still GMT'],
    ['2025-03-30T22:59:00Z', '2025-03-30', 'first BST evening: 23:59 in London'],
    ['2025-03-30T23:00:00Z', '2025-03-31', 'first BST midnight: 00:00 on 31 Mar in London'],
    ['2025-10-25T22:59:59Z', '2025-10-25', 'last BST evening: 23:59:59 in London'],
    ['2025-10-25T23:00:00Z', '2025-10-26', 'last BST midnight: 00:00 on 26 Oct in London'],
    ['2025-10-26T23:00:00Z', '2025-10-26', 'GMT again after 01:00 UTC on 26 Oct: 23:00 in London'],
    ['2024-12-31T23:59:59Z', '2024-12-31', 'GMT at the year end'],
  ])('%s → %s (%s)', (instant, expected) => {
    expect(todayInEngland(new Date(instant))).toBe(expected);
  });

  it('refuses an invalid Date', () => {
    expect(thrownCode(() => todayInEngland(new Date('not a date')))).toBe('RangeError');
  });
});
