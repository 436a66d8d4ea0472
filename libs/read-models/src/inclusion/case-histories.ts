import { NEED_CODES, type CeaseReason, type NeedCode, type SettingType } from '@send/statutory';
import type { CaseHistory, CitedStandard, DisputeFact, LaBudget, PlanVersionFact, ReviewFact } from './case-history.js';

/** One row of the inclusion-facts projection, its data parsed. */
export interface InclusionFact {
  readonly eventId: string;
  readonly caseId: string;
  readonly la: string;
  readonly type: string;
  readonly on: string;
  readonly position: string;
  readonly data: Record<string, unknown>;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };
type Draft = Mutable<Omit<CaseHistory, 'funding'>> & {
  funding: {
    priced: Mutable<CaseHistory['funding']>['priced'];
    commitments: Record<string, { pence: number; placeFundingPence: number }>;
    endedOn?: string;
  };
};

const byTime = (a: InclusionFact, b: InclusionFact) => {
  if (a.on !== b.on) return a.on < b.on ? -1 : 1;
  const pa = BigInt(a.position);
  const pb = BigInt(b.position);
  return pa === pb ? 0 : pa < pb ? -1 : 1;
};
const byPosition = (a: InclusionFact, b: InclusionFact) => {
  const pa = BigInt(a.position);
  const pb = BigInt(b.position);
  return pa === pb ? 0 : pa < pb ? -1 : 1;
};

/**
 * Every case's history and every LA's budgets from the facts known on asOf: only facts whose business date is on
 * or before it count (issue 11: "compute from events as known at the date asked for: business dates, not
 * recording times"), so a figure for a past date can be reproduced later. A case without its request is skipped.
 */
export function foldCaseHistories(facts: readonly InclusionFact[], asOf: string): { cases: CaseHistory[]; budgets: LaBudget[] } {
  const dated = datedCommitments(facts).filter((f) => f.on <= asOf);
  const byCase = new Map<string, InclusionFact[]>();
  const budgets = new Map<string, LaBudget>();
  for (const f of [...dated].sort(byTime)) {
    if (f.type === 'HighNeedsBudgetSet') {
      const financialYear = String(f.data.financialYear);
      // The latest setting of a year replaces the earlier one.
      budgets.set(`${f.la}/${financialYear}`, { la: f.la, financialYear, budgetPence: Number(f.data.budgetPence), setOn: f.on });
      continue;
    }
    const list = byCase.get(f.caseId) ?? [];
    list.push(f);
    byCase.set(f.caseId, list);
  }
  const cases = [...byCase.values()].map(foldCase).filter((h): h is CaseHistory => h !== undefined);
  return { cases: cases.sort((a, b) => (a.caseId < b.caseId ? -1 : 1)), budgets: [...budgets.values()] };
}

/**
 * TopUpCommitted carries no date: the funding context writes it with the PlanPriced, LocalAdjustmentApplied or
 * FundingEnded it follows (funding.decider.ts), so it takes the business date of the case's funding fact just
 * before it in the log.
 */
function datedCommitments(facts: readonly InclusionFact[]): InclusionFact[] {
  const lastFundingOn = new Map<string, string>();
  return [...facts].sort(byPosition).map((f) => {
    if (f.type === 'PlanPriced' || f.type === 'FundingEnded' || f.type === 'LocalAdjustmentApplied')
      lastFundingOn.set(f.caseId, f.on);
    if (f.type !== 'TopUpCommitted') return f;
    return { ...f, on: lastFundingOn.get(f.caseId) ?? f.on };
  });
}

/** A case as its request left it: no decision, plan or dispute yet (the fold's start, and tests' fixtures). */
export function historyOfRequest(
  request: Pick<CaseHistory, 'caseId' | 'requestLa' | 'receivedOn' | 'requestedBy' | 'child'>,
): CaseHistory {
  return {
    ...request,
    exceptions: [],
    planVersions: [],
    settingsNamed: [],
    transfers: [],
    reviews: [],
    amendmentNotices: [],
    phaseTransfers: [],
    disputes: [],
    appealRights: [],
    funding: { priced: [], commitments: {} },
  };
}

