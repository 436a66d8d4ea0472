import type { CaseHistory, PlanVersionFact } from '../inclusion/case-history.js';
import { historyOfRequest } from '../inclusion/case-histories.js';

/**
 * Hand-made case histories for the SEN2 unit tests (test data only; product code never imports this file).
 * LA 202, census 2027-01-21, reporting year 2026. Each case's role in the return is written beside it.
 */
export function history(caseId: string, over: Partial<CaseHistory> = {}): CaseHistory {
  return {
    ...historyOfRequest({
      caseId,
      requestLa: '202',
      receivedOn: '2026-01-01',
      requestedBy: 'parent',
      child: { givenName: caseId, familyName: `Family-${caseId}`, dateOfBirth: '2015-05-05' },
    }),
    ...over,
  };
}

export function final(on: string, over: Partial<PlanVersionFact> = {}): PlanVersionFact {
  return { version: 2, kind: 'final', on, la: '202', secondaryNeeds: [], outcomes: 2, ...over };
}

export const CENSUS = '2027-01-21';

export const CASES: readonly CaseHistory[] = [
  // A: in force at the census; final 2026-07-20, 168 days after 2026-02-02 (26+31+30+31+30+20), so 20–52 weeks;
  // an exception recorded, so Week20 = 1.
  history('A', {
    child: { givenName: 'Ava', familyName: 'Adams', dateOfBirth: '2016-03-01' },
    receivedOn: '2026-02-02',
    assessDecision: { decision: 'assess', on: '2026-03-10' },
    exceptions: [{ recordedOn: '2026-04-01', ground: 'family-absent' }],
    planDecision: { outcome: 'issue-plan', on: '2026-05-20' },
    planVersions: [
      { version: 1, kind: 'draft', on: '2026-06-20', la: '202', primaryNeed: 'OTH', secondaryNeeds: [], outcomes: 1 },
      final('2026-07-20', { primaryNeed: 'ASD', secondaryNeeds: ['SLCN', 'MLD'], setting: { type: 'special' } }),
    ],
  }),
  // B: refused 2026-04-10; the family mediated and appealed that refusal.
  history('B', {
    child: { givenName: 'Ben', familyName: 'Brown', dateOfBirth: '2012-01-15' },
    receivedOn: '2026-03-02',
    requestedBy: 'setting',
    assessDecision: { decision: 'refuse', on: '2026-04-10' },
    disputes: [
      {
        disputeId: 'd1',
        raisedOn: '2026-04-20',
        decision: 'refusal-to-assess',
        mediationRequestedOn: '2026-05-01',
        appealRegisteredOn: '2026-06-15',
        orders: [],
        compliedOrders: [],
      },
    ],
  }),
  // C: a 2025 plan that ceased on 2026-09-30, the product's reason 6, returned as SEN2 9.
  history('C', {
    child: { givenName: 'Cara', familyName: 'Clark', dateOfBirth: '2008-02-02' },
    receivedOn: '2025-06-01',
    assessDecision: { decision: 'assess', on: '2025-07-01' },
    planDecision: { outcome: 'issue-plan', on: '2025-09-01' },
    planVersions: [final('2025-10-01', { primaryNeed: 'SEMH', setting: { type: 'mainstream' } })],
    cease: { decidedOn: '2026-08-01', reason: '6', ceasedOn: '2026-09-30' },
  }),
  // D: received 2026-09-01, no decision by the census: ongoing work at the request stage.
  history('D', {
    child: { givenName: 'Dan', familyName: 'Day', dateOfBirth: '2009-09-09' },
    receivedOn: '2026-09-01',
    requestedBy: 'young-person',
  }),
  // E: LA 203's plan, transferred to 202 on 2026-08-01: an active plan of 202 with TransferLA 203.
  history('E', {
    child: { givenName: 'Eve', familyName: 'Evans', dateOfBirth: '2014-04-04' },
    requestLa: '203',
    receivedOn: '2025-01-10',
    assessDecision: { decision: 'assess', on: '2025-02-10' },
    planDecision: { outcome: 'issue-plan', on: '2025-04-01' },
    planVersions: [final('2025-05-01', { la: '203', primaryNeed: 'HI', setting: { type: 'resourced' } })],
    transfers: [{ on: '2026-08-01', fromLa: '203', toLa: '202' }],
  }),
  // F: ceased 2025-12-01, before the reporting year: not in the return.
  history('F', {
    receivedOn: '2023-01-01',
    assessDecision: { decision: 'assess', on: '2023-02-01' },
    planDecision: { outcome: 'issue-plan', on: '2023-04-01' },
    planVersions: [final('2023-05-01', { primaryNeed: 'MLD' })],
    cease: { decidedOn: '2025-10-01', reason: '3', ceasedOn: '2025-12-01' },
  }),
  // G: received after the census: not in the return.
  history('G', { receivedOn: '2027-01-25' }),
  // H: final 2026-03-30, 84 days after 2026-01-05 (26+28+30): within 20 weeks; alternative provision;
  // section I renamed to a special school on 2026-11-02; reviewed and decided 2026-12-10.
  history('H', {
    child: { givenName: 'Hal', familyName: 'Hughes', dateOfBirth: '2011-11-11' },
    receivedOn: '2026-01-05',
    assessDecision: { decision: 'assess', on: '2026-02-01' },
    planDecision: { outcome: 'issue-plan', on: '2026-03-01' },
    planVersions: [final('2026-03-30', { primaryNeed: 'PD', secondaryNeeds: ['VI'], setting: { type: 'alternative' } })],
    settingsNamed: [{ on: '2026-11-02', type: 'special' }],
    reviews: [{ reviewId: 'r1', meetingOn: '2026-11-20', decidedOn: '2026-12-10', decision: 'maintain', progress: [] }],
  }),
  // I: another LA's request that never came to 202: not in 202's return.
  history('I', { requestLa: '203', receivedOn: '2026-05-05' }),
];
