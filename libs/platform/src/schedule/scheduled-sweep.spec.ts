import { jest } from '@jest/globals';
import { DomainError } from '@send/kernel';
import { ScheduledSweep, errorKind } from './scheduled-sweep.js';

/** A run that ends when the test says so. */
function pending() {
  let end!: () => void;
  const run = jest.fn(() => new Promise<void>((resolve) => (end = resolve)));
  return { run, end: () => end() };
}

describe('ScheduledSweep', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs on its interval, never two runs at once, and not after stop', async () => {
    const { run, end } = pending();
    const sweep = new ScheduledSweep({ error: jest.fn() }, run);
    sweep.start(1_000);
    await jest.advanceTimersByTimeAsync(3_000);
    // The first run is still going: the next two ticks are passed by.
    expect(run).toHaveBeenCalledTimes(1);
    end();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(run).toHaveBeenCalledTimes(2);
    end();
    sweep.stop();
    await jest.advanceTimersByTimeAsync(5_000);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('starts one timer however often it is started', async () => {
    const run = jest.fn(async () => undefined);
    const sweep = new ScheduledSweep({ error: jest.fn() }, run);
    sweep.start(1_000);
    sweep.start(1_000);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(run).toHaveBeenCalledTimes(1);
    sweep.stop();
  });

  it('logs a failed run by its kind and code, not its message, and runs again next time', async () => {
    const error = jest.fn();
    const run = jest
      .fn<() => Promise<unknown>>()
      .mockRejectedValueOnce(new DomainError('ASSESSMENT.RETENTION_NOT_ENDED', 'Amara Okafor, born 2016-03-01'))
      .mockResolvedValue([]);
    const sweep = new ScheduledSweep({ error }, run);
    await sweep.tick();
    await sweep.tick();
    expect(run).toHaveBeenCalledTimes(2);
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0][0]).toBe('sweep failed: DomainError ASSESSMENT.RETENTION_NOT_ENDED');
  });
});

describe('errorKind', () => {
  it('names the class, and the code where there is one', () => {
    expect(errorKind(new TypeError('Okafor'))).toBe('TypeError');
    expect(errorKind(Object.assign(new Error('duplicate key (Okafor)'), { code: '23505' }))).toBe('Error 23505');
    expect(errorKind('Okafor')).toBe('string');
  });
});
