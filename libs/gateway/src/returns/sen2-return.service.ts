import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock, refuseWith } from '@send/kernel';
import {
  InclusionQueries,
  type ReconciliationRow,
  type Sen2Return,
  buildSen2Return,
  countArea,
  reconcile,
  reportingPeriod,
} from '@send/read-models';
import { todayInEngland } from '@send/statutory';

/** docs/api.md "Stable codes": the return is of a census that has happened (events as known at that date). */
export const CENSUS_IN_FUTURE = 'RETURNS.CENSUS_IN_FUTURE';

export interface Sen2Reconciliation {
  readonly la: string;
  readonly census: string;
  readonly reportingYear: number;
  /** Whether every measure agrees. */
  readonly matches: boolean;
  readonly rows: readonly ReconciliationRow[];
}

/**
 * The SEN2 return of one LA for a census date, built from the same case histories as the inclusion
 * dashboards (docs/sen2.md). It carries the children's names and dates of birth: nothing of it is logged.
 */
@Injectable()
export class Sen2ReturnService {
  constructor(
    private readonly inclusion: InclusionQueries,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async build(la: string, census: string): Promise<Sen2Return> {
    this.notInFuture(census);
    const { cases } = await this.inclusion.histories(census, [la]);
    return buildSen2Return(cases, { la, census, generatedAt: this.clock.now().toISOString() });
  }

  /**
   * The return's counts against the dashboard's, both from the histories as known at the census: the
   * dashboard once for the reporting year (requests, decisions, plans issued, ceased) and once for the census
   * day alone (its caseload is then the plans in force on that day, the return's active plans).
   */
  async reconciliation(la: string, census: string): Promise<Sen2Reconciliation> {
    this.notInFuture(census);
    const { cases, budgets } = await this.inclusion.histories(census, [la]);
    const deadlines = await this.inclusion.deadlines(census, [la]);
    const ret = buildSen2Return(cases, { la, census, generatedAt: this.clock.now().toISOString() });
    const p = reportingPeriod(census);
    const area = { kind: 'la' as const, la };
    const rows = reconcile(ret, {
      reportingYear: countArea({ cases, deadlines, budgets, area, from: p.from, to: p.to }),
      census: countArea({ cases, deadlines, budgets, area, from: census, to: census }),
    });
    return { la, census, reportingYear: p.year, matches: rows.every((r) => r.matches), rows };
  }

  private notInFuture(census: string): void {
    const today = todayInEngland(this.clock.now());
    if (census > today)
      refuseWith(CENSUS_IN_FUTURE, `The census date ${census} is after today (${today}): a return is of events already known.`, {
        field: 'census',
      });
  }
}
