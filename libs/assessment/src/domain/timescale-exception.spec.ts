import { DATE_IN_THE_FUTURE } from '@send/kernel';
import type { ExceptionGround } from '@send/statutory';
import { given } from '@send/testing';
import { assessmentDecider } from './assessment.decider.js';
import { AssessmentErrors as E } from './assessment.errors.js';
import type { AssessmentEvent } from './assessment.events.js';
import { DUE, TODAY, adviceRequested, assessing, closedLate, command, excepted, met, requested } from './assessment.fixtures.js';

interface Period {
  from: string;
  to?: string;
  evidence?: string;
  exceptionId?: string;
}

const record = (ground: ExceptionGround, { from, to, evidence = 'letter from the school', exceptionId = 'x-1' }: Period) =>
  command('RecordTimescaleException', {
    exceptionId,
    ground,
    from,
    ...(to === undefined ? {} : { to }),
    evidence,
    familyNotified: true,
  });

function recorded(ground: ExceptionGround, period: Period, deadlineIds: string[]): AssessmentEvent[] {
  const { from, to, evidence = 'letter from the school', exceptionId = 'x-1' } = period;
  const rules = {
    'assessment-decision': 'assessment-decision',
    'no-plan-decision': 'no-plan-decision',
    'final-plan': 'final-plan',
  } as const;
  return [
    {
      type: 'TimescaleExceptionRecorded',
      data: {
        exceptionId,
        ground,
        from,
        ...(to === undefined ? {} : { to }),
        evidence,
        familyNotified: true,
        recordedOn: TODAY,
        deadlineIds,
      },
    },
    ...deadlineIds.map((id) =>
      excepted(id, id.startsWith('advice:') ? 'advice' : rules[id as keyof typeof rules], exceptionId, ground, from),
    ),
  ];
}

const CLOCKS = ['assessment-decision', 'no-plan-decision', 'final-plan'];

