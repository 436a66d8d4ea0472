import { parseAdvice, parseOutcomes, parseSections } from './plan-sections.parser.js';

const valid = {
  A: 'Loves trains',
  B: { primaryNeed: 'SLCN', description: 'Expressive language disorder' },
  C: 'None',
  D: 'None',
  E: ['Uses 3-word phrases'],
  F: [{ provision: 'Speech and language therapy', hours: 1, frequency: 'weekly', deliveredBy: 'therapist' }],
  G: 'None',
  H1: 'None',
  H2: 'None',
  J: 'None',
  K: ['EP report'],
};

describe('parseOutcomes (section E)', () => {
  it.each<[string, unknown, unknown]>([
    ['a plain string as one outcome', 'Speaks in sentences', [{ text: 'Speaks in sentences' }]],
    [
      'the older { text, outcomes }',
      { text: 'Communication', outcomes: ['Speaks'] },
      [{ text: 'Communication' }, { text: 'Speaks' }],
    ],
    ['the older { text }', { text: 'Speaks' }, [{ text: 'Speaks' }]],
    [
      'a list of strings and objects',
      ['Speaks', { outcomeId: 'o-4', text: 'Works', area: 'employment', by: '2027-07-16' }],
      [{ text: 'Speaks' }, { outcomeId: 'o-4', text: 'Works', area: 'employment', by: '2027-07-16' }],
    ],
  ])('accepts %s', (_, raw, value) => {
    expect(parseOutcomes(raw, 'sections.E')).toEqual({ errors: [], value });
  });

  it.each<[string, unknown, string[]]>([
    ['an empty list', [], ['sections.E']],
    ['an empty string', ' ', ['sections.E']],
    ['a number', 3, ['sections.E']],
    [
      'bad fields, each named',
      ['', { text: '' }, { text: 'x', area: 'leisure', by: '17/07/2027' }, { outcomeId: '', text: 'y' }],
      ['sections.E[0]', 'sections.E[1].text', 'sections.E[2].area', 'sections.E[2].by', 'sections.E[3].outcomeId'],
    ],
    [
      'one id given to two outcomes',
      [
        { outcomeId: 'o-1', text: 'a' },
        { outcomeId: 'o-1', text: 'b' },
      ],
      ['sections.E[1].outcomeId'],
    ],
  ])('refuses %s', (_, raw, fields) => {
    expect(parseOutcomes(raw, 'sections.E').errors.map((e) => e.field)).toEqual(fields);
  });
});

describe('parseAdvice (section K)', () => {
  it.each<[string, unknown, unknown]>([
    ['a plain string', 'EP report', [{ title: 'EP report' }]],
    ['the older { text }', { text: 'EP report' }, [{ title: 'EP report' }]],
    [
      'a list',
      ['Parent views', { title: 'EP advice', from: 'Educational psychologist', date: '2025-01-10' }],
      [{ title: 'Parent views' }, { title: 'EP advice', from: 'Educational psychologist', date: '2025-01-10' }],
    ],
  ])('accepts %s', (_, raw, value) => {
    expect(parseAdvice(raw, 'sections.K')).toEqual({ errors: [], value });
  });

  it('refuses an empty list and bad entries, naming each field', () => {
    expect(parseAdvice([], 'sections.K').errors.map((e) => e.field)).toEqual(['sections.K']);
    expect(parseAdvice([{ title: '', date: 'soon' }, 7], 'sections.K').errors.map((e) => e.field)).toEqual([
      'sections.K[0].title',
      'sections.K[0].date',
      'sections.K[1]',
    ]);
  });
});

describe('parseSections', () => {
  it('reads a whole draft with E and K as lists', () => {
    const { errors, value } = parseSections(valid);
    expect(errors).toEqual([]);
    expect(value?.E).toEqual([{ text: 'Uses 3-word phrases' }]);
    expect(value?.K).toEqual([{ title: 'EP report' }]);
    expect(value?.I).toBeUndefined();
  });

  it('passes section I on as sent, for the domain to refuse (CFA s.38(5)), whatever its shape', () => {
    expect(parseSections({ ...valid, I: { type: 'mainstream' } }).value?.I).toEqual({ type: 'mainstream' });
    expect(parseSections({ ...valid, I: { type: 'castle' } }).value?.I).toEqual({ type: 'castle' });
    expect(parseSections({ ...valid, I: null }).value?.I).toBeUndefined();
  });

  it('reads a start date on a provision item and refuses one that is not a date', () => {
    const F = [{ ...valid.F[0], startsOn: '2025-09-08' }];
    expect(parseSections({ ...valid, F }).value?.F.items[0].startsOn).toBe('2025-09-08');
    expect(parseSections({ ...valid, F: [{ ...valid.F[0], startsOn: 'September' }] }).errors.map((e) => e.field)).toEqual([
      'sections.F.items[0].startsOn',
    ]);
  });

  it('reads the standard an item goes beyond as { id, version } only, and names a malformed one', () => {
    const beyondStandard = { id: 'oap-slcn-primary', version: 2, title: 'dropped' };
    const F = [{ ...valid.F[0], beyondStandard }];
    expect(parseSections({ ...valid, F }).value?.F.items[0].beyondStandard).toEqual({ id: 'oap-slcn-primary', version: 2 });
    expect(parseSections({ ...valid }).value?.F.items[0]).not.toHaveProperty('beyondStandard');
    const bad = [{ ...valid.F[0], beyondStandard: { id: 'Not an id', version: 1.5 } }];
    expect(parseSections({ ...valid, F: bad }).errors.map((e) => e.field)).toEqual([
      'sections.F.items[0].beyondStandard.id',
      'sections.F.items[0].beyondStandard.version',
    ]);
    expect(parseSections({ ...valid, F: [{ ...valid.F[0], beyondStandard: 'oap' }] }).errors.map((e) => e.field)).toEqual([
      'sections.F.items[0].beyondStandard',
    ]);
  });
});
