import { FieldError } from '@send/platform';

import { NEED_CODES, PlanSections, SectionI } from '../domain/index.js';

const TEXT_SECTIONS = ['A', 'C', 'D', 'E', 'G', 'H1', 'H2', 'J', 'K'] as const;
const SETTING_TYPES = ['mainstream', 'resourced', 'special', 'alternative', 'independent', 'post-16'];

type Parsed<T> = { value?: T; errors: FieldError[] };

/**
 * Reads the plan sections of docs/api.md, accepting the forms a caseworker's tools send: a text section
 * as a string or { text }, F as a list of items or { items }. Every bad field is named; quality rules
 * for F (specific and quantified) belong to the domain and come back as a 422.
 */
export function parseSections(raw: unknown, path = 'sections'): Parsed<PlanSections> {
  const errors: FieldError[] = [];
  if (!isObject(raw)) return { errors: [{ field: path, message: 'sections must be an object with A to K' }] };
  const text: Record<string, { text: string; outcomes?: string[] }> = {};
  for (const key of TEXT_SECTIONS) {
    const v = raw[key];
    const t = typeof v === 'string' ? v : isObject(v) && typeof v.text === 'string' ? v.text : undefined;
    if (t === undefined || t.trim() === '')
      errors.push({ field: `${path}.${key}`, message: `section ${key} must be non-empty text` });
    else
      text[key] = {
        text: t,
        ...(key === 'E' && isObject(v) && Array.isArray(v.outcomes) ? { outcomes: v.outcomes.map(String) } : {}),
      };
  }
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
  const I = raw.I === undefined || raw.I === null ? { errors: [] } : parseSectionI(raw.I, `${path}.I`);
  errors.push(...I.errors);
  if (errors.length) return { errors };
  const b = B as Record<string, unknown>;
  return {
    errors,
    value: {
      ...(text as unknown as Pick<PlanSections, (typeof TEXT_SECTIONS)[number]>),
      B: {
        primaryNeed: b.primaryNeed,
        ...(b.secondaryNeeds ? { secondaryNeeds: b.secondaryNeeds } : {}),
        description: b.description,
      } as PlanSections['B'],
      F: {
        items: (items ?? []).map((it: Record<string, unknown>) => ({
          provision: it.provision,
          frequency: it.frequency,
          deliveredBy: it.deliveredBy,
          ...(it.hours === undefined || it.hours === null ? {} : { hours: it.hours }),
        })),
      } as PlanSections['F'],
      ...(I.value ? { I: I.value } : {}),
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
    (typeof item.hours !== 'number' || !Number.isFinite(item.hours) || item.hours < 0)
  )
    errors.push({ field: `${path}.hours`, message: 'hours must be a number of hours' });
  return errors;
}

function isObject(v: unknown): v is Record<string, any> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
