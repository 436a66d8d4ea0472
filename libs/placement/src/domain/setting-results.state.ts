import { isAfter, type IsoDate } from '@send/statutory';
import type { SettingResultsVersion } from './setting-results.js';
import type { SettingResultsEvent } from './setting-results.events.js';

/** Every import is kept: a read as of a date shows the version in force then. */
export type SettingResultsState =
  | { readonly status: 'none' }
  | { readonly status: 'imported'; readonly la: string; readonly versions: readonly SettingResultsVersion[] };

export const initialSettingResultsState = (): SettingResultsState => ({ status: 'none' });

export function evolveSettingResults(state: SettingResultsState, event: SettingResultsEvent): SettingResultsState {
  const version: SettingResultsVersion = { ...event.data, rows: [...event.data.rows] };
  return { status: 'imported', la: version.la, versions: [...(state.status === 'none' ? [] : state.versions), version] };
}

/** The latest version imported on or before `asOf` (versions are recorded in date order). */
export function resultsInForce(state: SettingResultsState, asOf: IsoDate): SettingResultsVersion | undefined {
  return state.status === 'none' ? undefined : state.versions.filter((v) => !isAfter(v.importedOn, asOf)).at(-1);
}
