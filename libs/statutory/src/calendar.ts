import { ChronoUnit, DayOfWeek, LocalDate } from '@js-joda/core';
import Holidays from 'date-holidays';
import { DomainError } from '@send/kernel';

/**
 * A local date in England, 'YYYY-MM-DD'. Statutory periods run in whole days, so a deadline is a
 * date, never an instant: a time zone only enters when turning "now" into today (todayInEngland).
 */
export type IsoDate = string;

const ISO_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Strict: the exact shape and a date that exists (2025-02-29 does not). Checked by arithmetic, the proleptic
 * Gregorian calendar LocalDate.parse applies to the same four-digit years: every date of every request and
 * stored event passes here, and parsing through js-joda cost more than the rest of a field's validation.
 */
export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string' || !ISO_DATE_SHAPE.test(s)) return false;
  const year = Number(s.slice(0, 4));
  const month = Number(s.slice(5, 7));
  const day = Number(s.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

/** Dates reach us from requests and stored events, so a bad one is a domain error the edge can map to 400. */
function toLocal(d: IsoDate): LocalDate {
  // Built from its checked parts: the same date LocalDate.parse gives, without running its text parser.
  checked(d);
  return LocalDate.of(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10)));
}

function checked(d: IsoDate): IsoDate {
  if (!isIsoDate(d)) {
    throw new DomainError('STATUTORY.INVALID_DATE', `not a calendar date in the form YYYY-MM-DD: ${String(d)}`);
  }
  return d;
}

function wholeNumber(n: number, what: string, min = -Infinity): number {
  if (!Number.isInteger(n) || n < min) throw new RangeError(`${what} must be an integer ≥ ${min}, got ${n}`);
  return n;
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return toLocal(d).plusDays(wholeNumber(n, 'days')).toString();
}

/** "Within N weeks of X" (Reg 5(1), 13(2) …) ends on the same weekday N weeks on. */
export function addWeeks(d: IsoDate, n: number): IsoDate {
  return toLocal(d).plusWeeks(wholeNumber(n, 'weeks')).toString();
}

/**
 * The corresponding-date rule (Dodds v Walker [1981] 1 WLR 1027, HL): the same day number in the later
 * month, or that month's last day where there is none, so 31 Dec + 2 months = 28/29 Feb.
 */
export function addMonths(d: IsoDate, n: number): IsoDate {
  return toLocal(d).plusMonths(wholeNumber(n, 'months')).toString();
}

/**
 * "A period of N months starting (beginning) with X" (CFA s.44(1): "the 12-month period starting with the
 * date on which the plan was first made"): X is the first day, so the period ends the day before the
 * corresponding date N months on; where that month has no corresponding date it ends on the month's last
 * day. 2025-01-31 + 12 → 2026-01-30; 2024-02-29 + 12 → 2025-02-28; 2023-03-01 + 12 → 2024-02-29.
 */
export function monthsBeginningWith(d: IsoDate, n: number): IsoDate {
  const start = toLocal(d);
  const corresponding = start.plusMonths(wholeNumber(n, 'months', 1));
  // plusMonths clamps to the month's last day where the day number does not exist there.
  return corresponding.dayOfMonth() === start.dayOfMonth() ? corresponding.minusDays(1).toString() : corresponding.toString();
}

/** "N days beginning with X" counts X itself as day 1 (Reg 13(1)(a), 22(2)(c)). */
export function daysBeginningWith(d: IsoDate, n: number): IsoDate {
  return toLocal(d)
    .plusDays(wholeNumber(n, 'days', 1) - 1)
    .toString();
}

// One Holidays instance and one lookup per year: date-holidays recomputes its rules on every query.
let englandAndWales: Holidays | undefined;
const holidaysByYear = new Map<number, ReadonlySet<IsoDate>>();

