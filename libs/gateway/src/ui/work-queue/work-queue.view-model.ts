import { caseReferenceOf } from '@send/kernel';
import { daysBetween } from '../format.js';

export interface CaseListItem {
  readonly caseId: string;
  readonly la: string;
  readonly stage: string;
  readonly child: { givenName: string; familyName: string; dateOfBirth: string };
  readonly requestedOn: string;
  readonly openDeadlines: readonly { rule: string; dueOn: string; status: 'open' | 'breached' }[];
}

export interface CaseListPage {
  readonly items: readonly CaseListItem[];
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
}

/** The work queue's rows. Pure: unit tested. */
export function workQueueModel(list: CaseListPage, context: { today: string }) {
  return {
    pageTitle: 'Work queue',
    total: list.total,
    rows: list.items.map((c) => {
      const next = [...c.openDeadlines].sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0];
      return {
        href: `/cases/${c.caseId}`,
        reference: caseReferenceOf(c.caseId),
        child: `${c.child.givenName} ${c.child.familyName}`,
        stage: c.stage,
        next: next ? { rule: next.rule, dueOn: next.dueOn, days: daysBetween(context.today, next.dueOn) } : undefined,
      };
    }),
  };
}
