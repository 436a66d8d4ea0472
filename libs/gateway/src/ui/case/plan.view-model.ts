import type { Role } from '@send/kernel';
import { NEED_NAMES } from '@send/statutory';
import { formatDate } from '../format.js';
import type { CaseSummary, PlanAnswer, PlanItem, PlanReview, PlanVersionAnswer } from './case-api.js';
import { caseHeader, casePath, tabTitle } from './case-header.js';
import { ceaseReasonName, phaseTransferName, planStatusName, settingTypeName } from './labels.js';

/** Sections A–K of an EHC plan (SEND Regulations 2014 reg 12(1); docs/domain.md "The plan"). */
export const PLAN_SECTIONS = [
  ['A', 'The views, interests and aspirations of the child and their parents, or of the young person'],
  ['B', 'Special educational needs'],
  ['C', 'Health needs related to the special educational needs'],
  ['D', 'Social care needs related to the special educational needs'],
  ['E', 'Outcomes'],
  ['F', 'Special educational provision'],
  ['G', 'Health provision'],
  ['H1', 'Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970'],
  ['H2', 'Other social care provision'],
  ['I', 'Placement: the school or other institution, or its type'],
  ['J', 'Personal budget'],
  ['K', 'Advice and information'],
] as const;

/** The SEN2 primary need codes (docs/api.md "Codes"), in words. */
export const NEEDS: Readonly<Record<string, string>> = NEED_NAMES;
const need = (code: unknown) =>
  typeof code === 'string' && Object.hasOwn(NEEDS, code) ? `${NEEDS[code]} (${code})` : String(code);

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

/** One entry of a listed section (E's outcomes, K's advice): a string, or an object with its text or title. */
function entryText(entry: unknown): string {
  if (typeof entry === 'string') return entry;
  if (!isObject(entry)) return String(entry);
  const main = str(entry.text) ?? str(entry.title) ?? str(entry.provision) ?? JSON.stringify(entry);
  const extras = [str(entry.area), str(entry.from), str(entry.by) && `by ${String(entry.by)}`, str(entry.date)].filter(Boolean);
  return extras.length > 0 ? `${main} (${extras.join(', ')})` : main;
}

export interface SectionView {
  readonly id: string;
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly list: readonly string[];
  readonly provision?: readonly { provision: string; hours: string; frequency: string; deliveredBy: string }[];
}

/** What one section says, laid out as paragraphs, a list, or (F) a table of provision. Pure. */
export function sectionView(id: string, title: string, value: unknown): SectionView {
  const view = { id, title, paragraphs: [] as string[], list: [] as string[] };
  if (value === undefined || value === null) return view;
  if (typeof value === 'string') return { ...view, paragraphs: [value] };
  if (Array.isArray(value)) return { ...view, list: value.map(entryText) };
  if (!isObject(value)) return { ...view, paragraphs: [String(value)] };
  if (id === 'B') {
    const secondary = Array.isArray(value.secondaryNeeds) ? value.secondaryNeeds.map(need) : [];
    return {
      ...view,
      paragraphs: [
        ...(value.primaryNeed ? [`Primary need: ${need(value.primaryNeed)}`] : []),
        ...(secondary.length > 0 ? [`Secondary needs: ${secondary.join(', ')}`] : []),
        ...(str(value.description) ? [String(value.description)] : []),
      ],
    };
  }
  if (id === 'F' && Array.isArray(value.items)) {
    return {
      ...view,
      provision: (value.items as PlanItem[]).map((item) => ({
        provision: item.provision,
        hours: item.hours === undefined ? '' : String(item.hours),
        frequency: item.frequency ?? '',
        deliveredBy: item.deliveredBy ?? '',
      })),
    };
  }
  if (id === 'I') {
    const named = [str(value.name), str(value.type) && settingTypeName(String(value.type))].filter(Boolean);
    return { ...view, paragraphs: [named.join(', ') || 'Not named'] };
  }
  const listed = value.outcomes ?? value.items ?? value.entries;
  if (Array.isArray(listed))
    return { ...view, paragraphs: str(value.text) ? [String(value.text)] : [], list: listed.map(entryText) };
  return { ...view, paragraphs: str(value.text) ? [String(value.text)] : [entryText(value)] };
}

