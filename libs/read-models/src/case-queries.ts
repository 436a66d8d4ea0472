import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { CASE_STAGES, type CaseStage, caseStageNamed } from '@send/kernel';
import {
  type CaseListConditions,
  type NextDeadline,
  applyCaseListConditions,
  nextDeadlineOf,
  orderByNextDeadline,
} from './case-list.js';
import { CaseSummaryEntity } from './case-summary/case-summary.entity.js';
import { formerLasOf } from './case-summary/case-summary.projection.js';
import { DeadlineEntity } from './deadline-register/deadline.entity.js';
import { DeadlineView, deadlineAsOf } from './deadline-register/deadline-register.projection.js';

export interface CaseSummaryView {
  caseId: string;
  la: string;
  stage: string;
  child: { givenName: string; familyName: string; dateOfBirth: string };
  requestedBy: string;
  requestedOn: string;
  primaryNeed?: string;
  plan?: { version: number; status: string; setting?: unknown };
  /** A transfer of the plan to another LA waiting to be accepted (Reg 15). */
  transfer?: { status: 'pending'; fromLa: string; toLa: string };
  openDeadlines: { deadlineId: string; rule: string; dueOn: string; status: 'open' | 'breached' }[];
  revisions: { assessment: number; ehcp: number };
}

export interface CaseListFilter extends CaseListConditions {
  las?: string[];
  stage?: string;
  /** requested (the default): oldest request first; next-deadline: the work queue's order. */
  sort?: 'requested' | 'next-deadline';
  page: number;
  pageSize: number;
  today: string;
}

/** Who may see a case (docs/api.md "Transfer between LAs"): its LA, an LA a transfer is pending to, its former LAs. */
export interface CaseLaFacts {
  la: string;
  transferTo?: string;
  formerLas: string[];
}

export type CaseListItem = CaseSummaryView & { nextDeadline?: NextDeadline };

export interface CaseListPage {
  items: CaseListItem[];
  page: number;
  pageSize: number;
  total: number;
}

