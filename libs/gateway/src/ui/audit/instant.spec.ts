import { instantFrom, londonInstant, mergeErrors, timeOf, typedInstant } from './instant.js';

describe('an instant typed in England', () => {
  it('is an hour ahead of UTC in British Summer Time and level with it in winter', () => {
    expect(londonInstant('2026-06-10', '13:30')).toBe('2026-06-10T12:30:00.000Z');
    expect(londonInstant('2026-12-01', '13:30')).toBe('2026-12-01T13:30:00.000Z');
  });

  it('crosses the clock changes correctly', () => {
    // Clocks go forward at 1am GMT on 29 March 2026 and back at 2am BST on 25 October 2026.
    expect(londonInstant('2026-03-29', '00:59')).toBe('2026-03-29T00:59:00.000Z');
    expect(londonInstant('2026-03-29', '02:00')).toBe('2026-03-29T01:00:00.000Z');
    expect(londonInstant('2026-10-25', '00:30')).toBe('2026-10-24T23:30:00.000Z');
    expect(londonInstant('2026-10-25', '02:00')).toBe('2026-10-25T02:00:00.000Z');
    // A time the clocks skip is read as GMT; one they pass twice as its second, GMT, occurrence.
    expect(londonInstant('2026-03-29', '01:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(londonInstant('2026-10-25', '01:30')).toBe('2026-10-25T01:30:00.000Z');
  });

  it('reads times as people write them', () => {
    expect(timeOf('14:30')).toBe('14:30');
    expect(timeOf('9.05')).toBe('09:05');
    expect(timeOf('2:30pm')).toBe('14:30');
    expect(timeOf('12am')).toBe('00:00');
    expect(timeOf('12pm')).toBe('12:00');
    expect(timeOf(' 11 AM ')).toBe('11:00');
    for (const bad of ['', '14', '25:00', '13pm', '10:60', 'noon', undefined]) expect(timeOf(bad)).toBeUndefined();
  });

  it('turns the typed parts into an ISO instant, or the form’s own errors naming each control', () => {
    const typed = typedInstant({ 'asOf-day': '10', 'asOf-month': '6', 'asOf-year': '2026', asOfTime: '2:30pm' }, 'asOf');
    expect(instantFrom(typed, 'asOf', 'to replay as of')).toEqual({ iso: '2026-06-10T13:30:00.000Z' });

    const bad = instantFrom(
      typedInstant({ 'asOf-day': '31', 'asOf-month': '6', 'asOf-year': '2026', asOfTime: 'x' }, 'asOf'),
      'asOf',
      'to replay as of',
    );
    expect(bad.errors?.summary).toEqual([
      { text: 'The date to replay as of must be a real date.', href: '#asOf-day' },
      { text: 'The time to replay as of must be a time of day, like 14:30 or 2:30pm.', href: '#asOfTime' },
    ]);
    const empty = instantFrom(typedInstant({}, 'from'), 'from', 'to compare from');
    expect(empty.errors?.summary.map((e) => e.text)).toEqual([
      'Enter the date to compare from.',
      'Enter the time to compare from.',
    ]);
    expect(Object.keys(mergeErrors(bad.errors, empty.errors)?.fields ?? {})).toEqual([
      'asOf-day',
      'asOfTime',
      'from-day',
      'fromTime',
    ]);
    expect(mergeErrors(undefined)).toBeUndefined();
  });
});