function foldCase(facts: readonly InclusionFact[]): CaseHistory | undefined {
  const request = facts.find((f) => f.type === 'AssessmentRequested');
  if (!request) return undefined;
  const child = (request.data.child ?? {}) as Record<string, string>;
  const h = historyOfRequest({
    caseId: request.caseId,
    requestLa: request.la,
    receivedOn: request.on,
    requestedBy: String(request.data.requestedBy) as CaseHistory['requestedBy'],
    child: { givenName: child.givenName ?? '', familyName: child.familyName ?? '', dateOfBirth: child.dateOfBirth ?? '' },
  }) as Draft;
  for (const f of facts) applyFact(h, f);
  return h;
}

const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

function applyFact(h: Draft, f: InclusionFact): void {
  if (applyAssessmentFact(h, f) || applyPlanFact(h, f) || applyDisputeFact(h, f)) return;
  applyFundingFact(h, f);
}

/** The assessment context's facts: the decisions, a tribunal's order to assess, lawful exceptions. */
function applyAssessmentFact(h: Draft, f: InclusionFact): boolean {
  const d = f.data;
  switch (f.type) {
    case 'AssessmentDecided':
      // The decision the 6-week clock is about is the first; one after a tribunal's order does not replace it.
      h.assessDecision ??= { decision: d.decision === 'assess' ? 'assess' : 'refuse', on: f.on, ...citedStandard(d) };
      return true;
    case 'AssessmentOrderedByTribunal':
      h.assessmentOrderedOn ??= f.on;
      return true;
    case 'TimescaleExceptionRecorded':
      h.exceptions.push({ recordedOn: f.on, ground: String(d.ground) });
      return true;
    case 'PlanIssueDecided':
      h.planDecision ??= { outcome: d.outcome === 'no-plan' ? 'no-plan' : 'issue-plan', on: f.on, ...citedStandard(d) };
      return true;
    case 'AppealRightsOpened':
      h.appealRights.push({ decision: String(d.decision), on: f.on });
      return true;
    default:
      return false;
  }
}

/** The plan's facts: its versions, section I, transfers, reviews, amendments, phase transfers, cease. */
function applyPlanFact(h: Draft, f: InclusionFact): boolean {
  const d = f.data;
  switch (f.type) {
    case 'DraftPlanIssued':
    case 'FinalPlanIssued':
    case 'AmendedPlanIssued':
      h.planVersions.push(versionOf(f));
      return true;
    case 'SettingNamed':
      h.settingsNamed.push({
        on: f.on,
        type: d.type as SettingType,
        ...(text(d.settingId) ? { settingId: text(d.settingId) } : {}),
      });
      return true;
    case 'PlanTransferAccepted':
      h.transfers.push({ on: f.on, fromLa: String(d.fromLa), toLa: String(d.toLa) });
      return true;
    case 'ReviewStarted':
    case 'ReviewDecided':
      applyReview(h, f);
      return true;
    case 'AmendmentNoticeSent':
      h.amendmentNotices.push({ noticeId: String(d.noticeId), on: f.on });
      return true;
    case 'PhaseTransferStarted':
      h.phaseTransfers.push({ transferOn: String(d.transferOn), dueOn: String(d.dueOn) });
      return true;
    case 'CeaseDecided':
      h.cease = {
        decidedOn: f.on,
        reason: d.reason as CeaseReason,
        ...(h.cease?.ceasedOn ? { ceasedOn: h.cease.ceasedOn } : {}),
      };
      return true;
    case 'PlanCeased':
      h.cease = { decidedOn: h.cease?.decidedOn ?? f.on, reason: (h.cease?.reason ?? d.reason) as CeaseReason, ceasedOn: f.on };
      return true;
    default:
      return false;
  }
}

function versionOf(f: InclusionFact): PlanVersionFact {
  const d = f.data;
  const setting = d.setting as { type: SettingType; settingId?: string } | undefined;
  return {
    version: Number(d.version),
    kind: f.type === 'DraftPlanIssued' ? 'draft' : f.type === 'FinalPlanIssued' ? 'final' : 'amended',
    on: f.on,
    la: f.la,
    ...(text(d.primaryNeed) ? { primaryNeed: d.primaryNeed as NeedCode } : {}),
    secondaryNeeds: (Array.isArray(d.secondaryNeeds) ? d.secondaryNeeds : []) as NeedCode[],
    ...(setting?.type ? { setting } : {}),
    outcomes: Number(d.outcomes ?? 0),
    ...(text(d.noticeId) ? { noticeId: text(d.noticeId) } : {}),
  };
}

