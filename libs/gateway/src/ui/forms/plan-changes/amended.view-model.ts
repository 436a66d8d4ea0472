import { formatDate } from '../../format.js';
import type { AnswerRow } from '../../web/check-answers.js';
import { dateFromParts, type FieldIds, type FieldLabels, type FormErrors, partsOfDate, textOf } from '../../web/forms.js';
import { type CaseForm, caseCaption, errorModel } from '../assessment/case-form.js';
import { hoursOf, itemSummary, lines, NEEDS, TEXT_SECTIONS, type TextSectionKey } from '../plan/draft.view-model.js';

/**
 * The amended EHC plan (Reg 22(3)–(5)): sections A to K as the draft form has them, filled in from the plan's
 * latest version (`GET …/plan`), checked before it is issued. Every outcome of section E and every entry of
 * section K is its own control, its id and the parts the form does not show carried in hidden fields, so that
 * the API keeps each outcome's `outcomeId`; a new outcome or entry is typed one a line below them. Section F's
 * items are each editable, removed by ticking "Remove", and added one at a time as on the draft form. Section I is left
 * out, so the API keeps the last version's (docs/api.md "The plan after it is final").
 */
type TextKey = Exclude<TextSectionKey, 'E' | 'K'>;
const TEXT_KEYS = TEXT_SECTIONS.filter((s) => !('list' in s)).map((s) => s.key as TextKey);

export interface AmendedItem {
  readonly provision: string;
  readonly hours: string;
  readonly frequency: string;
  readonly deliveredBy: string;
  /** Not shown: carried, so that a start date recorded through the API is kept. */
  readonly startsOn: string;
}

export interface AmendedOutcome {
  readonly outcomeId: string;
  readonly text: string;
  readonly area: string;
  readonly by: string;
}

export interface AmendedAdvice {
  readonly title: string;
  readonly from: string;
  readonly date: string;
}

export interface AmendedValues {
  readonly issuedOn?: string;
  readonly text: Readonly<Partial<Record<TextKey, string>>>;
  readonly primaryNeed?: string;
  readonly secondaryNeeds: readonly string[];
  readonly needDescription?: string;
  readonly outcomes: readonly AmendedOutcome[];
  /** New outcomes, one a line. */
  readonly newOutcomes?: string;
  readonly advice: readonly AmendedAdvice[];
  /** New entries of K, one a line. */
  readonly newAdvice?: string;
  readonly items: readonly AmendedItem[];
  /** Section I as the last version has it, shown only (the API keeps it). */
  readonly settingShown?: string;
}

const ITEM_PARTS = ['provision', 'hours', 'frequency', 'deliveredBy', 'startsOn'] as const;
const NEW_ITEM = { provision: 'newProvision', hours: 'newHours', frequency: 'newFrequency', deliveredBy: 'newDeliveredBy' };

const listOf = (body: Readonly<Record<string, unknown>>, name: string): string[] => {
  const v = body[name];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).map((x) => (typeof x === 'string' ? x.trim() : ''));
};

/** Parallel lists posted under `${prefix}-${part}` → one record an entry, in order. */
function rows<P extends string>(body: Readonly<Record<string, unknown>>, prefix: string, parts: readonly P[], lead: P) {
  const lists = Object.fromEntries(parts.map((p) => [p, listOf(body, `${prefix}-${p}`)])) as Record<P, string[]>;
  return lists[lead].map((_, i) => Object.fromEntries(parts.map((p) => [p, lists[p][i] ?? ''])) as Record<P, string>);
}

/** The items ticked "Remove" (by their place in the list): left out whatever the post, so check-your-answers agrees. */
export function removedItems(body: Readonly<Record<string, unknown>>): ReadonlySet<number> {
  return new Set(
    listOf(body, 'F-remove')
      .filter((v) => /^\d+$/.test(v))
      .map(Number),
  );
}

/** Whether the post only adds an item to section F: nothing goes to the API. */
export function isAmendedItemEdit(body: Readonly<Record<string, unknown>>): boolean {
  return body.action === 'add-item';
}

