import { eventData } from './event-data.js';

describe('eventData', () => {
  const data = eventData({ outcome: 'issue-plan', version: 2, decidedOn: '2025-02-30', issuedOn: '2025-03-03', n: '2' });

  it('reads a field only as the kind asked for', () => {
    expect(data.text('outcome')).toBe('issue-plan');
    expect(data.text('version')).toBeUndefined();
    expect(data.number('version')).toBe(2);
    expect(data.number('n')).toBeUndefined();
  });

  it('reads the first field holding a real date', () => {
    expect(data.date('decidedOn', 'issuedOn')).toBe('2025-03-03');
    expect(data.date('missing')).toBeUndefined();
  });

  it.each([undefined, null, 'sealed', 7])('reads nothing from %j', (raw) => {
    expect(eventData(raw).text('outcome')).toBeUndefined();
    expect(eventData(raw).date('decidedOn')).toBeUndefined();
  });

  it('never reads what an object inherits', () => {
    expect(eventData({}).text('constructor')).toBeUndefined();
  });
});
