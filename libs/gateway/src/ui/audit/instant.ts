import type { FormErrors } from '../web/forms.js';

/**
 * An instant typed as a date and a time of day in England (docs/ui.md "Dates": times are Europe/London),
 * turned into the ISO 8601 instant the API's replay takes. Pure: unit tested across the clock changes.
 */
const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

/** How far London's clocks are ahead of UTC at the instant (0 in GMT, one hour in BST). */
function londonOffsetMs(at: number): number {
  const p = Object.fromEntries(LONDON.formatToParts(new Date(at)).map((x) => [x.type, x.value]));
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return wall - Math.floor(at / 1000) * 1000;
}

/**
 * "2026-06-04" and "14:30" in London → "2026-06-04T13:30:00.000Z". A time the clocks skip (the spring
 * change, 1am to 2am) is read as GMT; one they pass twice (the autumn change) as its second, GMT, occurrence.
 */
export function londonInstant(date: string, time: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const first = wall - londonOffsetMs(wall);
  return new Date(wall - londonOffsetMs(first)).toISOString();
}

/** "14:30", "9:05", "2:30pm", "12am" → "HH:MM" (24-hour), or undefined when it is not a time of day. */
export function timeOf(text: string | undefined): string | undefined {
  const m = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$/i.exec((text ?? '').trim());
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? '0');
  const half = m[3]?.toLowerCase();
  if (!half && m[2] === undefined) return undefined;
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** The parts of one instant as typed in the form (a GOV.UK date input named `name`, and `<name>Time`). */
export interface TypedInstant {
  readonly day: string;
  readonly month: string;
  readonly year: string;
  readonly time: string;
}

export function typedInstant(body: Record<string, unknown>, name: string): TypedInstant {
  const part = (key: string) => (typeof body[key] === 'string' ? (body[key] as string).trim() : '');
  return { day: part(`${name}-day`), month: part(`${name}-month`), year: part(`${name}-year`), time: part(`${name}Time`) };
}

export const isEmpty = (t: TypedInstant): boolean => !t.day && !t.month && !t.year && !t.time;

/**
 * The typed instant as an ISO instant, or the form's own errors: what is typed must be a real date and a
 * time of day before it can be an instant at all (the API then judges the instant itself).
 */
export function instantFrom(
  typed: TypedInstant,
  name: string,
  label: string,
): { iso: string; errors?: undefined } | { iso?: undefined; errors: FormErrors } {
  const [day, month, year] = [Number(typed.day), Number(typed.month), Number(typed.year)];
  const at = new Date(Date.UTC(year, month - 1, day));
  const realDate =
    /^\d{4}$/.test(typed.year) &&
    /^\d{1,2}$/.test(typed.day) &&
    /^\d{1,2}$/.test(typed.month) &&
    at.getUTCFullYear() === year &&
    at.getUTCMonth() === month - 1 &&
    at.getUTCDate() === day;
  const time = timeOf(typed.time);
  const summary: { text: string; href: string }[] = [];
  const fields: Record<string, { text: string }> = {};
  if (!realDate) {
    const text =
      !typed.day && !typed.month && !typed.year ? `Enter the date ${label}.` : `The date ${label} must be a real date.`;
    summary.push({ text, href: `#${name}-day` });
    fields[`${name}-day`] = { text };
  }
  if (!time) {
    const text = typed.time ? `The time ${label} must be a time of day, like 14:30 or 2:30pm.` : `Enter the time ${label}.`;
    summary.push({ text, href: `#${name}Time` });
    fields[`${name}Time`] = { text };
  }
  if (!realDate || !time) return { errors: { summary, fields } };
  const date = `${typed.year}-${typed.month.padStart(2, '0')}-${typed.day.padStart(2, '0')}`;
  return { iso: londonInstant(date, time) };
}

/** Two sets of form errors as one (the diff's two instants). */
export function mergeErrors(...all: (FormErrors | undefined)[]): FormErrors | undefined {
  const present = all.filter((e): e is FormErrors => e !== undefined);
  if (present.length === 0) return undefined;
  return {
    summary: present.flatMap((e) => e.summary),
    fields: Object.assign({}, ...present.map((e) => e.fields)) as FormErrors['fields'],
  };
}
