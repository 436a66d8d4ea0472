import { DomainEvent } from '@send/kernel';
import { RuleId } from './rules.js';

/**
 * Every statutory clock is recorded as events (docs/domain.md "Statutory timescales"): when it starts, and
 * when it is met, breached, excepted or stops applying. A deadline is identified within its case by
 * deadlineId: the rule id, or rule:key where a case can run several (one per advice request).
 */
export type DeadlineStarted = DomainEvent<
  'DeadlineStarted',
  { deadlineId: string; rule: RuleId; source: string; startedOn: string; dueOn: string }
>;
/** The act happened on or before the due date. */
export type DeadlineMet = DomainEvent<'DeadlineMet', { deadlineId: string; rule: RuleId; metOn: string }>;
/** The act happened, but after the due date: the deadline stays breached, now with its closing date. */
export type DeadlineClosedLate = DomainEvent<
  'DeadlineClosedLate',
  { deadlineId: string; rule: RuleId; closedOn: string; dueOn: string }
>;
/** Recorded by the deadline watcher the morning after an unmet due date. */
export type DeadlineBreached = DomainEvent<
  'DeadlineBreached',
  { deadlineId: string; rule: RuleId; dueOn: string; breachedOn: string }
>;
/** A lawful exception (Reg 5(4), 8(2), 10(4)) applies; the original due date is kept. */
export type DeadlineExcepted = DomainEvent<
  'DeadlineExcepted',
  { deadlineId: string; rule: RuleId; exceptionId: string; ground: string; exceptedOn: string; source: string }
>;
export type DeadlineNotApplicable = DomainEvent<
  'DeadlineNotApplicable',
  { deadlineId: string; rule: RuleId; on: string; why: string }
>;

export type DeadlineEvent =
  DeadlineStarted | DeadlineMet | DeadlineClosedLate | DeadlineBreached | DeadlineExcepted | DeadlineNotApplicable;

export const DEADLINE_EVENT_TYPES: ReadonlySet<string> = new Set([
  'DeadlineStarted',
  'DeadlineMet',
  'DeadlineClosedLate',
  'DeadlineBreached',
  'DeadlineExcepted',
  'DeadlineNotApplicable',
]);

export function isDeadlineEvent(e: DomainEvent): e is DeadlineEvent {
  return DEADLINE_EVENT_TYPES.has(e.type);
}
