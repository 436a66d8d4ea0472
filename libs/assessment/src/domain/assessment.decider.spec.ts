import { DATE_IN_THE_FUTURE } from '@send/kernel';
import { given } from '@send/testing';
import { assessmentDecider } from './assessment.decider.js';
import { AssessmentErrors as E } from './assessment.errors.js';
import {
  ADVICE_DUE,
  ADVICE_ON,
  ASSESS_ON,
  DUE,
  OUTCOME_ON,
  RECEIVED_ON,
  adviceRequested,
  assessing,
  child,
  closedLate,
  command,
  met,
  noPlan,
  notApplicable,
  planIssued,
  planToIssue,
  refused,
  requested,
  started,
} from './assessment.fixtures.js';

const request = (receivedOn = RECEIVED_ON, dateOfBirth = child.dateOfBirth, today?: string) =>
  command(
    'RequestAssessment',
    { caseId: 'case-1', la: '202', child: { ...child, dateOfBirth }, requestedBy: 'parent', receivedOn },
    today,
  );
const decide = (decision: 'assess' | 'refuse', decidedOn: string, reason = 'may need a plan', today?: string) =>
  command('DecideWhetherToAssess', { decision, decidedOn, reason }, today);
const askAdvice = (requestedOn: string, adviceId = 'ep-1') =>
  command('RequestAdvice', { adviceId, adviser: 'educational-psychologist', requestedOn });
const receiveAdvice = (receivedOn: string, adviceId = 'ep-1') => command('ReceiveAdvice', { adviceId, receivedOn });
const outcome = (o: 'issue-plan' | 'no-plan', decidedOn: string, reason = 'needs F provision') =>
  command('DecidePlanIssue', { outcome: o, decidedOn, reason });
const noteIssued = (issuedOn: string, today?: string) => command('NoteFinalPlanIssued', { issuedOn }, today);
const exception = (from: string) =>
  command('RecordTimescaleException', {
    exceptionId: 'x-1',
    ground: 'exceptional-personal-circumstances',
    from,
    evidence: 'GP letter',
    familyNotified: true,
  });

describe('no request yet', () => {
  it('records a leap-day request and starts the 6-, 16- and 20-week clocks from it', () => {
    given(assessmentDecider)
      .when(request())
      .then([
        {
          type: 'AssessmentRequested',
          data: { caseId: 'case-1', la: '202', child, requestedBy: 'parent', receivedOn: '2024-02-29' },
        },
        started('assessment-decision', 'assessment-decision', '2024-02-29', '2024-04-11'),
        started('no-plan-decision', 'no-plan-decision', '2024-02-29', '2024-06-20'),
        started('final-plan', 'final-plan', '2024-02-29', '2024-07-18'),
      ]);
  });

  it('refuses a request received after today', () => {
    const error = given(assessmentDecider)
      .when(request('2024-03-01', undefined, '2024-02-29'))
      .thenThrows(DATE_IN_THE_FUTURE);
    expect(error.details).toEqual({ field: 'receivedOn' });
  });

  it('refuses a date of birth after the request', () => {
    given(assessmentDecider).when(request(RECEIVED_ON, '2024-03-01')).thenThrows(E.BIRTH_AFTER_REQUEST);
  });

  it.each([
    ['DecideWhetherToAssess', decide('assess', ASSESS_ON)],
    ['RequestAdvice', askAdvice(ADVICE_ON)],
    ['ReceiveAdvice', receiveAdvice(ADVICE_ON)],
    ['RecordTimescaleException', exception(ASSESS_ON)],
    ['DecidePlanIssue', outcome('issue-plan', OUTCOME_ON)],
    ['NoteFinalPlanIssued', noteIssued(DUE.finalPlan)],
  ])('refuses %s with NOT_REQUESTED', (_, cmd) => {
    given(assessmentDecider).when(cmd).thenThrows(E.NOT_REQUESTED);
  });
});

