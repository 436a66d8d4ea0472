import { fold } from '@send/testing';
import { assessmentDecider } from './assessment.decider.js';
import type { AssessmentEvent } from './assessment.events.js';
import {
  ASSESS_ON,
  DUE,
  OUTCOME_ON,
  adviceRequested,
  assessing,
  closedLate,
  excepted,
  met,
  noPlan,
  planIssued,
  planToIssue,
  refused,
  requested,
  started,
} from './assessment.fixtures.js';
import { evolveAssessment, evolveAssessmentAll, initialAssessmentState, stageOf } from './assessment.state.js';

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

/**
 * A long assessment, as the large case of the benchmark has (docs/benchmarks.md "Rebuild and replay"): many
 * advice requests, each with its clock, received on time or late, one excepted, then the plan and its clock.
 */
function longAssessment(advice: number): AssessmentEvent[] {
  const history: AssessmentEvent[] = [...assessing];
  for (let i = 1; i <= advice; i++) {
    const adviceId = `ep-${i}`;
    history.push(
      { type: 'AdviceRequested', data: { adviceId, adviser: 'educational-psychologist', requestedOn: '2024-04-03' } },
      started(`advice:${adviceId}`, 'advice', '2024-04-03', '2024-05-15'),
    );
  }
  history.push(
    {
      type: 'TimescaleExceptionRecorded',
      data: {
        exceptionId: 'exception-1',
        ground: 'school-closure',
        from: '2024-04-10',
        evidence: 'school closed for the holiday',
        familyNotified: true,
        recordedOn: '2024-04-10',
        deadlineIds: ['advice:ep-1'],
      },
    },
    excepted('advice:ep-1', 'advice', 'exception-1', 'school-closure', '2024-04-10'),
    {
      type: 'DeadlineBreached',
      data: { deadlineId: 'advice:ep-3', rule: 'advice', dueOn: '2024-05-15', breachedOn: '2024-05-16' },
    },
  );
  for (let i = 1; i <= advice; i++) {
    const receivedOn = i % 3 === 0 ? '2024-05-20' : '2024-05-10';
    history.push(
      { type: 'AdviceReceived', data: { adviceId: `ep-${i}`, receivedOn } },
      i % 3 === 0
        ? closedLate(`advice:ep-${i}`, 'advice', receivedOn, '2024-05-15')
        : met(`advice:ep-${i}`, 'advice', receivedOn),
    );
  }
  return [...history, ...planIssued.slice(assessing.length + adviceRequested.length)];
}

describe('evolveAssessmentAll', () => {
  const history = longAssessment(40);
  const oneByOne = (events: readonly AssessmentEvent[]) => events.reduce(evolveAssessment, initialAssessmentState());

  it('folds a stream to the state evolving its events one by one gives, at every event of it', () => {
    for (let n = 0; n <= history.length; n++) {
      const events = history.slice(0, n);
      expect(JSON.stringify(evolveAssessmentAll(initialAssessmentState(), events))).toBe(JSON.stringify(oneByOne(events)));
    }
  });

  it('reaches the plan issued with every advice and clock of the long case', () => {
    const state = evolveAssessmentAll(initialAssessmentState(), history);
    expect(state.status).toBe('plan-issued');
    if (state.status !== 'plan-issued') return;
    expect(Object.keys(state.advice)).toHaveLength(40);
    expect(state.advice['ep-3']).toMatchObject({ receivedOn: '2024-05-20' });
    expect(state.deadlines['advice:ep-1']).toMatchObject({ state: 'closed', exceptionId: 'exception-1' });
    expect(state.deadlines['advice:ep-3']).toMatchObject({ state: 'closed', breachedOn: '2024-05-16', closedOn: '2024-05-20' });
    expect(state.deadlines['final-plan']).toMatchObject({ state: 'closed', closedOn: DUE.finalPlan });
    expect(state.outcome.decidedOn).toBe(OUTCOME_ON);
  });

  it('returns a state no later fold can change: the records it wrote are frozen, and folding on from it copies them', () => {
    const half = Math.floor(history.length / 2);
    const first = evolveAssessmentAll(initialAssessmentState(), history.slice(0, half));
    const before = JSON.stringify(first);
    if (first.status === 'none') throw new Error('the case was requested');
    // The records the fold wrote to; one it never wrote to is the one the request made, which nothing writes to.
    expect([first.advice, first.deadlines].every(Object.isFrozen)).toBe(true);
    const later = evolveAssessmentAll(first, history.slice(half));
    expect(JSON.stringify(first)).toBe(before);
    expect(JSON.stringify(later)).toBe(JSON.stringify(oneByOne(history)));
  });
});
