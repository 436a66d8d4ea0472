import type { Decider, DomainEvent } from '@send/kernel';
import { isIsoDate, type IsoDate } from '@send/statutory';
import { StandardsErrors, refuse } from './standards.errors.js';
import { ID_SHAPE } from './standards-validation.js';

/** What StandardLoaded records of one version of one standard: enough to prove which text a decision relied on. */
export interface LoadedStandard {
  readonly id: string;
  readonly version: number;
  readonly effectiveFrom: IsoDate;
  /** SHA-256 of the entry's canonical JSON (RFC 8785). */
  readonly checksum: string;
  /** The catalogue file's release it came in. */
  readonly release: string;
}

/** Run at start-up for each catalogue file (stream standards-catalogue). */
export type LoadStandards = {
  readonly type: 'LoadStandards';
  readonly data: { readonly release: string; readonly entries: readonly Omit<LoadedStandard, 'release'>[] };
  readonly today: IsoDate;
};
export type StandardLoaded = DomainEvent<'StandardLoaded', LoadedStandard>;

export interface StandardsState {
  /** By `<id> v<version>`. */
  readonly loaded: Readonly<Record<string, LoadedStandard>>;
}

const key = (s: { id: string; version: number }) => `${s.id} v${s.version}`;

/**
 * Idempotent per id, version and checksum, so every start-up may load every file. A version whose text
 * changed is refused as a whole file: decisions already cite it, and must stay readable as they were made.
 */
function loadStandards({ data }: LoadStandards, state: StandardsState): StandardLoaded[] {
  const fresh: StandardLoaded[] = [];
  for (const s of data.entries) {
    if (!ID_SHAPE.test(s.id) || !Number.isInteger(s.version) || s.version < 1 || !isIsoDate(s.effectiveFrom)) {
      refuse(StandardsErrors.CATALOGUE_INVALID, `${key(s)}: a standard needs an id, a version and an effectiveFrom date`);
    }
    if (!/^[0-9a-f]{64}$/.test(s.checksum)) refuse(StandardsErrors.CATALOGUE_INVALID, `${key(s)}: checksum is not SHA-256`);
    const before = state.loaded[key(s)] ?? fresh.find((f) => key(f.data) === key(s))?.data;
    if (before === undefined) {
      const { id, version, effectiveFrom, checksum } = s;
      fresh.push({ type: 'StandardLoaded', data: { id, version, effectiveFrom, checksum, release: data.release } });
    } else if (before.checksum !== s.checksum || before.effectiveFrom !== s.effectiveFrom) {
      refuse(
        StandardsErrors.VERSION_CHANGED,
        `standard ${key(s)} was loaded (release ${before.release}) with checksum ${before.checksum}; release ` +
          `${data.release} now gives ${s.checksum}. Publish the change as a new version instead of editing a loaded one.`,
        { id: s.id, version: s.version },
      );
    }
  }
  return fresh;
}

export const standardsDecider: Decider<LoadStandards, StandardLoaded, StandardsState> = {
  initialState: () => ({ loaded: {} }),
  evolve: (state, event) => ({ loaded: { ...state.loaded, [key(event.data)]: event.data } }),
  decide: (command, state) => loadStandards(command, state),
};
