import type { CaseHistory, LaBudget, PlanVersionFact } from './case-history.js';
import type { InclusionDeadline } from './inclusion-queries.js';
import { areaFigures, countArea, disclosureRules, timelinessBand } from './area-figures.js';
import { ageBand, ageDateFor, ageOn, historyOfRequest, laAt, planInForceAt } from './case-histories.js';
import { suppress } from './disclosure.js';

/**
 * Hand-built histories, all but G received on the leap day 2024-02-29, counted for 2024-01-01 to 2025-03-31.
 * From 2024-02-29: day 42 = 2024-04-11, 43 = 04-12, 112 = 06-20, 113 = 06-21, 140 = 07-18, 141 = 07-19,
 * 364 = 2025-02-27, 365 = 2025-02-28 (29 days of Feb + 31 + 30 + 31 + 30 = 151 to 07-29, less 11 = 140 on 07-18).
 */
const FROM = '2024-01-01';
const TO = '2025-03-31';

const version = (kind: PlanVersionFact['kind'], v: number, on: string, more: Partial<PlanVersionFact> = {}): PlanVersionFact => ({
  version: v,
  kind,
  on,
  la: '202',
  secondaryNeeds: [],
  outcomes: 3,
  ...more,
});

function history(caseId: string, more: Partial<CaseHistory>): CaseHistory {
  return {
    ...historyOfRequest({
      caseId,
      requestLa: '202',
      receivedOn: '2024-02-29',
      requestedBy: 'parent',
      child: { givenName: 'G', familyName: 'F', dateOfBirth: '2014-09-01' },
    }),
    ...more,
  };
}

const issue = { outcome: 'issue-plan' as const, on: '2024-06-01' };
const CASES: CaseHistory[] = [
  // A: decided on day 42 (in time), final on day 140 (within 20 weeks); ASD, special; reviewed; funded.
  history('A', {
    assessDecision: { decision: 'assess', on: '2024-04-11' },
    planDecision: issue,
    planVersions: [
      version('draft', 1, '2024-06-10'),
      version('final', 2, '2024-07-18', { primaryNeed: 'ASD', setting: { type: 'special' } }),
    ],
    reviews: [
      {
        reviewId: 'r1',
        meetingOn: '2025-01-10',
        decidedOn: '2025-01-30',
        decision: 'maintain',
        progress: ['progressing', 'achieved', 'not-started'],
      },
    ],
    appealRights: [{ decision: 'plan-content', on: '2024-07-18' }],
    funding: {
      priced: [
        { on: '2024-07-18', planVersion: 2, bandId: 'b2', bandName: 'Band 2', annualPence: 1_200_000, settingType: 'special' },
      ],
      commitments: { '2024-25': { pence: 500_000, placeFundingPence: 1_000_000 } },
    },
  }),
  // B: day 43 (late), a lawful exception, final on day 141 (20–52 weeks); SEMH, mainstream; born 2008-08-31.
  history('B', {
    child: { givenName: 'G', familyName: 'F', dateOfBirth: '2008-08-31' },
    assessDecision: { decision: 'assess', on: '2024-04-12' },
    exceptions: [{ recordedOn: '2024-05-01', ground: 'reg-10-4-a' }],
    planDecision: issue,
    planVersions: [version('final', 2, '2024-07-19', { primaryNeed: 'SEMH', setting: { type: 'mainstream' } })],
    funding: {
      priced: [
        { on: '2024-07-19', planVersion: 2, bandId: 'b1', bandName: 'Band 1', annualPence: 200_000, settingType: 'mainstream' },
      ],
      commitments: { '2024-25': { pence: 200_000, placeFundingPence: 0 } },
    },
  }),
  // C: final on day 365 (over 52 weeks), no need recorded, section I named later (resourced); born 2020-09-01.
  history('C', {
    child: { givenName: 'G', familyName: 'F', dateOfBirth: '2020-09-01' },
    assessDecision: { decision: 'assess', on: '2024-03-20' },
    planDecision: issue,
    planVersions: [version('final', 2, '2025-02-28')],
    settingsNamed: [{ on: '2025-03-01', type: 'resourced' }],
  }),
  // D: a setting's request refused (day 32), appealed, the tribunal ordered the assessment: open again, no plan.
  history('D', {
    requestedBy: 'setting',
    assessDecision: { decision: 'refuse', on: '2024-04-01' },
    assessmentOrderedOn: '2024-09-01',
    appealRights: [{ decision: 'refuse-assessment', on: '2024-04-01' }],
    disputes: [
      {
        disputeId: 'd1',
        raisedOn: '2024-04-10',
        mediationRequestedOn: '2024-04-15',
        mediationHeldOn: '2024-05-10',
        appealRegisteredOn: '2024-06-01',
        orders: [{ orderId: 'o1', madeOn: '2024-09-01' }],
        compliedOrders: [{ orderId: 'o1', on: '2024-10-01', step: 'assess' }],
      },
    ],
  }),
  // E, F: no plan, on day 112 (within 16 weeks) and day 113.
  history('E', {
    assessDecision: { decision: 'assess', on: '2024-04-01' },
    planDecision: { outcome: 'no-plan', on: '2024-06-20' },
  }),
  history('F', {
    assessDecision: { decision: 'assess', on: '2024-04-01' },
    planDecision: { outcome: 'no-plan', on: '2024-06-21' },
  }),
  // G: a young person's request of 2024-09-01, assessing, no plan by 2025-03-31 (211 days): open past 20 weeks.
  history('G', {
    receivedOn: '2024-09-01',
    requestedBy: 'young-person',
    assessDecision: { decision: 'assess', on: '2024-10-01' },
  }),
  // H, LA 203: final within 20 weeks (92 days), ceased 2025-01-15 (SEN met without a plan).
  history('H', {
    requestLa: '203',
    receivedOn: '2024-03-01',
    assessDecision: { decision: 'assess', on: '2024-04-01' },
    planDecision: issue,
    planVersions: [version('final', 2, '2024-06-01', { la: '203', primaryNeed: 'ASD', setting: { type: 'mainstream' } })],
    cease: { decidedOn: '2024-12-01', reason: '3', ceasedOn: '2025-01-15' },
  }),
];

