import { fraction, type Fraction } from './money.js';

/**
 * How often an item of section F recurs, read from its frequency words. Amounts per week are multiplied
 * by the weeks the setting is open (the reference data's weeksOpen) to give a year's quantity.
 */
export type Recurrence =
  | { readonly kind: 'per-week'; readonly perWeek: Fraction }
  /** A fixed number of times a year, however many weeks the setting is open (an annual review). */
  | { readonly kind: 'per-year'; readonly perYear: Fraction }
  /** A one-off: counted once in the year the plan is priced. */
  | { readonly kind: 'once' }
  /** Equipment and adaptations, there all the time: only an annual tariff can price it. */
  | { readonly kind: 'continuous' }
  | { readonly kind: 'unknown' };

interface Period {
  readonly words: string;
  readonly recurrence: Recurrence;
  readonly why: string;
}

const perWeek = (num: number, den = 1): Recurrence => ({ kind: 'per-week', perWeek: fraction(num, den) });

/** The documented meaning of each period word (also served by GET /api/v1/funding/tariffs). */
export const PERIODS: Readonly<Record<string, Period>> = {
  day: { words: 'daily, a day, every (school) day', recurrence: perWeek(5), why: '5 school days a week' },
  week: { words: 'weekly, a week, every week', recurrence: perWeek(1), why: 'once each week the setting is open' },
  fortnight: { words: 'fortnightly, every fortnight', recurrence: perWeek(1, 2), why: 'half a time a week' },
  month: { words: 'monthly, a month', recurrence: perWeek(12, 52), why: '12 months in 52 weeks: 9 in a 39-week year' },
  'half term': {
    words: 'half-termly, every half term',
    recurrence: perWeek(2, 13),
    why: '6 half terms in a 39-week year: one every 6.5 weeks',
  },
  term: { words: 'termly, every term', recurrence: perWeek(1, 13), why: '3 terms in a 39-week year: 1/13 of a week' },
  year: {
    words: 'annually, yearly, a year',
    recurrence: { kind: 'per-year', perYear: fraction(1) },
    why: 'once a year, whatever the weeks open',
  },
};

const ADVERBS: Readonly<Record<string, keyof typeof PERIODS>> = {
  daily: 'day',
  weekly: 'week',
  fortnightly: 'fortnight',
  monthly: 'month',
  'half termly': 'half term',
  termly: 'term',
  annually: 'year',
  yearly: 'year',
};

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

const NUM = `(\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join('|')})`;
const COUNT = new RegExp(`^(?:(once|twice|thrice)|${NUM}\\s*(?:x|times|sessions?|lessons?|days?|visits?))\\s+(.+)$`);
const UNIT = /^(?:a|an|per|each|every)\s+(?:school\s+)?(day|weekday|week|fortnight|month|half term|term|year)$/;
const EVERY_N_WEEKS = new RegExp(`^every\\s+${NUM}\\s+weeks$`);
const TERM_TIME = /\s*[,(-]?\s*(?:in |during )?term[- ]time(?: only)?\)?$/;

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/-/g, ' ').replace(/\s+/g, ' ').replace(TERM_TIME, '').trim();
}

function numberOf(word: string): number {
  return NUMBER_WORDS[word] ?? Number(word);
}

/** "weekly", "a week", "every 2 weeks", "every monday and thursday" … without a count in front. */
function readPeriod(text: string): Recurrence {
  const adverb = ADVERBS[text];
  if (adverb) return PERIODS[adverb].recurrence;
  const unit = UNIT.exec(text);
  if (unit) return PERIODS[unit[1] === 'weekday' ? 'day' : unit[1]].recurrence;
  if (text === 'every other week') return PERIODS.fortnight.recurrence;
  const everyN = EVERY_N_WEEKS.exec(text);
  if (everyN) {
    // In hundredths, so that "every 1.5 weeks" stays exact; "every 0 weeks" means nothing.
    const hundredths = Math.round(numberOf(everyN[1]) * 100);
    return hundredths > 0 ? perWeek(100, hundredths) : { kind: 'unknown' };
  }
  const days = new Set(WEEKDAYS.filter((d) => new RegExp(`\\b${d}s?\\b`).test(text)));
  const onlyDays = text.replace(/\b(?:every|each|on|and|monday|tuesday|wednesday|thursday|friday)s?\b|[,&]/g, '').trim();
  if (days.size > 0 && onlyDays === '') return perWeek(days.size);
  return { kind: 'unknown' };
}

/** Multiplies a period by its count: "3 times a week" is 3 a week; "twice termly" 2/13 a week. */
function scaled(period: Recurrence, count: number): Recurrence {
  const n = fraction(Math.round(count * 100), 100);
  switch (period.kind) {
    case 'per-week':
      return { kind: 'per-week', perWeek: fraction(period.perWeek.num * n.num, period.perWeek.den * n.den) };
    case 'per-year':
      return { kind: 'per-year', perYear: fraction(period.perYear.num * n.num, period.perYear.den * n.den) };
    case 'once':
    case 'continuous':
    case 'unknown':
      return { kind: 'unknown' };
    default: {
      const _: never = period;
      return _;
    }
  }
}

export function readFrequency(frequency: string): Recurrence {
  if (typeof frequency !== 'string') return { kind: 'unknown' };
  const text = normalise(frequency);
  if (/^(?:continuous(?:ly)?|at all times)$/.test(text)) return { kind: 'continuous' };
  if (text === 'once' || text === 'one off') return { kind: 'once' };
  const counted = COUNT.exec(text);
  if (!counted) return readPeriod(text);
  const [, word, digits, rest] = counted;
  const count = word ? { once: 1, twice: 2, thrice: 3 }[word as 'once' | 'twice' | 'thrice'] : numberOf(digits);
  return scaled(readPeriod(rest), count);
}
