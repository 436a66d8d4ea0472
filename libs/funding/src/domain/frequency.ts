import { PROVISION_PERIODS, readProvisionFrequency } from '@send/statutory';
import { fraction, type Fraction } from './money.js';

/**
 * How often an item of section F recurs, as the statutory grammar reads its frequency words
 * (provision-frequency.ts: the one the ehcp context checks plans with, so every issued plan can be
 * counted). Amounts per week are multiplied by the weeks the setting is open (the reference data's
 * weeksOpen) to give a year's quantity.
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

/** The documented meaning of each period word (also served by GET /api/v1/funding/tariffs). */
export const PERIODS = PROVISION_PERIODS;

/** The statutory reading in exact money arithmetic. */
export function readFrequency(frequency: string): Recurrence {
  const read = readProvisionFrequency(frequency);
  switch (read.kind) {
    case 'per-week':
      return { kind: 'per-week', perWeek: fraction(read.perWeek.num, read.perWeek.den) };
    case 'per-year':
      return { kind: 'per-year', perYear: fraction(read.perYear.num, read.perYear.den) };
    case 'once':
    case 'continuous':
    case 'unknown':
      return read;
    default: {
      const _: never = read;
      return _;
    }
  }
}
