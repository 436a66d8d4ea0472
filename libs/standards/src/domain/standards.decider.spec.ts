import { given } from '@send/testing';
import { StandardsErrors as E } from './standards.errors.js';
import { standardsDecider, type LoadStandards, type StandardLoaded } from './standards.decider.js';

const SUM_A = 'a'.repeat(64);
const SUM_B = 'b'.repeat(64);
const entry = (id = 'oap-slcn-primary', version = 1, checksum = SUM_A, effectiveFrom = '2024-09-01') => ({
  id,
  version,
  effectiveFrom,
  checksum,
});
const load = (release: string, ...entries: ReturnType<typeof entry>[]): LoadStandards => ({
  type: 'LoadStandards',
  data: { release, entries },
  today: '2025-10-01',
});
const loaded = (e = entry(), release = '2025-illustrative.1'): StandardLoaded => ({
  type: 'StandardLoaded',
  data: { ...e, release },
});

describe('nothing loaded', () => {
  it('records each standard of the release with its effective date, checksum and release', () => {
    given(standardsDecider)
      .when(load('2025-illustrative.1', entry(), entry('oap-slcn-primary', 2, SUM_B, '2025-09-01')))
      .then([loaded(), loaded(entry('oap-slcn-primary', 2, SUM_B, '2025-09-01'))]);
  });

  it('refuses an id that is not a plain token, a version below 1 or a checksum that is not SHA-256', () => {
    given(standardsDecider)
      .when(load('r', entry('../etc')))
      .thenThrows(E.CATALOGUE_INVALID);
    given(standardsDecider)
      .when(load('r', entry(undefined, 0)))
      .thenThrows(E.CATALOGUE_INVALID);
    given(standardsDecider)
      .when(load('r', entry(undefined, 1, 'abc')))
      .thenThrows(E.CATALOGUE_INVALID);
  });

  it('refuses one file that gives the same version twice with different text', () => {
    given(standardsDecider)
      .when(load('r', entry(), entry(undefined, 1, SUM_B)))
      .thenThrows(E.VERSION_CHANGED);
  });
});

describe('a release loaded', () => {
  it('loads it again as nothing: every start-up loads every file', () => {
    given(standardsDecider, loaded()).when(load('2025-illustrative.1', entry())).then([]);
  });

  it('refuses the same version with other text, naming it: publish a new version instead', () => {
    const error = given(standardsDecider, loaded())
      .when(load('2025-illustrative.1', entry(undefined, 1, SUM_B)))
      .thenThrows(E.VERSION_CHANGED);
    expect(error.details).toEqual({ id: 'oap-slcn-primary', version: 1 });
    expect(error.message).toContain('oap-slcn-primary v1');
  });

  it('refuses the same version with another effective date', () => {
    given(standardsDecider, loaded())
      .when(load('2026.1', entry(undefined, 1, SUM_A, '2025-01-01')))
      .thenThrows(E.VERSION_CHANGED);
  });

  it('records only the new version when a later release carries the old one too', () => {
    const v2 = entry('oap-slcn-primary', 2, SUM_B, '2026-09-01');
    given(standardsDecider, loaded())
      .when(load('2026.1', entry(), v2))
      .then([loaded(v2, '2026.1')]);
  });
});
