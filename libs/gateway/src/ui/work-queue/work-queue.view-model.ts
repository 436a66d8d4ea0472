import { CASE_STAGES, type CaseStage, caseReferenceOf } from '@send/kernel';
import { RULES, RULE_IDS } from '@send/statutory';
import { daysBetween, daysLeftText } from '../format.js';
import { partsOfDate, type FormErrors } from '../web/forms.js';

/** One case of GET /api/v1/cases (docs/api.md): the fields the queue shows. */
export interface CaseListItem {
  readonly caseId: string;
  readonly la: string;
  readonly stage: string;
  readonly child: { givenName: string; familyName: string; dateOfBirth: string };
  readonly requestedOn: string;
  readonly nextDeadline?: {
    readonly rule: string;
    readonly title: string;
    readonly dueOn: string;
    readonly status: 'open' | 'breached' | 'excepted';
  };
}

export interface CaseListPage {
  readonly items: readonly CaseListItem[];
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
}

/** What the filter form sent (GET): passed to the API as it is. */
export interface QueueFilters {
  readonly stage?: string;
  readonly rule?: string;
  readonly ref?: string;
  readonly dueBefore?: string;
}

export const QUEUE_PAGE_SIZE = 20;

/** The stage ids of libs/kernel/src/case-stage.ts in plain English. */
export const STAGE_NAMES: Readonly<Record<CaseStage, string>> = {
  requested: 'Request received',
  assessing: 'Being assessed',
  'assessment-refused': 'Assessment refused',
  'plan-to-issue': 'Plan to be drafted',
  'no-plan': 'No plan to be issued',
  'draft-issued': 'Draft plan issued',
  'plan-final': 'Final plan issued',
  'plan-review': 'Plan under review',
  'plan-amendment': 'Amendments proposed',
  ceasing: 'Plan to cease',
  ceased: 'Plan ceased',
};

export const stageName = (stage: string): string => (Object.hasOwn(STAGE_NAMES, stage) ? STAGE_NAMES[stage as CaseStage] : stage);

/** A deadline this close is flagged before it is missed. */
export const DUE_SOON_DAYS = 10;

export type QueueTag = { text: string; classes: string };

/** The tag of a case's next deadline; the API says whether it is breached or excepted. */
export function tagOf(next: CaseListItem['nextDeadline'], days: number | undefined): QueueTag | undefined {
  if (!next || days === undefined) return undefined;
  if (next.status === 'excepted') return { text: 'Excepted', classes: 'govuk-tag--grey' };
  if (next.status === 'breached' || days < 0) return { text: 'Overdue', classes: 'govuk-tag--red' };
  if (days <= DUE_SOON_DAYS) return { text: `Due within ${DUE_SOON_DAYS} days`, classes: 'govuk-tag--yellow' };
  return { text: 'On track', classes: 'govuk-tag--green' };
}

/** The query string of the queue with these filters and page (empty values left out). */
export function queueHref(filters: QueueFilters, page: number): string {
  const q = new URLSearchParams();
  if (filters.ref) q.set('ref', filters.ref);
  if (filters.stage) q.set('stage', filters.stage);
  if (filters.rule) q.set('rule', filters.rule);
  const due = partsOfDate(filters.dueBefore);
  if (due.day) {
    q.set('dueBefore-day', due.day);
    q.set('dueBefore-month', due.month);
    q.set('dueBefore-year', due.year);
  }
  if (page > 1) q.set('page', String(page));
  const s = q.toString();
  return s ? `/?${s}` : '/';
}

