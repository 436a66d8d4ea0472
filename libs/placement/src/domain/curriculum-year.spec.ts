import { academicYearLabel, curriculumYear, phaseOf, yearLabel } from './curriculum-year.js';

describe('curriculumYear: the 1 September cut-off', () => {
  it.each([
    // born, on, year — the cohort of 1 Sep 2015 – 31 Aug 2016 is in Reception in 2020/21
    ['2015-09-01', '2020-09-01', 0],
    ['2016-08-31', '2020-09-01', 0],
    ['2016-08-31', '2021-08-31', 0],
    ['2016-08-31', '2020-08-31', -1],
    ['2016-09-01', '2020-09-01', -1],
    ['2016-09-01', '2021-09-01', 0],
    ['2016-09-01', '2021-08-31', -1],
  ])('a child born %s is, on %s, in year %s', (born, on, year) => {
    expect(curriculumYear(born, on)).toBe(year);
  });

  it('puts the youngest and the oldest of a class in the same year, one day apart at birth from the next cohort', () => {
    expect(curriculumYear('2016-08-31', '2025-10-01')).toBe(5);
    expect(curriculumYear('2016-09-01', '2025-10-01')).toBe(4);
  });

  it.each([
    ['2020-09-01', 0],
    ['2021-08-31', 0],
    ['2021-09-01', 1],
    ['2024-02-29', 3],
    ['2027-09-01', 7],
    ['2032-09-01', 12],
    ['2041-08-31', 20],
  ])('a child born on leap day 2016-02-29 is, on %s, in year %s', (on, year) => {
    expect(curriculumYear('2016-02-29', on)).toBe(year);
  });

  it('refuses a date that is not a real date', () => {
    expect(() => curriculumYear('2015-02-29', '2020-09-01')).toThrow(RangeError);
  });
});

describe('phaseOf', () => {
  it.each([
    [-3, 'early-years'],
    [-1, 'early-years'],
    [0, 'primary'],
    [6, 'primary'],
    [7, 'secondary'],
    [11, 'secondary'],
    [12, 'post-16'],
    [13, 'post-16'],
    [20, 'post-16'],
  ])('year %s is %s', (year, phase) => {
    expect(phaseOf(year)).toBe(phase);
  });

  it('has no phase after the academic year in which the young person turns 25 (CFA s.46)', () => {
    expect(phaseOf(21)).toBeUndefined();
  });

  it('gives the phase of worked dates end to end', () => {
    expect(phaseOf(curriculumYear('2016-08-31', '2027-09-01'))).toBe('secondary');
    expect(phaseOf(curriculumYear('2016-09-01', '2027-09-01'))).toBe('primary');
  });
});

describe('labels', () => {
  it.each([
    [-2, 'early years'],
    [-1, 'nursery'],
    [0, 'Reception'],
    [7, 'Year 7'],
  ])('year %s reads %s', (year, label) => {
    expect(yearLabel(year)).toBe(label);
  });

  it('writes the academic year as 2025/26 from 1 September', () => {
    expect(academicYearLabel('2025-08-31')).toBe('2024/25');
    expect(academicYearLabel('2025-09-01')).toBe('2025/26');
    expect(academicYearLabel('1999-09-01')).toBe('1999/00');
  });
});