describe('requested', () => {
  it("records a multi-agency panel's recommendation with the decision", () => {
    const panel = { recommendation: 'assess' as const, meetingOn: '2024-04-04' };
    given(assessmentDecider, requested)
      .when(command('DecideWhetherToAssess', { decision: 'assess', decidedOn: '2024-04-11', reason: 'may need a plan', panel }))
      .then([
        { type: 'AssessmentDecided', data: { decision: 'assess', decidedOn: '2024-04-11', reason: 'may need a plan', panel } },
        met('assessment-decision', 'assessment-decision', '2024-04-11'),
      ]);
  });

  it('refuses a panel that met after the decision or before the request', () => {
    for (const meetingOn of ['2024-04-12', '2024-02-28']) {
      given(assessmentDecider, requested)
        .when(
          command('DecideWhetherToAssess', {
            decision: 'assess',
            decidedOn: '2024-04-11',
            reason: 'r',
            panel: { recommendation: 'refuse', meetingOn },
          }),
        )
        .thenThrows(E.PANEL_OUTSIDE_DECISION);
    }
  });

  it('refuses a second request for the same case', () => {
    given(assessmentDecider, requested).when(request()).thenThrows(E.ALREADY_REQUESTED);
  });

  it('meets the decision clock when deciding to assess on the due date', () => {
    given(assessmentDecider, requested)
      .when(decide('assess', '2024-04-11'))
      .then([
        { type: 'AssessmentDecided', data: { decision: 'assess', decidedOn: '2024-04-11', reason: 'may need a plan' } },
        met('assessment-decision', 'assessment-decision', '2024-04-11'),
      ]);
  });

  it('closes the decision clock late the day after', () => {
    given(assessmentDecider, requested)
      .when(decide('assess', '2024-04-12'))
      .then([
        { type: 'AssessmentDecided', data: { decision: 'assess', decidedOn: '2024-04-12', reason: 'may need a plan' } },
        closedLate('assessment-decision', 'assessment-decision', '2024-04-12', '2024-04-11'),
      ]);
  });

  it('closes the later clocks as not applicable when refusing to assess', () => {
    given(assessmentDecider, requested)
      .when(decide('refuse', ASSESS_ON, 'needs met at SEN support'))
      .then(refused.slice(requested.length));
  });

  it('still closes the decision clock after a breach was recorded', () => {
    const breached = {
      type: 'DeadlineBreached' as const,
      data: {
        deadlineId: 'assessment-decision',
        rule: 'assessment-decision' as const,
        dueOn: DUE.decision,
        breachedOn: '2024-04-12',
      },
    };
    given(assessmentDecider, requested, [breached])
      .when(decide('assess', '2024-04-20'))
      .then([
        { type: 'AssessmentDecided', data: { decision: 'assess', decidedOn: '2024-04-20', reason: 'may need a plan' } },
        closedLate('assessment-decision', 'assessment-decision', '2024-04-20', DUE.decision),
      ]);
  });

  it('refuses a decision dated before the request', () => {
    given(assessmentDecider, requested).when(decide('assess', '2024-02-28')).thenThrows(E.DECISION_BEFORE_REQUEST);
  });

  it('refuses a decision dated after today', () => {
    const error = given(assessmentDecider, requested)
      .when(decide('assess', '2024-04-03', 'reason', '2024-04-02'))
      .thenThrows(DATE_IN_THE_FUTURE);
    expect(error.details).toEqual({ field: 'decidedOn' });
  });

  it('refuses a decision without a reason', () => {
    given(assessmentDecider, requested)
      .when(decide('refuse', ASSESS_ON, '   '))
      .thenThrows(E.REASON_REQUIRED);
  });

  it('refuses advice and an outcome before a decision to assess', () => {
    given(assessmentDecider, requested).when(askAdvice(ADVICE_ON)).thenThrows(E.NOT_ASSESSING);
    given(assessmentDecider, requested).when(outcome('issue-plan', OUTCOME_ON)).thenThrows(E.NOT_ASSESSING);
  });

  it('refuses to note a final plan nobody decided to issue', () => {
    given(assessmentDecider, requested).when(noteIssued(DUE.finalPlan)).thenThrows(E.NO_PLAN_TO_ISSUE);
  });

  it('reports unknown advice as not found', () => {
    given(assessmentDecider, requested).when(receiveAdvice(ADVICE_ON)).thenThrows(E.ADVICE_NOT_FOUND);
  });
});

