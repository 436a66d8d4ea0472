import { labelOf, pathText, rowsOf, streamContext, valueText } from './readable.js';

describe('a replayed state in words', () => {
  it('labels fields and writes values as a reader would', () => {
    expect(labelOf('firstBrokenRevision')).toBe('First broken revision');
    expect(labelOf('plan-final')).toBe('Plan final');
    expect(labelOf('la')).toBe('LA');
    expect(labelOf('ehcpVersion')).toBe('EHC plan version');
    expect(valueText('2026-06-04')).toBe('4 June 2026');
    expect(valueText('2026-06-04T13:05:00.000Z')).toBe('4 June 2026 at 2:05pm');
    expect(valueText(true)).toBe('Yes');
    expect(valueText(null)).toBe('None');
    expect(valueText([])).toBe('None');
    expect(valueText(['ASD', 'SLCN'])).toBe('ASD, SLCN');
    expect(valueText([{ a: 1 }, { a: 2 }])).toBe('2 entries');
    expect(valueText({ version: 2, issuedOn: '2026-11-01' })).toBe('Version: 2; Issued on: 1 November 2026');
  });

  it('lays a state out as rows, nested fields one level down and lists one entry a row', () => {
    const rows = rowsOf({
      status: 'assessing',
      requestedOn: '2026-06-01',
      child: { dateOfBirth: '2016-03-01' },
      advice: [{ from: 'health', receivedOn: '2026-07-01' }],
      empty: {},
      skipped: undefined,
    });
    expect(rows).toEqual([
      { key: 'Status', value: 'assessing' },
      { key: 'Requested on', value: '1 June 2026' },
      { key: 'Child: date of birth', value: '1 March 2016' },
      { key: 'Advice', value: '1 entry' },
      { key: 'Advice 1', value: 'From: health; Received on: 1 July 2026' },
      { key: 'Empty', value: 'None' },
    ]);
    expect(rowsOf(null)).toEqual([]);
    expect(rowsOf('x')).toEqual([{ key: 'State', value: 'x' }]);
  });

  it('reads a JSON Pointer and a stream name in words', () => {
    expect(pathText('/stage')).toBe('Stage');
    expect(pathText('/state/plan/issuedOn')).toBe('Plan › issued on');
    expect(pathText('/state/advice/0/receivedOn')).toBe('Advice › entry 1 › received on');
    expect(pathText('/state/a~1b')).toBe('A/b');
    expect(streamContext('assessment-0e5d…')).toBe('Assessment');
    expect(streamContext('ehcp-1')).toBe('EHC plan');
  });
});
