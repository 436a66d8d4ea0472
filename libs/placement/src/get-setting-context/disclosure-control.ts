import { suppress } from '@send/read-models';
import { NEED_CODES } from '../domain/index.js';
import type { DisclosureControl } from './setting-context.js';

/**
 * Statistical disclosure control for readers outside the setting's LA, through the one suppression module:
 * counts of 1 to 4 shown as "c", and secondary suppression over plans = the sum of the plans by need, so that
 * no suppressed need can be worked out from the total and the others.
 */
export const OUTSIDE_THE_LA: DisclosureControl = {
  cohort: ({ plans, byNeed }) => {
    const shown = suppress({ plans, ...byNeed }, { relations: [{ total: 'plans', cells: [...NEED_CODES] }], ratios: [] });
    const { plans: plansShown, ...needs } = shown;
    return { plans: plansShown ?? null, byNeed: needs };
  },
  // A figure about 1 to 4 pupils describes those pupils: the count and the figure are both withheld.
  result: (value, cohortSize) =>
    suppress({ cohortSize }, { relations: [], ratios: [] }).cohortSize === 'c'
      ? { value: 'c', cohortSize: 'c' }
      : { value, cohortSize },
};
