import { MAX_RESULT_ROWS, RESULTS_HEADER, type ParsedResults, type Phase } from '../domain/index.js';
import { parseResultsFile } from './results-file.js';

// 2025-10-15 falls in academic year 2025/26 (from 1 September): the latest year a file may hold.
const context = {
  la: '202',
  today: '2025-10-15',
  settings: new Map([
    ['oak', { la: '202', phases: ['primary'] as Phase[] }],
    ['elm', { la: '202', phases: ['primary', 'secondary'] as Phase[] }],
    ['birch', { la: '203', phases: ['secondary'] as Phase[] }],
    ['willow', { la: '202', phases: ['post-16'] as Phase[] }],
  ]),
};
const file = (...rows: string[]) => [RESULTS_HEADER, ...rows].join('\n');
const errorsOf = (parsed: ParsedResults) => (parsed.ok ? [] : parsed.errors);
const fieldsOf = (parsed: ParsedResults) => errorsOf(parsed).map((e) => e.field);

describe('a results file, format version 1', () => {
  it('reads every row, numbers as numbers, in the order of the file', () => {
    const parsed = parseResultsFile(
      file(
        '1,202,oak,2024/25,ks2-rwm-expected-pct,61,58',
        '1,202,oak,2024/25,attendance-pct,94.35,410',
        '1,202,elm,2023/24,ks4-progress8,-0.25,180',
        '1,202,elm,2025/26,suspensions-per-100,112.5,900',
      ),
      context,
    );
    expect(parsed).toEqual({
      ok: true,
      rows: [
        { settingId: 'oak', academicYear: '2024/25', measure: 'ks2-rwm-expected-pct', value: 61, cohortSize: 58 },
        { settingId: 'oak', academicYear: '2024/25', measure: 'attendance-pct', value: 94.35, cohortSize: 410 },
        { settingId: 'elm', academicYear: '2023/24', measure: 'ks4-progress8', value: -0.25, cohortSize: 180 },
        { settingId: 'elm', academicYear: '2025/26', measure: 'suspensions-per-100', value: 112.5, cohortSize: 900 },
      ],
    });
  });

  it('accepts the ends of each range, CRLF line ends, a byte-order mark and a final newline', () => {
    const rows = [
      '1,202,oak,2000/01,ks2-rwm-expected-pct,0,1',
      '1,202,oak,2000/01,persistent-absence-pct,100,10000',
      '1,202,elm,2024/25,ks4-attainment8,90,30',
      '1,202,elm,2024/25,ks4-progress8,+5,30',
      '1,202,elm,2023/24,ks4-progress8,-5.00,30',
    ];
    const csv = `\uFEFF${[RESULTS_HEADER, ...rows].join('\r\n')}\r\n`;
    const parsed = parseResultsFile(csv, context);
    expect(errorsOf(parsed)).toEqual([]);
    expect(parsed.ok && parsed.rows.map((r) => r.value)).toEqual([0, 100, 90, 5, -5]);
  });

  it('names every bad row and column in one answer, each row counted as a spreadsheet does (header = row 1)', () => {
    const parsed = parseResultsFile(
      file(
        '1,202,oak,2024/25,ks2-rwm-expected-pct,61,58', // row 2: good
        '2,203,ghost,2024/26,ks5-points,sixty,0', // row 3: every column wrong
        '1,202,birch,24/25,ks4-attainment8,91,12.5', // row 4: another LA's setting, year form, range, whole number
        '1,202,elm,2026/27,ks4-progress8,5.01,30', // row 5: a year still to come, progress 8 over 5
        '1,202,elm,2024/25,attendance-pct,100.5,-3', // row 6: over 100, a negative cohort
        '1,202,elm,2024/25,suspensions-per-100,1.234,5', // row 7: three decimals
      ),
      context,
    );
    expect(fieldsOf(parsed)).toEqual([
      'row 3: format_version',
      'row 3: la',
      'row 3: setting_id',
      'row 3: academic_year',
      'row 3: measure',
      'row 3: value',
      'row 3: cohort_size',
      'row 4: setting_id',
      'row 4: academic_year',
      'row 4: value',
      'row 4: cohort_size',
      'row 5: academic_year',
      'row 5: value',
      'row 6: value',
      'row 6: cohort_size',
      'row 7: value',
    ]);
    const messages = Object.fromEntries(errorsOf(parsed).map((e) => [e.field, e.message]));
    expect(messages['row 3: academic_year']).toMatch(/not two consecutive years \(2024\/25\)/);
    expect(messages['row 4: setting_id']).toBe('setting birch is registered in LA 203, not 202');
    expect(messages['row 4: value']).toBe('ks4-attainment8 is from 0 to 90');
    expect(messages['row 5: value']).toBe('ks4-progress8 is from -5 to 5');
  });

  it("refuses a key stage's results for a setting not registered for its phase", () => {
    const parsed = parseResultsFile(
      file(
        '1,202,oak,2024/25,ks4-attainment8,40,30', // row 2: oak is primary only
        '1,202,willow,2024/25,ks2-rwm-expected-pct,50,30', // row 3: willow is post-16 only
        '1,202,willow,2024/25,attendance-pct,90,30', // row 4: attendance is no key stage's
        '1,202,elm,2024/25,ks2-rwm-expected-pct,50,30', // row 5: elm teaches both phases
        '1,202,elm,2024/25,ks4-progress8,0.1,30',
      ),
      context,
    );
    expect(errorsOf(parsed)).toEqual([
      { field: 'row 2: measure', message: 'ks4-attainment8 is a secondary measure; setting oak is registered for primary' },
      { field: 'row 3: measure', message: 'ks2-rwm-expected-pct is a primary measure; setting willow is registered for post-16' },
    ]);
  });

  it('refuses a second row for the same setting, year and measure, naming the first', () => {
    const parsed = parseResultsFile(
      file(
        '1,202,oak,2024/25,attendance-pct,94,410',
        '1,202,oak,2023/24,attendance-pct,93,400',
        '1,202,oak,2024/25,attendance-pct,95,410',
      ),
      context,
    );
    expect(errorsOf(parsed)).toEqual([
      { field: 'row 4: measure', message: 'row 2 already gives this setting, year and measure' },
    ]);
  });

  it('refuses a row with a field too many or too few and a blank row, and reads on', () => {
    const parsed = parseResultsFile(
      file(
        '1,202,oak,2024/25,attendance-pct,94,410,extra',
        '1,202,oak,2024/25,attendance-pct,94',
        '',
        '1,202,oak,2024/25,attendance-pct,94,nine',
      ),
      context,
    );
    expect(fieldsOf(parsed)).toEqual(['row 2: columns', 'row 3: columns', 'row 4: columns', 'row 5: cohort_size']);
    expect(errorsOf(parsed)[0].message).toBe('8 fields where the header has 7');
    expect(errorsOf(parsed)[2].message).toBe('a blank row among the rows');
  });

  it('reads a quoted field as a CSV reader does, and a quoted comma stays inside its field', () => {
    const parsed = parseResultsFile(
      file('"1","202","oak","2024/25","attendance-pct","94","410"', '1,202,"oak,elm",2024/25,attendance-pct,94,410'),
      context,
    );
    expect(errorsOf(parsed)).toEqual([{ field: 'row 3: setting_id', message: 'no setting "oak,elm" is registered' }]);
  });

  it('stops at the row where the file stops being CSV', () => {
    const parsed = parseResultsFile(
      file('1,202,oak,2024/25,attendance-pct,94,410', '1,202,"oak,2024/25,attendance-pct,94,410'),
      context,
    );
    expect(fieldsOf(parsed)).toEqual(['row 3: columns']);
    expect(errorsOf(parsed)[0].message).toMatch(/^not readable as CSV: .*quote/i);
  });

  it('refuses a file whose header is not exactly the format, one with no rows, and one over the row limit', () => {
    expect(fieldsOf(parseResultsFile('la,setting_id,academic_year,measure,value,cohort_size\n1,202', context))).toEqual([
      'row 1: header',
    ]);
    expect(fieldsOf(parseResultsFile(RESULTS_HEADER.toUpperCase(), context))).toEqual(['row 1: header']);
    expect(fieldsOf(parseResultsFile('', context))).toEqual(['row 1: header']);
    expect(errorsOf(parseResultsFile(`${RESULTS_HEADER}\n`, context))).toEqual([
      { field: 'csv', message: 'the file has a header but no rows' },
    ]);
    const years = Array.from({ length: MAX_RESULT_ROWS + 1 }, (_, i) => `1,202,oak,2024/25,attendance-pct,${i % 100},10`);
    expect(errorsOf(parseResultsFile(file(...years), context))).toEqual([
      { field: 'csv', message: `a file holds at most ${MAX_RESULT_ROWS} rows; this one has ${MAX_RESULT_ROWS + 1}` },
    ]);
  });
});