/** govukPagination's parameters: previous, next and the page numbers around the current one. */
export function paginationOf(list: Pick<CaseListPage, 'page' | 'pageSize' | 'total'>, filters: QueueFilters) {
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  if (pages <= 1) return undefined;
  const current = list.page;
  const shown = [...new Set([1, current - 1, current, current + 1, pages])].filter((n) => n >= 1 && n <= pages);
  const items: ({ number: number; href: string; current: boolean } | { ellipsis: true })[] = [];
  shown.forEach((n, i) => {
    if (i > 0 && n - shown[i - 1] > 1) items.push({ ellipsis: true });
    items.push({ number: n, href: queueHref(filters, n), current: n === current });
  });
  return {
    items,
    ...(current > 1 ? { previous: { href: queueHref(filters, current - 1) } } : {}),
    ...(current < pages ? { next: { href: queueHref(filters, current + 1) } } : {}),
  };
}

const select = (all: string, options: readonly { value: string; text: string }[], chosen?: string) => [
  { value: '', text: all, selected: !chosen },
  ...options.map((o) => ({ ...o, selected: o.value === chosen })),
];

export interface QueueContext {
  readonly today: string;
  /** Auditors and the tribunal see every LA's cases: the page is "Cases", with the LA shown. */
  readonly national: boolean;
  readonly filters: QueueFilters;
  /** The typed due-before parts, shown again as typed. */
  readonly dueBeforeParts?: { day?: string; month?: string; year?: string };
  readonly errors?: FormErrors;
}

function captionOf(total: number, shown: [number, number] | undefined, filtered: boolean): string {
  if (total === 0) return filtered ? 'No open cases match' : 'No open cases';
  const count = `${total} open ${total === 1 ? 'case' : 'cases'}${filtered ? ' match' : ''}`;
  return shown
    ? `${count}, showing ${shown[0]} to ${shown[1]}, soonest deadline first`
    : `${count}; this page is past the last one`;
}

/** The work queue: rows, filters and pages. Pure: unit tested. */
export function workQueueModel(list: CaseListPage, context: QueueContext) {
  const { filters } = context;
  const first = list.total === 0 ? 0 : (list.page - 1) * list.pageSize + 1;
  const last = Math.min(list.total, list.page * list.pageSize);
  const filtered = Boolean(filters.stage || filters.rule || filters.ref || filters.dueBefore);
  return {
    pageTitle: context.national ? 'Cases' : 'Work queue',
    national: context.national,
    total: list.total,
    caption: captionOf(list.total, list.items.length === 0 ? undefined : [first, last], filtered),
    rows: list.items.map((c) => {
      const next = c.nextDeadline;
      const days = next ? daysBetween(context.today, next.dueOn) : undefined;
      return {
        href: `/cases/${c.caseId}`,
        reference: caseReferenceOf(c.caseId),
        child: `${c.child.givenName} ${c.child.familyName}`,
        la: c.la,
        stage: stageName(c.stage),
        next:
          next && days !== undefined
            ? {
                title: next.title,
                dueOn: next.dueOn,
                days,
                // Under a lawful exception the original due date no longer binds (docs/domain.md "Counting").
                daysText: next.status === 'excepted' ? 'Exception applies' : daysLeftText(days),
              }
            : undefined,
        tag: tagOf(next, days),
      };
    }),
    filters: {
      ref: filters.ref ?? '',
      stages: select(
        'Any stage',
        CASE_STAGES.map((s) => ({ value: s, text: STAGE_NAMES[s] })),
        filters.stage,
      ),
      rules: select(
        'Any deadline',
        RULE_IDS.filter((r) => RULES[r].kind === 'duty').map((r) => ({ value: r, text: RULES[r].title })),
        filters.rule,
      ),
      dueBefore: context.dueBeforeParts ?? partsOfDate(filters.dueBefore),
      filtered,
    },
    pagination: paginationOf(list, filters),
    errorSummary: context.errors?.summary ?? [],
    fieldErrors: context.errors?.fields ?? {},
  };
}

/** The API's field names → the filter form's controls and words. */
export const WORK_QUEUE_FIELDS = { ref: 'ref', stage: 'stage', rule: 'rule', dueBefore: 'dueBefore-day' } as const;
export const WORK_QUEUE_LABELS = {
  ref: 'The case reference',
  stage: 'The stage',
  rule: 'The deadline',
  dueBefore: 'The due before date',
} as const;
