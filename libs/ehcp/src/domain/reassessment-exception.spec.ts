import { DATE_IN_THE_FUTURE } from '@send/kernel';
import { ruleOf, type ExceptionGround } from '@send/statutory';
import { fold, given } from '@send/testing';
import type { EhcpCommand } from './ehcp.commands.js';
import { ehcpDecider } from './ehcp.decider.js';
import { EhcpErrors as E } from './ehcp.errors.js';
import type { EhcpEvent } from './ehcp.events.js';
import type { PlanSections } from './plan-sections.js';

const sections = { I: { type: 'mainstream', name: 'Hillside Primary' }, E: [], K: [] } as unknown as PlanSections;
const draftSections = {
  E: [],
  K: [],
  F: {
    items: [{ provision: 'Speech and language therapy, direct 1:1', hours: 1, frequency: 'weekly', deliveredBy: 'therapist' }],
  },
};
const final: EhcpEvent[] = [
  { type: 'PlanOpened', data: { caseId: 'case-1', la: '202', requestedOn: '2025-09-01', decidedOn: '2025-10-10' } },
  { type: 'DraftPlanIssued', data: { version: 1, issuedOn: '2025-11-03', sections } },
  { type: 'FinalPlanIssued', data: { version: 2, issuedOn: '2025-12-01', sections } },
];
const started = (
  deadlineId: string,
  rule: 'reassessment-decision' | 'reassessment-final-plan',
  startedOn: string,
  dueOn: string,
) => ({ type: 'DeadlineStarted', data: { deadlineId, rule, source: ruleOf(rule).source, startedOn, dueOn } }) as EhcpEvent;
const requested: EhcpEvent[] = [
  { type: 'ReassessmentRequested', data: { reassessmentId: 'r1', requestedOn: '2026-12-20', requestedBy: 'parent' } },
  started('reassessment-decision:r1', 'reassessment-decision', '2026-12-20', '2027-01-04'),
];
/** Decided Mon 4 Jan 2027: the final plan is due within 14 weeks, by Mon 12 Apr 2027 (Reg 27(2)). */
const reassess: EhcpEvent[] = [
  {
    type: 'ReassessmentDecided',
    data: { reassessmentId: 'r1', decision: 'reassess', decidedOn: '2027-01-04', reason: 'New evidence of need' },
  },
  { type: 'DeadlineMet', data: { deadlineId: 'reassessment-decision:r1', rule: 'reassessment-decision', metOn: '2027-01-04' } },
  started('reassessment-final-plan:r1', 'reassessment-final-plan', '2027-01-04', '2027-04-12'),
];
const refused: EhcpEvent[] = [
  {
    type: 'ReassessmentDecided',
    data: { reassessmentId: 'r1', decision: 'refuse', decidedOn: '2027-01-04', reason: 'No change' },
  },
  { type: 'DeadlineMet', data: { deadlineId: 'reassessment-decision:r1', rule: 'reassessment-decision', metOn: '2027-01-04' } },
];

const except = (
  data: Partial<{ ground: ExceptionGround; from: string; to: string; evidence: string }> = {},
  today = '2027-03-20',
) =>
  ({
    type: 'RecordReassessmentException',
    data: {
      exceptionId: 'x1',
      ground: 'school-closure',
      from: '2027-02-01',
      to: '2027-03-15',
      evidence: 'The school was closed for repairs from 1 February to 15 March',
      familyNotified: true,
      ...data,
    },
    today,
  }) as Extract<EhcpCommand, { type: 'RecordReassessmentException' }>;

const recorded: EhcpEvent[] = [
  {
    type: 'ReassessmentExceptionRecorded',
    data: {
      exceptionId: 'x1',
      reassessmentId: 'r1',
      ground: 'school-closure',
      from: '2027-02-01',
      to: '2027-03-15',
      evidence: 'The school was closed for repairs from 1 February to 15 March',
      familyNotified: true,
      recordedOn: '2027-03-20',
      deadlineId: 'reassessment-final-plan:r1',
    },
  },
  {
    type: 'DeadlineExcepted',
    data: {
      deadlineId: 'reassessment-final-plan:r1',
      rule: 'reassessment-final-plan',
      exceptionId: 'x1',
      ground: 'school-closure',
      exceptedOn: '2027-02-01',
      source: 'SEND Regulations 2014 reg 27(3)',
    },
  },
];