const deadline = (caseId: string, deadlineId: string, dueOn: string, closedOn: string | null): InclusionDeadline => ({
  caseId,
  deadlineId,
  la: '202',
  rule: deadlineId.split(':')[0]!,
  startedOn: '2024-01-01',
  dueOn,
  closedOn,
  exceptedOn: null,
  notApplicableOn: null,
});
const DEADLINES = [
  deadline('A', 'review-decision:r1', '2025-02-07', '2025-01-30'),
  deadline('A', 'annual-review:1', '2025-07-17', null),
  deadline('B', 'annual-review:1', '2025-03-18', null),
  deadline('D', 'order-compliance:o1:assess', '2024-10-31', '2024-10-01'),
];
const BUDGETS: LaBudget[] = [{ la: '202', financialYear: '2024-25', budgetPence: 10_000_000, setOn: '2024-03-01' }];

const count = (area: { kind: 'la' | 'england'; la?: string }) =>
  countArea({ cases: CASES, deadlines: DEADLINES, budgets: BUDGETS, area, from: FROM, to: TO });
const la202 = count({ kind: 'la', la: '202' });
const england = count({ kind: 'england' });
const exact = areaFigures(la202, disclosureRules(la202), { kind: 'la', la: '202' }, 'management-information', {
  from: FROM,
  to: TO,
});

describe('the helpers', () => {
  it('bands weeks from the request: day 140 within, 141 to 364 between, 365 over 52', () => {
    expect([140, 141, 364, 365].map(timelinessBand)).toEqual([
      'within20Weeks',
      'from20To52Weeks',
      'from20To52Weeks',
      'over52Weeks',
    ]);
  });
  it('takes ages at the 31 August before the count, in the DfE bands', () => {
    expect(ageDateFor('2025-03-31')).toBe('2024-08-31');
    expect(ageDateFor('2025-08-31')).toBe('2025-08-31');
    // Born 2008-08-31: 16 on 2024-08-31; born 2020-09-01: 3.
    expect([ageOn('2008-08-31', '2024-08-31'), ageOn('2020-09-01', '2024-08-31'), ageOn('2008-09-01', '2024-08-31')]).toEqual([
      16, 3, 15,
    ]);
    expect([4, 5, 10, 11, 15, 16, 19, 20, 25].map(ageBand)).toEqual([
      'under-5',
      '5-10',
      '5-10',
      '11-15',
      '11-15',
      '16-19',
      '16-19',
      '20-25',
      '20-25',
    ]);
  });
  it('follows accepted transfers and the plan in force', () => {
    const moved = history('X', { transfers: [{ on: '2024-10-01', fromLa: '202', toLa: '203' }] });
    expect([laAt(moved, '2024-09-30'), laAt(moved, '2024-10-01')]).toEqual(['202', '203']);
    const h = CASES[7]!;
    expect([planInForceAt(h, '2024-05-31'), planInForceAt(h, '2025-01-14')?.version, planInForceAt(h, '2025-01-15')]).toEqual([
      undefined,
      2,
      undefined,
    ]);
  });
});

