import { DomainError } from '@send/kernel';
import {
  type IsoDate,
  addDays,
  addMonths,
  addWeeks,
  addWorkingDays,
  daysBeginningWith,
  monthsBeginningWith,
} from './calendar.js';

// The rules whose due date is not one fixed period (appeal window, tribunal orders, phase transfer).
export * from './special-periods.js';

/**
 * The statutory timescales as data (docs/domain.md "Statutory timescales"). Law changes and reform is
 * coming, so a rule is a row here, cited to its source, and RULE_TABLE_VERSION says which table a
 * recorded deadline was computed under.
 */
export const RULE_TABLE_VERSION = '2026-12-02';

export type RuleId =
  | 'assessment-decision'
  | 'advice'
  | 'no-plan-decision'
  | 'final-plan'
  | 'draft-representations'
  | 'consultation-answer'
  | 'annual-review'
  | 'review-report'
  | 'review-decision'
  | 'amendment-representations'
  | 'amended-plan'
  | 'phase-transfer'
  | 'reassessment-decision'
  | 'reassessment-final-plan'
  | 'transfer-plan'
  | 'transfer-notice'
  | 'transfer-review'
  | 'mediation-certificate'
  | 'mediation-held'
  | 'appeal-window'
  | 'order-compliance'
  | 'agreement-compliance'
  | 'senco-qualification';

/** The only grounds on which a timescale may lawfully slip (Reg 5(4), 8(2), 10(4)); a waiting list is not one. */
export type ExceptionGround =
  'school-closure' | 'early-years-closure' | 'exceptional-personal-circumstances' | 'absent-from-area' | 'missed-appointment';

export const EXCEPTION_GROUNDS: readonly ExceptionGround[] = [
  'school-closure',
  'early-years-closure',
  'exceptional-personal-circumstances',
  'absent-from-area',
  'missed-appointment',
];

/**
 * duty: the LA (or a body it asks) must act by the due date, and can breach it.
 * period: time the family is given; the LA may not finalise before it ends, and it is never breached.
 * right: the family's own time limit (to appeal); it lapses, it is not breached.
 */
export type RuleKind = 'duty' | 'period' | 'right';

export type PeriodUnit = 'weeks' | 'months' | 'months-beginning-with' | 'days' | 'days-beginning-with' | 'working-days';

export interface Period {
  readonly unit: PeriodUnit;
  readonly amount: number;
}

export interface StatutoryRule {
  readonly id: RuleId;
  readonly title: string;
  readonly source: string;
  readonly kind: RuleKind;
  /** null where the due date needs its own function (appealWindowEnds, orderComplianceDue, phaseTransferDue). */
  readonly period: Period | null;
  readonly exceptionSource?: string;
  readonly exceptionGrounds: readonly ExceptionGround[];
  /** The first day this version of the rule is in force; a row of RULES is in force from SEND_IN_FORCE. */
  readonly effectiveFrom?: IsoDate;
}

/** A version of a rule with the day it came into force (docs/domain.md "Effective-dated rules"). */
export interface RuleVersion extends StatutoryRule {
  readonly effectiveFrom: IsoDate;
}

/** Every version of each rule, oldest first. */
export type RuleVersions = Readonly<Record<RuleId, readonly RuleVersion[]>>;

/**
 * The SEND Regulations 2014 (SI 2014/1530, reg 1(1)) and Part 3 of the Children and Families Act 2014
 * came into force on 1 September 2014; every row of RULES is in force from then unless it says otherwise.
 */
export const SEND_IN_FORCE: IsoDate = '2014-09-01';

// Reg 5(4) and 10(4) (and 13(3), which borrows 10(4)) list the same four grounds.
const ASSESSMENT_GROUNDS: readonly ExceptionGround[] = [
  'school-closure',
  'early-years-closure',
  'exceptional-personal-circumstances',
  'absent-from-area',
];

const weeks = (amount: number): Period => ({ unit: 'weeks', amount });
const NONE: readonly ExceptionGround[] = [];
const SEND = 'SEND Regulations 2014';

