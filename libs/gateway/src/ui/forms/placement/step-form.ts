import type { AnswerRow } from '../../web/check-answers.js';
import { type FieldIds, type FieldLabels, type FormErrors, dateFromParts, partsOfDate, textOf } from '../../web/forms.js';
import { formatDate } from '../../format.js';

/**
 * One recorded step on a case (placement, disputes, funding): a short form of dates, choices and text whose
 * answer goes to the API as typed (docs/ui.md "Forms"). A form is described once, as data; the same
 * description gives the values read from a post, the controls' ids for the API's errors, the words for its
 * messages and the rows of check-your-answers. Pure: unit tested.
 */
export interface Choice {
  readonly value: string;
  readonly text: string;
  readonly hint?: string;
}

interface FieldBase {
  /** The form control's name; the API's name for the field unless `apiField` says otherwise. */
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  /** The API's name for the field, when it differs (the ranked preferences' selects). */
  readonly apiField?: string;
}

export type FieldSpec =
  | (FieldBase & { readonly kind: 'date' })
  | (FieldBase & { readonly kind: 'text' | 'textarea' | 'money' })
  | (FieldBase & { readonly kind: 'radios' | 'checkboxes' | 'select'; readonly choices: readonly Choice[] });

export interface StepFormSpec {
  readonly pageTitle: string;
  /** Shown above the title: the case's reference. */
  readonly caption?: string;
  /** Where the form posts (its own page). */
  readonly action: string;
  readonly submitText: string;
  /** A paragraph under the title. */
  readonly lead?: string;
  readonly fields: readonly FieldSpec[];
  /** The API field a refusal that names none links to; default the form's first. */
  readonly firstField?: string;
}

export type StepValues = Readonly<Record<string, string | readonly string[] | undefined>>;

/** The posted form as the form's own values: dates joined to YYYY-MM-DD, checkboxes as a list, text trimmed. */
export function stepValuesFrom(spec: StepFormSpec, body: Readonly<Record<string, unknown>>): StepValues {
  const values: Record<string, string | readonly string[] | undefined> = {};
  for (const field of spec.fields) {
    if (field.kind === 'date') values[field.name] = dateFromParts(body as Record<string, unknown>, field.name);
    else if (field.kind === 'checkboxes') values[field.name] = listOf(body[field.name]);
    else values[field.name] = textOf(body as Record<string, unknown>, field.name);
  }
  return values;
}

const listOf = (value: unknown): readonly string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v): v is string => typeof v === 'string');

/** The id an API field's error links to: a date's day input, a choice's first item, a control's own id. */
export function stepFieldIds(spec: StepFormSpec): FieldIds {
  const ids: Record<string, string> = {};
  for (const field of spec.fields) {
    const id = field.kind === 'date' ? `${field.name}-day` : field.name;
    const api = field.apiField ?? field.name;
    ids[api] ??= id;
  }
  return ids;
}

/** The form's words for each API field, so that the API's messages speak as the form does. */
export function stepFieldLabels(spec: StepFormSpec): FieldLabels {
  const labels: Record<string, string> = {};
  for (const field of spec.fields) labels[field.apiField ?? field.name] ??= field.label;
  return labels;
}

/** The API field the error summary links to when a refusal names none: the form's first. */
export function firstFieldOf(spec: StepFormSpec): string | undefined {
  return spec.firstField ?? (spec.fields[0] ? (spec.fields[0].apiField ?? spec.fields[0].name) : undefined);
}

const asList = (v: string | readonly string[] | undefined): readonly string[] =>
  v === undefined ? [] : typeof v === 'string' ? [v] : v;

/** One control as the view lays it out. */
export interface FieldModel {
  readonly kind: FieldSpec['kind'];
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly errorMessage?: { text: string };
  readonly parts?: { day: string; month: string; year: string };
  readonly items?: readonly { value: string; text: string; checked?: boolean; selected?: boolean; hint?: { text: string } }[];
  readonly value?: string;
}

/** The page model for govukDateInput / govukRadios / govukCheckboxes / govukSelect / govukInput / govukTextarea. */
export function stepFormModel(spec: StepFormSpec, values: StepValues, idempotencyKey: string, errors?: FormErrors) {
  const fieldErrors = errors?.fields ?? {};
  const fields = spec.fields.map((field): FieldModel => {
    const value = values[field.name];
    const error = fieldErrors[field.kind === 'date' ? `${field.name}-day` : field.name];
    const base = { kind: field.kind, name: field.name, label: field.label, hint: field.hint, errorMessage: error };
    if (field.kind === 'date') return { ...base, parts: partsOfDate(typeof value === 'string' ? value : undefined) };
    if (field.kind === 'radios' || field.kind === 'checkboxes' || field.kind === 'select') {
      const chosen = asList(value);
      const items = field.choices.map((c) => ({
        value: c.value,
        text: c.text,
        ...(c.hint ? { hint: { text: c.hint } } : {}),
        ...(field.kind === 'select' ? { selected: chosen.includes(c.value) } : { checked: chosen.includes(c.value) }),
      }));
      return { ...base, items: field.kind === 'select' ? [{ value: '', text: 'Choose' }, ...items] : items };
    }
    return { ...base, value: typeof value === 'string' ? value : '' };
  });
  return {
    pageTitle: spec.pageTitle,
    caption: spec.caption,
    action: spec.action,
    submitText: spec.submitText,
    lead: spec.lead,
    idempotencyKey,
    fields,
    errorSummary: errors?.summary ?? [],
    fieldErrors,
    errorCode: errors?.code,
  };
}

/** What check-your-answers shows: each field in the form's words, choices by their text, dates as "4 June 2026". */
export function stepAnswerRows(spec: StepFormSpec, values: StepValues): AnswerRow[] {
  return spec.fields.map((field) => {
    const value = values[field.name];
    if (field.kind === 'date') return { key: field.label, value: formatDate(typeof value === 'string' ? value : undefined) };
    if (field.kind === 'radios' || field.kind === 'checkboxes' || field.kind === 'select') {
      const texts = asList(value).map((v) => field.choices.find((c) => c.value === v)?.text ?? v);
      return { key: field.label, value: texts.join(', ') };
    }
    return { key: field.label, value: typeof value === 'string' ? value : '' };
  });
}

/** Pounds as typed ("£1,250.50", "-300") → whole pence; what is not a sum of money goes on as typed, for the API to refuse. */
export function penceFrom(typed: string | undefined): number | string | undefined {
  if (typed === undefined) return undefined;
  const m = /^(-)?\s*£?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(typed.trim());
  if (!m) return typed;
  const pounds = Number(m[2].replace(/,/g, ''));
  const pence = Number((m[3] ?? '').padEnd(2, '0') || '0');
  const total = pounds * 100 + pence;
  return m[1] ? -total : total;
}

/** A yes/no radio as the API's boolean; anything else goes on as typed, for the API to name. */
export function booleanFrom(typed: string | undefined): boolean | string | undefined {
  return typed === 'yes' ? true : typed === 'no' ? false : typed;
}
