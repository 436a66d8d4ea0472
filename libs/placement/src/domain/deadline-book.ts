import { assertNever } from '@send/kernel';
import {
  dueDate,
  isAfter,
  ruleOf,
  type DeadlineClosedLate,
  type DeadlineEvent,
  type DeadlineMet,
  type DeadlineNotApplicable,
  type DeadlineStarted,
  type IsoDate,
  type RuleId,
} from '@send/statutory';

/**
 * The statutory clocks an aggregate of this context runs, folded from its deadline events (the same
 * shape as the assessment context's book; contexts share the events, not the code).
 */
export type DeadlineState = 'open' | 'closed' | 'excepted' | 'not-applicable';

export interface DeadlineEntry {
  readonly rule: RuleId;
  readonly startedOn: IsoDate;
  readonly dueOn: IsoDate;
  readonly state: DeadlineState;
  readonly breachedOn?: IsoDate;
  readonly closedOn?: IsoDate;
}

export type DeadlineBook = Readonly<Record<string, DeadlineEntry>>;

export function isAwaitingAct(entry: DeadlineEntry | undefined): entry is DeadlineEntry {
  return entry !== undefined && (entry.state === 'open' || entry.state === 'excepted');
}

export function startDeadline(deadlineId: string, rule: RuleId, startedOn: IsoDate): DeadlineStarted {
  const { source } = ruleOf(rule);
  return { type: 'DeadlineStarted', data: { deadlineId, rule, source, startedOn, dueOn: dueDate(rule, startedOn) } };
}

/** The act happened: met on or before the due date, otherwise closed late (domain.md "Counting"). */
export function closeDeadline(book: DeadlineBook, deadlineId: string, on: IsoDate): (DeadlineMet | DeadlineClosedLate)[] {
  const entry = book[deadlineId];
  if (!isAwaitingAct(entry)) return [];
  return isAfter(on, entry.dueOn)
    ? [{ type: 'DeadlineClosedLate', data: { deadlineId, rule: entry.rule, closedOn: on, dueOn: entry.dueOn } }]
    : [{ type: 'DeadlineMet', data: { deadlineId, rule: entry.rule, metOn: on } }];
}

export function retireDeadline(book: DeadlineBook, deadlineId: string, on: IsoDate, why: string): DeadlineNotApplicable[] {
  const entry = book[deadlineId];
  if (!isAwaitingAct(entry)) return [];
  return [{ type: 'DeadlineNotApplicable', data: { deadlineId, rule: entry.rule, on, why } }];
}

export function foldDeadline(book: DeadlineBook, event: DeadlineEvent): DeadlineBook {
  const id = event.data.deadlineId;
  if (event.type === 'DeadlineStarted') {
    const { rule, startedOn, dueOn } = event.data;
    return { ...book, [id]: { rule, startedOn, dueOn, state: 'open' } };
  }
  const entry = book[id];
  return entry === undefined ? book : { ...book, [id]: foldEntry(entry, event) };
}

function foldEntry(entry: DeadlineEntry, event: Exclude<DeadlineEvent, DeadlineStarted>): DeadlineEntry {
  switch (event.type) {
    case 'DeadlineMet':
      return { ...entry, state: 'closed', closedOn: event.data.metOn };
    case 'DeadlineClosedLate':
      return { ...entry, state: 'closed', closedOn: event.data.closedOn };
    case 'DeadlineBreached':
      return { ...entry, breachedOn: event.data.breachedOn };
    case 'DeadlineExcepted':
      return { ...entry, state: 'excepted' };
    case 'DeadlineNotApplicable':
      return { ...entry, state: 'not-applicable' };
    default:
      return assertNever(event, 'deadline event');
  }
}
