import { given } from '@send/testing';
import { PlacementErrors as E } from './placement.errors.js';
import type { SettingResult } from './setting-results.js';
import { settingResultsDecider } from './setting-results.decider.js';
import type { SettingResultsEvent } from './setting-results.events.js';
import { evolveSettingResults, initialSettingResultsState, resultsInForce } from './setting-results.state.js';
import { TODAY } from './placement.fixtures.js';

const SUM_A = 'a'.repeat(64);
const SUM_B = 'b'.repeat(64);
const row = (value: number): SettingResult => ({
  settingId: 'oak',
  academicYear: '2024/25',
  measure: 'attendance-pct',
  value,
  cohortSize: 410,
});
const importFile = (sha256: string, rows: SettingResult[] = [row(94)]) => ({
  type: 'ImportSettingResults' as const,
  data: { la: '202', sha256, formatVersion: 1, rows },
  today: TODAY,
});
const imported = (version: number, sha256: string, importedOn: string, rows = [row(94)]): SettingResultsEvent => ({
  type: 'SettingResultsImported',
  data: { la: '202', version, importedOn, sha256, formatVersion: 1, rows },
});

describe('no results imported', () => {
  it('records the file as version 1, imported today', () => {
    given(settingResultsDecider)
      .when(importFile(SUM_A))
      .then([imported(1, SUM_A, TODAY)]);
  });

  it('refuses a file with no rows', () => {
    given(settingResultsDecider).when(importFile(SUM_A, [])).thenThrows(E.RESULTS_EMPTY);
  });
});

describe('imported', () => {
  it('records a changed file as the next version', () => {
    given(settingResultsDecider, imported(1, SUM_A, '2025-09-01'))
      .when(importFile(SUM_B, [row(95)]))
      .then([imported(2, SUM_B, TODAY, [row(95)])]);
  });

  it('refuses the very file already in force, naming its version', () => {
    const error = given(settingResultsDecider, imported(1, SUM_A, '2025-09-01'), imported(2, SUM_B, '2025-09-20'))
      .when(importFile(SUM_B))
      .thenThrows(E.RESULTS_UNCHANGED);
    expect(error.details).toEqual({ field: 'csv', version: 2 });
  });

  it('takes back an earlier file as a new version: only the one in force is "unchanged"', () => {
    given(settingResultsDecider, imported(1, SUM_A, '2025-09-01'), imported(2, SUM_B, '2025-09-20'))
      .when(importFile(SUM_A))
      .then([imported(3, SUM_A, TODAY)]);
  });
});

describe('the version in force on a date', () => {
  const state = [imported(1, SUM_A, '2025-09-01'), imported(2, SUM_B, '2025-09-20'), imported(3, SUM_A, '2025-09-20')].reduce(
    evolveSettingResults,
    initialSettingResultsState(),
  );

  it('is the latest imported on or before it, the last of a day winning', () => {
    expect(resultsInForce(state, '2025-08-31')).toBeUndefined();
    expect(resultsInForce(state, '2025-09-01')?.version).toBe(1);
    expect(resultsInForce(state, '2025-09-19')?.version).toBe(1);
    expect(resultsInForce(state, '2025-09-20')?.version).toBe(3);
  });
});
