import type { IsoDate } from '@send/statutory';
import type { Phase } from './codes.js';
import { academicYearOf } from './curriculum-year.js';
import { MEASURES, isMeasureCode, type Measure, type MeasureCode, type SettingResult } from './setting-results.js';

/**
 * Format version 1 of an LA's results file (docs/setting-results-format.md): CSV (RFC 4180) with one header
 * row. This checks the records a CSV reader made of the file; row n is the n-th record, the header being
 * row 1, as a spreadsheet numbers them (the file's n-th line, since no valid field holds a line break).
 */
export const RESULTS_FORMAT_VERSION = 1;
export const RESULTS_HEADER = 'format_version,la,setting_id,academic_year,measure,value,cohort_size';
export const MAX_RESULT_ROWS = 2000;
/** The largest cohort a figure may be about: far above any one setting's roll in a year group. */
export const MAX_COHORT_SIZE = 10_000;
/** The first academic year a file may hold: 2000/01. */
const FIRST_ACADEMIC_YEAR = 2000;

const COLUMNS = RESULTS_HEADER.split(',');
const DECIMAL = /^[+-]?\d{1,4}(\.\d{1,2})?$/;
const WHOLE = /^\d{1,6}$/;
const ACADEMIC_YEAR = /^(\d{4})\/(\d{2})$/;

export interface ResultsProblem {
  readonly field: string;
  readonly message: string;
}

/** What a file is checked against: the LA it is for, today, and the LA and phases of every registered setting. */
export interface ResultsFileContext {
  readonly la: string;
  readonly today: IsoDate;
  readonly settings: ReadonlyMap<string, { readonly la: string; readonly phases: readonly Phase[] }>;
}

export type ParsedResults =
  { readonly ok: true; readonly rows: SettingResult[] } | { readonly ok: false; readonly errors: ResultsProblem[] };

/** One record as a CSV reader gives it: its fields, unquoted. */
export type CsvRecord = readonly string[];

/** Every problem of the file at once, so that one answer names every bad row and column. */
export function checkResultsRecords(records: readonly CsvRecord[], context: ResultsFileContext): ParsedResults {
  const kept = withoutTrailingBlankRecords(records);
  const header = kept[0] ?? [];
  if (header.length !== COLUMNS.length || header.some((name, i) => name !== COLUMNS[i])) {
    return fail([{ field: 'row 1: header', message: `the first row must be exactly ${RESULTS_HEADER}` }]);
  }
  if (kept.length === 1) return fail([{ field: 'csv', message: 'the file has a header but no rows' }]);
  if (kept.length - 1 > MAX_RESULT_ROWS) {
    return fail([{ field: 'csv', message: `a file holds at most ${MAX_RESULT_ROWS} rows; this one has ${kept.length - 1}` }]);
  }
  const errors: ResultsProblem[] = [];
  const rows: SettingResult[] = [];
  const firstRowOf = new Map<string, number>();
  kept.slice(1).forEach((record, i) => {
    const rowNumber = i + 2;
    const checked = checkRow(record, rowNumber, context);
    errors.push(...checked.errors);
    if (!checked.row) return;
    const key = `${checked.row.settingId}|${checked.row.academicYear}|${checked.row.measure}`;
    const first = firstRowOf.get(key);
    if (first === undefined) {
      firstRowOf.set(key, rowNumber);
      rows.push(checked.row);
    } else {
      errors.push({ field: `row ${rowNumber}: measure`, message: `row ${first} already gives this setting, year and measure` });
    }
  });
  return errors.length > 0 ? fail(errors) : { ok: true, rows };
}

const fail = (errors: ResultsProblem[]): ParsedResults => ({ ok: false, errors });

const isBlank = (record: CsvRecord) => record.length === 1 && record[0].trim() === '';

/** A spreadsheet's export may end with empty lines; an empty line among the rows is still refused. */
function withoutTrailingBlankRecords(records: readonly CsvRecord[]): readonly CsvRecord[] {
  let end = records.length;
  while (end > 1 && isBlank(records[end - 1])) end -= 1;
  return records.slice(0, end);
}

