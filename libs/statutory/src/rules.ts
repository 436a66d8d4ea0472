import { DomainError } from '@send/kernel';
import { type IsoDate, addDays, addMonths, addWeeks, addWorkingDays, daysBeginningWith } from './calendar.js';

// The rules whose due date is not one fixed period (appeal window, tribunal orders, phase transfer).
export * from './special-periods.js';

/**
 * The statutory timescales as data (docs/domain.md "Statutory timescales"). Law changes and reform is
 * coming, so a rule is a row here, cited to its source, and RULE_TABLE_VERSION says which table a
 * recorded deadline was computed under.
 */
export const RULE_TABLE_VERSION = '2026-11-28';

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

export type PeriodUnit = 'weeks' | 'months' | 'days' | 'days-beginning-with' | 'working-days';

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
}

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
    source: 'Children and Families Act 2014 s.44(1)',
    kind: 'duty',
    period: { unit: 'months', amount: 12 },
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

export function isRuleId(s: unknown): s is RuleId {
  return typeof s === 'string' && Object.hasOwn(RULES, s);
}

/** Rule ids also arrive from stored events and requests, so an unknown one is checked, not assumed. */
export function ruleOf(id: RuleId): StatutoryRule {
  if (!isRuleId(id)) throw new DomainError('STATUTORY.UNKNOWN_RULE', `no statutory rule ${String(id)}`);
  return RULES[id];
}

/** The due date of a rule with a fixed period, counted from the day its clock starts. */
export function dueDate(rule: RuleId, trigger: IsoDate): IsoDate {
  const { period } = ruleOf(rule);
  if (period === null) {
    throw new DomainError('STATUTORY.NO_FIXED_PERIOD', `rule ${rule} has no fixed period; use its own function`);
  }
  const { unit, amount } = period;
  switch (unit) {
    case 'weeks':
      return addWeeks(trigger, amount);
    case 'months':
      return addMonths(trigger, amount);
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
