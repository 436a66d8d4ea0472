import { assertNever, type Decider } from '@send/kernel';
import { PlacementErrors as E, refuse } from './placement.errors.js';
import type { ImportSettingResults, SettingResultsCommand } from './setting-results.commands.js';
import type { SettingResultsEvent } from './setting-results.events.js';
import { evolveSettingResults, initialSettingResultsState, type SettingResultsState } from './setting-results.state.js';

/**
 * Each import is the next version for the LA and supersedes the one before. Sending again the very file
 * already in force is refused rather than recorded twice, so the versions list only real changes; a
 * retry of the same request with its Idempotency-Key gets the first answer instead (docs/api.md).
 */
function importSettingResults({ data, today }: ImportSettingResults, state: SettingResultsState): SettingResultsEvent[] {
  const latest = state.status === 'imported' ? state.versions.at(-1) : undefined;
  if (latest?.sha256 === data.sha256) {
    refuse(E.RESULTS_UNCHANGED, `this file is version ${latest.version} of LA ${data.la}'s results already`, {
      field: 'csv',
      version: latest.version,
    });
  }
  if (data.rows.length === 0) refuse(E.RESULTS_EMPTY, 'a results file needs at least one row', { field: 'csv' });
  const { la, sha256, formatVersion, rows } = data;
  const version = (latest?.version ?? 0) + 1;
  return [{ type: 'SettingResultsImported', data: { la, version, importedOn: today, sha256, formatVersion, rows: [...rows] } }];
}

export function decideSettingResults(command: SettingResultsCommand, state: SettingResultsState): readonly SettingResultsEvent[] {
  switch (command.type) {
    case 'ImportSettingResults':
      return importSettingResults(command, state);
    default:
      return assertNever(command.type, 'setting results command');
  }
}

export const settingResultsDecider: Decider<SettingResultsCommand, SettingResultsEvent, SettingResultsState> = {
  initialState: initialSettingResultsState,
  evolve: evolveSettingResults,
  decide: decideSettingResults,
};
