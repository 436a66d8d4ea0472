import { FieldError } from '@send/platform';
import { isIsoDate } from '@send/statutory';
import { ID_SHAPE } from '@send/standards';

import {
  type AdviceEntry,
  NEED_CODES,
  OUTCOME_AREAS,
  type OutcomeInput,
  type PlanSectionsInput,
  SectionI,
} from '../domain/index.js';

const TEXT_SECTIONS = ['A', 'C', 'D', 'G', 'H1', 'H2', 'J'] as const;
const SETTING_TYPES = ['mainstream', 'resourced', 'special', 'alternative', 'independent', 'post-16'];

type Parsed<T> = { value?: T; errors: FieldError[] };

/**
 * Reads the plan sections of docs/api.md, accepting the forms a caseworker's tools send: a text section
 * as a string or { text }, E as a list of outcomes (or one string, or the older { text, outcomes? }),
 * F as a list of items or { items }, K as a list of advice (or one string, or { text }). Every bad field
 * is named; quality rules for F (specific and quantified) and section I in a draft (CFA s.38(5)) belong
 * to the domain and come back as a 422, so I is passed on as sent.
 */
export function parseSections(raw: unknown, path = 'sections'): Parsed<PlanSectionsInput> {
  const errors: FieldError[] = [];
  if (!isObject(raw)) return { errors: [{ field: path, message: 'sections must be an object with A to K' }] };
  const text: Record<string, { text: string }> = {};
  for (const key of TEXT_SECTIONS) {
    const v = raw[key];
    const t = typeof v === 'string' ? v : isObject(v) && typeof v.text === 'string' ? v.text : undefined;
    if (t === undefined || t.trim() === '')
      errors.push({ field: `${path}.${key}`, message: `section ${key} must be non-empty text` });
    else text[key] = { text: t };
  }
  const E = parseOutcomes(raw.E, `${path}.E`);
  errors.push(...E.errors);
  const K = parseAdvice(raw.K, `${path}.K`);
  errors.push(...K.errors);
  const B = raw.B;
  if (!isObject(B))
    errors.push({ field: `${path}.B`, message: 'section B must be { primaryNeed, secondaryNeeds?, description }' });
  else {
    if (!NEED_CODES.includes(B.primaryNeed as never))
      errors.push({ field: `${path}.B.primaryNeed`, message: `primaryNeed must be one of ${NEED_CODES.join(' ')}` });
    if (
      B.secondaryNeeds !== undefined &&
      (!Array.isArray(B.secondaryNeeds) || B.secondaryNeeds.some((n) => !NEED_CODES.includes(n)))
    )
      errors.push({ field: `${path}.B.secondaryNeeds`, message: `secondaryNeeds must be a list of ${NEED_CODES.join(' ')}` });
    if (typeof B.description !== 'string' || B.description.trim() === '')
      errors.push({ field: `${path}.B.description`, message: 'description must be non-empty text' });
  }
  const items = Array.isArray(raw.F) ? raw.F : isObject(raw.F) && Array.isArray(raw.F.items) ? raw.F.items : undefined;
  if (items === undefined) errors.push({ field: `${path}.F`, message: 'section F must be a list of provision items' });
  else items.forEach((item, i) => errors.push(...itemErrors(item, `${path}.F.items[${i}]`)));
  if (errors.length) return { errors };
  const b = B as Record<string, unknown>;
  return {
    errors,
    value: {
      ...(text as unknown as Pick<PlanSectionsInput, (typeof TEXT_SECTIONS)[number]>),
      E: E.value!,
      K: K.value!,
      B: {
        primaryNeed: b.primaryNeed,
        ...(b.secondaryNeeds ? { secondaryNeeds: b.secondaryNeeds } : {}),
        description: b.description,
      } as PlanSectionsInput['B'],
      F: {
        items: (items ?? []).map((it: Record<string, unknown>) => ({
          provision: it.provision,
          frequency: it.frequency,
          deliveredBy: it.deliveredBy,
          ...(it.hours === undefined || it.hours === null ? {} : { hours: it.hours }),
          ...(it.startsOn === undefined || it.startsOn === null ? {} : { startsOn: it.startsOn }),
          ...(isObject(it.beyondStandard)
            ? { beyondStandard: { id: it.beyondStandard.id, version: it.beyondStandard.version } }
            : {}),
        })),
      } as PlanSectionsInput['F'],
      // Refused by the decider with EHCP.SECTION_I_IN_DRAFT, whatever its shape.
      ...(raw.I === undefined || raw.I === null ? {} : { I: raw.I as SectionI }),
    },
  };
}

