import { ruleOf, type IsoDate, type RuleId } from '@send/statutory';
import {
  deadlineStarted as started,
  deadlineMet as met,
  deadlineClosedLate as closedLate,
  deadlineNotApplicable as notApplicable,
} from '@send/testing';
import type { AssessmentCommand } from './assessment.commands.js';
import type { AssessmentEvent } from './assessment.events.js';

/**
 * Worked histories for the decider specs. A leap-day request: 2024-02-29 + 6 weeks = 2024-04-11,
 * + 16 weeks = 2024-06-20, + 20 weeks = 2024-07-18 (Reg 5(1), 10(1), 13(2)).
 */
export const TODAY: IsoDate = '2025-01-15';
export const RECEIVED_ON: IsoDate = '2024-02-29';
export const DUE = {
  decision: '2024-04-11',
  noPlan: '2024-06-20',
  finalPlan: '2024-07-18',
} as const;

export const command = <T extends AssessmentCommand['type']>(
  type: T,
  data: Extract<AssessmentCommand, { type: T }>['data'],
  today: IsoDate = TODAY,
) => ({ type, data, today }) as Extract<AssessmentCommand, { type: T }>;

export const child = { givenName: 'Ada', familyName: 'Lovelace', dateOfBirth: '2016-09-01' };

// The statutory clock events are the same in every context: one set of builders in the test library.
export { started, met, closedLate, notApplicable };
export function excepted(deadlineId: string, rule: RuleId, exceptionId: string, ground: string, on = TODAY): AssessmentEvent {
  const r = ruleOf(rule);
  return {
    type: 'DeadlineExcepted',
    data: { deadlineId, rule, exceptionId, ground, exceptedOn: on, source: r.exceptionSource ?? r.source },
  };
}

export const requested: AssessmentEvent[] = [
  {
    type: 'AssessmentRequested',
    data: { caseId: 'case-1', la: '202', child, requestedBy: 'parent', receivedOn: RECEIVED_ON },
  },
  started('assessment-decision', 'assessment-decision', RECEIVED_ON, DUE.decision),
  started('no-plan-decision', 'no-plan-decision', RECEIVED_ON, DUE.noPlan),
  started('final-plan', 'final-plan', RECEIVED_ON, DUE.finalPlan),
];

export const ASSESS_ON = '2024-04-02';
export const assessing: AssessmentEvent[] = [
  ...requested,
  { type: 'AssessmentDecided', data: { decision: 'assess', decidedOn: ASSESS_ON, reason: 'may need a plan' } },
  met('assessment-decision', 'assessment-decision', ASSESS_ON),
];

export const refused: AssessmentEvent[] = [
  ...requested,
  { type: 'AssessmentDecided', data: { decision: 'refuse', decidedOn: ASSESS_ON, reason: 'needs met at SEN support' } },
  met('assessment-decision', 'assessment-decision', ASSESS_ON),
  notApplicable('no-plan-decision', 'no-plan-decision', ASSESS_ON, 'assessment refused'),
  notApplicable('final-plan', 'final-plan', ASSESS_ON, 'assessment refused'),
];

/** The family appealed the refusal; the tribunal ordered an assessment on 2024-09-02 (Reg 44(2)(b)). */
export const ORDER_ON = '2024-09-02';
export const orderedToAssess: AssessmentEvent[] = [
  ...refused,
  { type: 'AssessmentOrderedByTribunal', data: { orderId: 'order-1', madeOn: ORDER_ON } },
];

/** Educational psychology advice asked the day after the decision: due 2024-05-15 (Reg 8(1)). */
export const ADVICE_ON = '2024-04-03';
export const ADVICE_DUE = '2024-05-15';
export const adviceRequested: AssessmentEvent[] = [
  { type: 'AdviceRequested', data: { adviceId: 'ep-1', adviser: 'educational-psychologist', requestedOn: ADVICE_ON } },
  started('advice:ep-1', 'advice', ADVICE_ON, ADVICE_DUE),
];

export const OUTCOME_ON = '2024-06-03';
export const planToIssue: AssessmentEvent[] = [
  ...assessing,
  ...adviceRequested,
  { type: 'PlanIssueDecided', data: { outcome: 'issue-plan', decidedOn: OUTCOME_ON, reason: 'needs F provision' } },
  notApplicable('no-plan-decision', 'no-plan-decision', OUTCOME_ON, 'plan to be issued'),
];

export const noPlan: AssessmentEvent[] = [
  ...assessing,
  { type: 'PlanIssueDecided', data: { outcome: 'no-plan', decidedOn: OUTCOME_ON, reason: 'school can meet needs' } },
  met('no-plan-decision', 'no-plan-decision', OUTCOME_ON),
  notApplicable('final-plan', 'final-plan', OUTCOME_ON, 'no plan to be issued'),
];

export const planIssued: AssessmentEvent[] = [...planToIssue, met('final-plan', 'final-plan', DUE.finalPlan)];
