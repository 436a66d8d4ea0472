import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, In } from 'typeorm';
import { DeadlineEntity } from '../deadline-register/deadline.entity.js';
import type { CaseHistory, LaBudget } from './case-history.js';
import { type InclusionFact, foldCaseHistories } from './case-histories.js';
import { InclusionFactEntity } from './inclusion-fact.entity.js';

/** The deadline register's rows the dashboards read (review decisions, amended plans, phase transfers, orders). */
export interface InclusionDeadline {
  readonly caseId: string;
  readonly deadlineId: string;
  readonly la: string;
  readonly rule: string;
  readonly startedOn: string;
  readonly dueOn: string;
  readonly closedOn: string | null;
  readonly exceptedOn: string | null;
  readonly notApplicableOn: string | null;
}

/** The statutory clocks the review, amendment, phase-transfer and order measures count (libs/statutory rules.ts). */
export const INCLUSION_DEADLINE_RULES = [
  'annual-review',
  'review-decision',
  'amended-plan',
  'phase-transfer',
  'order-compliance',
];

/** Reads of the inclusion-facts projection, folded into case histories, and of the deadline register. */
@Injectable()
export class InclusionQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Every case history as of asOf (business dates), and the LAs' budgets. With las, only the cases that ever
   * belonged to one of them: requested there, or transferred to or from it (a transferred case belongs to both).
   */
  async histories(asOf: string, las?: readonly string[]): Promise<{ cases: CaseHistory[]; budgets: LaBudget[] }> {
    const qb = this.db
      .getRepository(InclusionFactEntity)
      .createQueryBuilder('f')
      // TopUpCommitted is dated by the funding fact it follows, in the fold.
      .where(new Brackets((w) => w.where('f.on <= :asOf', { asOf }).orWhere('f.type = :topUp', { topUp: 'TopUpCommitted' })));
    if (las !== undefined) {
      const caseIds = await this.caseIdsOf(las);
      qb.andWhere(
        new Brackets((w) => {
          w.where("f.caseId = '' AND f.la IN (:...las)", { las: las.length ? [...las] : [''] });
          if (caseIds.length) w.orWhere('f.caseId IN (:...caseIds)', { caseIds });
        }),
      );
    }
    const rows = await qb.getMany();
    return foldCaseHistories(rows.map(factOf), asOf);
  }

  /** The deadline rows of the dashboards' rules started by asOf, of the cases that ever belonged to las. */
  async deadlines(asOf: string, las?: readonly string[]): Promise<InclusionDeadline[]> {
    const where = { rule: In(INCLUSION_DEADLINE_RULES) };
    const rows = await this.db.getRepository(DeadlineEntity).find({ where });
    const caseIds = las === undefined ? undefined : new Set(await this.caseIdsOf(las));
    return rows
      .filter((r) => r.startedOn <= asOf && (caseIds === undefined || caseIds.has(r.caseId) || las!.includes(r.la)))
      .map((r) => ({
        caseId: r.caseId,
        deadlineId: r.deadlineId,
        la: r.la,
        rule: r.rule,
        startedOn: r.startedOn,
        dueOn: r.dueOn,
        closedOn: r.closedOn !== null && r.closedOn <= asOf ? r.closedOn : null,
        exceptedOn: r.exceptedOn !== null && r.exceptedOn <= asOf ? r.exceptedOn : null,
        notApplicableOn: r.notApplicableOn !== null && r.notApplicableOn <= asOf ? r.notApplicableOn : null,
      }));
  }

  /** The cases requested in one of las, or transferred to or from one (PlanTransferAccepted's la is the new LA's). */
  private async caseIdsOf(las: readonly string[]): Promise<string[]> {
    if (las.length === 0) return [];
    const rows = await this.db
      .getRepository(InclusionFactEntity)
      .find({
        where: { type: In(['AssessmentRequested', 'PlanTransferAccepted']) },
        select: { caseId: true, la: true, data: true, type: true },
      });
    const ids = new Set<string>();
    for (const r of rows) {
      const d = JSON.parse(r.data) as { fromLa?: string; toLa?: string };
      if (las.includes(r.la) || (d.fromLa && las.includes(d.fromLa)) || (d.toLa && las.includes(d.toLa))) ids.add(r.caseId);
    }
    return [...ids];
  }
}

function factOf(r: InclusionFactEntity): InclusionFact {
  return {
    eventId: r.eventId,
    caseId: r.caseId,
    la: r.la,
    type: r.type,
    on: r.on,
    position: r.position,
    data: JSON.parse(r.data) as Record<string, unknown>,
  };
}
