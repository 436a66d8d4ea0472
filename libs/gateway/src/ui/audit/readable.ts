import { formatDate, formatDateTime } from '../format.js';

/**
 * A context's replayed state as a reader would want it: labelled rows of plain values, not a JSON dump
 * (docs/ui.md "Dates" for how dates read). The full JSON stays available beside it. Pure: unit tested.
 */
export interface Row {
  readonly key: string;
  readonly value: string;
}

/** The five contexts, in pathway order, as the pages name them. */
export const CONTEXT_NAMES: Readonly<Record<string, string>> = {
  assessment: 'Assessment',
  ehcp: 'EHC plan',
  placement: 'Placement',
  mediation: 'Disputes and mediation',
  funding: 'Funding',
  deadlines: 'Deadline breaches',
  access: 'Access log',
};

/** "firstBrokenRevision" → "First broken revision"; "a.b" keys keep their parts: "Plan: version". */
export function labelOf(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
    .trim();
  const sentence = words.charAt(0).toUpperCase() + words.slice(1);
  return sentence.replace(/\b(la|ehcp|sen2?)\b/gi, (w) => w.toUpperCase()).replace(/\bEHCP\b/g, 'EHC plan');
}

const BUSINESS_DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One value in words: dates as "4 June 2026", yes/no, lists counted, small objects inline. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'None';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (BUSINESS_DATE.test(value)) return formatDate(value);
    if (INSTANT.test(value)) return formatDateTime(value);
    return value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return 'None';
    if (value.every((v) => typeof v !== 'object' || v === null)) return value.map(valueText).join(', ');
    return `${value.length} ${value.length === 1 ? 'entry' : 'entries'}`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return 'None';
  return entries.map(([k, v]) => `${labelOf(k)}: ${typeof v === 'object' && v !== null ? compact(v) : valueText(v)}`).join('; ');
}

const compact = (v: object): string => {
  const text = Array.isArray(v) ? valueText(v) : JSON.stringify(v);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
};

/**
 * A state as rows: each top-level field, its nested fields one level down ("Plan: version"), and lists
 * counted with their entries summarised one a row ("Advice 1").
 */
export function rowsOf(state: unknown): Row[] {
  if (state === null || state === undefined) return [];
  if (typeof state !== 'object' || Array.isArray(state)) return [{ key: 'State', value: valueText(state) }];
  const rows: Row[] = [];
  for (const [key, value] of Object.entries(state as Record<string, unknown>)) {
    if (value === undefined) continue;
    if (Array.isArray(value) && value.some((v) => typeof v === 'object' && v !== null)) {
      rows.push({ key: labelOf(key), value: valueText(value) });
      value.forEach((v, i) => rows.push({ key: `${labelOf(key)} ${i + 1}`, value: valueText(v) }));
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      const inner = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
      if (inner.length === 0) rows.push({ key: labelOf(key), value: 'None' });
      for (const [k, v] of inner) rows.push({ key: `${labelOf(key)}: ${labelOf(k).toLowerCase()}`, value: valueText(v) });
    } else {
      rows.push({ key: labelOf(key), value: valueText(value) });
    }
  }
  return rows;
}

/** A JSON Pointer into `{ stage, state }` in words: "/state/plan/version" → "Plan › version". */
export function pathText(pointer: string): string {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (parts[0] === 'state') parts.shift();
  if (parts.length === 0) return 'State';
  return parts
    .map((p, i) => (/^\d+$/.test(p) ? `entry ${Number(p) + 1}` : i === 0 ? labelOf(p) : labelOf(p).toLowerCase()))
    .join(' › ');
}

/** A stream's name → its context's words: "assessment-<case id>" → "Assessment". */
export function streamContext(stream: string): string {
  const prefix = stream.split('-')[0];
  return CONTEXT_NAMES[prefix] ?? labelOf(prefix);
}
