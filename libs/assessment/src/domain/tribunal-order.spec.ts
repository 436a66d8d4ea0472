import { DATE_IN_THE_FUTURE } from '@send/kernel';
import { given } from '@send/testing';
import { assessmentDecider } from './assessment.decider.js';
import { AssessmentErrors as E } from './assessment.errors.js';
import { ASSESS_ON, ORDER_ON, assessing, command, orderedToAssess, refused, requested } from './assessment.fixtures.js';
import type { AssessmentEvent } from './assessment.events.js';
import { stageOf } from './assessment.state.js';

/** A tribunal order to assess after a refusal (Reg 44(2)(b)): the refusal gives way to a decision to assess. */

const noteOrder = (madeOn = ORDER_ON, orderId = 'order-1', today?: string) =>
  command('NoteTribunalOrderToAssess', { orderId, madeOn }, today);
const decide = (decision: 'assess' | 'refuse', decidedOn: string, reason = 'as the tribunal ordered') =>
  command('DecideWhetherToAssess', { decision, decidedOn, reason });

describe('refused', () => {
  it('notes the tribunal order to assess', () => {
    given(assessmentDecider, refused)
      .when(noteOrder())
      .then([{ type: 'AssessmentOrderedByTribunal', data: { orderId: 'order-1', madeOn: ORDER_ON } }]);
  });

  it('refuses an order dated in the future', () => {
    given(assessmentDecider, refused)
      .when(noteOrder('2025-02-01', 'order-1', '2025-01-15'))
      .thenThrows(DATE_IN_THE_FUTURE);
  });

  it('still refuses a second decision while no order was made', () => {
    given(assessmentDecider, refused).when(decide('assess', ORDER_ON)).thenThrows(E.ALREADY_DECIDED);
  });
});

describe('refused, then ordered to assess', () => {
  it('takes the decision to assess, on or after the order, closing no clock the refusal already closed', () => {
    const reason = 'The tribunal ordered an assessment';
    given(assessmentDecider, orderedToAssess)
      .when(decide('assess', ORDER_ON, reason))
      .then([{ type: 'AssessmentDecided', data: { decision: 'assess', decidedOn: ORDER_ON, reason } }]);
  });

  it('is assessing after that decision: advice may be asked and the outcome decided', () => {
    const decided: AssessmentEvent[] = [
      ...orderedToAssess,
      { type: 'AssessmentDecided', data: { decision: 'assess', decidedOn: '2024-09-10', reason: 'ordered' } },
    ];
    const state = decided.reduce(assessmentDecider.evolve, assessmentDecider.initialState());
    expect(state.status).toBe('assessing');
    expect(stageOf(state)).toBe('assessing');
    given(assessmentDecider, ...decided)
      .when(command('DecidePlanIssue', { outcome: 'issue-plan', decidedOn: '2024-11-01', reason: 'needs a plan' }))
      .then([{ type: 'PlanIssueDecided', data: { outcome: 'issue-plan', decidedOn: '2024-11-01', reason: 'needs a plan' } }]);
  });

  it('refuses to refuse again: the tribunal ordered an assessment (ASSESSMENT.ORDERED_TO_ASSESS)', () => {
    given(assessmentDecider, orderedToAssess).when(decide('refuse', ORDER_ON)).thenThrows(E.ORDERED_TO_ASSESS);
  });

  it('refuses a decision dated before the order (ASSESSMENT.DECISION_BEFORE_ORDER)', () => {
    given(assessmentDecider, orderedToAssess).when(decide('assess', '2024-09-01')).thenThrows(E.DECISION_BEFORE_ORDER);
  });

  it('still asks for the reason given', () => {
    given(assessmentDecider, orderedToAssess)
      .when(decide('assess', ORDER_ON, ' '))
      .thenThrows(E.REASON_REQUIRED);
  });

  it('notes the same order, delivered again, once', () => {
    given(assessmentDecider, orderedToAssess).when(noteOrder()).then([]);
  });
});

describe('an order that finds no refusal', () => {
  it('changes nothing while the request awaits a decision, or once the LA is assessing', () => {
    given(assessmentDecider, requested).when(noteOrder()).then([]);
    given(assessmentDecider, assessing).when(noteOrder(ASSESS_ON)).then([]);
  });
});
