import {
  addDays,
  isAfter,
  isBefore,
  isLawfulGround,
  type DeadlineEntry,
  type ExceptionGround,
  type IsoDate,
} from '@send/statutory';
import type { RecordTimescaleException } from './assessment.commands.js';
import { AssessmentErrors, refuse } from './assessment.errors.js';
import type { OpenCase } from './assessment.state.js';

type ExceptionData = RecordTimescaleException['data'];

const CLOSURES: ReadonlySet<ExceptionGround> = new Set(['school-closure', 'early-years-closure']);
/** Grounds that the regulations tie to "a continuous period of not less than 4 weeks". */
const FOUR_WEEK_GROUNDS: ReadonlySet<ExceptionGround> = new Set([...CLOSURES, 'absent-from-area']);

/** Refuses a period that cannot support its ground (Reg 5(4), 8(2), 10(4)). */
export function checkExceptionPeriod(data: ExceptionData): void {
  const { ground, from, to } = data;
  if (to !== undefined && isBefore(to, from)) {
    refuse(AssessmentErrors.EXCEPTION_PERIOD_INVALID, `the period ends (${to}) before it begins (${from})`, {
      field: 'to',
    });
  }
  if (to !== undefined && FOUR_WEEK_GROUNDS.has(ground) && isBefore(to, addDays(from, 28))) {
    refuse(
      AssessmentErrors.EXCEPTION_GROUND_NOT_MET,
      `${ground} is a lawful ground only for a continuous period of at least 4 weeks; ${from} to ${to} is shorter`,
      { field: 'to', ground },
    );
  }
}

/**
 * The clocks this exception lawfully suspends: still running, not already excepted, the ground listed
 * for the rule, and the circumstance overlapping the clock's period — the time limit is relaxed only
 * where the circumstance made it "impractical" to comply, which one that ended before the clock started
 * or began after its due date cannot have done.
 */
export function deadlinesExcepted(state: OpenCase, data: ExceptionData): string[] {
  return Object.entries(state.deadlines)
    .filter(([, entry]) => entry.state === 'open')
    .filter(([, entry]) => isLawfulGround(entry.rule, data.ground))
    .filter(([, entry]) => overlaps(entry, data.from, data.to))
    .filter(([id, entry]) => groundFits(state, id, entry, data))
    .map(([id]) => id);
}

function overlaps(entry: DeadlineEntry, from: IsoDate, to: IsoDate | undefined): boolean {
  return !isAfter(from, entry.dueOn) && (to === undefined || !isBefore(to, entry.startedOn));
}

function groundFits(state: OpenCase, deadlineId: string, entry: DeadlineEntry, data: ExceptionData): boolean {
  // A missed appointment excuses only the body that made it (Reg 8(2)(c)).
  if (data.ground === 'missed-appointment') return entry.rule === 'advice';
  if (CLOSURES.has(data.ground) && entry.rule === 'advice') {
    const advice = state.advice[deadlineId.slice('advice:'.length)];
    return advice !== undefined && inClosureWindow(advice.requestedOn, data.from, data.to);
  }
  return true;
}

/** Advice asked from one week before the closure to one week before the reopening. */
function inClosureWindow(requestedOn: IsoDate, from: IsoDate, to: IsoDate | undefined): boolean {
  if (isBefore(requestedOn, addDays(from, -7))) return false;
  return to === undefined || !isAfter(requestedOn, addDays(to, -7));
}
