import { fold } from '@send/testing';
import { assessmentDecider } from './assessment.decider.js';
import { ASSESS_ON, DUE, assessing, noPlan, planIssued, planToIssue, refused, requested } from './assessment.fixtures.js';
import { stageOf } from './assessment.state.js';

describe('stageOf', () => {
  it.each([
    ['requested', requested],
    ['assessment-refused', refused],
    ['assessing', assessing],
    ['no-plan', noPlan],
    ['plan-to-issue', planToIssue],
    ['plan-final', planIssued],
  ])('is %s', (stage, history) => {
    expect(stageOf(fold(assessmentDecider, history))).toBe(stage);
  });

  it('is undefined before any request', () => {
    expect(stageOf(assessmentDecider.initialState())).toBeUndefined();
  });
});

describe('evolve', () => {
  it('folds the clocks from their deadline events', () => {
    const state = fold(assessmentDecider, refused);
    expect(state.status === 'refused' && state.deadlines).toEqual({
      'assessment-decision': {
        rule: 'assessment-decision',
        startedOn: '2024-02-29',
        dueOn: DUE.decision,
        state: 'closed',
        closedOn: ASSESS_ON,
      },
      'no-plan-decision': { rule: 'no-plan-decision', startedOn: '2024-02-29', dueOn: DUE.noPlan, state: 'not-applicable' },
      'final-plan': { rule: 'final-plan', startedOn: '2024-02-29', dueOn: DUE.finalPlan, state: 'not-applicable' },
    });
  });

  it('records when the final plan was issued', () => {
    const state = fold(assessmentDecider, planIssued);
    expect(state.status === 'plan-issued' && state.finalPlanIssuedOn).toBe(DUE.finalPlan);
  });
});