describe('requested', () => {
  it('excepts every running clock for exceptional personal circumstances (Reg 5(4)(b), 10(4)(c))', () => {
    const period = { from: '2024-03-10' };
    given(assessmentDecider, requested)
      .when(record('exceptional-personal-circumstances', period))
      .then(recorded('exceptional-personal-circumstances', period, CLOCKS));
  });

  it('leaves out a clock whose due date passed before the circumstance began', () => {
    const period = { from: '2024-04-20' };
    given(assessmentDecider, requested)
      .when(record('exceptional-personal-circumstances', period))
      .then(recorded('exceptional-personal-circumstances', period, ['no-plan-decision', 'final-plan']));
  });

  it('refuses a circumstance that ended before any clock started', () => {
    given(assessmentDecider, requested)
      .when(record('exceptional-personal-circumstances', { from: '2024-01-01', to: '2024-02-01' }))
      .thenThrows(E.EXCEPTION_NOT_APPLICABLE);
  });

  it('accepts absence from the area for exactly 4 weeks, and refuses 27 days', () => {
    const fourWeeks = { from: '2024-03-04', to: '2024-04-01' };
    given(assessmentDecider, requested)
      .when(record('absent-from-area', fourWeeks))
      .then(recorded('absent-from-area', fourWeeks, CLOCKS));
    given(assessmentDecider, requested)
      .when(record('absent-from-area', { from: '2024-03-04', to: '2024-03-31' }))
      .thenThrows(E.EXCEPTION_GROUND_NOT_MET);
  });

  it('refuses a closure shorter than 4 weeks', () => {
    given(assessmentDecider, requested)
      .when(record('school-closure', { from: '2024-03-04', to: '2024-03-25' }))
      .thenThrows(E.EXCEPTION_GROUND_NOT_MET);
  });

  it('accepts a reopening date still to come, but not a start after today', () => {
    const period = { from: '2025-01-06', to: '2025-03-03' };
    const late: AssessmentEvent[] = [
      ...requested.slice(0, 1),
      {
        type: 'DeadlineStarted',
        data: { deadlineId: 'final-plan', rule: 'final-plan', source: 'x', startedOn: '2024-12-01', dueOn: '2025-04-20' },
      },
    ];
    given(assessmentDecider, late)
      .when(record('school-closure', period))
      .then(recorded('school-closure', period, ['final-plan']));
    const error = given(assessmentDecider, requested)
      .when(record('school-closure', { from: '2025-01-16' }))
      .thenThrows(DATE_IN_THE_FUTURE);
    expect(error.details).toEqual({ field: 'from' });
  });

  it('refuses a period that ends before it begins', () => {
    given(assessmentDecider, requested)
      .when(record('exceptional-personal-circumstances', { from: '2024-03-10', to: '2024-03-09' }))
      .thenThrows(E.EXCEPTION_PERIOD_INVALID);
  });

  it('refuses an exception without evidence', () => {
    given(assessmentDecider, requested)
      .when(record('absent-from-area', { from: '2024-03-10', evidence: ' ' }))
      .thenThrows(E.EVIDENCE_REQUIRED);
  });

  it('refuses a missed appointment when no advice clock runs: it excuses only advice (Reg 8(2)(c))', () => {
    given(assessmentDecider, requested)
      .when(record('missed-appointment', { from: '2024-03-10' }))
      .thenThrows(E.EXCEPTION_NOT_APPLICABLE);
  });

  it('refuses a repeated exception id, and one with nothing left to suspend', () => {
    const first = recorded('absent-from-area', { from: '2024-03-10' }, CLOCKS);
    given(assessmentDecider, requested, first)
      .when(record('exceptional-personal-circumstances', { from: '2024-03-12' }))
      .thenThrows(E.EXCEPTION_ALREADY_RECORDED);
    given(assessmentDecider, requested, first)
      .when(record('exceptional-personal-circumstances', { from: '2024-03-12', exceptionId: 'x-2' }))
      .thenThrows(E.EXCEPTION_NOT_APPLICABLE);
  });

  it('still closes an excepted clock, met or late, keeping its original due date', () => {
    const first = recorded('absent-from-area', { from: '2024-03-10' }, CLOCKS);
    const decide = (decidedOn: string) =>
      command('DecideWhetherToAssess', { decision: 'assess' as const, decidedOn, reason: 'may need a plan' });
    given(assessmentDecider, requested, first)
      .when(decide(DUE.decision))
      .then([
        { type: 'AssessmentDecided', data: { decision: 'assess', decidedOn: DUE.decision, reason: 'may need a plan' } },
        met('assessment-decision', 'assessment-decision', DUE.decision),
      ]);
    given(assessmentDecider, requested, first)
      .when(decide('2024-05-01'))
      .then([
        { type: 'AssessmentDecided', data: { decision: 'assess', decidedOn: '2024-05-01', reason: 'may need a plan' } },
        closedLate('assessment-decision', 'assessment-decision', '2024-05-01', DUE.decision),
      ]);
  });
});

describe('assessing, with educational psychology advice asked on 2024-04-03', () => {
  const history = [...assessing, ...adviceRequested];

  it('excepts only the advice clock for a missed appointment', () => {
    const period = { from: '2024-04-20' };
    given(assessmentDecider, history)
      .when(record('missed-appointment', period))
      .then(recorded('missed-appointment', period, ['advice:ep-1']));
  });

  it('excepts advice asked from a week before the closure to a week before reopening', () => {
    const period = { from: '2024-04-08', to: '2024-05-13' };
    given(assessmentDecider, history)
      .when(record('school-closure', period))
      .then(recorded('school-closure', period, ['no-plan-decision', 'final-plan', 'advice:ep-1']));
  });

  it('does not except advice asked more than a week before the closure', () => {
    const period = { from: '2024-04-20', to: '2024-06-01' };
    given(assessmentDecider, history)
      .when(record('early-years-closure', period))
      .then(recorded('early-years-closure', period, ['no-plan-decision', 'final-plan']));
  });

  it('treats a closure with no reopening date as open-ended', () => {
    const period = { from: '2024-04-10' };
    given(assessmentDecider, history)
      .when(record('school-closure', period))
      .then(recorded('school-closure', period, ['no-plan-decision', 'final-plan', 'advice:ep-1']));
  });
});
