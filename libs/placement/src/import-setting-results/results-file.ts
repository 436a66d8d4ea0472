import { CsvError, parse } from 'csv-parse/sync';
import { type ParsedResults, type ResultsFileContext, checkResultsRecords } from '../domain/index.js';

/**
 * Reads an LA's results file (docs/setting-results-format.md) with csv-parse, then checks its records in
 * the domain. A file that is not CSV at all (an unclosed quotation mark) is one problem, at the row where
 * the reader stopped: nothing after it can be read with any confidence.
 */
export function parseResultsFile(csv: string, context: ResultsFileContext): ParsedResults {
  let records: string[][];
  try {
    // Rows of any length come through, so that each row with a field too many or too few is named.
    records = parse(csv, { bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const row = typeof error.lines === 'number' ? error.lines : 1;
    return { ok: false, errors: [{ field: `row ${row}: columns`, message: `not readable as CSV: ${error.message}` }] };
  }
  return checkResultsRecords(records, context);
}