/** The posted form: the carried items (less one removed), then the item being typed, if anything was typed. */
export function amendedValues(body: Readonly<Record<string, unknown>>): AmendedValues {
  const removed = removedItems(body);
  const items: AmendedItem[] = rows(body, 'F', ITEM_PARTS, 'provision').filter((_, i) => !removed.has(i));
  const typed = { ...Object.fromEntries(Object.entries(NEW_ITEM).map(([p, n]) => [p, textOf(body, n) ?? ''])), startsOn: '' };
  if (Object.values(typed).some((v) => v !== '')) items.push(typed as unknown as AmendedItem);
  const text: Partial<Record<TextKey, string>> = {};
  for (const key of TEXT_KEYS) {
    const t = textOf(body, key);
    if (t !== undefined) text[key] = t;
  }
  return {
    issuedOn: dateFromParts(body, 'issuedOn'),
    text,
    primaryNeed: textOf(body, 'primaryNeed'),
    secondaryNeeds: listOf(body, 'secondaryNeeds').filter((n) => n !== ''),
    needDescription: textOf(body, 'needDescription'),
    outcomes: rows(body, 'E', ['outcomeId', 'text', 'area', 'by'] as const, 'outcomeId'),
    newOutcomes: textOf(body, 'newOutcomes'),
    advice: rows(body, 'K', ['title', 'from', 'date'] as const, 'title'),
    newAdvice: textOf(body, 'newAdvice'),
    items,
    settingShown: textOf(body, 'settingShown'),
  };
}

type Json = Record<string, any>;
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** The latest version's sections (`GET …/plan`) as the form's values: the form opens filled in. */
export function amendedValuesFromPlan(plan: Json): AmendedValues {
  const s: Json = plan.sections ?? {};
  const text: Partial<Record<TextKey, string>> = {};
  for (const key of TEXT_KEYS) {
    const t = typeof s[key] === 'string' ? s[key] : str(s[key]?.text);
    if (t !== '') text[key] = t;
  }
  const F: Json[] = Array.isArray(s.F) ? s.F : Array.isArray(s.F?.items) ? s.F.items : [];
  const E: Json[] = Array.isArray(s.E) ? s.E : Array.isArray(s.E?.outcomes) ? s.E.outcomes : [];
  const K: Json[] = Array.isArray(s.K) ? s.K : [];
  const I: Json | undefined = s.I;
  return {
    text,
    primaryNeed: str(s.B?.primaryNeed) || undefined,
    secondaryNeeds: Array.isArray(s.B?.secondaryNeeds) ? s.B.secondaryNeeds.map(str) : [],
    needDescription: str(s.B?.description) || undefined,
    outcomes: E.filter((o) => typeof o === 'object' && o).map((o) => ({
      outcomeId: str(o.outcomeId),
      text: str(o.text),
      area: str(o.area),
      by: str(o.by),
    })),
    advice: K.map((k) =>
      typeof k === 'string' ? { title: k, from: '', date: '' } : { title: str(k.title), from: str(k.from), date: str(k.date) },
    ),
    items: F.map((i) => ({
      provision: str(i.provision),
      hours: str(i.hours),
      frequency: str(i.frequency),
      deliveredBy: str(i.deliveredBy),
      startsOn: str(i.startsOn),
    })),
    settingShown: I ? (I.name ? `${str(I.name)} (${str(I.type)})` : str(I.type) || str(I.settingId)) : undefined,
  };
}

/** What is sent: an outcome emptied of its text is left out (removed); nothing typed in a list goes as nothing. */
function outcomesOf(v: AmendedValues) {
  const kept = v.outcomes
    .filter((o) => o.text !== '')
    .map((o) => ({
      ...(o.outcomeId ? { outcomeId: o.outcomeId } : {}),
      text: o.text,
      ...(o.area ? { area: o.area } : {}),
      ...(o.by ? { by: o.by } : {}),
    }));
  return [...kept, ...lines(v.newOutcomes)];
}

