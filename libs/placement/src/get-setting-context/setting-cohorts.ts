import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { CaseSummaryEntity } from '@send/read-models';
import { type Cohort, cohortsOf } from './setting-context.js';

/**
 * A plan is in force from its final version until it has ceased: `ceasing` is still maintained (CFA s.45,
 * Reg 31; docs/domain.md "Ceasing a plan"). A draft is not a plan in force.
 */
const IN_FORCE = ['final', 'ceasing'];

/**
 * The SEND make-up of each setting's cohort: the EHC plans in force whose section I names it, counted from
 * the case summary (section I as issued, section B's primary need). The summary holds each plan as it stands
 * now, so the counts are always today's. Only counts leave this class: no case id, no child.
 */
@Injectable()
export class SettingCohorts {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async of(settingIds: readonly string[]): Promise<Map<string, Cohort>> {
    if (settingIds.length === 0) return new Map();
    const query = this.db
      .getRepository(CaseSummaryEntity)
      .createQueryBuilder('c')
      .select(['c.caseId', 'c.planSetting', 'c.primaryNeed'])
      .where({ planStatus: In(IN_FORCE) })
      .andWhere('c.planSetting IS NOT NULL');
    // One setting: narrow in SQL first (its id as it appears in section I's JSON); cohortsOf checks exactly.
    if (settingIds.length === 1) {
      query.andWhere(`c.planSetting LIKE :named ESCAPE '\\'`, {
        named: `%"settingId":${likeLiteral(JSON.stringify(settingIds[0]))}%`,
      });
    }
    return cohortsOf(await query.getMany(), settingIds);
  }
}

/** Text matched literally by LIKE … ESCAPE '\' on SQLite and PostgreSQL alike. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
