/**
 * The tribunal bundle's layout as versioned data (docs/api.md "Audit", bundle): the sections of the bundle
 * and the page limits of the First-tier Tribunal (Health, Education and Social Care Chamber) Practice
 * Direction on SEND bundles (2025). The limits and dates are from reports of that Practice Direction; the
 * section order is the product's own and is not verified against its published text (see below). A new
 * Practice Direction is a new version here, never an edit.
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
 * What of this was checked, and against what. The published text itself (the Senior President of
 * Tribunals' Practice Direction and its Schedule One, on the Courts and Tribunals Judiciary website) was
 * not found to read; every item below is from reports of it, and is to be re-checked against that text:
 * - `source`: its title as the reports quote it, "Practice Direction on Procedure for the Preparation of
 *   Bundles in the Special Educational Needs and Disability and Disability Discrimination in Schools
 *   Jurisdictions of the Health, Education and Social Care Chamber", issued by the Senior President of
 *   Tribunals (Sir Keith Lindblom) on 22 April 2025, SEND appeals in its Schedule One (Local Government
 *   Lawyer, "Practice direction issued on bundles in SEND tribunals"; Birkett Long, "Legal Update: New
 *   Practice Direction for SEND Tribunal hearings", 25 April 2025; specialeducationalneeds.co.uk, "SEND
 *   Tribunal Direction on Bundles", which alone calls it No. 1 of 2025, so the number is left out here).
 * - `effectiveFrom`: for bundles used in final hearings "listed to take place after 15 July 2025" (Local
 *   Government Lawyer; Weightmans, "New practise direction for bundles on final hearings"); one report
 *   says "on or after", so a hearing listed on 15 July 2025 itself is the doubtful case. The date a hearing
 *   is listed for, not the date a bundle is made, decides which applies.
 * - `limits`: SEND appeals, core bundle 100 pages; EHC plan and the Section K appendices 150 pages (the
 *   same in every report). Its other limits (the working document, 25 pages; each party's evidence, 75 or
 *   100 pages by the kind of appeal; an expert report 15, a witness statement 10) are for documents this
 *   product does not put in its bundle. The reports also say: one PDF, searchable (OCR), 12 pt or more,
 *   numbered paragraphs, evidence in date order within its section; the renderer does each.
 * - `sections` and their order: taken from the product's requirement for the bundle, NOT from the
 *   published text: no report lists Schedule One's sections, so this order is not verified.
 */
export const SEND_TRIBUNAL_BUNDLE_2025: BundleLayout = {
  id: 'send-tribunal-bundle',
  version: '2025.3',
  source:
    'Senior President of Tribunals, Practice Direction on Procedure for the Preparation of Bundles in the Special ' +
    'Educational Needs and Disability and Disability Discrimination in Schools Jurisdictions of the Health, Education ' +
    'and Social Care Chamber, 22 April 2025, Schedule One (SEND appeals); section order not verified against its text',
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
