import type { FormErrors } from '../web/forms.js';
import type { Areas } from './blocks.js';
import { type AreaFigures, hasSuppressed, type InclusionDashboard, SUPPRESSED_NOTE } from './figures-text.js';
import { caseloadSection, disputesSection, outcomesSection, reviewsSection, spendSection } from './plan-sections.js';
import { decisionsSection, requestsSection, type Section, timelinessSection } from './request-sections.js';
import { localAuthoritiesSection, trendsSection } from './trend-sections.js';

type DateParts = { day?: string; month?: string; year?: string };

/** The API's field names → the period form's controls and words (the 400s of GET /api/v1/dashboards/inclusion). */
export const DASHBOARD_FIELDS = { from: 'from-day', to: 'to-day', la: 'la' } as const;
export const DASHBOARD_LABELS = {
  from: 'The start of the period',
  to: 'The end of the period',
  la: 'The local authority',
} as const;

export interface DashboardContext {
  readonly from: DateParts;
  readonly to: DateParts;
  /** The LAs a national role may choose between; none for an LA's own users (the API gives them their own). */
  readonly laChoices?: readonly { readonly la: string; readonly name: string }[];
  readonly la?: string;
  readonly errors?: FormErrors;
}

/** The area the charts are about (the LA, else England) and what it is compared with (England). */
export function areasOf(d: InclusionDashboard): Areas | undefined {
  const primary: AreaFigures | undefined = d.la ?? d.england;
  if (!primary) return undefined;
  return { primary, ...(d.la && d.england ? { comparison: d.england } : {}) };
}

export function sectionsOf(d: InclusionDashboard): Section[] {
  const areas = areasOf(d);
  if (!areas) return [];
  const byLa = d.las ? localAuthoritiesSection(d.las, d.england) : undefined;
  return [
    timelinessSection(areas),
    ...(byLa ? [byLa] : []),
    trendsSection(areas),
    requestsSection(areas),
    decisionsSection(areas),
    caseloadSection(areas),
    reviewsSection(areas),
    disputesSection(areas),
    spendSection(areas),
    outcomesSection(areas),
  ];
}

function laSelect(ctx: DashboardContext) {
  if (!ctx.laChoices) return undefined;
  const known = ctx.laChoices.some((c) => c.la === ctx.la);
  return [
    { value: '', text: 'England and every local authority', selected: !ctx.la },
    ...ctx.laChoices.map((c) => ({ value: c.la, text: `${c.name} (${c.la})`, selected: c.la === ctx.la })),
    // An LA typed into the address that has no figures yet stays chosen, so the page says what it shows.
    ...(ctx.la && !known ? [{ value: ctx.la, text: `Local authority ${ctx.la}`, selected: true }] : []),
  ];
}

/** The inclusion dashboard page (docs/ui.md "Dashboards"). Pure: unit tested. */
export function dashboardModel(d: InclusionDashboard | undefined, ctx: DashboardContext) {
  const areas = d ? areasOf(d) : undefined;
  const sections = d ? sectionsOf(d) : [];
  return {
    pageTitle: 'Inclusion dashboard',
    figures: d
      ? {
          from: d.from,
          to: d.to,
          generatedAt: d.generatedAt,
          areaName: areas?.primary.area.name,
          comparisonName: areas?.comparison?.area.name,
          managementInformation: areas?.primary.disclosure === 'management-information',
          suppressedNote: hasSuppressed(d) ? SUPPRESSED_NOTE : undefined,
        }
      : undefined,
    sections,
    contents: sections.map((s) => ({ href: `#${s.id}`, text: s.heading })),
    period: { from: ctx.from, to: ctx.to },
    laItems: laSelect(ctx),
    errorSummary: ctx.errors?.summary ?? [],
    fieldErrors: ctx.errors?.fields ?? {},
  };
}