export function parseSectionI(raw: unknown, path: string): Parsed<SectionI> {
  if (!isObject(raw)) return { errors: [{ field: path, message: 'section I must be { type, settingId?, name? }' }] };
  const errors: FieldError[] = [];
  if (!SETTING_TYPES.includes(raw.type as string))
    errors.push({ field: `${path}.type`, message: `type must be one of ${SETTING_TYPES.join(', ')}` });
  for (const k of ['settingId', 'name'] as const) {
    if (raw[k] !== undefined && (typeof raw[k] !== 'string' || (raw[k] as string).trim() === ''))
      errors.push({ field: `${path}.${k}`, message: `${k} must be non-empty text` });
  }
  if (errors.length) return { errors };
  return {
    errors,
    value: {
      type: raw.type,
      ...(raw.settingId ? { settingId: raw.settingId } : {}),
      ...(raw.name ? { name: raw.name } : {}),
    } as SectionI,
  };
}

const filled = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** E: a list of outcomes, each a string or { outcomeId?, text, area?, by? }; one string; or { text, outcomes? }. */
export function parseOutcomes(raw: unknown, path: string): Parsed<OutcomeInput[]> {
  const shape = 'section E must be a list of outcomes, each text or { outcomeId?, text, area?, by? }';
  if (typeof raw === 'string')
    return filled(raw) ? { errors: [], value: [{ text: raw }] } : { errors: [{ field: path, message: shape }] };
  if (isObject(raw)) {
    // The shape before E was a list: the section's text, then its outcomes, as it is read back (normaliseSections).
    const listed = Array.isArray(raw.outcomes) ? raw.outcomes.filter(filled).map(String) : [];
    const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
    const texts = !filled(raw.text) || listed.some((t) => same(t, raw.text)) ? listed : [raw.text, ...listed];
    return texts.length > 0
      ? { errors: [], value: texts.map((text) => ({ text })) }
      : { errors: [{ field: path, message: shape }] };
  }
  if (!Array.isArray(raw) || raw.length === 0) return { errors: [{ field: path, message: shape }] };
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const value = raw.map((o, i): OutcomeInput => {
    const at = `${path}[${i}]`;
    if (typeof o === 'string') {
      if (!filled(o)) errors.push({ field: at, message: 'an outcome must be non-empty text' });
      return { text: o };
    }
    if (!isObject(o)) {
      errors.push({ field: at, message: 'an outcome must be text or { outcomeId?, text, area?, by? }' });
      return { text: '' };
    }
    if (!filled(o.text)) errors.push({ field: `${at}.text`, message: 'text must be non-empty text' });
    if (o.outcomeId !== undefined && !filled(o.outcomeId))
      errors.push({ field: `${at}.outcomeId`, message: 'outcomeId must be non-empty text' });
    else if (o.outcomeId !== undefined && seen.has(o.outcomeId))
      errors.push({ field: `${at}.outcomeId`, message: `outcomeId ${o.outcomeId} is given to two outcomes` });
    if (filled(o.outcomeId)) seen.add(o.outcomeId);
    if (o.area !== undefined && !OUTCOME_AREAS.includes(o.area))
      errors.push({ field: `${at}.area`, message: `area must be one of ${OUTCOME_AREAS.join(', ')}` });
    if (o.by !== undefined && !isIsoDate(o.by)) errors.push({ field: `${at}.by`, message: 'by must be a date (YYYY-MM-DD)' });
    return {
      ...(o.outcomeId === undefined ? {} : { outcomeId: o.outcomeId }),
      text: o.text,
      ...(o.area === undefined ? {} : { area: o.area }),
      ...(o.by === undefined ? {} : { by: o.by }),
    };
  });
  return errors.length ? { errors } : { errors, value };
}

