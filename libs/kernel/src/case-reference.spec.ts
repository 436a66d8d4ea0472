import { caseIdPrefixOf, caseReferenceOf } from './case-reference.js';

describe('case reference', () => {
  it('is the first eight characters of the case id, upper case', () => {
    expect(caseReferenceOf('3f2b9c1e-0a4d-4c3b-9f7e-1234567890ab')).toBe('3F2B9C1E');
  });

  it('searches by the lower-case id prefix typed, whatever the case and spacing', () => {
    expect(caseIdPrefixOf(' 3F2B9c1E ')).toBe('3f2b9c1e');
    expect(caseIdPrefixOf('3f2b9c1e-0a4d')).toBe('3f2b9c1e-0a4d');
  });

  it('refuses what cannot be part of a case id, so a search is never a pattern', () => {
    expect(caseIdPrefixOf('')).toBeUndefined();
    expect(caseIdPrefixOf("3f%' OR 1=1")).toBeUndefined();
    expect(caseIdPrefixOf('Smith')).toBeUndefined();
  });
});
