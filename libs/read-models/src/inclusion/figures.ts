import type { CeaseReason, NeedCode, SettingType } from '@send/statutory';

/**
 * The inclusion dashboard's figures for one area (an LA, or England), as `GET /api/v1/dashboards/inclusion`
 * returns them (docs/dashboards.md). Counts are exact numbers for the LA's own users ("management
 * information") and pass through disclosure control for everyone else: 1–4 become "c", and so does any
 * cell or percentage from which a hidden one could be worked out. No child's identity, date of birth or
 * exact event date is ever in it.
 */
export type Count = number | 'c';
/** A percentage to one decimal place; null when its denominator is 0. */
export type Percent = number | 'c' | null;

export type Requester = 'parent' | 'young-person' | 'setting' | 'other';
/** The DfE's age bands for EHC plans (SEN2 publication "Education, health and care plans"). */
export type AgeBand = 'under-5' | '5-10' | '11-15' | '16-19' | '20-25';
export const AGE_BANDS: readonly AgeBand[] = ['under-5', '5-10', '11-15', '16-19', '20-25'];

export interface TimelinessBands {
  /** Final plans issued in the period for the LA's own requests. */
  readonly total: Count;
  readonly within20Weeks: Count;
  readonly from20To52Weeks: Count;
  readonly over52Weeks: Count;
  readonly within20WeeksPct: Percent;
}

/** Outcomes assessed at reviews: progressing or achieved, and the rest (not started, no longer relevant). */
export interface OutcomeCounts {
  readonly assessed: Count;
  readonly progressingOrAchieved: Count;
  readonly notProgressing: Count;
  readonly pct: Percent;
}

export interface AreaFigures {
  readonly area: { readonly kind: 'la' | 'england'; readonly la?: string; readonly name: string };
  readonly disclosure: 'management-information' | 'suppressed';
  readonly requests: { readonly total: Count; readonly byRequester: Readonly<Record<Requester, Count>> };
  /** Decisions whether to assess made in the period; within 6 weeks of the request (Reg 4(1), Reg 5(1)). */
  readonly assessmentDecisions: {
    readonly total: Count;
    readonly assess: Count;
    readonly refuse: Count;
    readonly within6Weeks: Count;
    /** total − within6Weeks, shown so that suppression protects the pair (docs/dashboards.md). */
    readonly after6Weeks: Count;
    readonly within6WeeksPct: Percent;
  };
  /** Assessments concluded in the period: plan to be issued, or not (Reg 10(1): a "no" within 16 weeks). */
  readonly assessmentsConcluded: {
    readonly total: Count;
    readonly planToIssue: Count;
    readonly noPlan: Count;
    readonly noPlanWithin16Weeks: Count;
    readonly noPlanAfter16Weeks: Count;
    readonly noPlanWithin16WeeksPct: Percent;
  };
  /**
   * Refusals to assess and decisions not to issue a plan made in the period that cite a national standard
   * (docs/domain.md "National SEND standards (proposal)"), by the SEN2 need of the standard cited.
   */
  readonly refusalsCitingStandard: { readonly total: Count; readonly byNeed: Readonly<Record<NeedCode, Count>> };
  /** Reg 13(2): 20 weeks from the request; the DfE headline excludes cases with a lawful exception. */
  readonly finalPlans: {
    readonly includingExceptions: TimelinessBands;
    readonly excludingExceptions: TimelinessBands;
    /** The cases with a lawful exception: includingExceptions − excludingExceptions, band by band. */
    readonly exceptionCases: TimelinessBands;
    /** Requests still open at the period's end that are already past 20 weeks. */
    readonly openPast20Weeks: Count;
  };
  /** Plans in force on the period's last day. */
  readonly caseload: {
    readonly asOf: string;
    readonly total: Count;
    readonly byAge: Readonly<Record<AgeBand, Count>>;
    readonly byNeed: Readonly<Record<NeedCode | 'not-recorded', Count>>;
    readonly bySetting: Readonly<Record<SettingType | 'not-named', Count>>;
    readonly newPlans: Count;
    readonly ceased: { readonly total: Count; readonly byReason: Readonly<Record<CeaseReason, Count>> };
  };
  readonly reviews: {
    /** Annual reviews due in the period (Reg 18: within 12 months of the plan or the last review). */
    readonly due: Count;
    readonly held: Count;
    readonly decided: Count;
    /** Reg 20(10)/21(7): decision within 4 weeks of the meeting. */
    readonly decidedWithin4Weeks: Count;
    readonly decidedAfter4Weeks: Count;
    readonly decidedWithin4WeeksPct: Percent;
    readonly outcomes: { readonly maintain: Count; readonly amend: Count; readonly cease: Count };
    /** Reg 22(5): amended plan within 8 weeks of the amendment notice. */
    readonly amendedPlans: Count;
    readonly amendedWithin8Weeks: Count;
    readonly amendedAfter8Weeks: Count;
    readonly amendedWithin8WeeksPct: Percent;
    /** Reg 18: phase transfers due in the period, and those reviewed and amended by their date. */
    readonly phaseTransfersDue: Count;
    readonly phaseTransfersOnTime: Count;
    readonly phaseTransfersNotOnTime: Count;
    readonly phaseTransfersOnTimePct: Percent;
  };
  readonly disputes: {
    readonly mediations: Count;
    readonly mediationsHeld: Count;
    readonly appealsRegistered: Count;
    /** Decisions in the period that carried a right of appeal (s.51). */
    readonly appealableDecisions: Count;
    readonly appealRatePct: Percent;
    readonly ordersMade: Count;
    readonly ordersComplied: Count;
    readonly ordersCompliedOnTime: Count;
    readonly ordersCompliedLate: Count;
    readonly ordersCompliedOnTimePct: Percent;
  };
  /** Commitments for the financial year the period ends in, against the high-needs budget. */
  readonly spend: {
    readonly financialYear: string;
    readonly budgetPence: number | null;
    readonly committedPence: number | 'c';
    readonly committedPct: Percent;
    /** The plans with a commitment for the year (each counted once, at its latest commitment). */
    readonly plans: Count;
    readonly byBand: readonly {
      readonly bandId: string;
      readonly name: string;
      readonly plans: Count;
      readonly pence: number | 'c';
    }[];
    readonly bySetting: Readonly<Record<SettingType | 'not-named', { readonly plans: Count; readonly pence: number | 'c' }>>;
  };
  /** Outcomes assessed at reviews decided in the period: never per child. */
  readonly outcomeProgress: {
    readonly assessed: Count;
    readonly progressingOrAchieved: Count;
    readonly notProgressing: Count;
    readonly pct: Percent;
    readonly byNeed: Readonly<Record<NeedCode | 'not-recorded', OutcomeCounts>>;
    readonly byAge: Readonly<Record<AgeBand, OutcomeCounts>>;
  };
  /** Month by month over the period: the trend lines of the dashboard's charts. */
  readonly months: readonly {
    readonly month: string;
    readonly requests: Count;
    /** First final plans issued in the month for the LA's own requests, with exceptions (as includingExceptions). */
    readonly finalPlans: Count;
    readonly within20Weeks: Count;
    readonly after20Weeks: Count;
    readonly within20WeeksPct: Percent;
    readonly caseload: Count;
  }[];
}

export interface InclusionDashboard {
  readonly generatedAt: string;
  readonly from: string;
  readonly to: string;
  /** The user's own LA, or the LA asked for. */
  readonly la?: AreaFigures;
  readonly england?: AreaFigures;
  /** Every LA with cases, for a national role or when no LA is asked for. */
  readonly las?: readonly AreaFigures[];
}
