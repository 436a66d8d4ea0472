import { readProvisionFrequency, recurs } from '@send/statutory';
import type { ProvisionItem } from './plan-sections.js';

/**
 * Section F must be "detailed and specific" and "normally quantified" — type, hours, frequency and who
 * delivers it (CoP 9.69) — so that the family can enforce it and the tribunal can read it; wording that
 * leaves the amount to someone's discretion does not pass (Worcestershire CC v SE [2020] UKUT 217 (AAC)).
 */
export interface SectionFProblem {
  readonly field: string;
  readonly message: string;
}

interface VaguePhrase {
  readonly phrase: string;
  readonly instead: string;
}

const SAY_HOW_OFTEN = 'give a concrete frequency such as "weekly", "3 times a week" or "every school day"';
const WHO_DELIVERS = 'say who delivers it, by role, e.g. "specialist speech and language therapist".';
const SAY_HOW_MUCH = 'state exactly how much will be provided and how often; F may not leave it to anyone’s discretion';

/**
 * Wording that leaves the amount or the kind of provision to discretion. A plain noun such as "support"
 * is not on the list: a quantified item ("literacy support, 1 hour, weekly, by a specialist teacher") is
 * specific (docs/api.md "The plan").
 */
const VAGUE: readonly VaguePhrase[] = [
  { phrase: 'access to', instead: 'name the provision itself, e.g. "speech and language therapy", not access to it' },
  { phrase: 'regular', instead: SAY_HOW_OFTEN },
  { phrase: 'regularly', instead: SAY_HOW_OFTEN },
  { phrase: 'periodic', instead: SAY_HOW_OFTEN },
  { phrase: 'ongoing', instead: `${SAY_HOW_OFTEN}, or "continuous" for equipment` },
  { phrase: 'occasional', instead: SAY_HOW_OFTEN },
  { phrase: 'occasionally', instead: SAY_HOW_OFTEN },
  { phrase: 'from time to time', instead: SAY_HOW_OFTEN },
  { phrase: 'every so often', instead: SAY_HOW_OFTEN },
  { phrase: 'now and then', instead: SAY_HOW_OFTEN },
  { phrase: 'opportunities', instead: 'name the activity the child will take part in, how long and how often' },
  { phrase: 'opportunity', instead: 'name the activity the child will take part in, how long and how often' },
  { phrase: 'as required', instead: SAY_HOW_MUCH },
  { phrase: 'as needed', instead: SAY_HOW_MUCH },
  { phrase: 'if needed', instead: SAY_HOW_MUCH },
  { phrase: 'as and when', instead: SAY_HOW_MUCH },
  { phrase: 'as appropriate', instead: SAY_HOW_MUCH },
  { phrase: 'where appropriate', instead: SAY_HOW_MUCH },
  { phrase: 'when necessary', instead: SAY_HOW_MUCH },
  { phrase: 'up to', instead: 'give the amount the child will receive, not a maximum' },
  { phrase: 'may', instead: 'write "will": F states what will be provided, not what might be' },
  { phrase: 'should', instead: 'write "will": F states what will be provided, not what ought to be' },
];

