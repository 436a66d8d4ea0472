import { ERASED, ERASED_CHILD, PERSONAL_DATA, personalFieldsOf, readPath, writePath } from './personal-data.registry.js';

describe('personal data registry', () => {
  it("names the child's identity, section A and the free-text reasons, each with what it reads as once erased", () => {
    expect(personalFieldsOf('AssessmentRequested')).toEqual([{ path: 'child', erased: ERASED_CHILD }]);
    expect(personalFieldsOf('FinalPlanIssued')).toEqual([{ path: 'sections.A', erased: { text: ERASED } }]);
    expect(personalFieldsOf('AssessmentDecided')).toEqual([{ path: 'reason', erased: ERASED }]);
    expect(personalFieldsOf('PlanOpened')).toEqual([{ path: 'dateOfBirth', erased: undefined }]);
    expect(personalFieldsOf('DeadlineStarted')).toEqual([]);
  });

  it('keeps what dashboards count out of it: section B needs and section I setting stay readable', () => {
    const paths = Object.values(PERSONAL_DATA).flatMap((fields) => fields.map((f) => f.path));
    expect(paths).not.toContain('sections');
    expect(paths).not.toContain('sections.B');
    expect(paths).not.toContain('sections.I');
  });

  it('reads and replaces a dotted path without touching the original', () => {
    const data = { version: 2, sections: { A: { text: 'likes trains' }, B: { primaryNeed: 'ASD' } } };
    const next = writePath(data, 'sections.A', { personal: 'x' });
    expect(next).toEqual({ version: 2, sections: { A: { personal: 'x' }, B: { primaryNeed: 'ASD' } } });
    expect(data.sections.A).toEqual({ text: 'likes trains' });
    expect(readPath(next, 'sections.B.primaryNeed')).toBe('ASD');
    expect(readPath(next, 'sections.Z.text')).toBeUndefined();
    expect(writePath({ a: 1, dateOfBirth: '2016-01-01' }, 'dateOfBirth', undefined)).toEqual({ a: 1 });
  });
});