/** A section F quality finding as a sentence: a string, or an object with its message and the item named. */
function findingText(finding: unknown): string {
  if (typeof finding === 'string') return finding;
  if (!isObject(finding)) return String(finding);
  const message =
    str(finding.message) ?? str(finding.detail) ?? str(finding.finding) ?? str(finding.code) ?? JSON.stringify(finding);
  const item = str(finding.provision) ?? (typeof finding.item === 'number' ? `item ${finding.item + 1}` : str(finding.item));
  return item ? `${item}: ${message}` : message;
}

const DECISIONS: Readonly<Record<string, string>> = {
  maintain: 'Keep the plan as it is',
  amend: 'Amend the plan',
  cease: 'Cease the plan',
};
const PROGRESS: Readonly<Record<string, string>> = {
  'not-started': 'Not started',
  progressing: 'Progressing',
  achieved: 'Achieved',
  'no-longer-relevant': 'No longer relevant',
};
const words = (table: Readonly<Record<string, string>>, code: string | undefined): string =>
  code === undefined ? '' : Object.hasOwn(table, code) ? table[code] : code.replace(/-/g, ' ');

const CASEWORK: readonly Role[] = ['caseworker', 'manager'];

/** A finding's dates as the pages show them. */
const inWords = (text: string) => text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (d) => formatDate(d));

/** Rows in the shape govukSummaryList reads. */
const summaryRows = (rows: readonly { key: string; value: string }[]) =>
  rows.map((r) => ({ key: { text: r.key }, value: { text: r.value } }));

/** One review as the plan tab lists it: what was found and decided, progress per outcome in words, its links. */
export function reviewView(
  caseId: string,
  review: PlanReview,
  outcomes: readonly { outcomeId: string; text: string }[],
  casework: boolean,
) {
  const outcomeText = (id: string) => {
    const i = outcomes.findIndex((o) => o.outcomeId === id);
    return i < 0 ? `Outcome ${id}` : `Outcome ${i + 1}: ${outcomes[i].text}`;
  };
  const rows = [
    { key: 'Meeting', value: formatDate(review.meetingOn) },
    { key: 'Findings', value: review.findings.length ? review.findings.map(inWords).join(' ') : 'None' },
    { key: 'Report sent on', value: review.reportSentOn ? formatDate(review.reportSentOn) : 'Not yet' },
    {
      key: 'Decision',
      value: review.decision
        ? `${words(DECISIONS, review.decision)}, decided on ${formatDate(review.decidedOn)}`
        : 'Awaiting the decision',
    },
    ...(review.stepDownConsidered === undefined
      ? []
      : [
          {
            key: 'Step down to targeted support considered',
            value: `${review.stepDownConsidered ? 'Yes' : 'No'}${review.stepDownRationale ? `: ${review.stepDownRationale}` : ''}`,
          },
        ]),
    ...(review.outcomesProgress ?? []).map((p) => ({ key: outcomeText(p.outcomeId), value: words(PROGRESS, p.progress) })),
  ];
  const at = (step: string) => casePath(caseId, `/reviews/${review.reviewId}/${step}`);
  const links = casework
    ? [
        ...(review.reportSentOn || review.decision ? [] : [{ text: 'Record the review report', href: at('report') }]),
        ...(review.decision ? [] : [{ text: 'Record the review decision', href: at('decision') }]),
      ]
    : [];
  return { title: `Review meeting on ${formatDate(review.meetingOn)}`, rows: summaryRows(rows), links };
}

