import type { AreaFigures, InclusionDashboard } from './figures-text.js';

/**
 * Hand-made answers of GET /api/v1/dashboards/inclusion for the view models' tests: Camden's exact figures
 * (management information) and England's after disclosure control, with the arithmetic the tests check
 * written beside each number.
 */
const needs = (over: Partial<Record<string, number | 'c'>> = {}) => ({
  SPLD: 0,
  MLD: 0,
  SLD: 0,
  PMLD: 0,
  SEMH: 0,
  SLCN: 0,
  HI: 0,
  VI: 0,
  MSI: 0,
  PD: 0,
  ASD: 0,
  OTH: 0,
  'not-recorded': 0,
  ...over,
});
const progress = (assessed: number, progressing: number, pct: number | null) => ({
  assessed,
  progressingOrAchieved: progressing,
  notProgressing: assessed - progressing,
  pct,
});
const noProgress = () => progress(0, 0, null);

export function camden(): AreaFigures {
  return {
    area: { kind: 'la', la: '202', name: 'Camden' },
    disclosure: 'management-information',
    // 20 requests: 12 + 0 + 6 + 2; shares 60.0%, 0.0%, 30.0%, 10.0%.
    requests: { total: 20, byRequester: { parent: 12, 'young-person': 0, setting: 6, other: 2 } },
    // 16 of 18 within 6 weeks: 88.9%.
    assessmentDecisions: { total: 18, assess: 15, refuse: 3, within6Weeks: 16, after6Weeks: 2, within6WeeksPct: 88.9 },
    assessmentsConcluded: {
      total: 10,
      planToIssue: 9,
      noPlan: 1,
      noPlanWithin16Weeks: 1,
      noPlanAfter16Weeks: 0,
      noPlanWithin16WeeksPct: 100,
    },
    // 3 refusals citing a national standard: 2 for SLCN, 1 for ASD.
    refusalsCitingStandard: { total: 3, byNeed: needs({ SLCN: 2, ASD: 1 }) },
    finalPlans: {
      // 20 plans: 14 + 4 + 2; 14 / 20 = 70.0%.
      includingExceptions: { total: 20, within20Weeks: 14, from20To52Weeks: 4, over52Weeks: 2, within20WeeksPct: 70 },
      // 17 plans: 14 + 2 + 1; 14 / 17 = 82.35…% → 82.4%; 2 / 17 → 11.8%; 1 / 17 → 5.9%.
      excludingExceptions: { total: 17, within20Weeks: 14, from20To52Weeks: 2, over52Weeks: 1, within20WeeksPct: 82.4 },
      // The 3 with an exception: 0 + 2 + 1.
      exceptionCases: { total: 3, within20Weeks: 0, from20To52Weeks: 2, over52Weeks: 1, within20WeeksPct: 0 },
      openPast20Weeks: 3,
    },
    caseload: {
      asOf: '2026-12-31',
      // 40 plans: ASD 16 (40.0%), SEMH 10, SLCN 8, MLD 6.
      total: 40,
      byAge: { 'under-5': 2, '5-10': 18, '11-15': 14, '16-19': 5, '20-25': 1 },
      byNeed: needs({ ASD: 16, SEMH: 10, SLCN: 8, MLD: 6 }),
      bySetting: { mainstream: 22, resourced: 4, special: 10, alternative: 1, independent: 2, 'post-16': 1, 'not-named': 0 },
      newPlans: 9,
      ceased: { total: 2, byReason: { '1': 0, '2': 1, '3': 1, '4': 0, '5': 0, '6': 0, '7': 0, '8': 0, '9': 0 } },
    },
    reviews: {
      due: 30,
      held: 28,
      decided: 25,
      decidedWithin4Weeks: 20,
      decidedAfter4Weeks: 5,
      decidedWithin4WeeksPct: 80,
      outcomes: { maintain: 15, amend: 8, cease: 2 },
      amendedPlans: 6,
      amendedWithin8Weeks: 3,
      amendedAfter8Weeks: 3,
      amendedWithin8WeeksPct: 50,
      phaseTransfersDue: 0,
      phaseTransfersOnTime: 0,
      phaseTransfersNotOnTime: 0,
      phaseTransfersOnTimePct: null,
    },
    disputes: {
      mediations: 4,
      mediationsHeld: 3,
      appealsRegistered: 2,
      appealableDecisions: 40,
      appealRatePct: 5,
      ordersMade: 1,
      ordersComplied: 1,
      ordersCompliedOnTime: 1,
      ordersCompliedLate: 0,
      ordersCompliedOnTimePct: 100,
    },
    spend: {
      financialYear: '2026-27',
      // £1,000,000 budget; £840,000 committed: 84.0%.
      budgetPence: 100_000_000,
      committedPence: 84_000_000,
      committedPct: 84,
      plans: 40,
      byBand: [
        { bandId: 'b1', name: '1', plans: 30, pence: 24_000_000 },
        { bandId: 'b2', name: '2', plans: 10, pence: 60_000_000 },
      ],
      bySetting: {
        mainstream: { plans: 22, pence: 20_000_000 },
        resourced: { plans: 4, pence: 4_000_000 },
        special: { plans: 10, pence: 50_000_000 },
        alternative: { plans: 1, pence: 2_000_000 },
        independent: { plans: 2, pence: 7_000_000 },
        'post-16': { plans: 1, pence: 1_000_000 },
        'not-named': { plans: 0, pence: 0 },
      },
    },
    outcomeProgress: {
      // 45 of 60 outcomes: 75.0%.
      assessed: 60,
      progressingOrAchieved: 45,
      notProgressing: 15,
      pct: 75,
      byNeed: {
        ...Object.fromEntries(Object.keys(needs()).map((k) => [k, noProgress()])),
        ASD: progress(30, 24, 80),
        SEMH: progress(30, 21, 70),
      } as AreaFigures['outcomeProgress']['byNeed'],
      byAge: {
        'under-5': noProgress(),
        '5-10': progress(40, 30, 75),
        '11-15': progress(20, 15, 75),
        '16-19': noProgress(),
        '20-25': noProgress(),
      },
    },
    months: [
      { month: '2026-10', requests: 10, finalPlans: 6, within20Weeks: 4, after20Weeks: 2, within20WeeksPct: 66.7, caseload: 38 },
      { month: '2026-11', requests: 4, finalPlans: 0, within20Weeks: 0, after20Weeks: 0, within20WeeksPct: null, caseload: 39 },
      { month: '2026-12', requests: 6, finalPlans: 14, within20Weeks: 12, after20Weeks: 2, within20WeeksPct: 85.7, caseload: 40 },
    ],
  };
}

