import { DATE_IN_THE_FUTURE, DomainError } from '@send/kernel';
import { latest, notBefore, notInFuture, requireText } from './guards.js';

const thrown = (f: () => unknown): DomainError => {
  try {
    f();
  } catch (error) {
    if (error instanceof DomainError) return error;
  }
  throw new Error('expected a DomainError');
};

describe('the guards every context shares', () => {
  it('notInFuture accepts today and refuses the day after, naming the field', () => {
    expect(() => notInFuture('2025-10-01', { on: '2025-10-01', unknown: undefined })).not.toThrow();
    const error = thrown(() => notInFuture('2025-10-01', { decidedOn: '2025-10-02' }));
    expect(error.code).toBe(DATE_IN_THE_FUTURE);
    expect(error.message).toBe('decidedOn 2025-10-02 is after today (2025-10-01)');
    expect(error.details).toEqual({ field: 'decidedOn' });
  });

  it('notBefore refuses a date before an act done, with the caller’s code, and ignores acts not done', () => {
    expect(() => notBefore('X.BEFORE', 'on', '2025-03-01', { 'decision letter': undefined })).not.toThrow();
    expect(() => notBefore('X.BEFORE', 'on', '2025-03-01', { 'decision letter': '2025-03-01' })).not.toThrow();
    const error = thrown(() => notBefore('X.BEFORE', 'on', '2025-02-28', { 'decision letter': '2025-03-01' }));
    expect(error.code).toBe('X.BEFORE');
    expect(error.message).toBe('on 2025-02-28 is before the decision letter (2025-03-01)');
    expect(error.details).toEqual({ field: 'on', 'decision letter': '2025-03-01' });
  });

  it('requireText refuses blank or missing text and returns it trimmed', () => {
    expect(requireText('X.REASON', 'reason', '  because  ', 'say why')).toBe('because');
    for (const blank of [undefined, '', '   ', 42]) {
      const error = thrown(() => requireText('X.REASON', 'reason', blank, 'say why'));
      expect([error.code, error.message, error.details]).toEqual(['X.REASON', 'say why', { field: 'reason' }]);
    }
  });

  it('latest is the later date, ignoring those not known', () => {
    expect(latest('2025-01-02', undefined, '2025-01-01')).toBe('2025-01-02');
    expect(latest(undefined, '2025-01-01')).toBe('2025-01-01');
    expect(latest(undefined, undefined)).toBeUndefined();
  });
});