describe('refused', () => {
  it('refuses a second decision, advice and an outcome', () => {
    given(assessmentDecider, refused).when(decide('assess', '2024-04-05')).thenThrows(E.ALREADY_DECIDED);
    given(assessmentDecider, refused).when(askAdvice(ADVICE_ON)).thenThrows(E.NOT_ASSESSING);
    given(assessmentDecider, refused).when(outcome('no-plan', OUTCOME_ON)).thenThrows(E.NOT_ASSESSING);
  });

  it('has no running clock for an exception to suspend', () => {
    given(assessmentDecider, refused).when(exception('2024-04-10')).thenThrows(E.EXCEPTION_NOT_APPLICABLE);
  });
});

describe('assessing', () => {
  it('starts a 6-week clock for each advice request (Reg 8(1))', () => {
    given(assessmentDecider, assessing).when(askAdvice(ADVICE_ON)).then(adviceRequested);
  });

  it('refuses advice dated before the decision to assess', () => {
    given(assessmentDecider, assessing).when(askAdvice('2024-04-01')).thenThrows(E.ADVICE_BEFORE_DECISION);
  });

  it('refuses the same advice id twice', () => {
    given(assessmentDecider, assessing, adviceRequested).when(askAdvice('2024-04-04')).thenThrows(E.ADVICE_ALREADY_REQUESTED);
  });

  it('meets the advice clock on the due date and closes it late after', () => {
    given(assessmentDecider, assessing, adviceRequested)
      .when(receiveAdvice(ADVICE_DUE))
      .then([
        { type: 'AdviceReceived', data: { adviceId: 'ep-1', receivedOn: ADVICE_DUE } },
        met('advice:ep-1', 'advice', ADVICE_DUE),
      ]);
    given(assessmentDecider, assessing, adviceRequested)
      .when(receiveAdvice('2024-05-16'))
      .then([
        { type: 'AdviceReceived', data: { adviceId: 'ep-1', receivedOn: '2024-05-16' } },
        closedLate('advice:ep-1', 'advice', '2024-05-16', ADVICE_DUE),
      ]);
  });

  it('refuses advice received twice, received before it was asked for, or unknown', () => {
    const received = [{ type: 'AdviceReceived' as const, data: { adviceId: 'ep-1', receivedOn: '2024-05-01' } }];
    given(assessmentDecider, assessing, adviceRequested, received)
      .when(receiveAdvice('2024-05-02'))
      .thenThrows(E.ADVICE_ALREADY_RECEIVED);
    given(assessmentDecider, assessing, adviceRequested)
      .when(receiveAdvice('2024-04-02'))
      .thenThrows(E.ADVICE_RECEIVED_BEFORE_REQUEST);
    given(assessmentDecider, assessing, adviceRequested).when(receiveAdvice('2024-05-01', 'sc-9')).thenThrows(E.ADVICE_NOT_FOUND);
  });

  it('refuses a second decision whether to assess', () => {
    given(assessmentDecider, assessing).when(decide('refuse', '2024-04-05')).thenThrows(E.ALREADY_DECIDED);
  });

  it('decides to issue a plan: the no-plan clock stops applying, the final-plan clock runs on', () => {
    given(assessmentDecider, assessing)
      .when(outcome('issue-plan', OUTCOME_ON))
      .then([
        { type: 'PlanIssueDecided', data: { outcome: 'issue-plan', decidedOn: OUTCOME_ON, reason: 'needs F provision' } },
        notApplicable('no-plan-decision', 'no-plan-decision', OUTCOME_ON, 'plan to be issued'),
      ]);
  });

  it('decides no plan within 16 weeks: met, and the final-plan clock stops applying', () => {
    given(assessmentDecider, assessing)
      .when(outcome('no-plan', OUTCOME_ON, 'school can meet needs'))
      .then(noPlan.slice(assessing.length));
  });

  it('decides no plan after 16 weeks: closed late', () => {
    given(assessmentDecider, assessing)
      .when(outcome('no-plan', '2024-06-21', 'school can meet needs'))
      .then([
        { type: 'PlanIssueDecided', data: { outcome: 'no-plan', decidedOn: '2024-06-21', reason: 'school can meet needs' } },
        closedLate('no-plan-decision', 'no-plan-decision', '2024-06-21', DUE.noPlan),
        notApplicable('final-plan', 'final-plan', '2024-06-21', 'no plan to be issued'),
      ]);
  });

  it('refuses an outcome dated before the decision to assess, or without a reason', () => {
    given(assessmentDecider, assessing).when(outcome('issue-plan', '2024-04-01')).thenThrows(E.OUTCOME_BEFORE_DECISION);
    given(assessmentDecider, assessing)
      .when(outcome('no-plan', OUTCOME_ON, ''))
      .thenThrows(E.REASON_REQUIRED);
  });

  it('refuses to note a final plan before the outcome', () => {
    given(assessmentDecider, assessing).when(noteIssued(DUE.finalPlan)).thenThrows(E.NO_PLAN_TO_ISSUE);
  });
});