describe('an exception to the re-assessment’s 14 weeks (Reg 27(3))', () => {
  it('excepts the running clock on a 6-week school closure; it keeps its due date of 12 Apr 2027', () => {
    given(ehcpDecider, final, requested, reassess).when(except()).then(recorded);
    const state = fold(ehcpDecider, [...final, ...requested, ...reassess, ...recorded]);
    expect(state.status === 'final' && state.deadlines['reassessment-final-plan:r1']).toMatchObject({
      state: 'excepted',
      dueOn: '2027-04-12',
      exceptionId: 'x1',
    });
  });

  it('takes exactly the grounds the rule table lists for the clock, the 20-week clock’s', () => {
    expect(ruleOf('reassessment-final-plan').exceptionGrounds).toEqual(ruleOf('final-plan').exceptionGrounds);
    for (const ground of ruleOf('reassessment-final-plan').exceptionGrounds) {
      const events = ehcpDecider.decide(
        except({ ground, to: '2027-03-15' }),
        fold(ehcpDecider, [...final, ...requested, ...reassess]),
      );
      expect(events.map((e) => e.type)).toEqual(['ReassessmentExceptionRecorded', 'DeadlineExcepted']);
    }
    const error = given(ehcpDecider, final, requested, reassess)
      .when(except({ ground: 'missed-appointment' }))
      .thenThrows(E.EXCEPTION_GROUND_NOT_LAWFUL);
    expect(error.details).toMatchObject({ field: 'ground' });
  });

  it('accepts exceptional personal circumstances of any length, and an open-ended period', () => {
    const events = ehcpDecider.decide(
      except({ ground: 'exceptional-personal-circumstances', from: '2027-03-01', to: '2027-03-05' }),
      fold(ehcpDecider, [...final, ...requested, ...reassess]),
    );
    expect(events.map((e) => e.type)).toEqual(['ReassessmentExceptionRecorded', 'DeadlineExcepted']);
    const { to: _none, ...openEnded } = except().data;
    const excepted = ehcpDecider.decide(
      { ...except(), data: openEnded },
      fold(ehcpDecider, [...final, ...requested, ...reassess]),
    );
    expect(excepted[1]).toMatchObject({ type: 'DeadlineExcepted', data: { exceptedOn: '2027-02-01' } });
  });

  it('refuses a closure or an absence shorter than 4 weeks, and a period that ends before it begins', () => {
    const short = given(ehcpDecider, final, requested, reassess)
      .when(except({ to: '2027-02-26' }))
      .thenThrows(E.EXCEPTION_GROUND_NOT_MET);
    expect(short.details).toEqual({ field: 'to', ground: 'school-closure' });
    given(ehcpDecider, final, requested, reassess)
      .when(except({ ground: 'absent-from-area', to: '2027-02-20' }))
      .thenThrows(E.EXCEPTION_GROUND_NOT_MET);
    given(ehcpDecider, final, requested, reassess)
      .when(except({ to: '2027-01-20' }))
      .thenThrows(E.EXCEPTION_PERIOD_INVALID);
  });

  it('refuses a circumstance outside the 14 weeks, one in the future, and no evidence', () => {
    const before = given(ehcpDecider, final, requested, reassess)
      .when(except({ from: '2026-11-01', to: '2026-12-31' }))
      .thenThrows(E.EXCEPTION_NOT_APPLICABLE);
    expect(before.details).toEqual({ startedOn: '2027-01-04', dueOn: '2027-04-12' });
    given(ehcpDecider, final, requested, reassess)
      .when(except({ from: '2027-04-13', to: '2027-05-20' }, '2027-05-21'))
      .thenThrows(E.EXCEPTION_NOT_APPLICABLE);
    given(ehcpDecider, final, requested, reassess).when(except({}, '2027-01-31')).thenThrows(DATE_IN_THE_FUTURE);
    given(ehcpDecider, final, requested, reassess)
      .when(except({ evidence: ' ' }))
      .thenThrows(E.EVIDENCE_REQUIRED);
  });

  it('refuses with no re-assessment running: none asked, not yet decided, refused, or its final plan issued', () => {
    given(ehcpDecider, final).when(except()).thenThrows(E.NOT_REASSESSING);
    given(ehcpDecider, final, requested).when(except()).thenThrows(E.NOT_REASSESSING);
    given(ehcpDecider, final, requested, refused).when(except()).thenThrows(E.NOT_REASSESSING);
    const done: EhcpEvent[] = [
      {
        type: 'DeadlineMet',
        data: { deadlineId: 'reassessment-final-plan:r1', rule: 'reassessment-final-plan', metOn: '2027-03-01' },
      },
    ];
    given(ehcpDecider, final, requested, reassess, done).when(except()).thenThrows(E.NOT_REASSESSING);
  });

  it('refuses a second exception on the same clock, naming the first', () => {
    const error = given(ehcpDecider, final, requested, reassess, recorded)
      .when(except({ ground: 'absent-from-area' }))
      .thenThrows(E.REASSESSMENT_ALREADY_EXCEPTED);
    expect(error.details).toEqual({ exceptionId: 'x1' });
  });

  it('lets the late final plan still close the excepted clock', () => {
    const drafted = ehcpDecider.decide(
      { type: 'IssueDraftPlan', data: { issuedOn: '2027-04-01', sections: draftSections as never }, today: '2027-04-01' },
      fold(ehcpDecider, [...final, ...requested, ...reassess, ...recorded]),
    );
    const history = [...final, ...requested, ...reassess, ...recorded, ...drafted];
    const events = ehcpDecider.decide(
      { type: 'IssueFinalPlan', data: { issuedOn: '2027-05-03', sectionI: { type: 'mainstream' } }, today: '2027-05-03' },
      fold(ehcpDecider, history),
    );
    expect(events).toContainEqual({
      type: 'DeadlineClosedLate',
      data: {
        deadlineId: 'reassessment-final-plan:r1',
        rule: 'reassessment-final-plan',
        closedOn: '2027-05-03',
        dueOn: '2027-04-12',
      },
    });
  });
});
