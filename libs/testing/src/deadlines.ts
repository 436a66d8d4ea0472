import {
  ruleOf,
  type DeadlineClosedLate,
  type DeadlineMet,
  type DeadlineNotApplicable,
  type DeadlineStarted,
  type IsoDate,
  type RuleId,
} from '@send/statutory';

/**
 * The statutory clock events as a context's history holds them (docs/domain.md "Statutory timescales"), for the
 * given/when/then of every context whose decider starts or closes deadlines. The source is the rule table's.
 */
export const deadlineStarted = (deadlineId: string, rule: RuleId, startedOn: IsoDate, dueOn: IsoDate): DeadlineStarted => ({
  type: 'DeadlineStarted',
  data: { deadlineId, rule, source: ruleOf(rule).source, startedOn, dueOn },
});
export const deadlineMet = (deadlineId: string, rule: RuleId, metOn: IsoDate): DeadlineMet => ({
  type: 'DeadlineMet',
  data: { deadlineId, rule, metOn },
});
export const deadlineClosedLate = (deadlineId: string, rule: RuleId, closedOn: IsoDate, dueOn: IsoDate): DeadlineClosedLate => ({
  type: 'DeadlineClosedLate',
  data: { deadlineId, rule, closedOn, dueOn },
});
export const deadlineNotApplicable = (deadlineId: string, rule: RuleId, on: IsoDate, why: string): DeadlineNotApplicable => ({
  type: 'DeadlineNotApplicable',
  data: { deadlineId, rule, on, why },
});