// Frozen through: the table is shared by every context, and a rule changes only by a new table version.
function frozen(table: Record<RuleId, StatutoryRule>): Readonly<Record<RuleId, StatutoryRule>> {
  for (const rule of Object.values(table)) {
    Object.freeze(rule.exceptionGrounds);
    if (rule.period) Object.freeze(rule.period);
    Object.freeze(rule);
  }
  return Object.freeze(table);
}

export const RULES: Readonly<Record<RuleId, StatutoryRule>> = frozen({
  'assessment-decision': {
    id: 'assessment-decision',
    title: 'Decision whether to secure an EHC needs assessment',
    source: `${SEND} reg 4(1), 5(1)`,
    kind: 'duty',
    period: weeks(6),
    exceptionSource: `${SEND} reg 5(4)`,
    exceptionGrounds: ASSESSMENT_GROUNDS,
  },
  advice: {
    id: 'advice',
    title: 'Advice returned by the person asked for it',
    source: `${SEND} reg 8(1)`,
    kind: 'duty',
    period: weeks(6),
    exceptionSource: `${SEND} reg 8(2)`,
    exceptionGrounds: [...ASSESSMENT_GROUNDS, 'missed-appointment'],
  },
  'no-plan-decision': {
    id: 'no-plan-decision',
    title: 'Notice of a decision not to issue an EHC plan',
    source: `${SEND} reg 10(1)`,
    kind: 'duty',
    period: weeks(16),
    exceptionSource: `${SEND} reg 10(4)`,
    exceptionGrounds: ASSESSMENT_GROUNDS,
  },
  'final-plan': {
    id: 'final-plan',
    title: 'Final EHC plan issued',
    source: `${SEND} reg 13(2)`,
    kind: 'duty',
    period: weeks(20),
    exceptionSource: `${SEND} reg 13(3), applying reg 10(4)`,
    exceptionGrounds: ASSESSMENT_GROUNDS,
  },
  'draft-representations': {
    id: 'draft-representations',
    title: "Family's representations on the draft plan",
    source: `${SEND} reg 13(1)`,
    kind: 'period',
    period: { unit: 'days-beginning-with', amount: 15 },
    exceptionGrounds: NONE,
  },
  'consultation-answer': {
    id: 'consultation-answer',
    title: 'Setting answers a consultation on being named',
    // Guidance, not a regulation: the Code says a setting should respond within 15 days.
    source: 'SEND Code of Practice 2015 ch. 9',
    kind: 'duty',
    period: { unit: 'days', amount: 15 },
    exceptionGrounds: NONE,
  },
  'annual-review': {
    id: 'annual-review',
    title: 'EHC plan reviewed',
    // "Within the period of 12 months starting with" the date the plan was first made, then the date of
    // the last review: the first day counts, so it ends the day before the corresponding date.
    source: 'Children and Families Act 2014 s.44(1)',
    kind: 'duty',
    period: { unit: 'months-beginning-with', amount: 12 },
    exceptionGrounds: NONE,
  },
  'review-report': {
    id: 'review-report',
    title: 'Report of the review meeting sent',
    source: `${SEND} reg 20(7)`,
    kind: 'duty',
    period: weeks(2),
    exceptionGrounds: NONE,
  },
  'review-decision': {
    id: 'review-decision',
    title: 'LA decision after review (with the proposed amendments when amending)',
    source: `${SEND} reg 20(10); R (L, M & P) v Devon CC [2022] EWHC 493 (Admin)`,
    kind: 'duty',
    period: weeks(4),
    exceptionGrounds: NONE,
  },
  'amendment-representations': {
    id: 'amendment-representations',
    title: "Family's representations on proposed amendments",
    source: `${SEND} reg 22(2)`,
    kind: 'period',
    // Reg 22(2) gives "at least 15 days": 15 is the least the LA may give, so it is the earliest the
    // amended plan may be finalised after; an LA that gives longer records its own later date.
    period: { unit: 'days-beginning-with', amount: 15 },
    exceptionGrounds: NONE,
  },
  'amended-plan': {
    id: 'amended-plan',
    title: 'Amended final EHC plan issued',
    source: `${SEND} reg 22(3)`,
    kind: 'duty',
    period: weeks(8),
    exceptionGrounds: NONE,
  },
  'phase-transfer': {
    id: 'phase-transfer',
    title: 'Plan reviewed and amended for a transfer between phases',
    source: `${SEND} reg 18(1)`,
    kind: 'duty',
    period: null,
    exceptionGrounds: NONE,
  },
  'reassessment-decision': {
    id: 'reassessment-decision',
    title: 'Decision whether to re-assess, notified to the family',
    // Reg 25(1): "within 15 days of receiving a request": calendar days from the day it was received.
    source: `${SEND} reg 25(1)`,
    kind: 'duty',
    period: { unit: 'days', amount: 15 },
    exceptionGrounds: NONE,
  },
  'reassessment-final-plan': {
    id: 'reassessment-final-plan',
    title: 'Final EHC plan after a reassessment',
    // Reg 27(2): within 14 weeks of the Reg 25(1) notice of the decision to re-assess; 27(3) lists the
    // assessment's grounds (closures, exceptional personal circumstances, absence from the area).
    source: `${SEND} reg 27(2)`,
    kind: 'duty',
    period: weeks(14),
    exceptionSource: `${SEND} reg 27(3)`,
    exceptionGrounds: ASSESSMENT_GROUNDS,
  },
  'transfer-plan': {
    id: 'transfer-plan',
    title: 'EHC plan transferred to the new local authority',
    // On the day of the move, or within 15 working days beginning with the day the old LA became aware of
    // it when that was less than 15 working days before the move: transferPlanDue.
    source: `${SEND} reg 15(2)`,
    kind: 'duty',
    period: null,
    exceptionGrounds: NONE,
  },
  'transfer-notice': {
    id: 'transfer-notice',
    title: 'Family told of the transfer, any new assessment and when the plan will be reviewed',
    source: `${SEND} reg 15(4)`,
    kind: 'duty',
    period: weeks(6),
    exceptionGrounds: NONE,
  },
  'transfer-review': {
    id: 'transfer-review',
    title: 'Transferred EHC plan reviewed by the new local authority',
    // Before the later of 12 months beginning with the making or last review and 3 months beginning with
    // the transfer: transferReviewDue.
    source: `${SEND} reg 15(5); Children and Families Act 2014 s.44`,
    kind: 'duty',
    period: null,
    exceptionGrounds: NONE,
  },
  'mediation-certificate': {
    id: 'mediation-certificate',
    title: 'Mediation certificate issued',
    source: `${SEND} reg 34 (mediation declined), reg 39 (after mediation)`,
    kind: 'duty',
    period: { unit: 'working-days', amount: 3 },
    exceptionGrounds: NONE,
  },
  'mediation-held': {
    id: 'mediation-held',
    title: 'Mediation takes place',
    source: `${SEND} reg 37`,
    kind: 'duty',
    period: { unit: 'days', amount: 30 },
    exceptionGrounds: NONE,
  },
  'appeal-window': {
    id: 'appeal-window',
    title: 'Last day to appeal to the First-tier Tribunal (SEND)',
    source: 'Tribunal Procedure (First-tier Tribunal) (HESC) Rules 2008 r.20(1), r.12',
    kind: 'right',
    period: null,
    exceptionGrounds: NONE,
  },
  'order-compliance': {
    id: 'order-compliance',
    title: 'Comply with a tribunal order or an appealable mediation agreement',
    source: `${SEND} reg 44(2), reg 42(2)`,
    kind: 'duty',
    period: null,
    exceptionGrounds: NONE,
  },
  'agreement-compliance': {
    id: 'agreement-compliance',
    title: 'Do what a mediation agreement on a non-appealable issue requires',
    source: `${SEND} reg 42(3)`,
    kind: 'duty',
    period: weeks(2),
    exceptionGrounds: NONE,
  },
  'senco-qualification': {
    id: 'senco-qualification',
    title: 'SENCo holds the SENCo qualification',
    // The SENCO Regulations 2008 (amended 2009) were replaced by reg 49; 49(7) names the qualification.
    source: `${SEND} reg 49(4), (7)`,
    kind: 'duty',
    period: { unit: 'months', amount: 36 },
    exceptionGrounds: NONE,
  },
});

