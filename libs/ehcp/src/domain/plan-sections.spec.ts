import { assignOutcomeIds, normaliseSections, type Outcome, type PlanSections } from './plan-sections.js';

describe('assignOutcomeIds', () => {
  const previous: Outcome[] = [
    { outcomeId: 'o-1', text: 'Uses 3-word phrases' },
    { outcomeId: 'o-2', text: 'Reads a page' },
  ];

  it('numbers the outcomes of a first version o-1, o-2 … in order', () => {
    expect(
      assignOutcomeIds([], ['Reads a page', { text: 'Dresses alone', area: 'independent-living', by: '2026-07-17' }]),
    ).toEqual([
      { outcomeId: 'o-1', text: 'Reads a page' },
      { outcomeId: 'o-2', text: 'Dresses alone', area: 'independent-living', by: '2026-07-17' },
    ]);
  });

  it('keeps an id sent with the outcome, even when its text changed', () => {
    expect(assignOutcomeIds(previous, [{ outcomeId: 'o-2', text: 'Reads two pages' }])).toEqual([
      { outcomeId: 'o-2', text: 'Reads two pages' },
    ]);
  });

  it('keeps the id of an outcome whose text matches an earlier one, spaces and case aside', () => {
    expect(assignOutcomeIds(previous, ['reads  a PAGE '])).toEqual([{ outcomeId: 'o-2', text: 'reads  a PAGE ' }]);
  });

  it('gives a new outcome the next id after every id seen, never one already used', () => {
    expect(assignOutcomeIds(previous, ['Rides a bike', { outcomeId: 'o-7', text: 'Swims' }, 'Makes a friend'])).toEqual([
      { outcomeId: 'o-8', text: 'Rides a bike' },
      { outcomeId: 'o-7', text: 'Swims' },
      { outcomeId: 'o-9', text: 'Makes a friend' },
    ]);
  });

  it('does not give one earlier id to two outcomes with the same text, nor one already claimed by id', () => {
    expect(assignOutcomeIds(previous, ['Reads a page', 'Reads a page'])).toEqual([
      { outcomeId: 'o-2', text: 'Reads a page' },
      { outcomeId: 'o-3', text: 'Reads a page' },
    ]);
    expect(assignOutcomeIds(previous, [{ outcomeId: 'o-1', text: 'Talks' }, 'Uses 3-word phrases'])).toEqual([
      { outcomeId: 'o-1', text: 'Talks' },
      { outcomeId: 'o-3', text: 'Uses 3-word phrases' },
    ]);
  });

  it('is deterministic: the same input gives the same ids, so a replay reproduces them', () => {
    expect(assignOutcomeIds(previous, ['A', 'B'])).toEqual(assignOutcomeIds(previous, ['A', 'B']));
  });

  it('reads ids of another form (a UUID) without counting them', () => {
    const uuid = '6f1f6a2e-8f7e-4a55-9a6f-3d2b1c0e9f11';
    expect(assignOutcomeIds([{ outcomeId: uuid, text: 'Old' }], ['New', 'Old'])).toEqual([
      { outcomeId: 'o-1', text: 'New' },
      { outcomeId: uuid, text: 'Old' },
    ]);
  });
});

describe('normaliseSections', () => {
  const base = { A: { text: 'a' } } as unknown as PlanSections;

  it('leaves sections already in today’s shape as they are', () => {
    const today = { ...base, E: [{ outcomeId: 'o-1', text: 'x' }], K: [{ title: 'y' }] } as PlanSections;
    expect(normaliseSections(today)).toBe(today);
  });

  it.each<[string, unknown, unknown]>([
    ['a string', 'Speaks', [{ outcomeId: 'o-1', text: 'Speaks' }]],
    ['{ text }', { text: 'Speaks' }, [{ outcomeId: 'o-1', text: 'Speaks' }]],
    [
      '{ text, outcomes }',
      { text: 'Communication', outcomes: ['Speaks', 'Reads'] },
      [
        { outcomeId: 'o-1', text: 'Communication' },
        { outcomeId: 'o-2', text: 'Speaks' },
        { outcomeId: 'o-3', text: 'Reads' },
      ],
    ],
    [
      '{ text, outcomes } whose text repeats an outcome',
      { text: 'Speaks', outcomes: ['Speaks', 'Reads'] },
      [
        { outcomeId: 'o-1', text: 'Speaks' },
        { outcomeId: 'o-2', text: 'Reads' },
      ],
    ],
  ])('reads an old E as %s as a list of outcomes', (_, E, expected) => {
    expect(normaliseSections({ ...base, E, K: [] } as unknown as PlanSections).E).toEqual(expected);
  });

  it.each([
    ['a string', 'EP report'],
    ['{ text }', { text: 'EP report' }],
  ])('reads an old K as %s as one entry', (_, K) => {
    expect(normaliseSections({ ...base, E: [], K } as unknown as PlanSections).K).toEqual([{ title: 'EP report' }]);
  });
});