function adviceOf(v: AmendedValues) {
  const kept = v.advice
    .filter((k) => k.title !== '')
    .map((k) => ({ title: k.title, ...(k.from ? { from: k.from } : {}), ...(k.date ? { date: k.date } : {}) }));
  return [...kept, ...lines(v.newAdvice)];
}

const orNothing = <T>(list: T[]): T[] | undefined => (list.length ? list : undefined);

export function amendedApiBody(v: AmendedValues) {
  return {
    issuedOn: v.issuedOn,
    sections: {
      ...v.text,
      B: {
        primaryNeed: v.primaryNeed,
        ...(v.secondaryNeeds.length ? { secondaryNeeds: v.secondaryNeeds } : {}),
        description: v.needDescription,
      },
      E: orNothing(outcomesOf(v)),
      K: orNothing(adviceOf(v)),
      F: v.items.map((item) => ({
        provision: item.provision,
        ...(hoursOf(item.hours) === undefined ? {} : { hours: hoursOf(item.hours) }),
        frequency: item.frequency,
        deliveredBy: item.deliveredBy,
        ...(item.startsOn ? { startsOn: item.startsOn } : {}),
      })),
    },
  };
}

/** How the API names each field → its control; an outcome's, entry's or item's errors go to its own control. */
export function amendedFields(v: AmendedValues): FieldIds {
  const ids: Record<string, string> = {
    issuedOn: 'issuedOn-day',
    sections: 'A',
    'sections.B': 'primaryNeed',
    'sections.B.primaryNeed': 'primaryNeed',
    'sections.B.secondaryNeeds': 'primaryNeed',
    'sections.B.description': 'needDescription',
    'sections.E': v.outcomes.length ? 'E-0' : 'newOutcomes',
    'sections.K': v.advice.length ? 'K-0' : 'newAdvice',
    'sections.F': 'newProvision',
  };
  for (const key of TEXT_KEYS) ids[`sections.${key}`] = key;
  const outcomes = v.outcomes.filter((o) => o.text !== '');
  outcomes.forEach((o, i) => (ids[`sections.E[${i}]`] = `E-${v.outcomes.indexOf(o)}`));
  lines(v.newOutcomes).forEach((_, i) => (ids[`sections.E[${outcomes.length + i}]`] = 'newOutcomes'));
  const advice = v.advice.filter((k) => k.title !== '');
  advice.forEach((k, i) => (ids[`sections.K[${i}]`] = `K-${v.advice.indexOf(k)}`));
  lines(v.newAdvice).forEach((_, i) => (ids[`sections.K[${advice.length + i}]`] = 'newAdvice'));
  v.items.forEach((_, i) => {
    ids[`sections.F.items[${i}]`] = `F-item-${i}`;
    for (const p of ITEM_PARTS) ids[`sections.F.items[${i}].${p}`] = p === 'startsOn' ? `F-item-${i}` : `F-${i}-${p}`;
  });
  return ids;
}

const ITEM_WORDS = {
  provision: 'The provision',
  hours: 'The hours',
  frequency: 'How often',
  deliveredBy: 'Who delivers it',
  startsOn: 'The start date',
};