function applyReview(h: Draft, f: InclusionFact): void {
  const d = f.data;
  const reviewId = String(d.reviewId);
  const at = h.reviews.findIndex((r) => r.reviewId === reviewId);
  const current: ReviewFact = at >= 0 ? h.reviews[at]! : { reviewId, meetingOn: text(d.meetingOn) ?? f.on, progress: [] };
  const next: ReviewFact =
    f.type === 'ReviewStarted'
      ? { ...current, meetingOn: f.on }
      : {
          ...current,
          meetingOn: text(d.meetingOn) ?? current.meetingOn,
          decidedOn: f.on,
          decision: d.decision as ReviewFact['decision'],
          progress: (Array.isArray(d.progress) ? d.progress : []) as ReviewFact['progress'],
        };
  if (at >= 0) h.reviews[at] = next;
  else h.reviews.push(next);
}

function applyDisputeFact(h: Draft, f: InclusionFact): boolean {
  const disputeId = text(f.data.disputeId);
  if (disputeId === undefined) return false;
  const at = h.disputes.findIndex((x) => x.disputeId === disputeId);
  const d: DisputeFact = at >= 0 ? h.disputes[at]! : { disputeId, raisedOn: f.on, orders: [], compliedOrders: [] };
  const orderId = String(f.data.orderId);
  const next: DisputeFact | undefined = {
    DisagreementRaised: { ...d, raisedOn: f.on, ...(text(f.data.decision) ? { decision: text(f.data.decision) } : {}) },
    MediationRequested: { ...d, mediationRequestedOn: d.mediationRequestedOn ?? f.on },
    MediationHeld: { ...d, mediationHeldOn: d.mediationHeldOn ?? f.on },
    CertificateIssued: { ...d, certificateOn: d.certificateOn ?? f.on },
    AppealRegistered: { ...d, appealRegisteredOn: d.appealRegisteredOn ?? f.on },
    TribunalOrderMade: { ...d, orders: [...d.orders, { orderId, madeOn: f.on }] },
    OrderComplied: {
      ...d,
      compliedOrders: [...d.compliedOrders, { orderId, on: f.on, ...(text(f.data.step) ? { step: text(f.data.step) } : {}) }],
    },
  }[f.type];
  if (!next) return false;
  if (at >= 0) h.disputes[at] = next;
  else h.disputes.push(next);
  return true;
}

function applyFundingFact(h: Draft, f: InclusionFact): void {
  const d = f.data;
  if (f.type === 'PlanPriced') {
    h.funding.priced.push({
      on: f.on,
      planVersion: Number(d.planVersion),
      bandId: String(d.bandId ?? ''),
      bandName: String(d.bandName ?? ''),
      annualPence: Number(d.annualPence ?? 0),
      ...(text(d.settingType) ? { settingType: d.settingType as SettingType } : {}),
    });
  } else if (f.type === 'TopUpCommitted') {
    // A level, not an increment: the latest commitment for a year replaces the earlier (funding.events.ts).
    h.funding.commitments[String(d.financialYear)] = {
      pence: Number(d.pence ?? 0),
      placeFundingPence: Number(d.placeFundingPence ?? 0),
    };
  } else if (f.type === 'FundingEnded') {
    h.funding.endedOn = f.on;
  }
}

export { laAt, planInForceAt, firstFinalPlan, ageOn, ageBand, ageDateFor, settingTypeAt } from './case-on-date.js';

/** A decision's cited national standard, when the fact kept one with a known need. */
function citedStandard(d: Record<string, unknown>): { standard?: CitedStandard } {
  const s = d.standard as Partial<CitedStandard> | undefined;
  return s && typeof s.id === 'string' && NEED_CODES.includes(s.need as NeedCode)
    ? { standard: { id: s.id, version: Number(s.version), need: s.need as NeedCode } }
    : {};
}
