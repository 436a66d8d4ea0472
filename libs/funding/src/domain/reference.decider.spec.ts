import { given } from '@send/testing';
import { FundingErrors as E } from './funding.errors.js';
import { referenceDecider, type LoadReferenceData, type ReferenceDataLoaded } from './reference.decider.js';

const SUM_A = 'a'.repeat(64);
const SUM_B = 'b'.repeat(64);
const load = (version = '2024-illustrative.1', checksum = SUM_A, effectiveFrom = '2024-04-01'): LoadReferenceData => ({
  type: 'LoadReferenceData',
  data: { version, effectiveFrom, checksum },
  today: '2025-10-01',
});
const loaded = (version = '2024-illustrative.1', checksum = SUM_A): ReferenceDataLoaded => ({
  type: 'ReferenceDataLoaded',
  data: { version, effectiveFrom: '2024-04-01', checksum },
});

describe('nothing loaded', () => {
  it('records the version, its effective date and checksum', () => {
    given(referenceDecider).when(load()).then([loaded()]);
  });

  it('refuses a version that is not a plain token, or a checksum that is not SHA-256', () => {
    given(referenceDecider).when(load('../etc')).thenThrows(E.REFERENCE_DATA_INVALID);
    given(referenceDecider).when(load(undefined, 'abc')).thenThrows(E.REFERENCE_DATA_INVALID);
  });
});

describe('a version loaded', () => {
  it('loads it again as nothing: every start-up loads every file', () => {
    given(referenceDecider, loaded()).when(load()).then([]);
  });

  it('refuses the same version with other content: publish a new version instead', () => {
    const error = given(referenceDecider, loaded()).when(load(undefined, SUM_B)).thenThrows(E.REFERENCE_VERSION_CHANGED);
    expect(error.details).toEqual({ version: '2024-illustrative.1' });
  });

  it('refuses the same version with another effective date', () => {
    given(referenceDecider, loaded())
      .when(load(undefined, SUM_A, '2025-04-01'))
      .thenThrows(E.REFERENCE_VERSION_CHANGED);
  });

  it('loads a new version beside it', () => {
    given(referenceDecider, loaded())
      .when(load('2026.1', SUM_B))
      .then([loaded('2026.1', SUM_B)]);
  });
});
