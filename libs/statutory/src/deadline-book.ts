import { assertNever, copyingWriter, type RecordWriter } from '@send/kernel';
import { isAfter, type IsoDate } from './calendar.js';
import type {
  DeadlineClosedLate,
  DeadlineEvent,
  DeadlineMet,
  DeadlineNotApplicable,
  DeadlineStarted,
} from './deadline.events.js';
import { dueDate, ruleInForce, type RuleId } from './rules.js';

/**
 * An aggregate's statutory clocks, folded from its deadline events: one book for every context.
 * 'excepted' is still awaiting its act: a lawful exception keeps the original due date (docs/domain.md
 * "Exceptions") and the act still closes the clock; the read side keeps showing it as excepted.
 */
export type DeadlineState = 'open' | 'closed' | 'excepted' | 'not-applicable';

export interface DeadlineEntry {
  readonly rule: RuleId;
  readonly startedOn: IsoDate;
  readonly dueOn: IsoDate;
  readonly state: DeadlineState;
  readonly exceptionId?: string;
  readonly breachedOn?: IsoDate;
  readonly closedOn?: IsoDate;
}

export type DeadlineBook = Readonly<Record<string, DeadlineEntry>>;

export function isAwaitingAct(entry: DeadlineEntry | undefined): entry is DeadlineEntry {
  return entry !== undefined && (entry.state === 'open' || entry.state === 'excepted');
}

/** A clock whose due date comes from the rule's fixed period. */
export function startDeadline(deadlineId: string, rule: RuleId, startedOn: IsoDate): DeadlineStarted {
  return startDeadlineDue(deadlineId, rule, startedOn, dueDate(rule, startedOn));
}

/** A clock whose due date needs its own function (appealWindowEnds, orderComplianceDue); source as in force then. */
export function startDeadlineDue(deadlineId: string, rule: RuleId, startedOn: IsoDate, dueOn: IsoDate): DeadlineStarted {
  return { type: 'DeadlineStarted', data: { deadlineId, rule, source: ruleInForce(rule, startedOn).source, startedOn, dueOn } };
}

/** The act happened: met on or before the due date, otherwise closed late (docs/domain.md "Counting"). */
export function closeDeadline(book: DeadlineBook, deadlineId: string, on: IsoDate): (DeadlineMet | DeadlineClosedLate)[] {
  const entry = book[deadlineId];
  if (!isAwaitingAct(entry)) return [];
  return isAfter(on, entry.dueOn)
    ? [{ type: 'DeadlineClosedLate', data: { deadlineId, rule: entry.rule, closedOn: on, dueOn: entry.dueOn } }]
    : [{ type: 'DeadlineMet', data: { deadlineId, rule: entry.rule, metOn: on } }];
}

/**
 * A period the law gives the family rather than a duty on the LA (rule kind 'period': the 15 days to
 * answer a draft plan, Reg 13(1)) is never late: it ends, met, on the day given, whether they said they
 * had nothing further or the act it held back was done.
 */
export function endPeriod(book: DeadlineBook, deadlineId: string, on: IsoDate): DeadlineMet[] {
  const entry = book[deadlineId];
  if (!isAwaitingAct(entry)) return [];
  return [{ type: 'DeadlineMet', data: { deadlineId, rule: entry.rule, metOn: on } }];
}

export function retireDeadline(book: DeadlineBook, deadlineId: string, on: IsoDate, why: string): DeadlineNotApplicable[] {
  const entry = book[deadlineId];
  if (!isAwaitingAct(entry)) return [];
  return [{ type: 'DeadlineNotApplicable', data: { deadlineId, rule: entry.rule, on, why } }];
}

/** The clocks of a book still awaiting their act whose rule is one of rules: what an act that ends them all closes. */
export function awaitingOf(book: DeadlineBook, rules: readonly RuleId[]): string[] {
  return Object.entries(book)
    .filter(([, entry]) => isAwaitingAct(entry) && rules.includes(entry.rule))
    .map(([id]) => id);
}

/** Every running clock of these rules stops applying (the plan ceased, a clock replaced by another). */
export function retireAll(book: DeadlineBook, rules: readonly RuleId[], on: IsoDate, why: string): DeadlineNotApplicable[] {
  return awaitingOf(book, rules).flatMap((id) => retireDeadline(book, id, on, why));
}

export function foldDeadline(book: DeadlineBook, event: DeadlineEvent): DeadlineBook {
  return foldDeadlineWith(book, event, copyingWriter);
}

/** foldDeadline for a fold of a whole stream, which writes the book through its own writer (kernel fold-draft.ts). */
export function foldDeadlineWith(book: DeadlineBook, event: DeadlineEvent, writer: RecordWriter): DeadlineBook {
  const id = event.data.deadlineId;
  if (event.type === 'DeadlineStarted') {
    const { rule, startedOn, dueOn } = event.data;
    return writer.set(book, id, { rule, startedOn, dueOn, state: 'open' });
  }
  const entry = book[id];
  if (entry === undefined) return book;
  return writer.set(book, id, foldEntry(entry, event));
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
      return { ...entry, state: 'excepted', exceptionId: event.data.exceptionId };
    case 'DeadlineNotApplicable':
      return { ...entry, state: 'not-applicable' };
    default:
      return assertNever(event, 'deadline event');
  }
}
