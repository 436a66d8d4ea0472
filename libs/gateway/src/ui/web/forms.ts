import { randomUUID } from 'node:crypto';
import { formatDate } from '../format.js';
import type { ApiError } from './api-client.js';

/**
 * Forms (docs/ui.md "Forms"): what was typed goes to the API as it is, and the API's own answer is what the
 * page shows: every 400 field error beside its field and in the GOV.UK error summary, a 422's plain message
 * (its stable code kept for the record). No rule is checked twice, here and in the domain.
 */
export interface ErrorSummaryItem {
  readonly text: string;
  readonly href: string;
}

export interface FormErrors {
  /** For govukErrorSummary's errorList. */
  readonly summary: readonly ErrorSummaryItem[];
  /** For each form field's errorMessage, by the field's id. */
  readonly fields: Readonly<Record<string, { text: string }>>;
  /** The refusal's stable code (422), shown small under the summary. */
  readonly code?: string;
}

/**
 * How the API names a field → the id of the form control it came from. A date is three inputs; its error
 * links to the day (GOV.UK date input), so pass `receivedOn: 'receivedOn-day'`. Unmapped fields keep the
 * API's name as the id.
 */
export type FieldIds = Readonly<Record<string, string>>;

const idOf = (field: string, ids: FieldIds): string => {
  if (ids[field]) return ids[field];
  // "child.givenName" → the mapping for the longest known prefix, else a safe id.
  const prefix = Object.keys(ids)
    .filter((k) => field.startsWith(`${k}.`) || field.startsWith(`${k}[`))
    .sort((a, b) => b.length - a.length)[0];
  return prefix ? ids[prefix] : field.replace(/[^\w-]/g, '-');
};

/**
 * The words a message uses for a field, in place of the API's name for it ("receivedOn" → "The date the
 * request was received"), so that the page speaks as the form does.
 */
export type FieldLabels = Readonly<Record<string, string>>;

/** Turns an API refusal into the page's error summary and field messages. Pure: unit tested. */
export function formErrorsFrom(error: ApiError, ids: FieldIds = {}, firstField?: string, labels: FieldLabels = {}): FormErrors {
  const problem = error.problem;
  const fields: Record<string, { text: string }> = {};
  const summary: ErrorSummaryItem[] = [];
  for (const e of problem.errors ?? []) {
    const id = idOf(e.field, ids);
    const text = plain(e.message, e.field, labels);
    if (!fields[id]) fields[id] = { text };
    summary.push({ text, href: `#${id}` });
  }
  if (summary.length === 0) {
    // A refusal that names one of the form's fields (a 422's `field`) is shown against it; else the first.
    const named = problem.field !== undefined && Object.hasOwn(ids, problem.field) ? problem.field : undefined;
    const on = named ?? firstField;
    const text = plain(problem.detail ?? 'The request was refused.', on, labels);
    const id = on ? idOf(on, ids) : undefined;
    if (named && id) fields[id] = { text };
    summary.push({ text, href: id ? `#${id}` : '#main-content' });
  }
  return { summary, fields, ...(problem.status === 422 || problem.status === 409 ? { code: problem.code } : {}) };
}

/** The API's message in the form's words: its field name replaced by the label, its dates as "4 June 2026". */
function plain(message: string, field: string | undefined, labels: FieldLabels): string {
  let text = message.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (d) => formatDate(d));
  const label = field ? labels[field] : undefined;
  if (field && label && text.startsWith(field)) text = label + text.slice(field.length);
  return sentence(text);
}

const sentence = (s: string): string => {
  const t = s.trim();
  const capital = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
};

/** GOV.UK date input parts → YYYY-MM-DD; parts missing → undefined, so that the API says what is required. */
export function dateFromParts(body: Record<string, unknown>, name: string): string | undefined {
  const part = (p: string) => String(body[`${name}-${p}`] ?? '').trim();
  const [day, month, year] = [part('day'), part('month'), part('year')];
  if (!day && !month && !year) return undefined;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** YYYY-MM-DD → the date input's parts, to show a typed date again after an error. */
export function partsOfDate(value: string | undefined): { day: string; month: string; year: string } {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value ?? '');
  return m ? { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1] } : { day: '', month: '', year: '' };
}

/** The text of a field, trimmed; empty → undefined, so that the API decides whether it was required. */
export function textOf(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  return t === '' ? undefined : t;
}

/** A new idempotency key for each rendering of a form: resubmitting the same rendering does nothing twice. */
export function newFormKey(): string {
  return randomUUID();
}

/** The key a submitted form carries, if it is one we could have made. */
export function formKeyOf(body: Record<string, unknown>): string | undefined {
  const key = body.idempotencyKey;
  return typeof key === 'string' && /^[0-9a-f-]{36}$/.test(key) ? key : undefined;
}
