import type { TimelineEntry } from '@send/kernel';

/**
 * The shapes the case pages read from the public API (docs/api.md): only the fields a page shows. The API
 * is the one source; a page never reaches a read model or a store (docs/ui.md "One write path").
 */
export type DeadlineStatus = 'open' | 'met' | 'breached' | 'excepted' | 'not-applicable';

export interface CaseSummary {
  readonly caseId: string;
  readonly la: string;
  readonly stage: string;
  readonly child: { readonly givenName: string; readonly familyName: string; readonly dateOfBirth: string };
  readonly requestedBy?: string;
  readonly requestedOn: string;
  readonly primaryNeed?: string;
  readonly plan?: {
    readonly version: number;
    readonly status: string;
    readonly setting?: { readonly type?: string; readonly settingId?: string; readonly name?: string };
  };
  /** A transfer of the plan to another LA, while it waits for that LA to accept it (Reg 15). */
  readonly transfer?: { readonly status: 'pending'; readonly fromLa: string; readonly toLa: string };
  readonly openDeadlines: readonly { deadlineId?: string; rule: string; dueOn: string; status: DeadlineStatus }[];
}

export interface CaseDeadline {
  readonly deadlineId?: string;
  readonly rule: string;
  readonly source: string;
  readonly startedOn: string;
  readonly dueOn: string;
  readonly status: DeadlineStatus;
  readonly closedOn?: string;
  readonly exception?: { readonly ground: string; readonly from?: string; readonly source?: string | null };
  readonly notApplicableReason?: string;
}

export interface CaseTimeline {
  readonly caseId: string;
  readonly entries: readonly TimelineEntry[];
}

export interface PlanItem {
  readonly provision: string;
  readonly hours?: number;
  readonly frequency?: string;
  readonly deliveredBy?: string;
  readonly [more: string]: unknown;
}

export interface PlanVersionAnswer {
  readonly version: number;
  readonly status: string;
  readonly issuedOn: string;
  readonly sections: Readonly<Record<string, unknown>>;
  readonly qualityFindings?: readonly unknown[];
  readonly versions?: readonly { version: number; status: string; issuedOn: string }[];
}

/** A review of a final plan (docs/api.md "The plan after it is final"), as GET …/plan lists it. */
export interface PlanReview {
  readonly reviewId: string;
  readonly meetingOn: string;
  readonly findings: readonly string[];
  readonly reportSentOn?: string;
  readonly decision?: string;
  readonly decidedOn?: string;
  readonly stepDownConsidered?: boolean;
  readonly stepDownRationale?: string;
  readonly outcomesProgress?: readonly { outcomeId: string; progress: string }[];
}

/** GET …/plan: the latest version, and with a final plan what has happened to it since (docs/api.md "The plan"). */
export interface PlanAnswer extends PlanVersionAnswer {
  readonly cease?: {
    readonly decidedOn: string;
    readonly reason: string;
    readonly consultedOn: string;
    readonly appealWindowEndsOn: string;
    readonly ceasedOn?: string;
  };
  readonly reviews?: readonly PlanReview[];
  readonly amendmentNotice?: { noticeId: string; sentOn: string; reviewId?: string; nothingFurtherOn?: string };
  readonly phaseTransfers?: readonly { transferId: string; transfer: string; transferOn: string; dueOn: string }[];
  readonly proposedPhaseTransfers?: readonly { transfer: string; transferOn: string; dueOn: string }[];
  readonly reminders?: readonly {
    kind: string;
    advisory: boolean;
    title: string;
    source: string;
    fromOn: string;
    byOn: string;
  }[];
}

export interface TailoredList {
  readonly child?: { primaryNeed?: string; yearLabel?: string; academicYear?: string; phase?: string };
  readonly items: readonly {
    settingId: string;
    name: string;
    type: string;
    la: string;
    reasons: readonly string[];
    placesFree?: number;
  }[];
}

export interface Consultation {
  readonly consultationId: string;
  readonly settingId: string;
  readonly name?: string;
  readonly sentOn: string;
  readonly answer?: { answeredOn: string; answer: string; grounds?: string; objectionUpheld?: boolean };
}

/** The case's placement (GET …/placement). */
export interface PlacementState {
  readonly status: string;
  readonly preferences?: { ranked: readonly string[]; expressedOn: string };
  readonly consultations?: readonly Consultation[];
  readonly allocation?: { settingId: string; name?: string; type?: string; decidedOn: string; preferenceRank?: number };
  readonly directions?: readonly { settingId: string; name?: string; directedOn: string; reason?: string }[];
}

export interface TribunalOrder {
  readonly orderId: string;
  readonly order: string;
  readonly madeOn: string;
  readonly steps?: readonly { step: string; dueOn: string }[];
}

export interface Dispute {
  readonly disputeId: string;
  readonly about: readonly string[];
  readonly decisionLetterOn: string;
  readonly raisedOn: string;
  readonly status: string;
  readonly mediation?: Readonly<Record<string, { on: string; notes?: string }>>;
  readonly certificateOn?: string;
  readonly appeal?: { registeredOn: string; windowEndsOn?: string; inTime?: boolean; policy?: string };
  readonly orders: readonly TribunalOrder[];
}

export interface CaseDisputes {
  readonly disputes: readonly Dispute[];
  readonly appealRights: readonly { rightsId: string; decision: string; decisionLetterOn: string; windowEndsOn: string }[];
}

export interface CaseFunding {
  readonly planVersion: number;
  readonly issuedOn: string;
  readonly setting?: { type?: string; name?: string };
  readonly band?: { id: string; name: string };
  readonly lines: readonly {
    provision: string;
    tariffId?: string;
    unit?: string;
    tariffPence: number;
    quantityPerYear: number;
    annualPence: number;
  }[];
  readonly adjustments?: readonly { amountPence: number; reason: string; approvedBy?: string; approvedOn?: string }[];
  readonly annualPence: number;
  readonly adjustmentsPence?: number;
  readonly element2Pence: number;
  readonly element3Pence: number;
  readonly placeFundingPence?: number;
  readonly totalPence?: number;
  readonly thresholdPence?: number;
  readonly unpricedItems?: number;
  readonly referenceVersion?: string;
}
