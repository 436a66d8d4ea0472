import type { SettingType } from '@send/statutory';
import type { CaseHistory, PlanVersionFact } from '../inclusion/case-history.js';
import { planInForceAt } from '../inclusion/case-histories.js';

/**
 * Readings of one case's history on a day, as the SEN2 return needs them. Every reading takes only the
 * facts dated on or before the day, so a return is reproducible from events as known at its census date.
 */

const on = (date: string | undefined, day: string): date is string => date !== undefined && date <= day;

/** The first final plan issued on or before the day: the named plan's start (item 4.1). */
export function firstFinal(h: CaseHistory, day: string): PlanVersionFact | undefined {
  return h.planVersions.filter((v) => v.kind === 'final' && on(v.on, day)).sort(byDate)[0];
}

/** A plan is in force from its first final version until it ceases (s.45 CFA 2014): the dashboards' reading. */
export function inForceOn(h: CaseHistory, day: string): boolean {
  return planInForceAt(h, day) !== undefined;
}

/** The day the plan ceased, if it had by the day (a cease decided but not yet in effect is not ceased). */
export function ceasedBy(h: CaseHistory, day: string): string | undefined {
  return on(h.cease?.ceasedOn, day) ? h.cease?.ceasedOn : undefined;
}

/**
 * Section I as it stands on the day, with the day it was named (module 5's EntryDate): a setting named after
 * the version in force, else the version's own, as the dashboards' settingTypeAt reads it.
 */
export function settingOn(h: CaseHistory, day: string): { readonly on: string; readonly type: SettingType } | undefined {
  const version = planInForceAt(h, day);
  if (!version) return undefined;
  const named = h.settingsNamed.filter((s) => s.on >= version.on && s.on <= day).at(-1);
  if (named) return { on: named.on, type: named.type };
  return version.setting ? { on: version.on, type: version.setting.type } : undefined;
}

/** The latest annual review decision on or before the day (item 5.x "LastReview"). */
export function lastReviewDecision(h: CaseHistory, day: string): string | undefined {
  return h.reviews
    .map((r) => r.decidedOn)
    .filter((d): d is string => on(d, day))
    .sort()
    .at(-1);
}

/** Whether the family sought mediation, or appealed, about a decision of this kind by the day. */
export function disputed(h: CaseHistory, decisions: readonly string[], day: string): { mediation: boolean; tribunal: boolean } {
  const about = h.disputes.filter((d) => d.decision !== undefined && decisions.includes(d.decision));
  return {
    mediation: about.some((d) => on(d.mediationRequestedOn, day) || on(d.mediationHeldOn, day)),
    tribunal: about.some((d) => on(d.appealRegisteredOn, day)),
  };
}

export function byDate<T extends { readonly on: string }>(a: T, b: T): number {
  return a.on < b.on ? -1 : a.on > b.on ? 1 : 0;
}

export const flag = (b: boolean): string => (b ? '1' : '0');
