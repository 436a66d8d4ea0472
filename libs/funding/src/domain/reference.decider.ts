import type { Decider, DomainEvent } from '@send/kernel';
import { isIsoDate, type IsoDate } from '@send/statutory';
import { FundingErrors, refuse } from './funding.errors.js';
import type { ReferenceVersion } from './reference-data.js';
import { VERSION_SHAPE } from './reference-validation.js';

/** Run at start-up for each reference file (stream funding-reference): proves which figures were in use. */
export type LoadReferenceData = { readonly type: 'LoadReferenceData'; readonly data: ReferenceVersion; readonly today: IsoDate };
export type ReferenceDataLoaded = DomainEvent<'ReferenceDataLoaded', ReferenceVersion>;

export interface ReferenceState {
  readonly loaded: Readonly<Record<string, ReferenceVersion>>;
}

/**
 * Idempotent per version and checksum, so every start-up may load every file. A version whose content
 * changed is refused: plans already priced name that version, and must stay explainable by it.
 */
function loadReferenceData({ data }: LoadReferenceData, state: ReferenceState): ReferenceDataLoaded[] {
  if (!VERSION_SHAPE.test(data.version) || !isIsoDate(data.effectiveFrom) || !/^[0-9a-f]{64}$/.test(data.checksum)) {
    refuse(
      FundingErrors.REFERENCE_DATA_INVALID,
      'a reference version needs a version, an effectiveFrom date and a SHA-256 checksum',
    );
  }
  const before = state.loaded[data.version];
  if (before === undefined) {
    const { version, effectiveFrom, checksum } = data;
    return [{ type: 'ReferenceDataLoaded', data: { version, effectiveFrom, checksum } }];
  }
  if (before.checksum === data.checksum && before.effectiveFrom === data.effectiveFrom) return [];
  return refuse(
    FundingErrors.REFERENCE_VERSION_CHANGED,
    `reference data ${data.version} was loaded with checksum ${before.checksum}; its file now gives ${data.checksum}. ` +
      'Publish the new figures as a new version instead of editing a loaded one.',
    { version: data.version },
  );
}

export const referenceDecider: Decider<LoadReferenceData, ReferenceDataLoaded, ReferenceState> = {
  initialState: () => ({ loaded: {} }),
  evolve: (state, event) => ({ loaded: { ...state.loaded, [event.data.version]: event.data } }),
  decide: (command, state) => loadReferenceData(command, state),
};
