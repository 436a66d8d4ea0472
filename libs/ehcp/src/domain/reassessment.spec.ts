import { DATE_IN_THE_FUTURE } from '@send/kernel';
import { ruleOf } from '@send/statutory';
import { fold, given } from '@send/testing';
import type { EhcpCommand } from './ehcp.commands.js';
import { ehcpDecider } from './ehcp.decider.js';
import { EhcpErrors as E } from './ehcp.errors.js';
import type { EhcpEvent } from './ehcp.events.js';
import type { PlanSections } from './plan-sections.js';
import { reassessing } from './reassessment.js';

const cmd = <T extends EhcpCommand['type']>(type: T, data: Extract<EhcpCommand, { type: T }>['data'], today: string) =>
  ({ type, data, today }) as Extract<EhcpCommand, { type: T }>;

const sections = {
  F: {
    items: [{ provision: 'Speech and language therapy, direct 1:1', hours: 1, frequency: 'weekly', deliveredBy: 'therapist' }],
  },
  I: { type: 'mainstream', name: 'Hillside Primary' },
  E: [],
  K: [],
} as unknown as PlanSections;
// CFA s.38(5): a draft names no setting; the final plan does.
const { I: hillside, ...draftSections } = sections;
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
): EhcpEvent => ({
  type: 'DeadlineStarted',
  data: { deadlineId, rule, source: ruleOf(rule).source, startedOn, dueOn },
});

/** Requested Sun 20 Dec 2026: 15 days → Mon 4 Jan 2027 (Reg 25(1); calendar days, no roll past Christmas). */
const requested: EhcpEvent[] = [
  { type: 'ReassessmentRequested', data: { reassessmentId: 'r1', requestedOn: '2026-12-20', requestedBy: 'parent' } },
  started('reassessment-decision:r1', 'reassessment-decision', '2026-12-20', '2027-01-04'),
];
const request = (requestedOn = '2026-12-20', today = '2026-12-21') =>
  cmd('RequestReassessment', { reassessmentId: 'r1', requestedOn, requestedBy: 'parent' }, today);
const decide = (
  decision: 'reassess' | 'refuse',
  decidedOn: string,
  reason = 'New evidence of need from the EP',
  today = '2027-01-10',
) => cmd('DecideReassessment', { decision, decidedOn, reason }, today);

/** Decided Mon 4 Jan 2027: 14 weeks = 98 days → Mon 12 Apr 2027 (Reg 27(2)). */
const reassess: EhcpEvent[] = [
  {
    type: 'ReassessmentDecided',
    data: { reassessmentId: 'r1', decision: 'reassess', decidedOn: '2027-01-04', reason: 'New evidence of need from the EP' },
  },
  { type: 'DeadlineMet', data: { deadlineId: 'reassessment-decision:r1', rule: 'reassessment-decision', metOn: '2027-01-04' } },
  started('reassessment-final-plan:r1', 'reassessment-final-plan', '2027-01-04', '2027-04-12'),
];

describe('a request for a re-assessment (Reg 24, 25(1))', () => {
  it('starts the 15 days to the decision, due Mon 4 Jan 2027', () => {
    given(ehcpDecider, final).when(request()).then(requested);
  });

  it('refuses one with no final plan, one in the future, one before the plan, and a second while one is open', () => {
    given(ehcpDecider, final.slice(0, 2)).when(request()).thenThrows(E.PLAN_NOT_FINAL);
    given(ehcpDecider).when(request()).thenThrows(E.PLAN_NOT_FINAL);
    given(ehcpDecider, final).when(request('2026-12-22')).thenThrows(DATE_IN_THE_FUTURE);
    given(ehcpDecider, final).when(request('2025-11-30')).thenThrows(E.REQUEST_BEFORE_PLAN);
    given(ehcpDecider, final, requested).when(request()).thenThrows(E.REASSESSMENT_IN_PROGRESS);
    given(ehcpDecider, final, requested, reassess)
      .when(request('2027-01-05', '2027-01-05'))
      .thenThrows(E.REASSESSMENT_IN_PROGRESS);
  });
});

