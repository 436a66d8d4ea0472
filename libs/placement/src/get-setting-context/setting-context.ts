import type { User } from '@send/platform';
import type { IsoDate } from '@send/statutory';
import { NEED_CODES, type NeedCode, type Setting, type SettingResultsVersion, byYearThenMeasure } from '../domain/index.js';

/** A plan as the case summary holds it: section I as issued (JSON) and section B's primary need. */
export interface PlanRow {
  readonly planSetting: string | null;
  readonly primaryNeed: string | null;
}

export interface Cohort {
  readonly plans: number;
  readonly byNeed: Readonly<Record<NeedCode, number>>;
}

/** The setting a plan's section I names; a section I naming a type of setting only names none. */
export function namedSetting(row: PlanRow): string | undefined {
  if (row.planSetting === null) return undefined;
  const section = JSON.parse(row.planSetting) as { settingId?: unknown };
  return typeof section.settingId === 'string' ? section.settingId : undefined;
}

/**
 * The plans naming each setting, by SEN2 primary need. Section B's primary need is required on every
 * issued plan, so every plan has one; `plans` is the sum over needs by construction, the relation that
 * secondary suppression keeps (a total less its other cells must never reveal a suppressed cell).
 */
export function cohortsOf(rows: readonly PlanRow[], settingIds: readonly string[]): Map<string, Cohort> {
  const counts = new Map(settingIds.map((id) => [id, emptyNeeds()]));
  for (const row of rows) {
    const needs = counts.get(namedSetting(row) ?? '');
    const need = row.primaryNeed as NeedCode;
    if (needs && NEED_CODES.includes(need)) needs[need] += 1;
  }
  return new Map([...counts].map(([id, byNeed]) => [id, { plans: Object.values(byNeed).reduce((a, b) => a + b, 0), byNeed }]));
}

/** A setting no plan in force names. */
export const noPlans = (): Cohort => ({ plans: 0, byNeed: emptyNeeds() });

function emptyNeeds(): Record<NeedCode, number> {
  return Object.fromEntries(NEED_CODES.map((n) => [n, 0])) as Record<NeedCode, number>;
}

export type Disclosure = 'management-information' | 'suppressed';

/**
 * Exact figures are the setting's own LA's management information, for its caseworkers and managers. Anyone
 * else (national roles, another LA, a role with no LA) sees the suppressed form (docs/setting-results-format.md
 * "Who sees what").
 */
export function disclosureFor(user: Pick<User, 'role' | 'la'>, settingLa: string): Disclosure {
  const ownLa = user.la !== undefined && user.la === settingLa;
  return ownLa && (user.role === 'caseworker' || user.role === 'manager') ? 'management-information' : 'suppressed';
}

export type Shown = number | 'c' | null;

/** How the figures are shown to a reader: as they are, or through statistical disclosure control. */
export interface DisclosureControl {
  cohort(cohort: Cohort): { plans: Shown; byNeed: Record<string, Shown> };
  /** A result about fewer pupils than the threshold discloses them: its value and cohort size are withheld. */
  result(value: number, cohortSize: number): { value: Shown; cohortSize: Shown };
}

export const EXACT: DisclosureControl = {
  cohort: ({ plans, byNeed }) => ({ plans, byNeed: { ...byNeed } }),
  result: (value, cohortSize) => ({ value, cohortSize }),
};

export interface ContextParts {
  readonly setting: Setting;
  readonly asOf: IsoDate;
  /** The date the cohort is counted on: today, since the case summary holds each plan as it stands now. */
  readonly countedOn: IsoDate;
  readonly cohort: Cohort;
  readonly source: SettingResultsVersion | undefined;
  readonly disclosure: Disclosure;
}

/** The contextual information of one setting (docs/api.md "Contextual information per setting"). */
export function settingContextView(parts: ContextParts, control: DisclosureControl) {
  const { setting, asOf, countedOn, cohort, source, disclosure } = parts;
  const results = (source?.rows ?? [])
    .filter((r) => r.settingId === setting.settingId)
    .sort(byYearThenMeasure)
    .map(({ academicYear, measure, value, cohortSize }) => ({ academicYear, measure, ...control.result(value, cohortSize) }));
  return {
    setting: { settingId: setting.settingId, name: setting.name, type: setting.type, la: setting.la },
    asOf,
    cohort: { asOf: countedOn, ...control.cohort(cohort) },
    results,
    source: source ? { version: source.version, importedOn: source.importedOn, sha256: source.sha256 } : null,
    disclosure,
  };
}
