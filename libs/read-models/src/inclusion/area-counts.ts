import { CEASE_REASON_CODES, NEED_CODES, SETTING_TYPES, daysBetween } from '@send/statutory';
import type { CaseHistory } from './case-history.js';
import { AGE_BANDS, type Requester } from './figures.js';
import { ageBand, ageDateFor, ageOn, firstFinalPlan, laAt, planInForceAt, settingTypeAt } from './case-histories.js';
import { countLifecycle } from './area-counts-lifecycle.js';
import { type AreaInput, type Scope, Tally } from './area-scope.js';

export type { AreaInput } from './area-scope.js';

const REQUESTERS: readonly Requester[] = ['parent', 'young-person', 'setting', 'other'];
/** Weeks are calendar weeks from the day the request was received (issue 11; SEN2 guide, module 1). */
export const DAYS_6_WEEKS = 42;
export const DAYS_16_WEEKS = 112;
export const DAYS_20_WEEKS = 140;
export const DAYS_52_WEEKS = 364;
const BAND_PATHS = ['total', 'within20Weeks', 'from20To52Weeks', 'over52Weeks'] as const;
export const TIMELINESS_GROUPS = ['includingExceptions', 'excludingExceptions', 'exceptionCases'] as const;

/** The calendar months overlapping [from, to], each clipped to the period: { month: 'YYYY-MM', from, to }. */
export function monthsOf(from: string, to: string): { month: string; from: string; to: string }[] {
  const out: { month: string; from: string; to: string }[] = [];
  for (let y = Number(from.slice(0, 4)), m = Number(from.slice(5, 7)); ;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > to.slice(0, 7)) return out;
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const start = `${month}-01` < from ? from : `${month}-01`;
    const end = `${month}-${String(last).padStart(2, '0')}` > to ? to : `${month}-${String(last).padStart(2, '0')}`;
    out.push({ month, from: start, to: end });
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
}

/**
 * Exact counts for one area and period, at the flat paths of AreaFigures (docs/dashboards.md "Definitions").
 * Each measure cites its source beside it.
 */
export function countArea(input: AreaInput): Record<string, number> {
  const { area, from, to } = input;
  const scope: Scope = {
    ...input,
    inArea: (la) => area.kind === 'england' || la === area.la,
    inPeriod: (d): d is string => d !== undefined && d >= from && d <= to,
  };
  const t = new Tally();
  zeroAll(t, monthsOf(from, to).length);
  for (const h of input.cases) {
    countAssessment(t, scope, h);
    countFinalPlans(t, scope, h);
    countCaseload(t, scope, h);
  }
  countMonths(t, scope);
  countLifecycle(t, scope);
  return t.counts;
}

function zeroAll(t: Tally, months: number): void {
  t.zero('requests.total', ...REQUESTERS.map((r) => `requests.byRequester.${r}`));
  t.zero(...['total', 'assess', 'refuse', 'within6Weeks', 'after6Weeks'].map((p) => `assessmentDecisions.${p}`));
  t.zero(
    ...['total', 'planToIssue', 'noPlan', 'noPlanWithin16Weeks', 'noPlanAfter16Weeks'].map((p) => `assessmentsConcluded.${p}`),
  );
  t.zero('refusalsCitingStandard.total', ...NEED_CODES.map((n) => `refusalsCitingStandard.byNeed.${n}`));
  for (const g of TIMELINESS_GROUPS) t.zero(...BAND_PATHS.map((p) => `finalPlans.${g}.${p}`));
  t.zero('finalPlans.openPast20Weeks', 'caseload.total', 'caseload.newPlans', 'caseload.ceased.total');
  t.zero(...AGE_BANDS.map((b) => `caseload.byAge.${b}`), ...[...NEED_CODES, 'not-recorded'].map((n) => `caseload.byNeed.${n}`));
  t.zero(...[...SETTING_TYPES, 'not-named'].map((s) => `caseload.bySetting.${s}`));
  t.zero(...CEASE_REASON_CODES.map((r) => `caseload.ceased.byReason.${r}`));
  for (let i = 0; i < months; i++)
    t.zero(...['requests', 'finalPlans', 'within20Weeks', 'after20Weeks', 'caseload'].map((p) => `months.${i}.${p}`));
}

