// The dashboard's figures as the API gives them (libs/read-models/src/inclusion/figures.ts): the pages only
// lay them out, so the one definition of each measure stays with the projection.
export type { AgeBand, AreaFigures, Count, InclusionDashboard, Percent, TimelinessBands } from '@send/read-models';
export { AGE_BANDS } from '@send/read-models';
import type { Count, Percent } from '@send/read-models';

/** A chart's or a table's value: a number, suppressed ("c"), or a percentage with no denominator (null). */
export type Value = number | 'c' | null;

/**
 * The words shown for a suppressed value (docs/dashboards.md, the DfE's statistical disclosure control: the
 * SEN2 publication shows "c" for a small count and for any cell from which it could be worked out).
 */
export const SUPPRESSED = 'c';
export const SUPPRESSED_NOTE = 'c: a count from 1 to 4, or one that would reveal one, is not shown.';
/** A percentage whose denominator is 0 (figures.ts Percent). */
export const NO_CASES = 'no cases';

const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const ONE_PLACE = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const POUNDS = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });

export const countText = (v: Count): string => (v === 'c' ? SUPPRESSED : WHOLE.format(v));
export const percentText = (v: Percent): string => (v === 'c' ? SUPPRESSED : v === null ? NO_CASES : `${ONE_PLACE.format(v)}%`);
/** Pence as whole pounds: 123456789 → "£1,234,568". */
export const poundsText = (pence: number | 'c' | null): string =>
  pence === 'c' ? SUPPRESSED : pence === null ? 'not recorded' : POUNDS.format(pence / 100);

/**
 * A part's share of its total, to one decimal place, for charts that compare an LA with England (their counts
 * are not comparable, their shares are). Hidden when either is ("c"), none when the total is 0.
 */
export function shareOf(part: Count, total: Count): Percent {
  if (part === 'c' || total === 'c') return 'c';
  if (total === 0) return null;
  return Math.round((part * 1000) / total) / 10;
}

/** "82.4%" for a sentence; a suppressed or empty share in words that say why there is no number. */
export function percentWords(v: Percent): string {
  if (v === 'c') return 'a share not shown (c)';
  if (v === null) return 'no share (no cases)';
  return percentText(v);
}

/** True when anything in the figures is suppressed, so that the page explains "c" (its footnote). */
export function hasSuppressed(figures: unknown): boolean {
  if (figures === SUPPRESSED) return true;
  if (Array.isArray(figures)) return figures.some(hasSuppressed);
  if (figures && typeof figures === 'object') return Object.values(figures).some(hasSuppressed);
  return false;
}

const MONTH = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'short', year: 'numeric' });
const LONG_MONTH = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });
const monthDate = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
/** "2026-03" → "Mar 2026" (an axis label). */
export const monthShort = (month: string): string => MONTH.format(monthDate(month));
/** "2026-03" → "March 2026" (a table row, a sentence). */
export const monthLong = (month: string): string => LONG_MONTH.format(monthDate(month));
