import type { IsoDate } from '@send/statutory';
import type { Phase } from './codes.js';

/** A measure's range and, for a key stage's results, the phase a setting must teach to have them. */
export interface Measure {
  readonly min: number;
  readonly max: number;
  readonly phase?: Phase;
  readonly source: string;
}

/**
 * The measures an LA's results file may carry (docs/setting-results-format.md), each with the range its
 * published figure can take. The product does not fetch or compute any of them: the LA loads the figures
 * it holds from the DfE's publications, and each import is kept as it was loaded.
 */
export const MEASURES = {
  // DfE school performance tables, key stage 2: pupils meeting the expected standard in reading, writing and maths.
  'ks2-rwm-expected-pct': { min: 0, max: 100, phase: 'primary', source: 'DfE school performance tables, key stage 2' },
  // DfE school performance tables, key stage 4: Attainment 8 is the average over 8 slots of up to 9 points each.
  'ks4-attainment8': { min: 0, max: 90, phase: 'secondary', source: 'DfE school performance tables, key stage 4' },
  // Progress 8: a school's average is published to two decimals, in practice well inside ±5.
  'ks4-progress8': { min: -5, max: 5, phase: 'secondary', source: 'DfE school performance tables, key stage 4' },
  // DfE "Pupil absence in schools in England", from the school census: 100 less the overall absence rate.
  'attendance-pct': { min: 0, max: 100, source: 'DfE pupil absence statistics (school census)' },
  // Same source: pupils missing 10% or more of their possible sessions.
  'persistent-absence-pct': { min: 0, max: 100, source: 'DfE pupil absence statistics (school census)' },
  // DfE "Suspensions and permanent exclusions in England": a pupil may be suspended more than once, so over 100 is possible.
  'suspensions-per-100': { min: 0, max: 1000, source: 'DfE suspensions and permanent exclusions statistics (school census)' },
} as const satisfies Record<string, Measure>;

export type MeasureCode = keyof typeof MEASURES;
export const MEASURE_CODES = Object.keys(MEASURES) as MeasureCode[];
export const isMeasureCode = (code: string): code is MeasureCode => Object.hasOwn(MEASURES, code);

/** One figure of one setting for one academic year, and the number of pupils it is about. */
export interface SettingResult {
  readonly settingId: string;
  /** "2024/25": the academic year from 1 September to 31 August. */
  readonly academicYear: string;
  readonly measure: MeasureCode;
  readonly value: number;
  readonly cohortSize: number;
}

/** One import of an LA's results file: the whole file, which supersedes the version before it. */
export interface SettingResultsVersion {
  readonly la: string;
  readonly version: number;
  readonly importedOn: IsoDate;
  /** SHA-256 of the file as sent: what proves which file a figure came from. */
  readonly sha256: string;
  readonly formatVersion: number;
  readonly rows: readonly SettingResult[];
}

/** The order a setting's results are shown in: oldest year first, then the code list's order. */
export function byYearThenMeasure(a: SettingResult, b: SettingResult): number {
  return a.academicYear.localeCompare(b.academicYear) || MEASURE_CODES.indexOf(a.measure) - MEASURE_CODES.indexOf(b.measure);
}
