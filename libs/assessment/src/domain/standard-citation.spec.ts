import type { StandardCitation } from '@send/standards';
import { given } from '@send/testing';
import { assessmentDecider } from './assessment.decider.js';
import {
  ASSESS_ON,
  DUE,
  OUTCOME_ON,
  assessing,
  closedLate,
  command,
  met,
  notApplicable,
  requested,
  orderedToAssess,
  ORDER_ON,
} from './assessment.fixtures.js';

/** docs/domain.md "National SEND standards (proposal)": a decision records the standard it relied on, as cited. */
const OAP: StandardCitation = {
  id: 'oap-slcn-primary',
  version: 1,
  kind: 'ordinarily-available',
  need: 'SLCN',
  title: 'Language-rich classroom and small-group language work',
  effectiveFrom: '2024-09-01',
};
const CRITERION: StandardCitation = { ...OAP, id: 'crit-slcn-primary', kind: 'plan-criterion', title: 'Little progress' };

describe('requested', () => {
  it('records the standard a refusal to assess relied on, on the decision itself', () => {
    const reason = 'needs can be met at SEN support';
    given(assessmentDecider, requested)
      .when(command('DecideWhetherToAssess', { decision: 'refuse', decidedOn: ASSESS_ON, reason, standard: OAP }))
      .then([
        { type: 'AssessmentDecided', data: { decision: 'refuse', decidedOn: ASSESS_ON, reason, standard: OAP } },
        met('assessment-decision', 'assessment-decision', ASSESS_ON),
        notApplicable('no-plan-decision', 'no-plan-decision', ASSESS_ON, 'assessment refused'),
        notApplicable('final-plan', 'final-plan', ASSESS_ON, 'assessment refused'),
      ]);
  });

  it('records the plan criterion a decision to assess relied on', () => {
    given(assessmentDecider, requested)
      .when(command('DecideWhetherToAssess', { decision: 'assess', decidedOn: ASSESS_ON, reason: 'r', standard: CRITERION }))
      .then([
        { type: 'AssessmentDecided', data: { decision: 'assess', decidedOn: ASSESS_ON, reason: 'r', standard: CRITERION } },
        met('assessment-decision', 'assessment-decision', ASSESS_ON),
      ]);
  });
});

describe('refused, then ordered to assess', () => {
  it('records a standard cited on the decision that follows the order', () => {
    const decidedOn = ORDER_ON;
    given(assessmentDecider, orderedToAssess)
      .when(command('DecideWhetherToAssess', { decision: 'assess', decidedOn, reason: 'as ordered', standard: CRITERION }))
      .then([{ type: 'AssessmentDecided', data: { decision: 'assess', decidedOn, reason: 'as ordered', standard: CRITERION } }]);
  });
});

describe('assessing', () => {
  it('records the standard a decision not to issue a plan relied on', () => {
    const reason = 'needs can be met from ordinarily available provision';
    given(assessmentDecider, assessing)
      .when(command('DecidePlanIssue', { outcome: 'no-plan', decidedOn: '2024-06-21', reason, standard: OAP }))
      .then([
        { type: 'PlanIssueDecided', data: { outcome: 'no-plan', decidedOn: '2024-06-21', reason, standard: OAP } },
        closedLate('no-plan-decision', 'no-plan-decision', '2024-06-21', DUE.noPlan),
        notApplicable('final-plan', 'final-plan', '2024-06-21', 'no plan to be issued'),
      ]);
  });

  it('leaves the standard out of the event when none is cited', () => {
    given(assessmentDecider, assessing)
      .when(command('DecidePlanIssue', { outcome: 'issue-plan', decidedOn: OUTCOME_ON, reason: 'r' }))
      .then([
        { type: 'PlanIssueDecided', data: { outcome: 'issue-plan', decidedOn: OUTCOME_ON, reason: 'r' } },
        notApplicable('no-plan-decision', 'no-plan-decision', OUTCOME_ON, 'plan to be issued'),
      ]);
  });
});
