/**
 * The one grammar of how often an item of section F is provided. Section F must be "detailed and
 * specific" and "normally quantified" (SEND Code of Practice 9.69): the ehcp context refuses a plan
 * whose frequency this grammar cannot read, and the funding context counts each item by what it reads,
 * so every plan that can be issued can be priced and every frequency priced is one a plan may state.
 *
 * A frequency reads as times a week the setting is open (multiplied by its weeks open to give a year),
 * a fixed number of times a year, a one-off, or continuous (equipment and adaptations, with nothing to
 * count). Anything else is unknown: "each lesson" or "every morning" leave the amount to a timetable
 * nobody wrote down, and "twice" says how many but not over what time.
 */

/** A count per period as a fraction in lowest terms, so that "monthly" stays exactly 3/13 of a week. */
export interface FrequencyRatio {
  readonly num: number;
  readonly den: number;
}

export type ProvisionFrequency =
  | { readonly kind: 'per-week'; readonly perWeek: FrequencyRatio }
  /** A fixed number of times a year, however many weeks the setting is open (an annual review). */
  | { readonly kind: 'per-year'; readonly perYear: FrequencyRatio }
  /** A one-off: counted once in the year the plan is priced. */
  | { readonly kind: 'once' }
  /** Equipment and adaptations, there all the time. */
  | { readonly kind: 'continuous' }
  | { readonly kind: 'unknown' };

type Recurring = Extract<ProvisionFrequency, { kind: 'per-week' | 'per-year' }>;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

function ratio(num: number, den = 1): FrequencyRatio {
  const g = gcd(num, den) || 1;
  return { num: num / g, den: den / g };
}

const perWeek = (num: number, den = 1): Recurring => ({ kind: 'per-week', perWeek: ratio(num, den) });
const UNKNOWN: ProvisionFrequency = { kind: 'unknown' };

interface Period {
  readonly words: string;
  readonly recurrence: Recurring;
  readonly why: string;
}

/** The documented meaning of each period word (served by GET /api/v1/funding/tariffs). */
export const PROVISION_PERIODS: Readonly<Record<string, Period>> = {
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
    recurrence: { kind: 'per-year', perYear: ratio(1) },
    why: 'once a year, whatever the weeks open',
  },
};

const ADVERBS: Readonly<Record<string, string>> = {
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

const WORD = Object.keys(NUMBER_WORDS).join('|');
/** A count is a whole number of times: "1.5 times a week" is said as "3 times a fortnight". */
const COUNT = new RegExp(`^(?:(once|twice|thrice)|(\\d+|${WORD})\\s*(?:x|times|sessions?|lessons?|days?|visits?))\\s+(.+)$`);
const UNIT = /^(?:a|an|per|each|every)\s+(?:school\s+)?(day|weekday|week|fortnight|month|half term|term|year)$/;
/** "every 3 weeks", "every 1.5 weeks", "every 2 terms": not days, which a weekend makes ambiguous. */
const EVERY_N = new RegExp(`^every\\s+(\\d+(?:\\.\\d+)?|${WORD})\\s+(week|fortnight|month|half term|term|year)s?$`);
const TERM_TIME = /\s*[,(-]?\s*(?:in |during )?term[- ]time(?: only)?\)?$/;

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/-/g, ' ').replace(/\s+/g, ' ').replace(TERM_TIME, '').trim();
}

const numberOf = (word: string): number => NUMBER_WORDS[word] ?? Number(word);

function times(r: Recurring, num: number, den = 1): Recurring {
  return r.kind === 'per-week'
    ? perWeek(r.perWeek.num * num, r.perWeek.den * den)
    : { kind: 'per-year', perYear: ratio(r.perYear.num * num, r.perYear.den * den) };
}

/** "every 3 weeks" is a third of "weekly"; in hundredths so that "every 1.5 weeks" stays exact. */
function everyN(text: string): Recurring | undefined {
  const match = EVERY_N.exec(text);
  if (!match) return undefined;
  const hundredths = Math.round(numberOf(match[1]) * 100);
  const period = PROVISION_PERIODS[match[2]].recurrence;
  return hundredths > 0 ? times(period, 100, hundredths) : undefined;
}

/** "weekly", "a week", "every 2 weeks", "every monday and thursday" … without a count in front. */
function readPeriod(text: string): Recurring | undefined {
  const adverb = ADVERBS[text];
  if (adverb) return PROVISION_PERIODS[adverb].recurrence;
  const unit = UNIT.exec(text);
  if (unit) return PROVISION_PERIODS[unit[1] === 'weekday' ? 'day' : unit[1]].recurrence;
  if (text === 'every other week') return PROVISION_PERIODS.fortnight.recurrence;
  const every = everyN(text);
  if (every) return every;
  const days = new Set(WEEKDAYS.filter((d) => new RegExp(`\\b${d}s?\\b`).test(text)));
  const onlyDays = text.replace(/\b(?:every|each|on|and|monday|tuesday|wednesday|thursday|friday)s?\b|[,&]/g, '').trim();
  if (days.size > 0 && onlyDays === '') return perWeek(days.size);
  return undefined;
}

/** How often an item of section F is provided, read from its frequency words. */
export function readProvisionFrequency(frequency: unknown): ProvisionFrequency {
  if (typeof frequency !== 'string') return UNKNOWN;
  const text = normalise(frequency);
  if (/^(?:continuous(?:ly)?|at all times)$/.test(text)) return { kind: 'continuous' };
  if (text === 'once' || text === 'one off') return { kind: 'once' };
  const counted = COUNT.exec(text);
  if (!counted) return readPeriod(text) ?? UNKNOWN;
  const [, word, digits, rest] = counted;
  const count = word ? { once: 1, twice: 2, thrice: 3 }[word as 'once' | 'twice' | 'thrice'] : numberOf(digits);
  const period = readPeriod(rest);
  // "0 times a week" provides nothing; a count too large to hold exactly is no plan's provision.
  if (period === undefined || count < 1 || !Number.isSafeInteger(count)) return UNKNOWN;
  const scaled = times(period, count);
  const { num, den } = scaled.kind === 'per-week' ? scaled.perWeek : scaled.perYear;
  return Number.isSafeInteger(num) && Number.isSafeInteger(den) ? scaled : UNKNOWN;
}

/** Whether the provision recurs, so that its hours each time must be stated to quantify it. */
export function recurs(frequency: ProvisionFrequency): frequency is Recurring {
  return frequency.kind === 'per-week' || frequency.kind === 'per-year';
}