/** Reads of the case summary and the deadline register: the only way the gateway looks at a case. */
@Injectable()
export class CaseQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async laOf(caseId: string): Promise<string | undefined> {
    const row = await this.db.getRepository(CaseSummaryEntity).findOne({ where: { caseId }, select: { caseId: true, la: true } });
    return row?.la;
  }

  async laFactsOf(caseId: string): Promise<CaseLaFacts | undefined> {
    const row = await this.db
      .getRepository(CaseSummaryEntity)
      .findOne({ where: { caseId }, select: { caseId: true, la: true, transferTo: true, formerLas: true } });
    if (!row) return undefined;
    return { la: row.la, ...(row.transferTo ? { transferTo: row.transferTo } : {}), formerLas: formerLasOf(row) };
  }

  async requestedOn(caseId: string): Promise<string | undefined> {
    const row = await this.db
      .getRepository(CaseSummaryEntity)
      .findOne({ where: { caseId }, select: { caseId: true, requestedOn: true } });
    return row?.requestedOn;
  }

  async summary(caseId: string, today: string): Promise<CaseSummaryView | undefined> {
    const row = await this.db.getRepository(CaseSummaryEntity).findOneBy({ caseId });
    if (!row) return undefined;
    const deadlines = await this.deadlines(caseId, today);
    return toView(row, deadlines);
  }

  async deadlines(caseId: string, asOf: string): Promise<DeadlineView[]> {
    const rows = await this.db
      .getRepository(DeadlineEntity)
      .find({ where: { caseId }, order: { startedOn: 'ASC', dueOn: 'ASC' } });
    return rows.map((r) => deadlineAsOf(r, asOf)).filter((v): v is DeadlineView => v !== undefined);
  }

  /**
   * 20-week timeliness (Reg 13(2)) of the LA's final plans issued between two dates: the share issued on or
   * before the due date, both counting every plan and leaving out those under a lawful exception, as the
   * DfE reports it. Undefined when no plan was issued in the period.
   */
  async timeliness(
    la: string,
    from: string,
    to: string,
  ): Promise<{ plans: number; percent: number; percentExcludingExceptions: number } | undefined> {
    const rows = await this.db
      .getRepository(DeadlineEntity)
      .createQueryBuilder('d')
      .where('d.la = :la AND d.rule = :rule AND d.closedOn >= :from AND d.closedOn <= :to', { la, rule: 'final-plan', from, to })
      .getMany();
    if (rows.length === 0) return undefined;
    const onTime = (rs: DeadlineEntity[]) => rs.filter((r) => r.closedOn !== null && r.closedOn <= r.dueOn).length;
    const unexcepted = rows.filter((r) => r.exceptedOn === null);
    const pct = (n: number, d: number) => (d === 0 ? 100 : Math.round((1000 * n) / d) / 10);
    return {
      plans: rows.length,
      percent: pct(onTime(rows), rows.length),
      percentExcludingExceptions: pct(onTime(unexcepted), unexcepted.length),
    };
  }

  async list(filter: CaseListFilter): Promise<CaseListPage> {
    const qb = this.db.getRepository(CaseSummaryEntity).createQueryBuilder('c');
    // An LA's list also shows a case whose plan is being transferred to it, so that it can accept it (Reg 15).
    if (filter.las) qb.andWhere('(c.la IN (:...las) OR c.transferTo IN (:...las))', { las: filter.las });
    // An alias filters as the stage it names; a name that is no stage matches no case, as before.
    if (filter.stage) qb.andWhere('c.stage = :stage', { stage: caseStageNamed(filter.stage) ?? filter.stage });
    applyCaseListConditions(qb, filter, filter.today);
    if (filter.sort === 'next-deadline') orderByNextDeadline(qb);
    else qb.orderBy('c.requestedOn', 'ASC').addOrderBy('c.caseId', 'ASC');
    const total = await qb.getCount();
    const rows = await qb
      .offset((filter.page - 1) * filter.pageSize)
      .limit(filter.pageSize)
      .getMany();
    const deadlineRows = rows.length
      ? await this.db.getRepository(DeadlineEntity).find({ where: { caseId: In(rows.map((r) => r.caseId)) } })
      : [];
    const items = rows.map((r) => {
      const own = deadlineRows.filter((d) => d.caseId === r.caseId);
      const views = own.map((d) => deadlineAsOf(d, filter.today)).filter((v): v is DeadlineView => !!v);
      const next = nextDeadlineOf(own, filter.today);
      return { ...toView(r, views), ...(next ? { nextDeadline: next } : {}) };
    });
    return { items, page: filter.page, pageSize: filter.pageSize, total };
  }

  /**
   * The LA's cases with an overdue clock, by stage (every stage listed, in pathway order): a running duty clock
   * past its due date and not under a lawful exception (docs/domain.md "Counting").
   */
  async overdueByStage(la: string, today: string): Promise<{ stage: CaseStage; cases: number }[]> {
    const qb = this.db.getRepository(CaseSummaryEntity).createQueryBuilder('c');
    const overdue = qb
      .subQuery()
      .select('d.caseId')
      .from(DeadlineEntity, 'd')
      .where(
        'd.la = :la AND d.kind = :duty AND d.closedOn IS NULL AND d.notApplicableOn IS NULL AND d.exceptedOn IS NULL AND d.dueOn < :today',
      )
      .getQuery();
    const counts: { stage: string; cases: string | number }[] = await qb
      .select('c.stage', 'stage')
      .addSelect('COUNT(*)', 'cases')
      .where(`c.la = :la AND c.caseId IN ${overdue}`, { la, duty: 'duty', today })
      .groupBy('c.stage')
      .getRawMany();
    return CASE_STAGES.map((stage) => ({ stage, cases: Number(counts.find((c) => c.stage === stage)?.cases ?? 0) }));
  }
}

function toView(row: CaseSummaryEntity, deadlines: DeadlineView[]): CaseSummaryView {
  return {
    caseId: row.caseId,
    la: row.la,
    stage: row.stage,
    child: { givenName: row.givenName, familyName: row.familyName, dateOfBirth: row.dateOfBirth },
    requestedBy: row.requestedBy,
    requestedOn: row.requestedOn,
    ...(row.primaryNeed ? { primaryNeed: row.primaryNeed } : {}),
    ...(row.planVersion !== null
      ? {
          plan: {
            version: row.planVersion,
            status: row.planStatus ?? 'draft',
            ...(row.planSetting ? { setting: JSON.parse(row.planSetting) } : {}),
          },
        }
      : {}),
    ...(row.transferTo ? { transfer: { status: 'pending' as const, fromLa: row.la, toLa: row.transferTo } } : {}),
    openDeadlines: deadlines
      .filter((d) => d.status === 'open' || (d.status === 'breached' && d.closedOn === undefined))
      .map((d) => ({ deadlineId: d.deadlineId, rule: d.rule, dueOn: d.dueOn, status: d.status as 'open' | 'breached' })),
    revisions: { assessment: row.assessmentRevision, ehcp: row.ehcpRevision },
  };
}
