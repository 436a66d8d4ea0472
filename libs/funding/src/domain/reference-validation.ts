import { isIsoDate } from '@send/statutory';
import { isPence } from './money.js';
import { TARIFF_UNITS, type Band, type ReferenceData, type Tariff } from './reference-data.js';

type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every(isText);

/** A version names its file (reference-<version>.json), so it is a plain token. */
export const VERSION_SHAPE = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Every problem in a reference file, each naming its field, so that a bad data change fails at start-up
 * with a message that says what to fix, instead of pricing plans wrongly.
 */
export function checkReferenceData(raw: unknown): { value?: ReferenceData; errors: string[] } {
  if (!isObject(raw)) return { errors: ['the file must hold one JSON object'] };
  const errors: string[] = [];
  if (!isText(raw.status)) errors.push('status: say whether the figures are real (e.g. "illustrative — not DfE figures")');
  if (typeof raw.version !== 'string' || !VERSION_SHAPE.test(raw.version))
    errors.push('version: letters, digits, ".", "_" or "-"');
  if (!isIsoDate(raw.effectiveFrom)) errors.push('effectiveFrom: a date written YYYY-MM-DD');
  if (!isObject(raw.threshold) || !isPence(raw.threshold.pence) || raw.threshold.pence < 0) {
    errors.push('threshold.pence: the notional SEN threshold in whole pence');
  }
  errors.push(...weeksErrors(raw.weeksOpen));
  const tariffs = Array.isArray(raw.tariffs) ? raw.tariffs : [];
  if (tariffs.length === 0) errors.push('tariffs: at least one tariff');
  tariffs.forEach((t, i) => errors.push(...tariffErrors(t, `tariffs[${i}]`)));
  errors.push(...duplicates(tariffs, 'tariffs'));
  errors.push(...placeFundingErrors(raw.placeFunding, tariffs));
  const bands = Array.isArray(raw.bands) ? raw.bands : [];
  if (bands.length === 0) errors.push('bands: at least one band');
  bands.forEach((b, i) => errors.push(...bandErrors(b, `bands[${i}]`)));
  errors.push(...duplicates(bands, 'bands'));
  if (errors.length === 0) errors.push(...coverageErrors(bands as Band[]));
  return errors.length > 0 ? { errors } : { errors, value: raw as unknown as ReferenceData };
}

function weeksErrors(weeks: unknown): string[] {
  if (!isObject(weeks) || weeks.default === undefined) return ['weeksOpen: weeks open a year by setting type, with a default'];
  return Object.entries(weeks)
    .filter(([, w]) => !(typeof w === 'number' && Number.isInteger(w) && w > 0 && w <= 52))
    .map(([type]) => `weeksOpen.${type}: a whole number of weeks from 1 to 52`);
}

function tariffErrors(t: unknown, at: string): string[] {
  if (!isObject(t)) return [`${at}: { id, unit, pence, matches, deliveredBy? }`];
  const errors: string[] = [];
  if (!isText(t.id)) errors.push(`${at}.id: non-empty text`);
  if (!TARIFF_UNITS.includes(t.unit as Tariff['unit'])) errors.push(`${at}.unit: one of ${TARIFF_UNITS.join(', ')}`);
  if (!isPence(t.pence) || t.pence <= 0) errors.push(`${at}.pence: a positive whole number of pence`);
  if (!isTextList(t.matches)) errors.push(`${at}.matches: a non-empty list of words or phrases`);
  if (t.deliveredBy !== undefined && !isTextList(t.deliveredBy))
    errors.push(`${at}.deliveredBy: a non-empty list, or leave it out`);
  return errors;
}

function bandErrors(b: unknown, at: string): string[] {
  if (!isObject(b)) return [`${at}: { id, name, description, matches, minAnnualPence?, maxAnnualPence? }`];
  const errors: string[] = [];
  for (const k of ['id', 'name', 'description'] as const) if (!isText(b[k])) errors.push(`${at}.${k}: non-empty text`);
  if (!isTextList(b.matches)) errors.push(`${at}.matches: a non-empty list of kinds of provision`);
  for (const k of ['minAnnualPence', 'maxAnnualPence'] as const) {
    if (b[k] !== undefined && !(isPence(b[k]) && (b[k] as number) >= 0)) errors.push(`${at}.${k}: whole pence, or leave it out`);
  }
  return errors;
}

function placeFundingErrors(rule: unknown, tariffs: unknown[]): string[] {
  if (!isObject(rule) || !Array.isArray(rule.settingTypes) || !rule.settingTypes.every(isText)) {
    return ['placeFunding: { tariffId, settingTypes: [setting types that receive place funding] }'];
  }
  const place = tariffs.find((t) => isObject(t) && t.id === rule.tariffId);
  return isObject(place) && place.unit === 'place' ? [] : ['placeFunding.tariffId: the id of a tariff with unit "place"'];
}

function duplicates(items: unknown[], at: string): string[] {
  const ids = items.map((x) => (isObject(x) ? x.id : undefined));
  return [...new Set(ids.filter((id, i) => id !== undefined && ids.indexOf(id) !== i))].map(
    (id) => `${at}: id ${String(id)} is used twice`,
  );
}

/** Every annual cost must fall in exactly one band: ranges from 0, end to end, the last open-ended. */
function coverageErrors(bands: readonly Band[]): string[] {
  const sorted = [...bands].sort((a, b) => (a.minAnnualPence ?? 0) - (b.minAnnualPence ?? 0));
  let expected: number | undefined = 0;
  for (const b of sorted) {
    if (expected === undefined || (b.minAnnualPence ?? 0) !== expected) {
      return [`bands: band ${b.id} starts at ${b.minAnnualPence ?? 0}; ranges must run from 0 without gap or overlap`];
    }
    if (b.maxAnnualPence !== undefined && b.maxAnnualPence <= expected) return [`bands: band ${b.id} ends before it starts`];
    expected = b.maxAnnualPence;
  }
  return expected === undefined ? [] : ['bands: the last band must have no maxAnnualPence, so that every cost has a band'];
}
