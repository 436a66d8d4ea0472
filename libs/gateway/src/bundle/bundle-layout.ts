/**
 * The tribunal bundle's layout as versioned data (docs/api.md "Audit", bundle): the sections in the order
 * the First-tier Tribunal (Health, Education and Social Care Chamber) Practice Direction on SEND bundles
 * (2025) asks for, and its page limits. A new Practice Direction is a new version here, never an edit.
 */

export type BundleSectionId = 'index' | 'decisions' | 'plan' | 'timeline' | 'deadlines' | 'evidence' | 'orders';

export interface BundleSection {
  readonly id: BundleSectionId;
  /** The heading printed in the index, on the section's first page and in the PDF outline. */
  readonly title: string;
}

/** A page limit over a group of sections: the Practice Direction counts the core bundle and the plan apart. */
export interface PageLimit {
  readonly id: 'core' | 'plan';
  readonly title: string;
  readonly pages: number;
  readonly sections: readonly BundleSectionId[];
}

export interface BundleLayout {
  readonly id: string;
  readonly version: string;
  readonly source: string;
  readonly effectiveFrom: string;
  readonly sections: readonly BundleSection[];
  readonly limits: readonly PageLimit[];
}

/**
 * What of this was checked, and against what (no copy of the published text itself was found to read):
 * - `source` and `effectiveFrom`: the Practice Direction on the preparation of bundles in the SEND and
 *   Disability Discrimination in Schools jurisdictions of the HESC Chamber, issued by the Senior President
 *   of Tribunals on 22 April 2025, for bundles used in final hearings listed to take place after
 *   15 July 2025, SEND appeals in its Schedule One. As reported by Local Government Lawyer ("Practice
 *   direction issued on bundles in SEND tribunals"), Birkett Long ("Legal Update: New Practice Direction for
 *   SEND Tribunal hearings", 25 April 2025) and Weightmans ("New practise direction for bundles on final
 *   hearings"). The date a hearing is listed for, not the date a bundle is made, decides which applies.
 * - `limits`: SEND appeals, core bundle 100 pages; EHC plan and the Section K appendices 150 pages (the
 *   same three reports). Its other limits (the working document, 25 pages; each party's evidence, 75 or
 *   100 pages by the kind of appeal) are for documents this product does not put in its bundle.
 * - `sections` and their order: summarised from the issue that asked for the bundle; not checked against
 *   the published text of Schedule One.
 */
export const SEND_TRIBUNAL_BUNDLE_2025: BundleLayout = {
  id: 'send-tribunal-bundle',
  version: '2025.2',
  source:
    'Senior President of Tribunals, Practice Direction on the preparation of bundles in the SEND and Disability ' +
    'Discrimination in Schools jurisdictions of the First-tier Tribunal (HESC), 22 April 2025, Schedule One (SEND appeals)',
  effectiveFrom: '2025-07-16',
  sections: [
    { id: 'index', title: 'Index' },
    { id: 'decisions', title: 'The decisions under appeal and their letters' },
    { id: 'plan', title: 'The EHC plan, every issued version' },
    { id: 'timeline', title: 'Evidential timeline' },
    { id: 'deadlines', title: 'Statutory deadlines and their outcomes' },
    { id: 'evidence', title: 'Evidence and advice' },
    { id: 'orders', title: 'Tribunal orders and their compliance' },
  ],
  limits: [
    // The core bundle: everything but the plan and its appendices.
    {
      id: 'core',
      title: 'Core bundle',
      pages: 100,
      sections: ['index', 'decisions', 'timeline', 'deadlines', 'evidence', 'orders'],
    },
    { id: 'plan', title: 'EHC plan and its Section K appendices', pages: 150, sections: ['plan'] },
  ],
};

/** Where each section starts and how long it is, once laid out. */
export interface SectionPages {
  readonly id: BundleSectionId;
  readonly title: string;
  readonly firstPage: number;
  readonly pages: number;
}

/** A limit the laid-out bundle passes: said in the index, never met by silently dropping pages. */
export interface LimitExceeded {
  readonly limit: PageLimit;
  readonly pages: number;
}

/** Numbers the sections from page 1 in layout order, given each section's page count. */
export function paginate(layout: BundleLayout, counts: Readonly<Record<BundleSectionId, number>>): SectionPages[] {
  let next = 1;
  return layout.sections.map((s) => {
    const placed = { id: s.id, title: s.title, firstPage: next, pages: counts[s.id] };
    next += counts[s.id];
    return placed;
  });
}

export function limitsExceeded(layout: BundleLayout, pages: readonly SectionPages[]): LimitExceeded[] {
  return layout.limits
    .map((limit) => ({ limit, pages: pages.filter((p) => limit.sections.includes(p.id)).reduce((n, p) => n + p.pages, 0) }))
    .filter((l) => l.pages > l.limit.pages);
}
