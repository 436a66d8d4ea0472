/**
 * How the pages write dates and times (docs/ui.md "Dates"): GOV.UK style, "4 June 2026", and times of day in
 * Europe/London whatever the server's zone. Business dates (YYYY-MM-DD) are calendar dates, never shifted.
 */
const DATE = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
const LONDON_DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const LONDON_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h12',
});

const BUSINESS_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-06-04" → "4 June 2026"; anything else is shown as it came. */
export function formatDate(value: string | undefined | null): string {
  if (!value) return '';
  const m = BUSINESS_DATE.exec(value);
  if (!m) return value.includes('T') ? formatDateTime(value) : value;
  return DATE.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

/** An instant → "4 June 2026 at 2:05pm" in Europe/London (GOV.UK writes times as 2:05pm). */
export function formatDateTime(value: string | undefined | null): string {
  if (!value) return '';
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) return value;
  const time = LONDON_TIME.format(at).replace(/\s/g, '').toLowerCase();
  return `${LONDON_DATE.format(at)} at ${time === '12:00pm' ? 'midday' : time === '12:00am' ? 'midnight' : time}`;
}

/** Whole days from `today` to `dueOn` (both business dates): negative once overdue. */
export function daysBetween(today: string, dueOn: string): number {
  const day = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((day(dueOn) - day(today)) / 86_400_000);
}

/** "3 days left", "due today", "2 days overdue". */
export function daysLeftText(days: number): string {
  if (days === 0) return 'Due today';
  const n = Math.abs(days);
  const unit = n === 1 ? 'day' : 'days';
  return days > 0 ? `${n} ${unit} left` : `${n} ${unit} overdue`;
}
