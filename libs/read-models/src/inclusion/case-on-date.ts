import type { SettingType } from '@send/statutory';
import type { AgeBand } from './figures.js';
import type { CaseHistory, PlanVersionFact } from './case-history.js';

/** What a case history says on a given day: its LA, the plan in force, the child's age (the dashboards and SEN2). */

/** The LA maintaining the case on a date: the requesting LA, then each accepted transfer (Reg 15(3)). */
export function laAt(h: CaseHistory, date: string): string {
  return h.transfers.filter((t) => t.on <= date).reduce((la, t) => t.toLa, h.requestLa);
}

/** The final or amended version in force on a date: the latest issued on or before it, unless the plan ceased by then. */
export function planInForceAt(h: CaseHistory, date: string): PlanVersionFact | undefined {
  if (h.cease?.ceasedOn !== undefined && h.cease.ceasedOn <= date) return undefined;
  return h.planVersions
    .filter((v) => v.kind !== 'draft' && v.on <= date)
    .reduce<PlanVersionFact | undefined>(
      (latest, v) =>
        latest === undefined || v.on > latest.on || (v.on === latest.on && v.version > latest.version) ? v : latest,
      undefined,
    );
}

/** The case's first final plan (the "new plan" of SEN2 and the 20-week measure). */
export function firstFinalPlan(h: CaseHistory): PlanVersionFact | undefined {
  return h.planVersions.find((v) => v.kind === 'final');
}

/** Whole years of age on a date. */
export function ageOn(dateOfBirth: string, date: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The DfE's age bands of the "Education, health and care plans" publication (under 5, 5–10, 11–15, 16–19, 20–25). */
export function ageBand(age: number): AgeBand {
  if (age < 5) return 'under-5';
  if (age <= 10) return '5-10';
  if (age <= 15) return '11-15';
  if (age <= 19) return '16-19';
  return '20-25';
}

/**
 * The date a caseload's ages are taken at: the 31 August on or before the count's date, as the DfE's SEN2
 * statistics give ages in January as at the previous 31 August (the school year's age, as placement's
 * 1 September cut-off).
 */
export function ageDateFor(date: string): string {
  const year = Number(date.slice(0, 4));
  const thisYear = `${year}-08-31`;
  return date >= thisYear ? thisYear : `${year - 1}-08-31`;
}

/** The setting type of the version in force, or of a later SettingNamed. */
export function settingTypeAt(h: CaseHistory, date: string): SettingType | undefined {
  const version = planInForceAt(h, date);
  if (!version) return undefined;
  const named = h.settingsNamed.filter((s) => s.on >= version.on && s.on <= date).at(-1);
  return named?.type ?? version.setting?.type;
}