export const RULE_IDS: readonly RuleId[] = Object.keys(RULES) as RuleId[];

/**
 * Later versions of a rule, each with its effectiveFrom and source: law changes by a new version here,
 * never by editing a row of RULES, so that a case replayed later is counted under the rule in force on
 * the day its clock started. None yet: every rule is as first made.
 */
const LATER_VERSIONS: Readonly<Partial<Record<RuleId, readonly RuleVersion[]>>> = {};

/** RULES (each as first in force) followed by its later versions, oldest first. */
export function ruleVersions(
  table: Readonly<Record<RuleId, StatutoryRule>>,
  later: Readonly<Partial<Record<RuleId, readonly RuleVersion[]>>> = {},
): RuleVersions {
  const versions = {} as Record<RuleId, readonly RuleVersion[]>;
  for (const id of Object.keys(table) as RuleId[]) {
    const first: RuleVersion = Object.freeze({ ...table[id], effectiveFrom: table[id].effectiveFrom ?? SEND_IN_FORCE });
    const all = [first, ...(later[id] ?? [])].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    versions[id] = Object.freeze(all.map((v) => Object.freeze(v)));
  }
  return Object.freeze(versions);
}

export const RULE_VERSIONS: RuleVersions = ruleVersions(RULES, LATER_VERSIONS);