describe('counts of LA 202, 2024-01-01 to 2025-03-31', () => {
  it('requests: A–F on 2024-02-29 and G (young person) on 2024-09-01 = 7; parent 5, setting 1, young person 1', () => {
    expect(exact.requests).toEqual({ total: 7, byRequester: { parent: 5, 'young-person': 1, setting: 1, other: 0 } });
  });
  it('decisions whether to assess: 7, one refusal; all within 42 days but B (day 43): 6/7 = 85.7%', () => {
    expect(exact.assessmentDecisions).toEqual({
      total: 7,
      assess: 6,
      refuse: 1,
      within6Weeks: 6,
      after6Weeks: 1,
      within6WeeksPct: 85.7,
    });
  });
  it('concluded: A, B, C to issue; E (day 112) and F (day 113) no plan: 1 of 2 within 16 weeks', () => {
    expect(exact.assessmentsConcluded).toEqual({
      total: 5,
      planToIssue: 3,
      noPlan: 2,
      noPlanWithin16Weeks: 1,
      noPlanAfter16Weeks: 1,
      noPlanWithin16WeeksPct: 50,
    });
  });
  it('20-week timeliness: A day 140, B day 141 (exception), C day 365; D (ordered) and G open past 20 weeks', () => {
    expect(exact.finalPlans).toEqual({
      // 1 of 3 within 20 weeks = 33.3%; without B, 1 of 2 = 50%.
      includingExceptions: { total: 3, within20Weeks: 1, from20To52Weeks: 1, over52Weeks: 1, within20WeeksPct: 33.3 },
      excludingExceptions: { total: 2, within20Weeks: 1, from20To52Weeks: 0, over52Weeks: 1, within20WeeksPct: 50 },
      exceptionCases: { total: 1, within20Weeks: 0, from20To52Weeks: 1, over52Weeks: 0, within20WeeksPct: 0 },
      openPast20Weeks: 2,
    });
  });
  it('caseload on 2025-03-31: A (9, ASD, special), B (16, SEMH, mainstream), C (3, no need, resourced named later)', () => {
    expect(exact.caseload).toMatchObject({
      asOf: TO,
      total: 3,
      byAge: { 'under-5': 1, '5-10': 1, '11-15': 0, '16-19': 1, '20-25': 0 },
      byNeed: { ASD: 1, SEMH: 1, 'not-recorded': 1, SLCN: 0 },
      bySetting: { special: 1, mainstream: 1, resourced: 1, 'not-named': 0 },
      newPlans: 3,
      ceased: { total: 0 },
    });
  });
  it("reviews: B's annual review due 2025-03-18; A's held 2025-01-10, decided in 4 weeks (clock met), maintained", () => {
    expect(exact.reviews).toMatchObject({
      due: 1,
      held: 1,
      decided: 1,
      decidedWithin4Weeks: 1,
      decidedWithin4WeeksPct: 100,
      outcomes: { maintain: 1, amend: 0, cease: 0 },
    });
    expect(exact.reviews).toMatchObject({ amendedPlans: 0, amendedWithin8WeeksPct: null, phaseTransfersDue: 0 });
  });
  it("disputes: D's mediation, appeal and order complied on time; 1 appeal of 2 appealable decisions = 50%", () => {
    expect(exact.disputes).toEqual({
      mediations: 1,
      mediationsHeld: 1,
      appealsRegistered: 1,
      appealableDecisions: 2,
      appealRatePct: 50,
      ordersMade: 1,
      ordersComplied: 1,
      ordersCompliedOnTime: 1,
      ordersCompliedLate: 0,
      ordersCompliedOnTimePct: 100,
    });
  });
  it('spend 2024-25: A 500,000 + 1,000,000 place funding, B 200,000 = 1,700,000 of 10,000,000 = 17%', () => {
    expect(exact.spend).toMatchObject({
      financialYear: '2024-25',
      budgetPence: 10_000_000,
      committedPence: 1_700_000,
      committedPct: 17,
      plans: 2,
    });
    expect(exact.spend.byBand).toEqual([
      { bandId: 'b1', name: 'b1', plans: 1, pence: 200_000 },
      { bandId: 'b2', name: 'b2', plans: 1, pence: 1_500_000 },
    ]);
    expect(exact.spend.bySetting).toMatchObject({
      special: { plans: 1, pence: 1_500_000 },
      mainstream: { plans: 1, pence: 200_000 },
    });
  });
  it("outcome progress: A's review, 2 of 3 progressing or achieved = 66.7%, under ASD and 5–10", () => {
    expect(exact.outcomeProgress).toMatchObject({ assessed: 3, progressingOrAchieved: 2, notProgressing: 1, pct: 66.7 });
    expect(exact.outcomeProgress.byNeed.ASD).toEqual({ assessed: 3, progressingOrAchieved: 2, notProgressing: 1, pct: 66.7 });
    expect(exact.outcomeProgress.byAge['5-10']).toEqual({ assessed: 3, progressingOrAchieved: 2, notProgressing: 1, pct: 66.7 });
  });
  it('months: 15 from 2024-01; requests 6 in Feb and 1 in Sep; finals 2 in Jul (A within), 1 in Feb 2025', () => {
    expect(exact.months.map((m) => m.month)).toHaveLength(15);
    expect(exact.months[1]).toEqual({
      month: '2024-02',
      requests: 6,
      finalPlans: 0,
      within20Weeks: 0,
      after20Weeks: 0,
      within20WeeksPct: null,
      caseload: 0,
    });
    expect(exact.months[6]).toMatchObject({
      month: '2024-07',
      finalPlans: 2,
      within20Weeks: 1,
      within20WeeksPct: 50,
      caseload: 2,
    });
    expect(exact.months[13]).toMatchObject({ month: '2025-02', finalPlans: 1, after20Weeks: 1, caseload: 3 });
    expect(exact.months[14]!.caseload).toBe(exact.caseload.total);
  });
});

