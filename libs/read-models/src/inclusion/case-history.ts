import type { CeaseReason, NeedCode, SettingType } from '@send/statutory';

/**
 * What the inclusion dashboards and the SEN2 return know of one case: its facts with their business dates,
 * folded from the inclusion-facts projection (docs/dashboards.md). It stays inside the LA's read-model
 * database: figures and returns are computed from it, and only the SEN2 return, which the LA sends to the
 * DfE, carries the child's details.
 */
export interface CaseHistory {
  /** Internal key only: never in a dashboard. */
  readonly caseId: string;
  /** The LA that received the request (the "LA's own requests" of the 20-week measure). */
  readonly requestLa: string;
  readonly receivedOn: string;
  readonly requestedBy: 'parent' | 'young-person' | 'setting' | 'other';
  readonly child: { readonly givenName: string; readonly familyName: string; readonly dateOfBirth: string };
  readonly assessDecision?: { readonly decision: 'assess' | 'refuse'; readonly on: string; readonly standard?: CitedStandard };
  /** The first time a tribunal ordered the LA to assess (it replaces a refusal). */
  readonly assessmentOrderedOn?: string;
  /** Lawful exceptions to the assessment's timescales (Reg 10(4), 13(3)), by the day each was recorded. */
  readonly exceptions: readonly { readonly recordedOn: string; readonly ground: string }[];
  readonly planDecision?: { readonly outcome: 'issue-plan' | 'no-plan'; readonly on: string; readonly standard?: CitedStandard };
  /** Every version of the plan: draft, final, amended; each with its section B need and section I. */
  readonly planVersions: readonly PlanVersionFact[];
  /** Section I named after a version was issued (placement's allocation). */
  readonly settingsNamed: readonly { readonly on: string; readonly type: SettingType; readonly settingId?: string }[];
  /** Accepted transfers between LAs (Reg 15): the LA maintaining the plan from `on`. */
  readonly transfers: readonly { readonly on: string; readonly fromLa: string; readonly toLa: string }[];
  readonly reviews: readonly ReviewFact[];
  readonly amendmentNotices: readonly { readonly noticeId: string; readonly on: string }[];
  readonly phaseTransfers: readonly { readonly transferOn: string; readonly dueOn: string }[];
  readonly cease?: { readonly decidedOn: string; readonly reason: CeaseReason; readonly ceasedOn?: string };
  readonly disputes: readonly DisputeFact[];
  readonly appealRights: readonly { readonly decision: string; readonly on: string }[];
  readonly funding: FundingFacts;
}

/** The national standard a decision relied on, as the decision recorded it (libs/standards). */
export interface CitedStandard {
  readonly id: string;
  readonly version: number;
  readonly need: NeedCode;
}

export interface PlanVersionFact {
  readonly version: number;
  readonly kind: 'draft' | 'final' | 'amended';
  readonly on: string;
  /** The LA that issued it (event.la). */
  readonly la: string;
  readonly primaryNeed?: NeedCode;
  readonly secondaryNeeds: readonly NeedCode[];
  readonly setting?: { readonly type: SettingType; readonly settingId?: string };
  readonly outcomes: number;
  /** An amended version: the amendment notice it answers (Reg 22), whose 8-week clock it meets. */
  readonly noticeId?: string;
}

export interface ReviewFact {
  readonly reviewId: string;
  readonly meetingOn: string;
  readonly decidedOn?: string;
  readonly decision?: 'maintain' | 'amend' | 'cease';
  /** One entry per outcome assessed at the review. */
  readonly progress: readonly ('not-started' | 'progressing' | 'achieved' | 'no-longer-relevant')[];
}

export interface DisputeFact {
  readonly disputeId: string;
  readonly raisedOn: string;
  readonly decision?: string;
  readonly mediationRequestedOn?: string;
  readonly mediationHeldOn?: string;
  readonly certificateOn?: string;
  readonly appealRegisteredOn?: string;
  readonly orders: readonly { readonly orderId: string; readonly madeOn: string }[];
  readonly compliedOrders: readonly { readonly orderId: string; readonly on: string; readonly step?: string }[];
}

export interface FundingFacts {
  /** Each pricing of a plan version: its band and annual cost, with the setting type it was priced for. */
  readonly priced: readonly {
    readonly on: string;
    readonly planVersion: number;
    readonly bandId: string;
    readonly bandName: string;
    readonly annualPence: number;
    readonly settingType?: SettingType;
  }[];
  /** The latest commitment level per financial year ("2026-27"). */
  readonly commitments: Readonly<Record<string, { readonly pence: number; readonly placeFundingPence: number }>>;
  readonly endedOn?: string;
}

/** An LA's high-needs budget per financial year, from its funding stream. */
export interface LaBudget {
  readonly la: string;
  readonly financialYear: string;
  readonly budgetPence: number;
  readonly setOn: string;
}
