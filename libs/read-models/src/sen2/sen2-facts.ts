import type { SettingType } from '@send/statutory';
import type { CaseHistory, PlanVersionFact } from '../inclusion/case-history.js';

/**
 * Readings of one case's history on a day, as the SEN2 return needs them. Every reading takes only the
 * facts dated on or before the day, so a return is reproducible from events as known at its census date.
 */

const on = (date: string | undefined, day: string): date is string => date !== undefined && date <= day;

/** The first final plan issued on or before the day: the named plan's start (item 4.1). */
export function firstFinal(h: CaseHistory, day: string): PlanVersionFact | undefined {
  return h.planVersions.filter((v) => v.kind === 'final' && on(v.on, day)).sort(byDate)[0];
}

/** The latest final or amended version on or before the day: the plan as it stands. */
export function planVersionOn(h: CaseHistory, day: string): PlanVersionFact | undefined {
  return h.planVersions
    .filter((v) => v.kind !== 'draft' && on(v.on, day))
    .sort(byDate)
    .at(-1);
}

/** The day the plan ceased, if it had by the day (a cease decided but not yet in effect is not ceased). */
export function ceasedBy(h: CaseHistory, day: string): string | undefined {
  return on(h.cease?.ceasedOn, day) ? h.cease?.ceasedOn : undefined;
}

/** A plan is in force from its first final version until it ceases (s.45 CFA 2014). */
export function inForceOn(h: CaseHistory, day: string): boolean {
  const ceased = ceasedBy(h, day);
  return firstFinal(h, day) !== undefined && (ceased === undefined || ceased > day);
}

/** The LA maintaining the plan on the day: the request's LA until an accepted transfer (Reg 15). */
export function laOn(h: CaseHistory, day: string): string {
  const moved = h.transfers
    .filter((t) => on(t.on, day))
    .sort(byDate)
    .at(-1);
  return moved?.toLa ?? h.requestLa;
}

/** Section I as it stands on the day: the latest plan version's, or a setting named after it (placement). */
export function settingOn(h: CaseHistory, day: string): { readonly on: string; readonly type: SettingType } | undefined {
  const fromPlans = h.planVersions
    .filter((v) => v.kind !== 'draft' && v.setting !== undefined && on(v.on, day))
    .map((v) => ({ on: v.on, type: (v.setting as { type: SettingType }).type }));
  const named = h.settingsNamed.filter((s) => on(s.on, day)).map((s) => ({ on: s.on, type: s.type }));
  return [...fromPlans, ...named].sort(byDate).at(-1);
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
