import { NEED_CODES, SETTING_TYPES, addWeeks, daysBetween } from '@send/statutory';
import type { CaseHistory, ReviewFact } from './case-history.js';
import { AGE_BANDS } from './figures.js';
import type { InclusionDeadline } from './inclusion-queries.js';
import type { Scope, Tally } from './area-counts.js';
import { ageBand, ageDateFor, ageOn, laAt, planInForceAt } from './case-histories.js';

/** The plan after it is final: annual reviews, amendments, phase transfers, disputes, spend, outcome progress. */
export function countLifecycle(t: Tally, s: Scope): void {
  t.zero(
    ...['due', 'held', 'decided', 'decidedWithin4Weeks', 'decidedAfter4Weeks', 'amendedPlans', 'amendedWithin8Weeks']
      .concat(['amendedAfter8Weeks', 'phaseTransfersDue', 'phaseTransfersOnTime', 'phaseTransfersNotOnTime'])
      .map((p) => `reviews.${p}`),
    ...['maintain', 'amend', 'cease'].map((d) => `reviews.outcomes.${d}`),
    ...['mediations', 'mediationsHeld', 'appealsRegistered', 'appealableDecisions', 'ordersMade']
      .concat(['ordersComplied', 'ordersCompliedOnTime', 'ordersCompliedLate'])
      .map((p) => `disputes.${p}`),
  );
  for (const group of [
    '',
    ...[...NEED_CODES, 'not-recorded'].map((n) => `byNeed.${n}.`),
    ...AGE_BANDS.map((b) => `byAge.${b}.`),
  ]) {
    t.zero(...['assessed', 'progressingOrAchieved', 'notProgressing'].map((p) => `outcomeProgress.${group}${p}`));
  }
  const byCase = new Map(s.cases.map((h) => [h.caseId, h]));
  const deadlinesOf = groupDeadlines(s.deadlines);
  countDeadlineMeasures(t, s, byCase);
  for (const h of s.cases) {
    const own = deadlinesOf.get(h.caseId) ?? [];
    countReviews(t, s, h, own);
    countDisputes(t, s, h, own);
  }
  countSpend(t, s);
}

function groupDeadlines(rows: readonly InclusionDeadline[]): Map<string, InclusionDeadline[]> {
  const out = new Map<string, InclusionDeadline[]>();
  for (const d of rows) out.set(d.caseId, [...(out.get(d.caseId) ?? []), d]);
  return out;
}

/** A clock met: the act on or before the due date (docs/domain.md "Counting"). */
const met = (d: InclusionDeadline | undefined) => d !== undefined && d.closedOn !== null && d.closedOn <= d.dueOn;

/**
 * Reg 18: annual reviews due in the period (the `annual-review` clocks, except those retired before they fell
 * due, e.g. the plan ceased); phase transfers due in the period and met by their date (`phase-transfer`).
 */
function countDeadlineMeasures(t: Tally, s: Scope, byCase: Map<string, CaseHistory>): void {
  for (const d of s.deadlines) {
    if (!s.inPeriod(d.dueOn) || (d.notApplicableOn !== null && d.notApplicableOn <= d.dueOn)) continue;
    const h = byCase.get(d.caseId);
    if (!s.inArea(h ? laAt(h, d.dueOn) : d.la)) continue;
    if (d.rule === 'annual-review') t.add('reviews.due');
    if (d.rule === 'phase-transfer') {
      t.add('reviews.phaseTransfersDue');
      t.add(met(d) ? 'reviews.phaseTransfersOnTime' : 'reviews.phaseTransfersNotOnTime');
    }
  }
}

function countReviews(t: Tally, s: Scope, h: CaseHistory, own: readonly InclusionDeadline[]): void {
  for (const r of h.reviews) {
    if (s.inPeriod(r.meetingOn) && s.inArea(laAt(h, r.meetingOn))) t.add('reviews.held');
    if (!r.decision || !s.inPeriod(r.decidedOn) || !s.inArea(laAt(h, r.decidedOn))) continue;
    t.add('reviews.decided');
    t.add(`reviews.outcomes.${r.decision}`);
    // Reg 20(10)/21(7): the decision within 4 weeks of the meeting, as its `review-decision` clock says.
    const clock = own.find((d) => d.deadlineId === `review-decision:${r.reviewId}`);
    const inTime = clock ? met(clock) : daysBetween(r.meetingOn, r.decidedOn) <= 28;
    t.add(inTime ? 'reviews.decidedWithin4Weeks' : 'reviews.decidedAfter4Weeks');
    countOutcomes(t, h, r);
  }
  for (const v of h.planVersions) {
    if (v.kind !== 'amended' || !s.inPeriod(v.on) || !s.inArea(laAt(h, v.on))) continue;
    t.add('reviews.amendedPlans');
    // Reg 22(5): the amended plan within 8 weeks of the amendment notice (the `amended-plan` clock).
    const clock = v.noticeId ? own.find((d) => d.deadlineId === `amended-plan:${v.noticeId}`) : undefined;
    const notice = h.amendmentNotices.find((n) => n.noticeId === v.noticeId);
    const inTime = clock ? met(clock) : notice !== undefined && v.on <= addWeeks(notice.on, 8);
    t.add(inTime ? 'reviews.amendedWithin8Weeks' : 'reviews.amendedAfter8Weeks');
  }
}