/**
 * The version of a rule in force on a day: the latest whose effectiveFrom is on or before it. A day
 * before the first version (no case can have one: the Act and Regulations did not yet apply) reads the
 * first version, so that old test data and imports still count.
 */
export function ruleInForce(id: RuleId, on: IsoDate, versions: RuleVersions = RULE_VERSIONS): RuleVersion {
  ruleOf(id);
  const all = versions[id];
  let found = all[0];
  for (const v of all) if (v.effectiveFrom <= on) found = v;
  return found;
}

export function isRuleId(s: unknown): s is RuleId {
  return typeof s === 'string' && Object.hasOwn(RULES, s);
}

/** Rule ids also arrive from stored events and requests, so an unknown one is checked, not assumed. */
export function ruleOf(id: RuleId): StatutoryRule {
  if (!isRuleId(id)) throw new DomainError('STATUTORY.UNKNOWN_RULE', `no statutory rule ${String(id)}`);
  return RULES[id];
}

/**
 * The due date of a rule with a fixed period, counted from the day its clock starts under the version of
 * the rule in force on that day.
 */
export function dueDate(rule: RuleId, trigger: IsoDate, versions: RuleVersions = RULE_VERSIONS): IsoDate {
  const { period } = ruleInForce(rule, trigger, versions);
  if (period === null) {
    throw new DomainError('STATUTORY.NO_FIXED_PERIOD', `rule ${rule} has no fixed period; use its own function`);
  }
  const { unit, amount } = period;
  switch (unit) {
    case 'weeks':
      return addWeeks(trigger, amount);
    case 'months':
      return addMonths(trigger, amount);
    case 'months-beginning-with':
      return monthsBeginningWith(trigger, amount);
    case 'days':
      return addDays(trigger, amount);
    case 'days-beginning-with':
      return daysBeginningWith(trigger, amount);
    case 'working-days':
      return addWorkingDays(trigger, amount);
    default: {
      const _: never = unit;
      throw new Error(`unhandled period unit ${String(_)}`);
    }
  }
}

export function isLawfulGround(rule: RuleId, ground: ExceptionGround): boolean {
  return ruleOf(rule).exceptionGrounds.includes(ground);
}
