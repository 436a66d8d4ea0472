import {
  addDays,
  exceptionOverlaps,
  exceptionPeriodProblem,
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

/** Refuses a period that cannot support its ground (Reg 5(4), 8(2), 10(4); the conditions are @send/statutory's). */
export function checkExceptionPeriod(data: ExceptionData): void {
  const { ground, from, to } = data;
  const found = exceptionPeriodProblem(ground, from, to);
  if (found?.problem === 'period-invalid') refuse(AssessmentErrors.EXCEPTION_PERIOD_INVALID, found.message, { field: 'to' });
  if (found?.problem === 'ground-not-met') {
    refuse(AssessmentErrors.EXCEPTION_GROUND_NOT_MET, found.message, { field: 'to', ground });
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
    .filter(([, entry]) => exceptionOverlaps(entry, data.from, data.to))
    .filter(([id, entry]) => groundFits(state, id, entry, data))
    .map(([id]) => id);
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
