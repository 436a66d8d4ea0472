import type { StandardsCatalogue } from '@send/standards';
import type { IsoDate } from '@send/statutory';
import type { PlanSectionsInput } from '../domain/index.js';

/**
 * Each section F item that says which national standard of ordinarily available provision it goes beyond must
 * name a version in force on the day the plan is issued (STANDARDS.UNKNOWN_STANDARD, STANDARDS.NOT_IN_FORCE,
 * each naming the item's field); docs/domain.md "National SEND standards (proposal)".
 */
export function checkBeyondStandards(catalogue: StandardsCatalogue, sections: PlanSectionsInput, issuedOn: IsoDate): void {
  sections.F.items.forEach((item, i) => {
    if (item.beyondStandard) catalogue.cite(item.beyondStandard, issuedOn, `sections.F.items[${i}].beyondStandard`);
  });
}