const phraseRegex = (phrase: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${phrase.split(' ').join('[\\s-]+')}(?![\\p{L}\\p{N}])`, 'iu');
const VAGUE_PATTERNS = VAGUE.map((v) => ({ ...v, pattern: phraseRegex(v.phrase) }));

/**
 * Plain words that look like a hedge and are not one, taken out of the text before the hedges are looked
 * for, so that a quantified item is never refused for them (docs/domain.md "Section F"): the month of May
 * ("from 6 May 2025", "in May"), "up to date", and "regular" as in a mainstream class ("in a regular
 * classroom"). "regular" with a number ("regular 30-minute sessions, 3 times a week") says how often.
 */
const NOT_HEDGES: readonly RegExp[] = [
  /(?<![\p{L}\p{N}])\d{1,2}(?:st|nd|rd|th)?\s+May(?![\p{L}])/gu,
  /(?<![\p{L}])May\s+(?:\d|half[\s-]term)/gu,
  /(?<![\p{L}])(?:[Ii]n|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]y|[Ss]ince|[Bb]efore|[Aa]fter|[Dd]uring|of|[Mm]id|[Ee]arly|[Ll]ate|[Ee]nd|[Ss]tart)[\s-]+May(?![\p{L}])/gu,
  /(?<![\p{L}])up[\s-]+to[\s-]+date(?![\p{L}])/giu,
  /(?<![\p{L}])regular\s+(?:class(?:room)?|classes|school|lessons?|teacher)(?![\p{L}])/giu,
];

/** A number, a number word or a named frequency: what "regular" needs beside it to say how often. */
const A_NUMBER =
  /(?<![\p{L}])(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|once|twice|thrice|daily|weekly|fortnightly|monthly|termly|half-termly|annually)(?![\p{L}])/iu;

const blank = (s: unknown) => typeof s !== 'string' || s.trim() === '';

/** The hedges in a text, each named with what to write instead; `item` names the item in the message. */
function vagueProblems(text: string, field: string, item: string): SectionFProblem[] {
  const plain = NOT_HEDGES.reduce((t, pattern) => t.replace(pattern, ' '), text);
  const hasNumber = A_NUMBER.test(plain);
  return VAGUE_PATTERNS.filter((v) => v.pattern.test(plain))
    .filter((v) => !(hasNumber && (v.phrase === 'regular' || v.phrase === 'regularly')))
    .map((v) => ({ field, message: `${item}: "${v.phrase}" is too vague for section F: ${v.instead}.` }));
}

/** "Item 2 ("Speech and language therapy")", as the caseworker will find it in the list. */
function itemName(item: ProvisionItem, index: number): string {
  return blank(item.provision) ? `Item ${index + 1}` : `Item ${index + 1} ("${item.provision.trim()}")`;
}

function provisionProblems(item: ProvisionItem, at: string, name: string): SectionFProblem[] {
  if (blank(item.provision)) {
    const message = `${name}: describe the provision, e.g. "1:1 specialist teaching of phonics".`;
    return [{ field: `${at}.provision`, message }];
  }
  return vagueProblems(item.provision, `${at}.provision`, name);
}

function frequencyProblems(item: ProvisionItem, at: string, name: string): SectionFProblem[] {
  const field = `${at}.frequency`;
  if (blank(item.frequency)) {
    return [{ field, message: `${name}: say how often: ${SAY_HOW_OFTEN}, or "continuous" for equipment.` }];
  }
  const vague = vagueProblems(item.frequency, field, name);
  // One grammar with funding (provision-frequency.ts): a frequency it can read is one the plan can be priced by.
  if (vague.length > 0 || readProvisionFrequency(item.frequency).kind !== 'unknown') return vague;
  return [
    {
      field,
      message:
        `${name}: "${item.frequency}" is not a frequency: ${SAY_HOW_OFTEN}; ` +
        '"once" for a one-off; "continuous" for equipment.',
    },
  ];
}

function hoursProblems(item: ProvisionItem, at: string, name: string): SectionFProblem[] {
  const field = `${at}.hours`;
  const given = item.hours !== undefined && item.hours !== null;
  if (given && !(typeof item.hours === 'number' && Number.isFinite(item.hours) && item.hours > 0)) {
    return [{ field, message: `${name}: hours must be a positive number each time, e.g. 1, or 0.5 for 30 minutes.` }];
  }
  if (!given && isTimeBased(item.frequency)) {
    return [
      {
        field,
        message:
          `${name}: say how many hours each time (e.g. 1, or 0.5 for 30 minutes): ` +
          `"${item.frequency}" provision must be quantified.`,
      },
    ];
  }
  return [];
}

/** Time is counted for anything that recurs; a one-off or continuous item (equipment) needs no hours. */
export function isTimeBased(frequency: string): boolean {
  return recurs(readProvisionFrequency(frequency));
}

/** Every problem that keeps section F from being specified and quantified, each with a field path. */
export function checkSectionF(items: readonly ProvisionItem[], path = 'sections.F.items'): SectionFProblem[] {
  if (!Array.isArray(items) || items.length === 0) {
    const message = 'Section F lists no provision: add each item with what, how much, how often and who delivers it.';
    return [{ field: path, message }];
  }
  return items.flatMap((item, i) => {
    const at = `${path}[${i}]`;
    const name = itemName(item, i);
    const deliveredBy: SectionFProblem[] = blank(item.deliveredBy)
      ? [{ field: `${at}.deliveredBy`, message: `${name}: ${WHO_DELIVERS}` }]
      : [];
    return [
      ...provisionProblems(item, at, name),
      ...frequencyProblems(item, at, name),
      ...hoursProblems(item, at, name),
      ...deliveredBy,
    ];
  });
}
