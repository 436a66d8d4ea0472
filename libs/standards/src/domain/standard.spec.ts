import { DomainError } from '@send/kernel';
import { citationWords, citeStandard, standardsInForce, withEffectiveTo, type StandardEntry } from './standard.js';
import { StandardsErrors as E } from './standards.errors.js';

const base: StandardEntry = {
  id: 'oap-slcn-primary',
  version: 1,
  kind: 'ordinarily-available',
  need: 'SLCN',
  phase: 'primary',
  title: 'Language-rich classroom',
  text: 'Visual timetables …',
  source: 'Illustrative',
  effectiveFrom: '2024-09-01',
};
const v2: StandardEntry = {
  ...base,
  version: 2,
  title: 'Language-rich classroom and termly review',
  effectiveFrom: '2025-09-01',
};
const other: StandardEntry = { ...base, id: 'oap-asd-primary', need: 'ASD', title: 'Predictable routines' };
const versions = withEffectiveTo([v2, other, base]);

const refusal = (fn: () => unknown): DomainError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('versions of a standard', () => {
  it('end the day before the next version takes effect; the latest has no end', () => {
    expect(versions.map((v) => [v.id, v.version, v.effectiveFrom, v.effectiveTo])).toEqual([
      ['oap-asd-primary', 1, '2024-09-01', undefined],
      ['oap-slcn-primary', 1, '2024-09-01', '2025-08-31'],
      ['oap-slcn-primary', 2, '2025-09-01', undefined],
    ]);
  });

  it('give one version of each standard in force on a date', () => {
    expect(standardsInForce(versions, '2025-08-31').map((v) => `${v.id} v${v.version}`)).toEqual([
      'oap-asd-primary v1',
      'oap-slcn-primary v1',
    ]);
    expect(standardsInForce(versions, '2025-09-01').map((v) => `${v.id} v${v.version}`)).toEqual([
      'oap-asd-primary v1',
      'oap-slcn-primary v2',
    ]);
    expect(standardsInForce(versions, '2024-08-31')).toEqual([]);
  });
});

describe('citing a standard on a decision date', () => {
  it('records the version in force as it stood: id, version, kind, need, title and effective date', () => {
    expect(citeStandard(versions, { id: 'oap-slcn-primary', version: 1 }, '2025-03-14')).toEqual({
      id: 'oap-slcn-primary',
      version: 1,
      kind: 'ordinarily-available',
      need: 'SLCN',
      title: 'Language-rich classroom',
      effectiveFrom: '2024-09-01',
    });
  });

  it('refuses an unknown id, or a version the catalogue does not have, naming the versions it has', () => {
    expect(refusal(() => citeStandard(versions, { id: 'nope', version: 1 }, '2025-03-14')).code).toBe(E.UNKNOWN_STANDARD);
    const error = refusal(() => citeStandard(versions, { id: 'oap-slcn-primary', version: 3 }, '2025-03-14'));
    expect(error.code).toBe(E.UNKNOWN_STANDARD);
    expect(error.details).toEqual({ field: 'standard', versions: [1, 2] });
  });

  it('refuses a version superseded on the decision date, and one not yet in force, naming the one that was', () => {
    const superseded = refusal(() => citeStandard(versions, { id: 'oap-slcn-primary', version: 1 }, '2025-09-01'));
    expect(superseded.code).toBe(E.NOT_IN_FORCE);
    expect(superseded.details).toEqual({ field: 'standard', effectiveFrom: '2024-09-01', inForce: 2 });
    expect(refusal(() => citeStandard(versions, { id: 'oap-slcn-primary', version: 2 }, '2025-08-31')).code).toBe(E.NOT_IN_FORCE);
  });

  it('reads in words with its id, version, title and effective date', () => {
    const cited = citeStandard(versions, { id: 'oap-slcn-primary', version: 2 }, '2025-10-01');
    expect(citationWords(cited)).toBe(
      "Needs can be met from ordinarily available provision: oap-slcn-primary v2 'Language-rich classroom and termly review' (in force from 2025-09-01)",
    );
  });
});
