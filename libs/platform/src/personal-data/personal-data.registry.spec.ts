import {
  ERASED,
  ERASED_CHILD,
  PERSONAL_DATA,
  pathsIn,
  personalFieldsIn,
  personalFieldsOf,
  readPath,
  writePath,
} from './personal-data.registry.js';

describe('personal data registry', () => {
  it("names the child's identity, section A and the free-text reasons, each with what it reads as once erased", () => {
    expect(personalFieldsOf('AssessmentRequested')).toEqual([{ path: 'child', erased: ERASED_CHILD }]);
    expect(personalFieldsOf('FinalPlanIssued')).toContainEqual({ path: 'sections.A', erased: { text: ERASED } });
    expect(personalFieldsOf('AssessmentDecided')).toEqual([{ path: 'reason', erased: ERASED }]);
    expect(personalFieldsOf('PlanOpened')).toEqual([{ path: 'dateOfBirth', erased: undefined }]);
    expect(personalFieldsOf('DeadlineStarted')).toEqual([]);
  });

  it('keeps what dashboards count out of it: section B needs and section I setting stay readable', () => {
    const paths = Object.values(PERSONAL_DATA).flatMap((fields) => fields.map((f) => f.path));
    expect(paths).not.toContain('sections');
    expect(paths).not.toContain('sections.B');
    expect(paths).not.toContain('sections.I');
    expect(paths.filter((p) => p.includes('sections.I') || p.includes('primaryNeed') || p.includes('hours'))).toEqual([]);
  });

  it("names every plan section's words, in each version of an imported plan too, and each priced line's provision", () => {
    const sections = {
      A: { text: 'a' },
      B: { primaryNeed: 'ASD', description: 'b' },
      C: { text: 'c' },
      D: { text: 'd' },
      E: [
        { outcomeId: 'o-1', text: 'e1', area: 'education' },
        { outcomeId: 'o-2', text: 'e2' },
      ],
      F: { items: [{ provision: 'f1', hours: 2, frequency: 'weekly', deliveredBy: 'SaLT' }] },
      G: { text: 'g' },
      H1: { text: 'h1' },
      H2: { text: 'h2' },
      I: { type: 'mainstream', name: 'Oak Primary' },
      J: { text: 'j' },
      K: [{ title: 'k1', from: 'EP service' }],
    };
    const paths = personalFieldsIn('FinalPlanIssued', { version: 1, sections }).map((f) => f.path);
    expect(paths.sort()).toEqual(
      [
        'sections.A',
        'sections.B.description',
        'sections.C',
        'sections.D',
        'sections.E.0.text',
        'sections.E.1.text',
        'sections.F.items.0.provision',
        'sections.G',
        'sections.H1',
        'sections.H2',
        'sections.J',
        'sections.K.0.title',
      ].sort(),
    );
    const imported = personalFieldsIn('PlanImported', { child: {}, versions: [{ sections }, { sections }] }).map((f) => f.path);
    expect(imported).toContain('child');
    expect(imported).toContain('versions.1.sections.E.1.text');
    expect(imported.filter((p) => p.startsWith('versions.0.'))).toHaveLength(12);
    expect(personalFieldsIn('PlanPriced', { lines: [{ provision: 'x', annualPence: 1 }, {}] })).toEqual([
      { path: 'lines.0.provision', erased: ERASED },
    ]);
    expect(personalFieldsIn('MediationHeld', { disputeId: 'd', on: '2025-01-01' })).toEqual([]);
  });

  it('finds the concrete paths of a pattern, each element of a list for a star, none where the shape differs', () => {
    const data = { E: [{ text: 'a' }, { area: 'health' }, { text: 'c' }], F: 'old text' };
    expect(pathsIn(data, 'E.*.text')).toEqual(['E.0.text', 'E.2.text']);
    expect(pathsIn(data, 'F.items.*.provision')).toEqual([]);
    expect(pathsIn(data, 'E')).toEqual(['E']);
    expect(pathsIn({ E: { text: 'not a list' } }, 'E.*.text')).toEqual([]);
  });

  it('reads and replaces a dotted path without touching the original', () => {
    const data = { version: 2, sections: { A: { text: 'likes trains' }, B: { primaryNeed: 'ASD' } } };
    const next = writePath(data, 'sections.A', { personal: 'x' });
    expect(next).toEqual({ version: 2, sections: { A: { personal: 'x' }, B: { primaryNeed: 'ASD' } } });
    expect(data.sections.A).toEqual({ text: 'likes trains' });
    expect(readPath(next, 'sections.B.primaryNeed')).toBe('ASD');
    expect(readPath(next, 'sections.Z.text')).toBeUndefined();
    expect(writePath({ a: 1, dateOfBirth: '2016-01-01' }, 'dateOfBirth', undefined)).toEqual({ a: 1 });
    const list = { E: [{ text: 'a' }, { text: 'b' }] };
    const sealed = writePath(list, 'E.1.text', { personal: 'y' }) as typeof list;
    expect(Array.isArray(sealed.E)).toBe(true);
    expect(sealed).toEqual({ E: [{ text: 'a' }, { text: { personal: 'y' } }] });
    expect(list.E[1]).toEqual({ text: 'b' });
  });
});
