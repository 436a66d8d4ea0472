import { StoredEvent } from '@send/kernel';
import { DeadlineEvent, RuleId, isDeadlineEvent, ruleOf } from '@send/statutory';

export type DeadlineRow = {
  id: string;
  caseId: string;
  deadlineId: string;
  la: string;
  rule: string;
  kind: string;
  source: string;
  startedOn: string;
  dueOn: string;
  closedOn: string | null;
  exceptedOn: string | null;
  exceptionGround: string | null;
  exceptionSource: string | null;
  notApplicableOn: string | null;
  notApplicableWhy: string | null;
  breachRecordedOn: string | null;
  lastPosition: string;
};

export const deadlineRowId = (caseId: string, deadlineId: string) => `${caseId}/${deadlineId}`;

/** Pure: the deadline register row after one deadline event (docs/conventions.md §9). */
export function evolveDeadline(row: DeadlineRow | null, stored: StoredEvent): DeadlineRow | null {
  const event = stored as unknown as DeadlineEvent;
  if (!isDeadlineEvent(event)) return row;
  const at = { lastPosition: stored.position.toString() };
  switch (event.type) {
    case 'DeadlineStarted': {
      const d = event.data;
      return {
        id: deadlineRowId(stored.caseId, d.deadlineId),
        caseId: stored.caseId,
        deadlineId: d.deadlineId,
        la: stored.la,
        rule: d.rule,
        kind: ruleOf(d.rule as RuleId).kind,
        source: d.source,
        startedOn: d.startedOn,
        dueOn: d.dueOn,
        closedOn: null,
        exceptedOn: null,
        exceptionGround: null,
        exceptionSource: null,
        notApplicableOn: null,
        notApplicableWhy: null,
        breachRecordedOn: null,
        ...at,
      };
    }
    case 'DeadlineMet':
      return row && { ...row, closedOn: event.data.metOn, ...at };
    case 'DeadlineClosedLate':
      return row && { ...row, closedOn: event.data.closedOn, ...at };
    case 'DeadlineBreached':
      return row && { ...row, breachRecordedOn: event.data.breachedOn, ...at };
    case 'DeadlineExcepted':
      return (
        row && {
          ...row,
          exceptedOn: event.data.exceptedOn,
          exceptionGround: event.data.ground,
          exceptionSource: event.data.source,
          ...at,
        }
      );
    case 'DeadlineNotApplicable':
      return row && { ...row, notApplicableOn: event.data.on, notApplicableWhy: event.data.why, ...at };
    default: {
      const _exhaustive: never = event;
      return row;
    }
  }
}

export type DeadlineStatus = 'open' | 'met' | 'breached' | 'excepted' | 'not-applicable';

export interface DeadlineView {
  deadlineId: string;
  rule: string;
  source: string;
  startedOn: string;
  dueOn: string;
  status: DeadlineStatus;
  closedOn?: string;
  exception?: { ground: string; from: string; source: string | null };
  notApplicableReason?: string;
}

/**
 * A deadline's status on a given day, from business dates alone (docs/domain.md "Counting"): met if the act
 * happened on or before the due date; breached from the day after an unmet due date; excepted once a
 * lawful exception applies (the original due date is kept); a family's period ("period" rules) simply
 * runs out, which is the LA respecting it. Returns undefined for a clock not yet started on that day.
 */
export function deadlineAsOf(row: DeadlineRow, asOf: string): DeadlineView | undefined {
  if (row.startedOn > asOf) return undefined;
  const base = { deadlineId: row.deadlineId, rule: row.rule, source: row.source, startedOn: row.startedOn, dueOn: row.dueOn };
  const closedOn = row.closedOn !== null && row.closedOn <= asOf ? row.closedOn : undefined;
  const closed = closedOn === undefined ? {} : { closedOn };
  if (row.notApplicableOn !== null && row.notApplicableOn <= asOf && closedOn === undefined) {
    return { ...base, status: 'not-applicable', notApplicableReason: row.notApplicableWhy ?? undefined };
  }
  if (row.exceptedOn !== null && row.exceptedOn <= asOf) {
    return {
      ...base,
      status: 'excepted',
      ...closed,
      exception: { ground: row.exceptionGround ?? '', from: row.exceptedOn, source: row.exceptionSource },
    };
  }
  if (closedOn !== undefined) return { ...base, status: closedOn <= row.dueOn ? 'met' : 'breached', closedOn };
  if (asOf <= row.dueOn) return { ...base, status: 'open' };
  if (row.kind === 'period') return { ...base, status: 'met', closedOn: row.dueOn };
  // A family's right (the appeal window) is nobody's duty: unused, it lapses rather than being breached.
  if (row.kind === 'right') return { ...base, status: 'not-applicable', notApplicableReason: 'the right lapsed unused' };
  return { ...base, status: 'breached' };
}
