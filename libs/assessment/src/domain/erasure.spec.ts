import { DATE_IN_THE_FUTURE } from '@send/kernel';
import { fold, given } from '@send/testing';
import { assessmentDecider } from './assessment.decider.js';
import { AssessmentErrors as E } from './assessment.errors.js';
import type { AssessmentEvent } from './assessment.events.js';
import { TODAY, assessing, command, requested } from './assessment.fixtures.js';

const erase = (
  erasedOn = TODAY,
  scope: 'key-destroyed' | 'read-models-only' = 'key-destroyed',
  source = 'UK GDPR Art. 17(1)(a)',
) => command('ErasePersonalData', { ground: 'right-to-erasure', source, erasedOn, scope });
const erased = (erasedOn = TODAY, scope: 'key-destroyed' | 'read-models-only' = 'key-destroyed'): AssessmentEvent => ({
  type: 'PersonalDataErased',
  data: { ground: 'right-to-erasure', source: 'UK GDPR Art. 17(1)(a)', erasedOn, scope },
});

describe('erasure of personal data', () => {
  it('records the erasure with its ground and legal basis, and nothing personal', () => {
    given(assessmentDecider, assessing).when(erase()).then([erased()]);
  });

  it('records that only the read models could be cleared for a case written before encryption at rest', () => {
    given(assessmentDecider, requested)
      .when(erase(TODAY, 'read-models-only'))
      .then([erased(TODAY, 'read-models-only')]);
  });

  it('is once: a second erasure is refused with the day of the first', () => {
    const error = given(assessmentDecider, assessing, erased('2025-01-10'))
      .when(erase())
      .thenThrows(E.PERSONAL_DATA_ALREADY_ERASED);
    expect(error.message).toContain('2025-01-10');
  });

  it('refuses a case nobody requested, a future date and a blank legal basis', () => {
    given(assessmentDecider).when(erase()).thenThrows(E.NOT_REQUESTED);
    given(assessmentDecider, requested).when(erase('2025-01-16')).thenThrows(DATE_IN_THE_FUTURE);
    given(assessmentDecider, requested)
      .when(erase(TODAY, 'key-destroyed', '  '))
      .thenThrows(E.ERASURE_SOURCE_REQUIRED);
  });

  it('leaves the case going on: a decision after erasure is decided as before', () => {
    const state = fold(assessmentDecider, [...requested, erased()]);
    const decided = assessmentDecider.decide(
      command('DecideWhetherToAssess', { decision: 'assess', decidedOn: TODAY, reason: 'may need a plan' }),
      state,
    );
    expect(decided[0]).toEqual({
      type: 'AssessmentDecided',
      data: { decision: 'assess', decidedOn: TODAY, reason: 'may need a plan' },
    });
    expect(state).toMatchObject({ status: 'requested', erasedOn: TODAY });
  });

  describe('at the end of the retention period (date of birth + 31 years, IRMS toolkit)', () => {
    const rule = { id: 'send-case-record', years: 31, source: 'IRMS toolkit: date of birth + 31 years' };
    // The fixtures' child was born 2016-09-01: kept until 2047-09-01, erasable from 2047-09-02.
    const retention = (today: string, withRule = true) =>
      command(
        'ErasePersonalData',
        {
          ground: 'retention-period-ended',
          source: rule.source,
          erasedOn: today,
          scope: 'key-destroyed',
          ...(withRule ? { retention: rule } : {}),
        },
        today,
      );

    it('erases from the day after the last day kept', () => {
      given(assessmentDecider, requested)
        .when(retention('2047-09-02'))
        .then([
          {
            type: 'PersonalDataErased',
            data: { ground: 'retention-period-ended', source: rule.source, erasedOn: '2047-09-02', scope: 'key-destroyed' },
          },
        ]);
    });

    it('refuses on the last day kept, naming the first day it may erase', () => {
      const error = given(assessmentDecider, requested).when(retention('2047-09-01')).thenThrows(E.RETENTION_NOT_ENDED);
      expect(error.details).toEqual({ erasableFrom: '2047-09-02' });
    });

    it('refuses without a rule, or once the date of birth is itself erased', () => {
      given(assessmentDecider, requested).when(retention('2047-09-02', false)).thenThrows(E.RETENTION_NOT_ENDED);
      const erasedChild = requested.map((e) =>
        e.type === 'AssessmentRequested' ? { ...e, data: { ...e.data, child: { ...e.data.child, dateOfBirth: '' } } } : e,
      );
      given(assessmentDecider, erasedChild).when(retention('2047-09-02')).thenThrows(E.RETENTION_NOT_ENDED);
    });
  });
});