export function amendedLabels(v: AmendedValues): FieldLabels {
  const labels: Record<string, string> = {
    issuedOn: 'The date the amended plan is issued',
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

const labelOf = (key: TextSectionKey) => TEXT_SECTIONS.find((s) => s.key === key)!.label;

export function amendedModel(caseId: string, v: AmendedValues, idempotencyKey: string, errors?: FormErrors) {
  const fieldErrors = errors?.fields ?? {};
  const section = (key: TextKey) => ({ key, label: labelOf(key), value: v.text[key] ?? '', error: fieldErrors[key] });
  return {
    pageTitle: 'Issue the amended EHC plan',
    caption: caseCaption(caseId),
    action: `/cases/${caseId}/plan/amended`,
    idempotencyKey,
    values: {
      issuedOn: partsOfDate(v.issuedOn),
      needDescription: v.needDescription ?? '',
      newOutcomes: v.newOutcomes ?? '',
      newAdvice: v.newAdvice ?? '',
    },
    sections: Object.fromEntries(TEXT_KEYS.map((k) => [k, section(k)])) as Record<TextKey, ReturnType<typeof section>>,
    labels: { E: labelOf('E'), K: labelOf('K') },
    needs: [
      { value: '', text: 'Choose the primary need', selected: !v.primaryNeed },
      ...NEEDS.map((n) => ({ ...n, selected: n.value === v.primaryNeed })),
    ],
    secondaryNeeds: v.secondaryNeeds,
    outcomes: v.outcomes.map((o, i) => ({ ...o, id: `E-${i}`, number: i + 1, error: fieldErrors[`E-${i}`] })),
    advice: v.advice.map((k, i) => ({ ...k, id: `K-${i}`, number: i + 1, error: fieldErrors[`K-${i}`] })),
    items: v.items.map((item, i) => ({
      ...item,
      number: i + 1,
      id: `F-item-${i}`,
      error: fieldErrors[`F-item-${i}`],
      errors: Object.fromEntries(ITEM_PARTS.map((p) => [p, fieldErrors[`F-${i}-${p}`]])),
    })),
    settingShown: v.settingShown ?? '',
    settingNote: `The amended plan keeps section I as the last version has it${v.settingShown ? ` (${v.settingShown})` : ''}.`,
    ...errorModel(errors),
  };
}

export function amendedAnswers(v: AmendedValues): AnswerRow[] {
  const text = (key: TextKey) => ({ key: labelOf(key), value: v.text[key] ?? '' });
  const outcomes = outcomesOf(v).map((o) => (typeof o === 'string' ? o : o.text));
  const advice = adviceOf(v).map((k) => (typeof k === 'string' ? k : k.title));
  const listed = (key: 'E' | 'K', noun: string, entries: string[]): AnswerRow[] =>
    entries.length
      ? entries.map((value, i) => ({ key: `Section ${key}: ${noun} ${i + 1}`, value }))
      : [{ key: labelOf(key), value: '' }];
  return [
    { key: 'Date the amended plan is issued', value: formatDate(v.issuedOn) },
    text('A'),
    { key: 'Section B: primary need', value: NEEDS.find((n) => n.value === v.primaryNeed)?.text ?? v.primaryNeed ?? '' },
    { key: 'Section B: description of the needs', value: v.needDescription ?? '' },
    text('C'),
    text('D'),
    ...listed('E', 'outcome', outcomes),
    ...(v.items.length
      ? v.items.map((item, i) => ({ key: `Section F: provision item ${i + 1}`, value: itemSummary(item) }))
      : [{ key: 'Section F: provision', value: '' }]),
    text('G'),
    text('H1'),
    text('H2'),
    {
      key: 'Section I: the setting',
      value: v.settingShown ? `${v.settingShown}, as in the last version` : 'As in the last version',
    },
    text('J'),
    ...listed('K', 'entry', advice),
  ];
}

export const amendedForm: CaseForm<AmendedValues> = {
  view: 'forms/plan-changes/amended.njk',
  path: ({ caseId }) => `/cases/${caseId}/plan/amended`,
  apiPath: ({ caseId }) => `/api/v1/cases/${caseId}/plan/amended`,
  read: amendedValues,
  apiBody: amendedApiBody,
  model: ({ caseId }, v, key, errors) => amendedModel(caseId, v, key, errors),
  fields: amendedFields,
  labels: amendedLabels,
  firstField: 'issuedOn',
  banner: (v) => ({ title: 'Amended EHC plan issued', text: `Issued on ${formatDate(v.issuedOn)}.` }),
  check: (v) => ({
    pageTitle: 'Check the amended plan before it is issued',
    rows: amendedAnswers(v),
    warning: 'The amended plan becomes the plan in force; it cannot be withdrawn once issued.',
    confirmText: 'Issue the amended plan',
  }),
};
