import { NEED_CODES, NEED_NAMES } from '@send/statutory';
import { formatDate } from '../../format.js';
import type { AnswerRow } from '../../web/check-answers.js';
import { dateFromParts, type FieldIds, type FieldLabels, type FormErrors, partsOfDate, textOf } from '../../web/forms.js';
import { type CaseForm, caseCaption, errorModel } from '../assessment/case-form.js';

/**
 * The draft EHC plan, sections A to K (Reg 12), served after checking the answers. Section F's provision is
 * added one item at a time: "Add another item" posts the form, which comes back with the item appended and
 * every item so far carried in hidden fields, so it works without JavaScript (docs/ui.md "Forms"). Section
 * E's outcomes and section K's advice are one a line, each sent as an entry of the list; there is no section
 * I, which the final plan names (CFA s.38(5): the draft names no school or type of school).
 */
export const TEXT_SECTIONS = [
  { key: 'A', label: 'Section A: the views, interests and aspirations of the child and their parents' },
  { key: 'C', label: 'Section C: health needs related to their special educational needs' },
  { key: 'D', label: 'Section D: social care needs related to their special educational needs' },
  { key: 'E', label: 'Section E: the outcomes sought', list: true },
  { key: 'G', label: 'Section G: health provision' },
  { key: 'H1', label: 'Section H1: social care provision under section 2 of the CSDPA 1970' },
  { key: 'H2', label: 'Section H2: any other social care provision' },
  { key: 'J', label: 'Section J: the personal budget' },
  { key: 'K', label: 'Section K: the advice and information gathered', list: true },
] as const;
export type TextSectionKey = (typeof TEXT_SECTIONS)[number]['key'];

/** The SEN2 primary needs are the API's codes (libs/statutory); only their words are the form's. */
export const NEEDS = NEED_CODES.map((code) => ({ value: code, text: `${NEED_NAMES[code]} (${code})` }));

export interface ProvisionItemValues {
  readonly provision: string;
  readonly hours: string;
  readonly frequency: string;
  readonly deliveredBy: string;
}

export interface DraftValues {
  readonly issuedOn?: string;
  readonly text: Readonly<Partial<Record<TextSectionKey, string>>>;
  readonly primaryNeed?: string;
  readonly needDescription?: string;
  /** Section F so far. */
  readonly items: readonly ProvisionItemValues[];
}

const ITEM_PARTS = ['provision', 'hours', 'frequency', 'deliveredBy'] as const;
const NEW_ITEM = { provision: 'newProvision', hours: 'newHours', frequency: 'newFrequency', deliveredBy: 'newDeliveredBy' };

const listOf = (body: Readonly<Record<string, unknown>>, name: string): string[] => {
  const v = body[name];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).map((x) => (typeof x === 'string' ? x.trim() : ''));
};

/**
 * The posted form: the items carried in hidden fields (F-provision, F-hours, … repeated, in order), then the
 * item being typed, if anything was typed in it.
 */
export function draftValues(body: Readonly<Record<string, unknown>>): DraftValues {
  const carried = Object.fromEntries(ITEM_PARTS.map((p) => [p, listOf(body, `F-${p}`)])) as Record<string, string[]>;
  const items: ProvisionItemValues[] = carried.provision.map((_, i) => ({
    provision: carried.provision[i] ?? '',
    hours: carried.hours[i] ?? '',
    frequency: carried.frequency[i] ?? '',
    deliveredBy: carried.deliveredBy[i] ?? '',
  }));
  const typed = Object.fromEntries(ITEM_PARTS.map((p) => [p, textOf(body, NEW_ITEM[p]) ?? ''])) as unknown as ProvisionItemValues;
  if (ITEM_PARTS.some((p) => typed[p] !== '')) items.push(typed);
  const text: Partial<Record<TextSectionKey, string>> = {};
  for (const { key } of TEXT_SECTIONS) {
    const t = textOf(body, key);
    if (t !== undefined) text[key] = t;
  }
  return {
    issuedOn: dateFromParts(body, 'issuedOn'),
    text,
    primaryNeed: textOf(body, 'primaryNeed'),
    needDescription: textOf(body, 'needDescription'),
    items,
  };
}