/** Outcomes assessed at a review, by the need of the plan in force and the child's age band: never per child. */
function countOutcomes(t: Tally, h: CaseHistory, r: ReviewFact): void {
  const decidedOn = r.decidedOn!;
  const need = planInForceAt(h, decidedOn)?.primaryNeed ?? 'not-recorded';
  const band = ageBand(ageOn(h.child.dateOfBirth, ageDateFor(decidedOn)));
  for (const p of r.progress) {
    const which = p === 'progressing' || p === 'achieved' ? 'progressingOrAchieved' : 'notProgressing';
    for (const group of ['', `byNeed.${need}.`, `byAge.${band}.`]) {
      t.add(`outcomeProgress.${group}assessed`);
      t.add(`outcomeProgress.${group}${which}`);
    }
  }
}

/** CFA s.51–55 and HESC Rules: mediation, appeals against appealable decisions, tribunal orders (Reg 44). */
function countDisputes(t: Tally, s: Scope, h: CaseHistory, own: readonly InclusionDeadline[]): void {
  const at = (date: string | undefined): date is string => s.inPeriod(date) && s.inArea(laAt(h, date));
  for (const r of h.appealRights) if (at(r.on)) t.add('disputes.appealableDecisions');
  for (const d of h.disputes) {
    if (at(d.mediationRequestedOn)) t.add('disputes.mediations');
    if (at(d.mediationHeldOn)) t.add('disputes.mediationsHeld');
    if (at(d.appealRegisteredOn)) t.add('disputes.appealsRegistered');
    for (const o of d.orders) if (at(o.madeOn)) t.add('disputes.ordersMade');
    for (const c of d.compliedOrders) {
      if (!at(c.on)) continue;
      t.add('disputes.ordersComplied');
      // Reg 44: each step of an order is a clock `order-compliance:<orderId>:<step>`, met by its due date.
      const prefix = `order-compliance:${c.orderId}:`;
      const clock =
        own.find((x) => x.deadlineId === `${prefix}${c.step ?? ''}`) ??
        own.find((x) => x.deadlineId.startsWith(prefix) && x.closedOn === c.on);
      t.add(met(clock) ? 'disputes.ordersCompliedOnTime' : 'disputes.ordersCompliedLate');
    }
  }
}

/** April to March: 2027-01-31 → '2026-27' (the high-needs block's year). */
export function financialYearOf(date: string): string {
  const year = Number(date.slice(0, 4));
  const start = Number(date.slice(5, 7)) >= 4 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** A band id as one path segment. */
export const bandKey = (bandId: string) => bandId.replaceAll('.', '_') || 'unbanded';

/**
 * Spend for the financial year containing `to`: each plan's latest commitment for that year (top-up and place
 * funding, as the funding context's high-needs view counts it), by the band and setting of its latest pricing,
 * against the LA's high-needs budget (HighNeedsBudgetSet). Money is kept at `…Pence` paths: not a count.
 */
function countSpend(t: Tally, s: Scope): void {
  const year = financialYearOf(s.to);
  t.zero(
    'spend.plans',
    'spend.committedPence',
    ...[...SETTING_TYPES, 'not-named'].flatMap((st) => [`spend.bySetting.${st}.plans`, `spend.bySetting.${st}.pence`]),
  );
  for (const h of s.cases) {
    const c = h.funding.commitments[year];
    if (!c || !s.inArea(laAt(h, s.to)) || (c.pence + c.placeFundingPence === 0 && !planInForceAt(h, s.to))) continue;
    const pence = c.pence + c.placeFundingPence;
    const priced = h.funding.priced.at(-1);
    const band = bandKey(priced?.bandId ?? '');
    const setting = priced?.settingType ?? 'not-named';
    for (const p of ['spend', `spend.byBand.${band}`, `spend.bySetting.${setting}`]) t.add(`${p}.plans`);
    for (const p of [`spend.byBand.${band}.pence`, `spend.bySetting.${setting}.pence`]) t.add(p, pence);
    t.add('spend.committedPence', pence);
  }
  const budgets = s.budgets.filter((b) => b.financialYear === year && s.inArea(b.la));
  if (budgets.length)
    t.add(
      'spend.budgetPence',
      budgets.reduce((sum, b) => sum + b.budgetPence, 0),
    );
}

/** The band names of the latest pricings, by band key, for the figures' labels. */
export function bandNamesOf(cases: readonly CaseHistory[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const h of cases) for (const p of h.funding.priced) names[bandKey(p.bandId)] = p.bandName;
  return names;
}