/** SEN2 module 1: requests received, the decision whether to assess (Reg 4(1), 5(1)) and to issue (Reg 10(1)). */
function countAssessment(t: Tally, s: Scope, h: CaseHistory): void {
  if (!s.inArea(h.requestLa)) return;
  if (s.inPeriod(h.receivedOn)) {
    t.add('requests.total');
    t.add(`requests.byRequester.${h.requestedBy}`);
  }
  const decision = h.assessDecision;
  if (decision && s.inPeriod(decision.on)) {
    t.add('assessmentDecisions.total');
    t.add(`assessmentDecisions.${decision.decision}`);
    // Reg 5(1): the decision whether to assess within 6 weeks of the request.
    t.add(
      daysBetween(h.receivedOn, decision.on) <= DAYS_6_WEEKS
        ? 'assessmentDecisions.within6Weeks'
        : 'assessmentDecisions.after6Weeks',
    );
  }
  const plan = h.planDecision;
  if (plan && s.inPeriod(plan.on)) {
    t.add('assessmentsConcluded.total');
    if (plan.outcome === 'issue-plan') t.add('assessmentsConcluded.planToIssue');
    else {
      t.add('assessmentsConcluded.noPlan');
      // Reg 10(1): a decision not to issue a plan within 16 weeks of the request.
      const late = daysBetween(h.receivedOn, plan.on) > DAYS_16_WEEKS;
      t.add(late ? 'assessmentsConcluded.noPlanAfter16Weeks' : 'assessmentsConcluded.noPlanWithin16Weeks');
    }
  }
  // A refusal, or a "no plan", that relied on a national standard: counted by the need the standard is for.
  for (const refusal of [
    decision?.decision === 'refuse' ? decision : undefined,
    plan?.outcome === 'no-plan' ? plan : undefined,
  ]) {
    if (refusal?.standard && s.inPeriod(refusal.on)) {
      t.add('refusalsCitingStandard.total');
      t.add(`refusalsCitingStandard.byNeed.${refusal.standard.need}`);
    }
  }
}

/** The 20-week band of a first final plan issued `days` after the request (Reg 13(2); SEN2 guide, module 1). */
export function timelinessBand(days: number): 'within20Weeks' | 'from20To52Weeks' | 'over52Weeks' {
  if (days <= DAYS_20_WEEKS) return 'within20Weeks';
  return days <= DAYS_52_WEEKS ? 'from20To52Weeks' : 'over52Weeks';
}

/** The case's first final plan if it was for the LA's own request (issuing LA = requesting LA), else undefined. */
export function ownFirstFinal(h: CaseHistory) {
  const first = firstFinalPlan(h);
  return first && first.la === h.requestLa ? first : undefined;
}

/**
 * DfE "Education, health and care plans" timeliness: first final plans issued in the period for the LA's own
 * requests, banded from the request; the headline leaves out cases with a lawful exception (Reg 13(3)).
 */
function countFinalPlans(t: Tally, s: Scope, h: CaseHistory): void {
  if (!s.inArea(h.requestLa)) return;
  const first = ownFirstFinal(h);
  if (first && s.inPeriod(first.on)) {
    const band = timelinessBand(daysBetween(h.receivedOn, first.on));
    const groups = ['includingExceptions', h.exceptions.length > 0 ? 'exceptionCases' : 'excludingExceptions'];
    for (const g of groups) {
      t.add(`finalPlans.${g}.total`);
      t.add(`finalPlans.${g}.${band}`);
    }
  }
  if (isOpenPast20Weeks(h, s.to)) t.add('finalPlans.openPast20Weeks');
}

/** Still waiting on `to` for a plan, more than 20 weeks after the request: not refused (or ordered), no "no plan". */
export function isOpenPast20Weeks(h: CaseHistory, to: string): boolean {
  if (h.receivedOn > to) return false;
  if (h.assessDecision?.decision === 'refuse' && h.assessmentOrderedOn === undefined) return false;
  if (h.planDecision?.outcome === 'no-plan') return false;
  if (h.planVersions.some((v) => v.kind === 'final' && v.on <= to)) return false;
  return daysBetween(h.receivedOn, to) > DAYS_20_WEEKS;
}

/** SEN2 module 2: plans in force on `to` by age, primary need and setting; new plans; ceased by reason (s.45). */
function countCaseload(t: Tally, s: Scope, h: CaseHistory): void {
  const version = planInForceAt(h, s.to);
  if (version && s.inArea(laAt(h, s.to))) {
    t.add('caseload.total');
    t.add(`caseload.byAge.${ageBand(ageOn(h.child.dateOfBirth, ageDateFor(s.to)))}`);
    t.add(`caseload.byNeed.${version.primaryNeed ?? 'not-recorded'}`);
    t.add(`caseload.bySetting.${settingTypeAt(h, s.to) ?? 'not-named'}`);
  }
  const first = firstFinalPlan(h);
  if (first && s.inPeriod(first.on) && s.inArea(laAt(h, first.on))) t.add('caseload.newPlans');
  const ceasedOn = h.cease?.ceasedOn;
  if (h.cease && s.inPeriod(ceasedOn) && s.inArea(laAt(h, ceasedOn))) {
    t.add('caseload.ceased.total');
    t.add(`caseload.ceased.byReason.${h.cease.reason}`);
  }
}

/** The trend: each month's requests, first final plans (as includingExceptions) and caseload at its end. */
function countMonths(t: Tally, s: Scope): void {
  monthsOf(s.from, s.to).forEach((m, i) => {
    for (const h of s.cases) {
      if (!s.inArea(h.requestLa)) continue;
      if (h.receivedOn >= m.from && h.receivedOn <= m.to) t.add(`months.${i}.requests`);
      const first = ownFirstFinal(h);
      if (first && first.on >= m.from && first.on <= m.to) {
        t.add(`months.${i}.finalPlans`);
        const within = timelinessBand(daysBetween(h.receivedOn, first.on)) === 'within20Weeks';
        t.add(`months.${i}.${within ? 'within20Weeks' : 'after20Weeks'}`);
      }
    }
    for (const h of s.cases) if (planInForceAt(h, m.to) && s.inArea(laAt(h, m.to))) t.add(`months.${i}.caseload`);
  });
}