type Field = (typeof COLUMNS)[number];

/** One data row: its problems, and the row itself only when it has none. */
function checkRow(fields: CsvRecord, rowNumber: number, context: ResultsFileContext) {
  const at = (field: Field | 'columns', message: string): ResultsProblem => ({ field: `row ${rowNumber}: ${field}`, message });
  if (isBlank(fields)) return { errors: [at('columns', 'a blank row among the rows')] };
  if (fields.length !== COLUMNS.length) {
    return { errors: [at('columns', `${fields.length} fields where the header has ${COLUMNS.length}`)] };
  }
  const [formatVersion, la, settingId, academicYear, measure, value, cohortSize] = fields;
  // One check per column, in the header's order.
  const errors = [
    formatVersion === String(RESULTS_FORMAT_VERSION) ? undefined : `this route reads format version ${RESULTS_FORMAT_VERSION}`,
    la === context.la ? undefined : `the file is for LA ${context.la}`,
    settingProblem(settingId, context),
    academicYearProblem(academicYear, context.today),
    measureProblem(measure, settingId, context),
    valueProblem(value, measure),
    cohortSizeProblem(cohortSize),
  ].flatMap((problem, i) => (problem === undefined ? [] : [at(COLUMNS[i], problem)]));
  if (errors.length > 0) return { errors };
  const row: SettingResult = {
    settingId,
    academicYear,
    measure: measure as MeasureCode,
    value: Number(value),
    cohortSize: Number(cohortSize),
  };
  return { errors, row };
}

function settingProblem(settingId: string, { la, settings }: ResultsFileContext): string | undefined {
  const setting = settings.get(settingId);
  if (setting === undefined) return `no setting "${settingId.slice(0, 64)}" is registered`;
  if (setting.la !== la) return `setting ${settingId} is registered in LA ${setting.la}, not ${la}`;
  return undefined;
}

/** A key stage's results belong to a setting registered for that phase (key stage 2 primary, 4 secondary). */
function measureProblem(measure: string, settingId: string, { settings }: ResultsFileContext): string | undefined {
  if (!isMeasureCode(measure)) return `unknown measure; the measures are ${Object.keys(MEASURES).join(', ')}`;
  const { phase }: Measure = MEASURES[measure];
  const phases = settings.get(settingId)?.phases;
  if (phase === undefined || phases === undefined || phases.includes(phase)) return undefined;
  return `${measure} is a ${phase} measure; setting ${settingId} is registered for ${phases.join(', ')}`;
}

/** "2024/25": two consecutive years, from 2000/01 to the academic year in progress today. */
function academicYearProblem(text: string, today: IsoDate): string | undefined {
  const match = ACADEMIC_YEAR.exec(text);
  if (!match) return 'an academic year is written YYYY/YY, as 2024/25';
  const start = Number(match[1]);
  if ((start + 1) % 100 !== Number(match[2]))
    return `${text} is not two consecutive years (${start}/${String((start + 1) % 100).padStart(2, '0')})`;
  const current = academicYearOf(today);
  if (start < FIRST_ACADEMIC_YEAR || start > current) return `the academic year must be from 2000/01 to the current one`;
  return undefined;
}

function valueProblem(text: string, measure: string): string | undefined {
  if (!DECIMAL.test(text)) return 'a value is a number with at most two decimal places, as 61 or -0.25';
  if (!isMeasureCode(measure)) return undefined;
  const { min, max } = MEASURES[measure];
  const value = Number(text);
  return value < min || value > max ? `${measure} is from ${min} to ${max}` : undefined;
}

function cohortSizeProblem(text: string): string | undefined {
  if (!WHOLE.test(text)) return 'a cohort size is a whole number of pupils';
  const size = Number(text);
  return size < 1 || size > MAX_COHORT_SIZE ? `a cohort size is from 1 to ${MAX_COHORT_SIZE} pupils` : undefined;
}