/** Whether the post only adds an item to section F's list: nothing goes to the API. */
export function isItemEdit(body: Readonly<Record<string, unknown>>): boolean {
  return body.action === 'add-item';
}

/** A listed section as typed: one entry a non-blank line, trimmed (the draft and the amended plan). */
export const lines = (text: string | undefined): string[] =>
  (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** Hours as a number when it is one; anything else goes as typed, for the API to name. */
export const hoursOf = (hours: string): number | string | undefined =>
  hours === '' ? undefined : /^\d+(\.\d+)?$/.test(hours) ? Number(hours) : hours;

/** A listed section (E, K) as the API reads it: one entry a line; nothing typed goes as nothing, for the API to name. */
const entriesOf = (text: string | undefined): string[] | undefined => (lines(text).length ? lines(text) : undefined);

export function draftApiBody(v: DraftValues) {
  return {
    issuedOn: v.issuedOn,
    sections: {
      ...v.text,
      B: { primaryNeed: v.primaryNeed, description: v.needDescription },
      E: entriesOf(v.text.E),
      K: entriesOf(v.text.K),
      F: v.items.map((item) => ({
        provision: item.provision,
        ...(hoursOf(item.hours) === undefined ? {} : { hours: hoursOf(item.hours) }),
        frequency: item.frequency,
        deliveredBy: item.deliveredBy,
      })),
    },
  };
}

/** How the API names each field → its control; an item's errors go to that item's entry in the list. */
export function draftFields(v: DraftValues): FieldIds {
  const ids: Record<string, string> = {
    issuedOn: 'issuedOn-day',
    sections: 'A',
    'sections.B': 'primaryNeed',
    'sections.B.primaryNeed': 'primaryNeed',
    'sections.B.secondaryNeeds': 'primaryNeed',
    'sections.B.description': 'needDescription',
    'sections.E': 'E',
    'sections.F': 'newProvision',
  };
  for (const { key } of TEXT_SECTIONS) ids[`sections.${key}`] = key;
  // An entry of a list (sections.E[2].by) is that section's control.
  for (let i = 0; i < lines(v.text.E).length; i++) ids[`sections.E[${i}]`] = 'E';
  for (let i = 0; i < lines(v.text.K).length; i++) ids[`sections.K[${i}]`] = 'K';
  v.items.forEach((_, i) => (ids[`sections.F.items[${i}]`] = `F-item-${i}`));
  return ids;
}

const ITEM_WORDS = { provision: 'The provision', hours: 'The hours', frequency: 'How often', deliveredBy: 'Who delivers it' };

export function draftLabels(v: DraftValues): FieldLabels {
  const labels: Record<string, string> = {
    issuedOn: 'The date the draft is issued',
    'sections.B.primaryNeed': 'Section B: the primary need',
    'sections.B.description': 'Section B: the description of the needs',
    'sections.F': 'Section F: the special educational provision',
  };
  for (const { key, label } of TEXT_SECTIONS) labels[`sections.${key}`] = label;
  v.items.forEach((_, i) => {
    for (const p of ITEM_PARTS) labels[`sections.F.items[${i}].${p}`] = `${ITEM_WORDS[p]} in provision item ${i + 1}`;
  });
  return labels;
}

/** One item in a sentence: "Speech and language therapy: 1 hour, weekly, by a therapist". */
export function itemSummary(item: ProvisionItemValues): string {
  const hours = item.hours === '' ? '' : `${item.hours} ${item.hours === '1' ? 'hour' : 'hours'}, `;
  return `${item.provision || 'No provision given'}: ${hours}${item.frequency || 'no frequency given'}, by ${item.deliveredBy || 'no one named'}`;
}

export function draftModel(caseId: string, v: DraftValues, idempotencyKey: string, errors?: FormErrors) {
  const fieldErrors = errors?.fields ?? {};
  return {
    pageTitle: 'Draft the EHC plan',
    caption: caseCaption(caseId),
    action: `/cases/${caseId}/plan/draft`,
    idempotencyKey,
    values: {
      issuedOn: partsOfDate(v.issuedOn),
      needDescription: v.needDescription ?? '',
    },
    sections: Object.fromEntries(
      TEXT_SECTIONS.map((s) => [s.key, { ...s, value: v.text[s.key] ?? '', error: fieldErrors[s.key] }]),
    ) as Record<TextSectionKey, { key: string; label: string; list?: boolean; value: string; error?: { text: string } }>,
    needs: [
      { value: '', text: 'Choose the primary need', selected: !v.primaryNeed },
      ...NEEDS.map((n) => ({ ...n, selected: n.value === v.primaryNeed })),
    ],
    items: v.items.map((item, i) => ({
      number: i + 1,
      id: `F-item-${i}`,
      ...item,
      error: fieldErrors[`F-item-${i}`],
      rows: [
        { key: { text: 'Provision' }, value: { text: item.provision || 'Not given' } },
        { key: { text: 'Hours each time' }, value: { text: item.hours || 'Not given' } },
        { key: { text: 'How often' }, value: { text: item.frequency || 'Not given' } },
        { key: { text: 'Delivered by' }, value: { text: item.deliveredBy || 'Not given' } },
      ],
    })),
    ...errorModel(errors),
  };
}

export function draftAnswers(v: DraftValues): AnswerRow[] {
  const text = (key: TextSectionKey) => ({ key: TEXT_SECTIONS.find((s) => s.key === key)!.label, value: v.text[key] ?? '' });
  return [
    { key: 'Date the draft is issued', value: formatDate(v.issuedOn) },
    text('A'),
    { key: 'Section B: primary need', value: NEEDS.find((n) => n.value === v.primaryNeed)?.text ?? v.primaryNeed ?? '' },
    { key: 'Section B: description of the needs', value: v.needDescription ?? '' },
    text('C'),
    text('D'),
    ...listed(v, 'E', 'outcome'),
    ...(v.items.length
      ? v.items.map((item, i) => ({ key: `Section F: provision item ${i + 1}`, value: itemSummary(item) }))
      : [{ key: 'Section F: provision', value: '' }]),
    text('G'),
    text('H1'),
    text('H2'),
    text('J'),
    ...listed(v, 'K', 'entry'),
  ];
}

/** A listed section for checking: one row an entry, numbered, or one empty row when nothing was typed. */
function listed(v: DraftValues, key: 'E' | 'K', noun: string): AnswerRow[] {
  const label = TEXT_SECTIONS.find((s) => s.key === key)!.label;
  const entries = lines(v.text[key]);
  if (entries.length === 0) return [{ key: label, value: '' }];
  return entries.map((value, i) => ({ key: `${label.split(':')[0]}: ${noun} ${i + 1}`, value }));
}

export const draftForm: CaseForm<DraftValues> = {
  view: 'forms/plan/draft.njk',
  path: ({ caseId }) => `/cases/${caseId}/plan/draft`,
  apiPath: ({ caseId }) => `/api/v1/cases/${caseId}/plan/draft`,
  read: draftValues,
  apiBody: draftApiBody,
  model: ({ caseId }, v, key, errors) => draftModel(caseId, v, key, errors),
  fields: draftFields,
  labels: draftLabels,
  firstField: 'sections.F',
  banner: (v) => ({ title: 'Draft EHC plan issued', text: `Issued on ${formatDate(v.issuedOn)}.` }),
  check: (v) => ({
    pageTitle: 'Check the draft plan before it is issued',
    rows: draftAnswers(v),
    warning: 'Issuing the draft sends it to the family, who then have 15 days to make representations.',
    confirmText: 'Issue the draft plan',
  }),
};
