import { checkSectionF } from '@send/ehcp';
import { readFrequency } from '@send/funding';

/**
 * A plan the ehcp context lets be issued is one the funding context can price: for every frequency ehcp
 * accepts, funding counts it, and every frequency funding counts is one ehcp accepts (SEND Code of
 * Practice 9.69: section F specified and quantified). Both read statutory's provision-frequency.ts; this
 * checks the two contexts end to end over the grammar's words and some that are near it.
 */
const COUNTS = [
  '',
  'once ',
  'twice ',
  'thrice ',
  '3 times ',
  '2x ',
  'three sessions ',
  '4 lessons ',
  '2 days ',
  '3 visits ',
  '0 times ',
  '1.5 times ',
];
const PERIODS = [
  'daily',
  'weekly',
  'fortnightly',
  'monthly',
  'half-termly',
  'termly',
  'annually',
  'yearly',
  'a day',
  'per week',
  'an hour',
  'each term',
  'every school day',
  'every weekday',
  'every other week',
  'every 2 weeks',
  'every 2 months',
  'every 2 days',
  'every lesson',
  'a session',
  'every morning',
  'every monday',
  'on mondays and fridays',
  'continuous',
  'once',
  '',
];
const SUFFIXES = ['', ' (term time only)'];
const FREQUENCIES = COUNTS.flatMap((c) => PERIODS.flatMap((p) => SUFFIXES.map((s) => `${c}${p}${s}`.trim()))).filter(
  (f) => f !== '',
);

const ehcpAccepts = (frequency: string) =>
  checkSectionF([{ provision: 'Speech and language therapy, 1:1', hours: 1, frequency, deliveredBy: 'therapist' }]).every(
    (p) => !p.field.endsWith('.frequency'),
  );
const fundingCounts = (frequency: string) => readFrequency(frequency).kind !== 'unknown';

describe('section F frequencies: ehcp and funding read them alike', () => {
  it('funding counts every frequency ehcp accepts, and ehcp accepts every one funding counts', () => {
    const disagree = FREQUENCIES.filter((f) => ehcpAccepts(f) !== fundingCounts(f));
    expect(disagree).toEqual([]);
  });

  it('accepts a good share of the words, so the check above is not vacuous', () => {
    expect(FREQUENCIES.filter(ehcpAccepts).length).toBeGreaterThan(100);
  });
});
