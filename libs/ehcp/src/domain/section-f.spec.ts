import { READABLE_FREQUENCIES, UNREADABLE_FREQUENCIES } from '../../../statutory/src/provision-frequency.fixtures.js';
import type { ProvisionItem } from './plan-sections.js';
import { checkSectionF, isTimeBased } from './section-f.js';

const item = (overrides: Partial<ProvisionItem>): ProvisionItem => ({
  provision: 'Speech and language therapy, direct 1:1',
  hours: 1,
  frequency: 'weekly',
  deliveredBy: 'specialist speech and language therapist',
  ...overrides,
});

describe('checkSectionF', () => {
  it.each([
    ['weekly', 1],
    ['twice weekly', 0.5],
    ['5 times a week', 0.5],
    ['3 sessions per week', 1],
    ['once a term', 2],
    ['every school day', 0.25],
    ['fortnightly (term time only)', 1],
    ['per day', 6],
    ['Daily', 1],
  ])('accepts "%s" with hours', (frequency, hours) => {
    expect(checkSectionF([item({ frequency, hours })])).toEqual([]);
  });

  it.each(['continuous', 'at all times', 'once'])('accepts "%s" without hours', (frequency) => {
    expect(checkSectionF([item({ provision: 'Sloped writing board', frequency, hours: undefined })])).toEqual([]);
  });

  it('refuses an empty list', () => {
    expect(checkSectionF([])).toEqual([{ field: 'sections.F.items', message: expect.stringContaining('add each item') }]);
  });

  it.each([
    'access to',
    'regular',
    'regularly',
    'opportunities',
    'opportunity',
    'as required',
    'as needed',
    'as appropriate',
    'where appropriate',
    'when necessary',
    'up to',
    'periodic',
    'ongoing',
    'may',
    'should',
  ])('refuses "%s" in the provision and says what to write instead', (phrase) => {
    const problems = checkSectionF([item({ provision: `Literacy teaching, ${phrase.toUpperCase()} small group` })]);
    expect(problems).toEqual([{ field: 'sections.F.items[0].provision', message: expect.stringContaining(`"${phrase}"`) }]);
    expect(problems[0].message).toMatch(/say|name|give|state|write/);
  });

  it('never refuses a quantified item for a plain noun such as "support"', () => {
    const quantified = item({ provision: 'Literacy support in a small group, led by a specialist teacher', frequency: 'weekly' });
    expect(checkSectionF([quantified])).toEqual([]);
  });

  it('matches whole words only', () => {
    const fine = item({ provision: 'Supported reading with the Mayfield scheme, in a regulated small group' });
    expect(checkSectionF([fine])).toEqual([]);
  });

  it('refuses vague wording in the frequency once, without also calling it not a frequency', () => {
    expect(checkSectionF([item({ frequency: 'as required' })])).toEqual([
      { field: 'sections.F.items[0].frequency', message: expect.stringContaining('"as required"') },
    ]);
  });

  it.each(['sometimes', 'when the child is upset', 'termly-ish', ' ', 'each lesson', 'twice'])(
    'refuses "%s" as not a concrete recurrence',
    (frequency) => {
      const problems = checkSectionF([item({ frequency })]);
      expect(problems.map((p) => p.field)).toContain('sections.F.items[0].frequency');
      expect(problems[0].message).toContain('weekly');
    },
  );

  it('refuses a blank deliverer', () => {
    expect(checkSectionF([item({ deliveredBy: '  ' })])).toEqual([
      { field: 'sections.F.items[0].deliveredBy', message: expect.stringContaining('by role') },
    ]);
  });

  it.each([
    ['missing', undefined],
    ['zero', 0],
    ['negative', -1],
    ['not a number', Number.NaN],
  ])('refuses %s hours for provision that recurs', (_, hours) => {
    expect(checkSectionF([item({ hours, frequency: 'twice weekly' })])).toEqual([
      { field: 'sections.F.items[0].hours', message: expect.stringMatching(/0\.5 for 30 minutes/) },
    ]);
  });

  it('reports every problem of every item with its index', () => {
    const problems = checkSectionF([item({}), item({ provision: 'Opportunities to socialise', hours: undefined })]);
    expect(problems.map((p) => p.field)).toEqual(['sections.F.items[1].provision', 'sections.F.items[1].hours']);
  });
});