describe('the decision (Reg 25)', () => {
  it('to re-assess closes the 15 days and starts the 14 weeks to the final plan, due Mon 12 Apr 2027', () => {
    given(ehcpDecider, final, requested).when(decide('reassess', '2027-01-04')).then(reassess);
    expect(reassessing(fold(ehcpDecider, [...final, ...requested, ...reassess]))).toBe(true);
  });

  it('to refuse closes the 15 days, late when after 4 Jan 2027, and starts nothing', () => {
    given(ehcpDecider, final, requested)
      .when(decide('refuse', '2027-01-06', 'Needs unchanged since the review'))
      .then([
        {
          type: 'ReassessmentDecided',
          data: { reassessmentId: 'r1', decision: 'refuse', decidedOn: '2027-01-06', reason: 'Needs unchanged since the review' },
        },
        {
          type: 'DeadlineClosedLate',
          data: {
            deadlineId: 'reassessment-decision:r1',
            rule: 'reassessment-decision',
            closedOn: '2027-01-06',
            dueOn: '2027-01-04',
          },
        },
      ]);
  });

  it('refuses a decision with no request, before the request, in the future, without reasons, or twice', () => {
    given(ehcpDecider, final).when(decide('reassess', '2027-01-04')).thenThrows(E.NO_REASSESSMENT_REQUEST);
    given(ehcpDecider, final, requested).when(decide('reassess', '2026-12-19')).thenThrows(E.DECISION_BEFORE_REQUEST);
    given(ehcpDecider, final, requested).when(decide('reassess', '2027-01-11')).thenThrows(DATE_IN_THE_FUTURE);
    given(ehcpDecider, final, requested)
      .when(decide('reassess', '2027-01-04', '  '))
      .thenThrows(E.REASON_REQUIRED);
    given(ehcpDecider, final, requested, reassess)
      .when(decide('refuse', '2027-01-05'))
      .thenThrows(E.REASSESSMENT_ALREADY_DECIDED);
  });
});

describe('the plan after a decision to re-assess (Reg 27)', () => {
  const draft = (issuedOn: string, today = issuedOn) =>
    cmd('IssueDraftPlan', { issuedOn, sections: draftSections as PlanSections }, today);
  const drafted: EhcpEvent[] = [
    { type: 'DraftPlanIssued', data: { version: 3, issuedOn: '2027-02-01', sections: draftSections as PlanSections } },
    started('draft-representations:3', 'draft-representations' as never, '2027-02-01', '2027-02-15'),
  ];

  it('allows a new draft on the final plan, with the family’s 15 days (Reg 27(1), 13(1))', () => {
    given(ehcpDecider, final, requested, reassess)
      .when(draft('2027-02-01'))
      .then([
        { type: 'DraftPlanIssued', data: { version: 3, issuedOn: '2027-02-01', sections: draftSections as PlanSections } },
        {
          type: 'DeadlineStarted',
          data: {
            deadlineId: 'draft-representations:3',
            rule: 'draft-representations',
            source: ruleOf('draft-representations').source,
            startedOn: '2027-02-01',
            dueOn: '2027-02-15',
          },
        },
      ]);
  });

  it('refuses a new draft dated before the decision to re-assess', () => {
    given(ehcpDecider, final, requested, reassess).when(draft('2027-01-03', '2027-02-01')).thenThrows(E.DRAFT_BEFORE_DECISION);
  });

  it('refuses a new draft on a final plan with no re-assessment under way', () => {
    given(ehcpDecider, final).when(draft('2027-02-01')).thenThrows(E.PLAN_ALREADY_FINAL);
    given(ehcpDecider, final, requested).when(draft('2027-02-01')).thenThrows(E.PLAN_ALREADY_FINAL);
  });

  it('closes the 14 weeks with the new final plan, met on or before 12 Apr 2027', () => {
    given(ehcpDecider, final, requested, reassess, drafted)
      .when(cmd('IssueFinalPlan', { issuedOn: '2027-04-12', sectionI: hillside }, '2027-04-12'))
      .then([
        { type: 'FinalPlanIssued', data: { version: 4, issuedOn: '2027-04-12', sections } },
        {
          type: 'DeadlineMet',
          data: { deadlineId: 'draft-representations:3', rule: 'draft-representations', metOn: '2027-02-15' },
        },
        {
          type: 'DeadlineMet',
          data: { deadlineId: 'reassessment-final-plan:r1', rule: 'reassessment-final-plan', metOn: '2027-04-12' },
        },
      ]);
  });

  it('closes it late after 12 Apr 2027, and then the plan is final with no re-assessment under way', () => {
    const late: EhcpEvent = {
      type: 'DeadlineClosedLate',
      data: {
        deadlineId: 'reassessment-final-plan:r1',
        rule: 'reassessment-final-plan',
        closedOn: '2027-04-13',
        dueOn: '2027-04-12',
      },
    };
    given(ehcpDecider, final, requested, reassess, drafted)
      .when(cmd('IssueFinalPlan', { issuedOn: '2027-04-13', sectionI: hillside }, '2027-04-13'))
      .then([
        { type: 'FinalPlanIssued', data: { version: 4, issuedOn: '2027-04-13', sections } },
        {
          type: 'DeadlineMet',
          data: { deadlineId: 'draft-representations:3', rule: 'draft-representations', metOn: '2027-02-15' },
        },
        late,
      ]);
    const after = fold(ehcpDecider, [
      ...final,
      ...requested,
      ...reassess,
      ...drafted,
      { type: 'FinalPlanIssued', data: { version: 4, issuedOn: '2027-04-13', sections } } as EhcpEvent,
      late,
    ]);
    expect(after.status).toBe('final');
    expect(reassessing(after)).toBe(false);
  });
});
