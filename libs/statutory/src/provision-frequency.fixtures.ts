/**
 * Frequencies a plan may state and ones it may not, shared by the ehcp and funding tests so that the two
 * read section F alike: ehcp accepts every READABLE one and funding counts it; ehcp refuses every
 * UNREADABLE one and funding cannot count it. "was:" notes where the two contexts read it differently
 * before they shared one grammar.
 */
export const READABLE_FREQUENCIES: readonly string[] = [
  'weekly',
  'Daily',
  'twice weekly',
  '5 times a week',
  '3 sessions per week',
  '2 lessons a week',
  'once a term',
  'twice a term',
  'every school day',
  'per day',
  'fortnightly (term time only)',
  'weekly, term time',
  'every other week',
  'every 3 weeks',
  'every 1.5 weeks',
  'half-termly',
  'once every half term',
  'twice a year',
  'annually',
  'every Monday and Thursday',
  'continuous',
  'at all times',
  'once',
  // was: funding counted these and ehcp refused them
  'thrice weekly',
  '5 days a week',
  '3 visits a term',
  'a weekday',
  'on Tuesdays',
  'Mondays and Thursdays',
  'one-off',
  // was: ehcp accepted these and funding could not count them
  'every 2 months',
  'every 2 terms',
];

export const UNREADABLE_FREQUENCIES: readonly string[] = [
  'sometimes',
  'termly-ish',
  'every 0 weeks',
  'twice continuous',
  '3 times',
  '',
  // was: ehcp accepted these and funding could not count them: how many lessons, mornings or days a week?
  'each lesson',
  'every lesson',
  'per session',
  '3 times a session',
  'every morning',
  'every monday morning',
  'every other day',
  'every 2 days',
  'every time he is upset',
  'twice',
  // was: both read these, as nothing or as a part of a session
  '0 times a week',
  // was: funding counted this and ehcp refused it
  '1.5 times a week',
];