describe('section F, item by item: what the case law refuses, and quantified items that pass', () => {
  const TA: ProvisionItem = {
    provision: 'Teaching assistant support in class',
    hours: 15,
    frequency: 'weekly',
    deliveredBy: 'trained teaching assistant',
  };

  it('passes "Teaching assistant support in class, 15 hours weekly, trained teaching assistant"', () => {
    expect(checkSectionF([TA])).toEqual([]);
  });

  it.each<[string, Partial<ProvisionItem>]>([
    ['a plain noun: support', { provision: 'Literacy support in a small group' }],
    ['"should" inside a word', { provision: 'Shoulder and arm physiotherapy exercises' }],
    ['"may" inside a word', { provision: 'Reading with the Mayfield scheme' }],
    ['the month of May, with a date', { provision: 'Social skills group from 6 May 2025' }],
    ['the month of May, after a preposition', { provision: 'Transition visits in May to the new class' }],
    ['May half term', { provision: 'Swimming lessons after May half term' }],
    ['"up to date"', { provision: 'Reading programme kept up to date by the SENCo' }],
    ['"up-to-date"', { provision: 'Up-to-date hearing aid maintenance' }],
    ['"regular" with a number', { provision: 'Regular 30-minute phonics sessions', hours: 0.5, frequency: '3 times a week' }],
    ['"regular" as in a mainstream class', { provision: 'Teaching assistant support in the regular classroom' }],
    ['"access" without "to"', { provision: 'Teaching assistant support to access the curriculum' }],
    ['"opportune" is not "opportunity"', { provision: 'Opportune check-ins by key worker, 10 minutes' }],
    ['equipment with no hours', { provision: 'Sloped writing board', hours: undefined, frequency: 'continuous' }],
    ['a one-off with no hours', { provision: 'Specialist seating assessment', hours: undefined, frequency: 'once' }],
  ])('passes a quantified item with %s', (_, overrides) => {
    expect(checkSectionF([{ ...TA, ...overrides }])).toEqual([]);
  });

  it.each<[string, Partial<ProvisionItem>, string, string]>([
    ['no frequency', { frequency: '' }, 'frequency', 'say how often'],
    ['no deliverer', { deliveredBy: ' ' }, 'deliveredBy', 'say who delivers it'],
    ['time-based with no hours', { hours: undefined }, 'hours', 'how many hours'],
    ['"access to"', { provision: 'Access to speech and language therapy' }, 'provision', '"access to"'],
    ['"up to"', { provision: 'Teaching assistant support, up to 15 hours' }, 'provision', '"up to"'],
    ['"up-to"', { provision: 'Teaching assistant support, up-to 15 hours' }, 'provision', '"up to"'],
    ['"as required"', { frequency: 'as required' }, 'frequency', '"as required"'],
    ['"as required" in the provision', { provision: 'Teaching assistant support as required' }, 'provision', '"as required"'],
    ['"opportunities for"', { provision: 'Opportunities for social interaction' }, 'provision', '"opportunities"'],
    ['"regular" without a number', { provision: 'Regular teaching assistant support' }, 'provision', '"regular"'],
    ['"regular" as the frequency', { frequency: 'regular' }, 'frequency', '"regular"'],
    ['"may" as a hedge', { provision: 'Teaching assistant support may be given in class' }, 'provision', '"may"'],
    ['"May" as a hedge at the start', { provision: 'May include teaching assistant support' }, 'provision', '"may"'],
    ['"should"', { provision: 'Teaching assistant support should be given' }, 'provision', '"should"'],
    ['"as and when"', { provision: 'Teaching assistant support as and when needed' }, 'provision', '"as and when"'],
  ])('refuses an item with %s, naming the item and the words', (_, overrides, part, words) => {
    const problems = checkSectionF([TA, { ...TA, ...overrides }]);
    expect(problems.map((p) => p.field)).toEqual([`sections.F.items[1].${part}`]);
    expect(problems[0].message).toMatch(/^Item 2( \(".+"\))?: /);
    expect(problems[0].message.toLowerCase()).toContain(words.toLowerCase());
  });
});

describe('isTimeBased', () => {
  it('counts hours for recurrences but not for one-off or continuous provision', () => {
    expect(['weekly', 'once a week', 'twice weekly'].map(isTimeBased)).toEqual([true, true, true]);
    expect(['once', 'continuous', 'at all times', 'sometimes'].map(isTimeBased)).toEqual([false, false, false, false]);
  });
});

describe('frequencies, read as funding reads them', () => {
  it.each(READABLE_FREQUENCIES)('accepts %p, which funding can count', (frequency) => {
    expect(checkSectionF([item({ frequency })]).filter((p) => p.field.endsWith('.frequency'))).toEqual([]);
  });

  it.each(UNREADABLE_FREQUENCIES)('refuses %p, which funding cannot count', (frequency) => {
    expect(checkSectionF([item({ frequency })]).map((p) => p.field)).toContain('sections.F.items[0].frequency');
  });
});