describe('plan-to-issue', () => {
  it('meets the 20-week clock when the final plan is issued on 2024-07-18', () => {
    given(assessmentDecider, planToIssue)
      .when(noteIssued('2024-07-18'))
      .then([met('final-plan', 'final-plan', '2024-07-18')]);
  });

  it('closes it late when the final plan is issued on 2024-07-19', () => {
    given(assessmentDecider, planToIssue)
      .when(noteIssued('2024-07-19'))
      .then([closedLate('final-plan', 'final-plan', '2024-07-19', '2024-07-18')]);
  });

  it('refuses an issue date after today', () => {
    given(assessmentDecider, planToIssue).when(noteIssued('2024-07-19', '2024-07-18')).thenThrows(DATE_IN_THE_FUTURE);
  });

  it('refuses a second outcome and more advice', () => {
    given(assessmentDecider, planToIssue).when(outcome('no-plan', '2024-06-04')).thenThrows(E.OUTCOME_ALREADY_DECIDED);
    given(assessmentDecider, planToIssue).when(askAdvice('2024-06-04', 'h-1')).thenThrows(E.NOT_ASSESSING);
  });

  it('still records advice that arrives after the outcome, closing its clock late', () => {
    given(assessmentDecider, planToIssue)
      .when(receiveAdvice('2024-06-10'))
      .then([
        { type: 'AdviceReceived', data: { adviceId: 'ep-1', receivedOn: '2024-06-10' } },
        closedLate('advice:ep-1', 'advice', '2024-06-10', ADVICE_DUE),
      ]);
  });
});

describe('no-plan', () => {
  it('refuses a second outcome and a final plan', () => {
    given(assessmentDecider, noPlan).when(outcome('issue-plan', '2024-06-04')).thenThrows(E.OUTCOME_ALREADY_DECIDED);
    given(assessmentDecider, noPlan).when(noteIssued(DUE.finalPlan)).thenThrows(E.NO_PLAN_TO_ISSUE);
  });
});

describe('plan-issued', () => {
  it('ignores a repeated notice of the final plan (at-least-once delivery)', () => {
    given(assessmentDecider, planIssued).when(noteIssued(DUE.finalPlan)).then([]);
  });

  it('refuses another outcome', () => {
    given(assessmentDecider, planIssued).when(outcome('no-plan', '2024-08-01')).thenThrows(E.OUTCOME_ALREADY_DECIDED);
  });
});
