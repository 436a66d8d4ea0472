import { caseReferenceOf } from '@send/kernel';
import type { CaseSummary } from './case-api.js';

/** The case overview's tabs, in the order of the sub-navigation (docs/ui.md "Screens"). */
export const CASE_TABS = [
  { id: 'summary', path: '', text: 'Summary' },
  { id: 'deadlines', path: '/deadlines', text: 'Deadlines' },
  { id: 'timeline', path: '/timeline', text: 'Timeline' },
  { id: 'plan', path: '/plan', text: 'Plan' },
  { id: 'placement', path: '/placement', text: 'Placement' },
  { id: 'disputes', path: '/disputes', text: 'Disputes' },
  { id: 'funding', path: '/funding', text: 'Funding' },
] as const;
export type CaseTab = (typeof CASE_TABS)[number]['id'];

export const casePath = (caseId: string, path = '') => `/cases/${encodeURIComponent(caseId)}${path}`;

export interface CaseHeader {
  readonly caseId: string;
  readonly reference: string;
  readonly childName: string;
  readonly caption: string;
  readonly subNavigation: readonly { href: string; text: string; active: boolean }[];
}

/** What every tab shows above its content: whose case it is, and the sub-navigation with this tab marked. Pure. */
export function caseHeader(summary: Pick<CaseSummary, 'caseId' | 'child'>, tab: CaseTab): CaseHeader {
  const reference = caseReferenceOf(summary.caseId);
  const childName = `${summary.child.givenName} ${summary.child.familyName}`;
  return {
    caseId: summary.caseId,
    reference,
    childName,
    caption: `Case ${reference}: ${childName}`,
    subNavigation: CASE_TABS.map((t) => ({ href: casePath(summary.caseId, t.path), text: t.text, active: t.id === tab })),
  };
}

/** A tab's page title: the tab, then the case, so that browser tabs and history tell cases apart. */
export const tabTitle = (heading: string, header: CaseHeader) => `${heading}: case ${header.reference}`;