/**
 * Every 'public' holiday the library knows for England and Wales, including substitute days and
 * one-off proclamations (2022-09-19, 2023-05-08). SEND Regs 2014 reg 2 and HESC Rules r.1(3) both
 * define a working day by the Banking and Financial Dealings Act 1971 bank holidays plus Christmas
 * Day and Good Friday, all of which the library types as 'public'.
 */
function holidaysIn(year: number): ReadonlySet<IsoDate> {
  let days = holidaysByYear.get(year);
  if (!days) {
    englandAndWales ??= new Holidays('GB', 'ENG');
    const dates = englandAndWales
      .getHolidays(year)
      .filter((h) => h.type === 'public')
      .map((h) => h.date.slice(0, 10));
    days = new Set(dates.filter((d) => d.startsWith(`${year}-`)));
    holidaysByYear.set(year, days);
  }
  return days;
}

function isWeekend(d: LocalDate): boolean {
  const day = d.dayOfWeek();
  return day === DayOfWeek.SATURDAY || day === DayOfWeek.SUNDAY;
}

function isWorkingLocal(d: LocalDate): boolean {
  return !isWeekend(d) && !holidaysIn(d.year()).has(d.toString());
}

/**
 * The bank holidays that take a working day away, in date order: the same list as gov.uk/bank-holidays.
 * A holiday that falls on a weekend is left out; its substitute weekday is in.
 */
export function bankHolidaysOf(year: number): IsoDate[] {
  wholeNumber(year, 'year', 1);
  return [...holidaysIn(year)].filter((d) => !isWeekend(LocalDate.parse(d))).sort();
}

/** Not a Saturday or Sunday, and not a bank holiday in England and Wales. */
export function isWorkingDay(d: IsoDate): boolean {
  return isWorkingLocal(toLocal(d));
}

/** The n-th working day after d (d itself never counts), as in "within 3 working days of" (Reg 34, 39). */
export function addWorkingDays(d: IsoDate, n: number): IsoDate {
  let remaining = wholeNumber(n, 'working days', 1);
  let day = toLocal(d);
  while (remaining > 0) {
    day = day.plusDays(1);
    if (isWorkingLocal(day)) remaining -= 1;
  }
  return day.toString();
}

export function nextWorkingDayOnOrAfter(d: IsoDate): IsoDate {
  let day = toLocal(d);
  while (!isWorkingLocal(day)) day = day.plusDays(1);
  return day.toString();
}

/** Two valid dates of the same YYYY-MM-DD shape sort as text in calendar order: no parse needed to compare them. */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  checked(a);
  checked(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isBefore(a: IsoDate, b: IsoDate): boolean {
  return compareDates(a, b) < 0;
}

export function isAfter(a: IsoDate, b: IsoDate): boolean {
  return compareDates(a, b) > 0;
}

/** Calendar days from a to b: positive when b is later, so daysBetween(d, addDays(d, n)) === n. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return ChronoUnit.DAYS.between(toLocal(a), toLocal(b));
}

// Built once: constructing an Intl formatter costs far more than using one.
const LONDON_DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The last date todayInEngland gave, and the UTC minute it was asked for. */
let lastToday: { minute: number; date: IsoDate } = { minute: NaN, date: '' };

/**
 * The date a caseworker in England would write down at that instant. A clock reads UTC; from late
 * March to late October England is an hour ahead, so 23:30 UTC is already tomorrow there.
 */
export function todayInEngland(now: Date): IsoDate {
  const ms = now.getTime();
  if (Number.isNaN(ms)) throw new RangeError('todayInEngland needs a valid Date');
  // England's date changes only on a whole UTC minute (midnight there, and the clock changes, fall on whole
  // hours UTC), so the last answer holds for the rest of its minute: every write asks, often many in a minute.
  const minute = Math.floor(ms / 60_000);
  if (minute === lastToday.minute) return lastToday.date;
  const parts = LONDON_DATE.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const date = `${part('year')}-${part('month')}-${part('day')}`;
  lastToday = { minute, date };
  return date;
}
