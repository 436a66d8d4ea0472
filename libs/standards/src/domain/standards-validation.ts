import { isIsoDate, isBefore } from '@send/statutory';
import { PHASES, STANDARD_KINDS, isNeedCode, type Phase, type StandardEntry, type StandardKind } from './standard.js';

type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** A release names its file (standards-<release>.json); an id is a plain token, cited in URLs and events. */
export const RELEASE_SHAPE = /^[A-Za-z0-9._-]{1,64}$/;
export const ID_SHAPE = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** One catalogue file: a release of entries, saying what it is. */
export interface StandardsFile {
  /** "illustrative — not DfE standards" until real standards are published. */
  readonly status: string;
  readonly release: string;
  readonly description?: string;
  readonly entries: readonly StandardEntry[];
}

/** Every problem in a catalogue file, each naming its field, so a bad data change stops start-up saying what to fix. */
export function checkStandardsFile(raw: unknown): { value?: StandardsFile; errors: string[] } {
  if (!isObject(raw)) return { errors: ['the file must hold one JSON object'] };
  const errors: string[] = [];
  if (!isText(raw.status)) errors.push('status: say whether the standards are real (e.g. "illustrative — not DfE standards")');
  if (typeof raw.release !== 'string' || !RELEASE_SHAPE.test(raw.release))
    errors.push('release: letters, digits, ".", "_" or "-"');
  const entries = Array.isArray(raw.entries) ? raw.entries : [];
  if (entries.length === 0) errors.push('entries: at least one standard');
  entries.forEach((e, i) => errors.push(...entryErrors(e, `entries[${i}]`)));
  if (errors.length === 0) errors.push(...versionErrors(entries as StandardEntry[]));
  return errors.length > 0 ? { errors } : { errors, value: raw as unknown as StandardsFile };
}

function entryErrors(e: unknown, at: string): string[] {
  if (!isObject(e)) return [`${at}: { id, version, kind, need, phase, title, text, source, effectiveFrom }`];
  const errors: string[] = [];
  if (typeof e.id !== 'string' || !ID_SHAPE.test(e.id)) errors.push(`${at}.id: lower-case letters, digits and "-"`);
  if (!(typeof e.version === 'number' && Number.isInteger(e.version) && e.version >= 1))
    errors.push(`${at}.version: a whole number from 1`);
  if (!STANDARD_KINDS.includes(e.kind as StandardKind)) errors.push(`${at}.kind: one of ${STANDARD_KINDS.join(', ')}`);
  if (!isNeedCode(e.need)) errors.push(`${at}.need: a SEN2 primary need code (SLCN, ASD, …)`);
  if (!PHASES.includes(e.phase as Phase)) errors.push(`${at}.phase: one of ${PHASES.join(', ')}`);
  for (const k of ['title', 'text', 'source'] as const) if (!isText(e[k])) errors.push(`${at}.${k}: non-empty text`);
  if (!isIsoDate(e.effectiveFrom)) errors.push(`${at}.effectiveFrom: a date written YYYY-MM-DD`);
  return errors;
}

/** Each id's versions are distinct, and a later version takes effect after the one before it. */
export function versionErrors(entries: readonly StandardEntry[], at = 'entries'): string[] {
  const errors: string[] = [];
  const byId = new Map<string, StandardEntry[]>();
  for (const e of entries) byId.set(e.id, [...(byId.get(e.id) ?? []), e]);
  for (const [id, versions] of byId) {
    const sorted = [...versions].sort((a, b) => a.version - b.version);
    sorted.forEach((v, i) => {
      const before = sorted[i - 1];
      if (before === undefined) return;
      if (before.version === v.version) errors.push(`${at}: ${id} v${v.version} appears twice`);
      else if (!isBefore(before.effectiveFrom, v.effectiveFrom)) {
        errors.push(`${at}: ${id} v${v.version} must take effect after v${before.version} (${before.effectiveFrom})`);
      }
    });
  }
  return errors;
}
