import type { CaseHistory } from './case-history.js';
import { areaFigures, countArea, disclosureRules } from './area-figures.js';
import { historyOfRequest } from './case-histories.js';
import { INCLUSION_FACT_READERS } from './inclusion-facts.projection.js';

/**
 * The dashboard figure of docs/dashboards.md `refusalsCitingStandard`: refusals to assess and decisions not to
 * issue a plan made in the period that cite a national standard, by the need of the standard cited.
 */
const FROM = '2025-09-01';
const TO = '2026-08-31';
const SLCN = { id: 'oap-slcn-primary', version: 2, need: 'SLCN' as const };
const ASD = { id: 'oap-asd-primary', version: 1, need: 'ASD' as const };

const history = (caseId: string, la: string, more: Partial<CaseHistory>): CaseHistory => ({
  ...historyOfRequest({
    caseId,
    requestLa: la,
    receivedOn: '2025-07-01',
    requestedBy: 'parent',
    child: { givenName: 'G', familyName: 'F', dateOfBirth: '2017-05-01' },
  }),
  ...more,
});

const CASES: CaseHistory[] = [
  // Counted: refusals to assess citing SLCN (×5, all in 202) and ASD (in 202), and a "no plan" citing SLCN in 203.
  ...['a1', 'a2', 'a3', 'a4', 'a5'].map((id) =>
    history(id, '202', { assessDecision: { decision: 'refuse', on: '2025-10-01', standard: SLCN } }),
  ),
  history('b', '202', { assessDecision: { decision: 'refuse', on: '2025-10-02', standard: ASD } }),
  history('c', '203', {
    assessDecision: { decision: 'assess', on: '2025-08-10' },
    planDecision: { outcome: 'no-plan', on: '2025-11-03', standard: SLCN },
  }),
  // Not counted: a refusal citing nothing, one before the period, and a decision to assess citing a plan criterion.
  history('d', '202', { assessDecision: { decision: 'refuse', on: '2025-10-01' } }),
  history('e', '202', { assessDecision: { decision: 'refuse', on: '2025-08-29', standard: SLCN } }),
  history('f', '202', {
    assessDecision: { decision: 'assess', on: '2025-10-01', standard: { ...SLCN, id: 'crit-slcn-primary' } },
  }),
];

const count = (area: { kind: 'la'; la: string } | { kind: 'england' }) =>
  countArea({ cases: CASES, deadlines: [], budgets: [], area, from: FROM, to: TO });

describe('refusals citing a national standard', () => {
  it('are counted by the need of the standard cited, for the LA and for England', () => {
    const la = count({ kind: 'la', la: '202' });
    expect(la['refusalsCitingStandard.total']).toBe(6);
    expect(la['refusalsCitingStandard.byNeed.SLCN']).toBe(5);
    expect(la['refusalsCitingStandard.byNeed.ASD']).toBe(1);
    expect(la['refusalsCitingStandard.byNeed.SEMH']).toBe(0);
    const england = count({ kind: 'england' });
    expect(england['refusalsCitingStandard.total']).toBe(7);
    expect(england['refusalsCitingStandard.byNeed.SLCN']).toBe(6);
  });

  it("are exact for the LA's own users and suppressed for others: 1 is hidden, and a second cell so it cannot be worked out", () => {
    const counts = count({ kind: 'la', la: '202' });
    const own = areaFigures(counts, disclosureRules(counts), { kind: 'la', la: '202' }, 'management-information');
    expect(own.refusalsCitingStandard).toMatchObject({ total: 6, byNeed: { SLCN: 5, ASD: 1 } });
    const outsiders = areaFigures(counts, disclosureRules(counts), { kind: 'la', la: '202' }, 'suppressed');
    expect(outsiders.refusalsCitingStandard.byNeed.ASD).toBe('c');
    // total 6 = SLCN 5 + ASD 1: with ASD hidden, SLCN (or the total) must go too.
    expect([outsiders.refusalsCitingStandard.byNeed.SLCN, outsiders.refusalsCitingStandard.total]).toContain('c');
  });
});

describe('the inclusion facts of a decision citing a standard', () => {
  const standard = {
    id: 'oap-slcn-primary',
    version: 2,
    kind: 'ordinarily-available',
    need: 'SLCN',
    title: 'Language',
    effectiveFrom: '2025-09-01',
  };

  it('keep the standard cited, by id, version, kind and need', () => {
    const refusal = { decision: 'refuse', decidedOn: '2025-10-01', reason: 'r', standard };
    expect(INCLUSION_FACT_READERS.AssessmentDecided.keep(refusal)).toEqual({
      decision: 'refuse',
      standard: { id: 'oap-slcn-primary', version: 2, kind: 'ordinarily-available', need: 'SLCN' },
    });
    const noPlan = { outcome: 'no-plan', decidedOn: '2025-10-01', reason: 'r', standard };
    expect(INCLUSION_FACT_READERS.PlanIssueDecided.keep(noPlan)).toMatchObject({
      outcome: 'no-plan',
      standard: { need: 'SLCN' },
    });
    expect(INCLUSION_FACT_READERS.PlanIssueDecided.keep({ outcome: 'no-plan', decidedOn: '2025-10-01' })).toEqual({
      outcome: 'no-plan',
    });
  });
});
