import type { IsoDate } from '@send/statutory';
import type { SettingResult } from './setting-results.js';

/**
 * Records the next version of an LA's results file. The rows have been read and checked against the
 * registry already (setting-results-csv.ts): this command is only ever made from a file that passed.
 */
export interface ImportSettingResults {
  readonly type: 'ImportSettingResults';
  readonly data: {
    readonly la: string;
    readonly sha256: string;
    readonly formatVersion: number;
    readonly rows: readonly SettingResult[];
  };
  readonly today: IsoDate;
}

export type SettingResultsCommand = ImportSettingResults;
