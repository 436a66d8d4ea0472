import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { caseStageNamed } from '@send/kernel';
import { CaseSummaryEntity } from './case-summary/case-summary.entity.js';
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
  openDeadlines: { deadlineId: string; rule: string; dueOn: string; status: 'open' | 'breached' }[];
  revisions: { assessment: number; ehcp: number };
}

export interface CaseListFilter {
  las?: string[];
  stage?: string;
  dueBefore?: string;
  page: number;
  pageSize: number;
  today: string;
}

/** Reads of the case summary and the deadline register: the only way the gateway looks at a case. */
@Injectable()
export class CaseQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async laOf(caseId: string): Promise<string | undefined> {
    const row = await this.db.getRepository(CaseSummaryEntity).findOne({ where: { caseId }, select: { caseId: true, la: true } });
    return row?.la;
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

  async list(filter: CaseListFilter): Promise<{ items: CaseSummaryView[]; page: number; pageSize: number; total: number }> {
    const qb = this.db.getRepository(CaseSummaryEntity).createQueryBuilder('c');
    if (filter.las) qb.andWhere('c.la IN (:...las)', { las: filter.las });
    // An alias filters as the stage it names; a name that is no stage matches no case, as before.
    if (filter.stage) qb.andWhere('c.stage = :stage', { stage: caseStageNamed(filter.stage) ?? filter.stage });
    if (filter.dueBefore) {
      // Open clocks only: not closed, not excepted, not stopped.
      qb.andWhere(
        `c.caseId IN (SELECT d.caseId FROM deadlines d WHERE d.dueOn < :dueBefore AND d.closedOn IS NULL
           AND d.exceptedOn IS NULL AND d.notApplicableOn IS NULL AND d.kind = 'duty')`,
        { dueBefore: filter.dueBefore },
      );
    }
    qb.orderBy('c.requestedOn', 'ASC').addOrderBy('c.caseId', 'ASC');
    const [rows, total] = await qb
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
    const deadlineRows = rows.length
      ? await this.db.getRepository(DeadlineEntity).find({ where: { caseId: In(rows.map((r) => r.caseId)) } })
      : [];
    const items = rows.map((r) =>
      toView(
        r,
        deadlineRows
          .filter((d) => d.caseId === r.caseId)
          .map((d) => deadlineAsOf(d, filter.today))
          .filter((v): v is DeadlineView => !!v),
      ),
    );
    return { items, page: filter.page, pageSize: filter.pageSize, total };
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
    openDeadlines: deadlines
      .filter((d) => d.status === 'open' || (d.status === 'breached' && d.closedOn === undefined))
      .map((d) => ({ deadlineId: d.deadlineId, rule: d.rule, dueOn: d.dueOn, status: d.status as 'open' | 'breached' })),
    revisions: { assessment: row.assessmentRevision, ehcp: row.ehcpRevision },
  };
}