/**
 * What has happened to a final plan since it was made (docs/api.md "The plan"): its reviews, the open
 * amendment notice, phase transfers recorded and proposed, the cease decision and the advisory reminders.
 * Undefined for a draft. Display only: the API decides each step.
 */
export function afterFinalView(caseId: string, plan: PlanAnswer, role: Role | undefined) {
  if (plan.reviews === undefined && plan.cease === undefined) return undefined;
  const casework = role !== undefined && CASEWORK.includes(role);
  const outcomes = Array.isArray(plan.sections.E)
    ? (plan.sections.E as unknown[]).flatMap((o) =>
        isObject(o) && typeof o.outcomeId === 'string' ? [{ outcomeId: o.outcomeId, text: String(o.text ?? '') }] : [],
      )
    : [];
  const reviews = (plan.reviews ?? []).map((r) => reviewView(caseId, r, outcomes, casework));
  const open = (plan.reviews ?? []).some((r) => !r.decision);
  const notice = plan.amendmentNotice;
  const cease = plan.cease;
  return {
    reviews,
    startReviewHref: casework && plan.status === 'final' && !open ? casePath(caseId, '/reviews/new') : undefined,
    amendmentNotice: notice
      ? {
          sentOn: notice.sentOn,
          fromReview: notice.reviewId !== undefined,
          nothingFurtherOn: notice.nothingFurtherOn,
        }
      : undefined,
    phaseTransfers: (plan.phaseTransfers ?? []).map((t) => ({ ...t, name: phaseTransferName(t.transfer) })),
    proposedPhaseTransfers: (plan.proposedPhaseTransfers ?? []).map((t) => ({ ...t, name: phaseTransferName(t.transfer) })),
    cease: cease
      ? {
          status: plan.status === 'ceased' ? 'Ceased' : 'Ceasing: the plan is maintained until the appeal period ends',
          rows: summaryRows([
            { key: 'Decided on', value: formatDate(cease.decidedOn) },
            { key: 'Reason', value: ceaseReasonName(cease.reason) },
            { key: 'Family consulted on', value: formatDate(cease.consultedOn) },
            { key: 'Last day to appeal', value: formatDate(cease.appealWindowEndsOn) },
            ...(cease.ceasedOn ? [{ key: 'Ceased on', value: formatDate(cease.ceasedOn) }] : []),
          ]),
        }
      : undefined,
    reminders: (plan.reminders ?? []).filter((r) => r.advisory),
  };
}

/**
 * The plan tab (the current version) or a past version's page. `plan` is undefined before any plan is
 * issued (the API's 404 EHCP.NO_PLAN). Pure: unit tested.
 */
export function casePlanModel(
  summary: Pick<CaseSummary, 'caseId' | 'child'>,
  plan: PlanVersionAnswer | PlanAnswer | undefined,
  options: { versionPage?: boolean; versions?: PlanVersionAnswer['versions']; role?: Role } = {},
) {
  const header = caseHeader(summary, 'plan');
  const heading = options.versionPage && plan ? `Plan version ${plan.version}` : 'Plan';
  const versions = options.versions ?? plan?.versions ?? [];
  return {
    pageTitle: tabTitle(heading, header),
    heading,
    header,
    plan: plan
      ? {
          version: plan.version,
          status: planStatusName(plan.status),
          issuedOn: plan.issuedOn,
          sections: PLAN_SECTIONS.map(([id, title]) => sectionView(id, title, plan.sections[id])),
          findings: (plan.qualityFindings ?? []).map(findingText),
        }
      : undefined,
    afterFinal: plan && !options.versionPage ? afterFinalView(summary.caseId, plan, options.role) : undefined,
    currentHref: casePath(summary.caseId, '/plan'),
    versions: versions.map((v) => ({
      text: `Version ${v.version}`,
      href: casePath(summary.caseId, `/plan/versions/${v.version}`),
      status: planStatusName(v.status),
      issuedOn: v.issuedOn,
      current: plan?.version === v.version,
    })),
  };
}