describe('England', () => {
  it("adds LA 203's H: 8 requests, 7 of 8 decided in time, 2 of 4 finals within 20 weeks, H ceased (reason 3)", () => {
    expect(england['requests.total']).toBe(8);
    expect(england['assessmentDecisions.within6Weeks']).toBe(7);
    expect([england['finalPlans.includingExceptions.total'], england['finalPlans.includingExceptions.within20Weeks']]).toEqual([
      4, 2,
    ]);
    expect([england['caseload.total'], england['caseload.ceased.total'], england['caseload.ceased.byReason.3']]).toEqual([
      3, 1, 1,
    ]);
  });
});

describe('disclosure', () => {
  const rules = disclosureRules(la202);
  const shown = suppress(Object.fromEntries(Object.entries(la202).filter(([p]) => !/(Pence|\.pence)$/.test(p))), rules);
  it('every relation adds up in the exact counts (suppress checks them, and throws otherwise)', () => {
    expect(() => suppress(count({ kind: 'england' }), disclosureRules(england))).not.toThrow();
  });
  it('hides 1–4 and, beside a lone hidden cell, another: no relation has exactly one hidden member', () => {
    expect(shown['requests.byRequester.setting']).toBe('c');
    expect(shown['requests.byRequester.parent']).toBe(5);
    for (const r of rules.relations) expect([r.total, ...r.cells].filter((p) => shown[p] === 'c')).not.toHaveLength(1);
  });
  it("hides a band's pence with its count of plans", () => {
    const figures = areaFigures(la202, rules, { kind: 'la', la: '202' }, 'suppressed', { from: FROM, to: TO });
    expect(figures.spend.byBand.every((b) => b.plans !== 'c' || b.pence === 'c')).toBe(true);
    expect(figures.spend.committedPence).toBe('c');
    expect(figures.disclosure).toBe('suppressed');
  });
});
