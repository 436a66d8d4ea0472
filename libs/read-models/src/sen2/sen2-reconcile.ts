import { CEASE_REASON_CODES, NEED_CODES } from '@send/statutory';
import { type Requester } from '../inclusion/figures.js';
import { timelinessBand } from '../inclusion/area-counts.js';
import { CEASE_REASON } from './sen2-codes.js';
import type { Sen2Return } from './sen2-model.js';

/**
 * The SEN2 return's counts against the dashboard's (docs/sen2.md "Reconciliation"): the same events give
 * both, so every measure both compute must agree. `counts.reportingYear` is the dashboard for the calendar
 * year reported on; `counts.census` the dashboard for the census day alone (its caseload is the plans in
 * force on that day, as the return's active plans are).
 */
export interface DashboardCounts {
  readonly reportingYear: Readonly<Record<string, number>>;
  readonly census: Readonly<Record<string, number>>;
}

export interface ReconciliationRow {
  readonly measure: string;
  readonly sen2: number;
  readonly dashboard: number;
  readonly matches: boolean;
  readonly note?: string;
}

const REQUESTERS: readonly Requester[] = ['parent', 'young-person', 'setting', 'other'];

type Measure = readonly [measure: string, sen2: number, from: 'reportingYear' | 'census', note?: string];

export function reconcile(ret: Sen2Return, counts: DashboardCounts): ReconciliationRow[] {
  return [...yearMeasures(ret), ...censusMeasures(ret)].map(([measure, sen2, from, note]) => {
    const dashboard = counts[from][measure] ?? 0;
    return { measure, sen2, dashboard, matches: sen2 === dashboard, ...(note ? { note } : {}) };
  });
}

function yearMeasures(ret: Sen2Return): Measure[] {
  const year = String(ret.reportingYear);
  const inYear = (d: string) => d.startsWith(year);
  const requests = ret.persons.flatMap((p) => p.requests).filter((r) => r.facts.ownRequest);
  const received = requests.filter((r) => inYear(r.row.ReceivedDate));
  const decided = requests.filter((r) => r.row.RequestOutcomeDate !== '' && inYear(r.row.RequestOutcomeDate));
  const concluded = requests
    .flatMap((r) => (r.assessment ? [r.assessment] : []))
    .filter((a) => inYear(a.row.AssessmentOutcomeDate));
  const plans = ret.persons.flatMap((p) => p.requests).flatMap((r) => (r.assessment?.namedPlan ? [r.assessment.namedPlan] : []));
  const issued = plans.filter((n) => n.facts.ownRequest && inYear(n.row.StartDate));
  const ceased = plans.filter((n) => n.row.CeaseDate !== '' && inYear(n.row.CeaseDate));
  const clean = issued.filter((n) => !n.facts.exception);
  // Reg 13(2): banded from the request by the dashboards' own reading, so both band a day alike.
  const band = (ns: typeof issued, b: ReturnType<typeof timelinessBand>) =>
    ns.filter((n) => timelinessBand(n.facts.daysFromRequest) === b).length;
  const noteExc = 'SEN2 Week20 = 0: no lawful exception (Reg 10(4), 13(3)) recorded by the census date';
  return [
    [
      'requests.total',
      received.length,
      'reportingYear',
      'Module 2 ReceivedDate in the reporting year, requests received by this LA',
    ],
    ...REQUESTERS.map((r): Measure => [
      `requests.byRequester.${r}`,
      received.filter((x) => x.facts.requester === r).length,
      'reportingYear',
    ]),
    ['assessmentDecisions.total', decided.length, 'reportingYear', 'Module 2 RequestOutcomeDate in the reporting year'],
    ['assessmentDecisions.assess', decided.filter((r) => r.facts.decision === 'assess').length, 'reportingYear'],
    ['assessmentDecisions.refuse', decided.filter((r) => r.facts.decision === 'refuse').length, 'reportingYear'],
    ['assessmentsConcluded.total', concluded.length, 'reportingYear', 'Module 3 AssessmentOutcomeDate in the reporting year'],
    ['assessmentsConcluded.planToIssue', concluded.filter((a) => a.outcome === 'issue-plan').length, 'reportingYear'],
    ['assessmentsConcluded.noPlan', concluded.filter((a) => a.outcome === 'no-plan').length, 'reportingYear'],
    [
      'finalPlans.includingExceptions.total',
      issued.length,
      'reportingYear',
      'Module 4 StartDate in the reporting year, for the LA’s own requests',
    ],
    ['finalPlans.includingExceptions.within20Weeks', band(issued, 'within20Weeks'), 'reportingYear'],
    ['finalPlans.includingExceptions.from20To52Weeks', band(issued, 'from20To52Weeks'), 'reportingYear'],
    ['finalPlans.includingExceptions.over52Weeks', band(issued, 'over52Weeks'), 'reportingYear'],
    ['finalPlans.excludingExceptions.total', clean.length, 'reportingYear', noteExc],
    ['finalPlans.excludingExceptions.within20Weeks', band(clean, 'within20Weeks'), 'reportingYear', noteExc],
    ['finalPlans.excludingExceptions.from20To52Weeks', band(clean, 'from20To52Weeks'), 'reportingYear', noteExc],
    ['finalPlans.excludingExceptions.over52Weeks', band(clean, 'over52Weeks'), 'reportingYear', noteExc],
    ['finalPlans.exceptionCases.total', issued.length - clean.length, 'reportingYear', 'SEN2 Week20 = 1'],
    [
      'caseload.newPlans',
      plans.filter((n) => n.facts.issuedHere && inYear(n.row.StartDate)).length,
      'reportingYear',
      'Module 4 StartDate in the reporting year, maintained by this LA that day (transferred-in requests included)',
    ],
    ['caseload.ceased.total', ceased.length, 'reportingYear', 'Module 4 CeaseDate in the reporting year'],
    ...CEASE_REASON_CODES.map((r): Measure => [
      `caseload.ceased.byReason.${r}`,
      ceased.filter((n) => n.facts.ceaseReason === r).length,
      'reportingYear',
      `returned as SEN2 CeaseReason ${CEASE_REASON.codes[r]} (item 4.6, 2025 numbering)`,
    ]),
  ];
}

function censusMeasures(ret: Sen2Return): Measure[] {
  const active = ret.persons.flatMap((p) => p.requests).flatMap((r) => (r.activePlan ? [r.activePlan] : []));
  return [
    ['caseload.total', active.length, 'census', 'Module 5 active plans at the census date (the dashboard for that one day)'],
    ...NEED_CODES.map((n): Measure => [
      `caseload.byNeed.${n}`,
      active.filter((a) => a.primaryNeed === n).length,
      'census',
      'SENtype ranked 1',
    ]),
    [
      'caseload.byNeed.not-recorded',
      active.filter((a) => a.primaryNeed === undefined).length,
      'census',
      'no section B need: no SENneed row',
    ],
  ];
}