/** K: a list of advice, each a string or { title, from?, date? }; one string; or { text }. */
export function parseAdvice(raw: unknown, path: string): Parsed<AdviceEntry[]> {
  const shape = 'section K must be a list of advice and information, each text or { title, from?, date? }';
  if (typeof raw === 'string')
    return filled(raw) ? { errors: [], value: [{ title: raw }] } : { errors: [{ field: path, message: shape }] };
  if (isObject(raw))
    return filled(raw.text) ? { errors: [], value: [{ title: raw.text }] } : { errors: [{ field: path, message: shape }] };
  if (!Array.isArray(raw) || raw.length === 0) return { errors: [{ field: path, message: shape }] };
  const errors: FieldError[] = [];
  const value = raw.map((a, i): AdviceEntry => {
    const at = `${path}[${i}]`;
    if (typeof a === 'string') {
      if (!filled(a)) errors.push({ field: at, message: 'an entry must be non-empty text' });
      return { title: a };
    }
    if (!isObject(a)) {
      errors.push({ field: at, message: 'an entry must be text or { title, from?, date? }' });
      return { title: '' };
    }
    if (!filled(a.title)) errors.push({ field: `${at}.title`, message: 'title must be non-empty text' });
    if (a.from !== undefined && !filled(a.from)) errors.push({ field: `${at}.from`, message: 'from must be non-empty text' });
    if (a.date !== undefined && !isIsoDate(a.date))
      errors.push({ field: `${at}.date`, message: 'date must be a date (YYYY-MM-DD)' });
    return {
      title: a.title,
      ...(a.from === undefined ? {} : { from: a.from }),
      ...(a.date === undefined ? {} : { date: a.date }),
    };
  });
  return errors.length ? { errors } : { errors, value };
}

/**
 * Hours each time an item is delivered: no occasion outlasts the week it recurs in, so more than 168 is a
 * typing error, and a huge number would be priced and committed as money (docs/api.md "Plan sections").
 */
export const MAX_HOURS = 168;

function itemErrors(item: unknown, path: string): FieldError[] {
  if (!isObject(item)) return [{ field: path, message: 'each item must be { provision, hours?, frequency, deliveredBy }' }];
  const errors: FieldError[] = [];
  for (const k of ['provision', 'frequency', 'deliveredBy'] as const) {
    if (typeof item[k] !== 'string' || (item[k] as string).trim() === '')
      errors.push({ field: `${path}.${k}`, message: `${k} must be non-empty text` });
  }
  if (
    item.hours !== undefined &&
    item.hours !== null &&
    (typeof item.hours !== 'number' || !Number.isFinite(item.hours) || item.hours < 0 || item.hours > MAX_HOURS)
  )
    errors.push({ field: `${path}.hours`, message: `hours must be a number of hours from 0 to ${MAX_HOURS}` });
  if (item.startsOn !== undefined && item.startsOn !== null && !isIsoDate(item.startsOn))
    errors.push({ field: `${path}.startsOn`, message: 'startsOn must be a date (YYYY-MM-DD)' });
  if (item.beyondStandard !== undefined && item.beyondStandard !== null)
    errors.push(...standardRefErrors(item.beyondStandard, `${path}.beyondStandard`));
  return errors;
}

function isObject(v: unknown): v is Record<string, any> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A citation of a national standard: { id, version } (GET /api/v1/standards); whether it exists is checked on issue. */
function standardRefErrors(ref: unknown, path: string): FieldError[] {
  if (!isObject(ref)) return [{ field: path, message: 'beyondStandard must be { id, version }' }];
  const errors: FieldError[] = [];
  if (typeof ref.id !== 'string' || !ID_SHAPE.test(ref.id))
    errors.push({ field: `${path}.id`, message: 'id must be a standard id, e.g. "oap-slcn-primary"' });
  if (!(typeof ref.version === 'number' && Number.isInteger(ref.version) && ref.version >= 1))
    errors.push({ field: `${path}.version`, message: 'version must be a whole number from 1' });
  return errors;
}