/** England after disclosure control: young people's and others' requests (3 and 97) hidden, the 3 primarily. */
export function england(): AreaFigures {
  const c = camden();
  return {
    ...c,
    area: { kind: 'england', name: 'England' },
    disclosure: 'suppressed',
    // 1000 requests: parent 600 (60.0%), setting 300 (30.0%), the rest "c".
    requests: { total: 1000, byRequester: { parent: 600, 'young-person': 'c', setting: 300, other: 'c' } },
    finalPlans: {
      includingExceptions: { total: 600, within20Weeks: 240, from20To52Weeks: 280, over52Weeks: 80, within20WeeksPct: 40 },
      // 232 / 500 = 46.4%; 200 / 500 = 40.0%; 68 / 500 = 13.6%.
      excludingExceptions: { total: 500, within20Weeks: 232, from20To52Weeks: 200, over52Weeks: 68, within20WeeksPct: 46.4 },
      exceptionCases: { total: 100, within20Weeks: 8, from20To52Weeks: 80, over52Weeks: 12, within20WeeksPct: 8 },
      openPast20Weeks: 120,
    },
    caseload: { ...c.caseload, total: 2000, byNeed: needs({ ASD: 600, SEMH: 400, SLCN: 500, MLD: 500 }) },
    months: [
      {
        month: '2026-10',
        requests: 300,
        finalPlans: 150,
        within20Weeks: 75,
        after20Weeks: 75,
        within20WeeksPct: 50,
        caseload: 1990,
      },
      {
        month: '2026-11',
        requests: 350,
        finalPlans: 200,
        within20Weeks: 90,
        after20Weeks: 110,
        within20WeeksPct: 45,
        caseload: 1995,
      },
      {
        month: '2026-12',
        requests: 350,
        finalPlans: 250,
        within20Weeks: 'c',
        after20Weeks: 'c',
        within20WeeksPct: 'c',
        caseload: 2000,
      },
    ],
  };
}

/** Camden as the regions group sees it: 1–4 hidden, and what would reveal them. */
export function camdenSuppressed(): AreaFigures {
  const c = camden();
  return {
    ...c,
    disclosure: 'suppressed',
    requests: { total: 20, byRequester: { parent: 12, 'young-person': 0, setting: 6, other: 'c' } },
    finalPlans: {
      ...c.finalPlans,
      excludingExceptions: { total: 17, within20Weeks: 14, from20To52Weeks: 'c', over52Weeks: 'c', within20WeeksPct: 'c' },
    },
  };
}

export const managerAnswer = (): InclusionDashboard => ({
  generatedAt: '2027-01-05T09:30:00Z',
  from: '2026-10-01',
  to: '2026-12-31',
  la: camden(),
  england: england(),
});
