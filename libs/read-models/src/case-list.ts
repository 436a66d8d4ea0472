import type { SelectQueryBuilder } from 'typeorm';
import { type RuleId, isRuleId, ruleOf } from '@send/statutory';
import type { CaseSummaryEntity } from './case-summary/case-summary.entity.js';
import { DeadlineEntity } from './deadline-register/deadline.entity.js';
import { type DeadlineRow, deadlineAsOf } from './deadline-register/deadline-register.projection.js';

/**
 * The work queue's reading of the deadline register (docs/api.md "GET /api/v1/cases"). A case's next deadline
 * is the soonest running duty clock: started, neither met nor closed late, nor stopped as not applicable;
 * a clock under a lawful exception is still running (its original due date is kept, docs/domain.md
 * "Counting"), so it can be the next one, shown as excepted. A family's periods and rights are no one's duty.
 * The SQL below (sorting, filters) and `nextDeadlineOf` (the item's field) apply this one definition.
 */
export interface NextDeadline {
  deadlineId: string;
  rule: string;
  /** The rule's title from the rule table, so that a client shows it without knowing the rules. */
  title: string;
  dueOn: string;
  /** open: due today or later; breached: past its due date; excepted: under a lawful exception. */
  status: 'open' | 'breached' | 'excepted';
}

/** Stages at which the pathway has ended: no assessment, no plan, or the plan ceased (docs/domain.md). */
export const ENDED_STAGES: readonly string[] = ['assessment-refused', 'no-plan', 'ceased'];

/** The running-clock condition on deadline alias `d`, with parameters :today and :duty. */
const RUNNING = 'd.kind = :duty AND d.closedOn IS NULL AND d.notApplicableOn IS NULL AND d.startedOn <= :today';

type Query = SelectQueryBuilder<CaseSummaryEntity>;

/** The due date of case `c`'s next deadline, as a correlated subquery (NULL when nothing is running). */
export function nextDueOnSql(qb: Query): string {
  return qb.subQuery().select('MIN(d.dueOn)').from(DeadlineEntity, 'd').where(`d.caseId = c.caseId AND ${RUNNING}`).getQuery();
}

/** Case `c` has a running clock matching `extra` (conditions on `d`). */
function hasRunningClock(qb: Query, extra = ''): string {
  const sub = qb
    .subQuery()
    .select('d.caseId')
    .from(DeadlineEntity, 'd')
    .where(`${RUNNING}${extra ? ` AND ${extra}` : ''}`)
    .getQuery();
  return `c.caseId IN ${sub}`;
}

export interface CaseListConditions {
  rule?: string;
  ref?: string;
  open?: boolean;
  dueBefore?: string;
}

/** The filters of the case list; values always go as parameters. */
export function applyCaseListConditions(qb: Query, f: CaseListConditions, today: string): void {
  qb.setParameters({ today, duty: 'duty' });
  if (f.dueBefore) {
    // Open clocks only: not closed, not excepted, not stopped (as before the work queue).
    qb.andWhere(hasRunningClock(qb, 'd.dueOn < :dueBefore AND d.exceptedOn IS NULL'), { dueBefore: f.dueBefore });
  }
  if (f.rule) qb.andWhere(hasRunningClock(qb, 'd.rule = :rule'), { rule: f.rule });
  // A typed reference is a prefix of the id made only of hex digits and hyphens (caseIdPrefixOf): no LIKE wildcard.
  if (f.ref) qb.andWhere('c.caseId LIKE :ref', { ref: `${f.ref}%` });
  // Open: the pathway has not ended, or something is still owed on it (a tribunal order after a refusal).
  if (f.open) qb.andWhere(`(c.stage NOT IN (:...ended) OR ${hasRunningClock(qb)})`, { ended: ENDED_STAGES });
}

/** Soonest deadline first, cases with nothing running after; requested date and id keep the order total. */
export function orderByNextDeadline(qb: Query): void {
  qb.orderBy(nextDueOnSql(qb), 'ASC', 'NULLS LAST').addOrderBy('c.requestedOn', 'ASC').addOrderBy('c.caseId', 'ASC');
}

/** The next deadline of one case from its register rows, as of `today`; the same choice as the SQL. */
export function nextDeadlineOf(rows: readonly DeadlineRow[], today: string): NextDeadline | undefined {
  const running = rows
    .filter((r) => r.kind === 'duty' && r.closedOn === null && r.notApplicableOn === null && r.startedOn <= today)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.deadlineId.localeCompare(b.deadlineId));
  const next = running[0];
  if (!next) return undefined;
  const view = deadlineAsOf(next, today);
  const status = view?.status === 'excepted' ? 'excepted' : view?.status === 'breached' ? 'breached' : 'open';
  return {
    deadlineId: next.deadlineId,
    rule: next.rule,
    title: isRuleId(next.rule) ? ruleOf(next.rule as RuleId).title : next.rule,
    dueOn: next.dueOn,
    status,
  };
}
