import { noPlans } from './setting-context.js';
import { OUTSIDE_THE_LA } from './disclosure-control.js';

const cohort = (byNeed: Partial<ReturnType<typeof noPlans>['byNeed']>) => {
  const needs = { ...noPlans().byNeed, ...byNeed };
  return { plans: Object.values(needs).reduce((a, b) => a + b, 0), byNeed: needs };
};

describe('the figures shown outside the LA', () => {
  it('shows counts of 5 and over and 0, and 1 to 4 as "c"', () => {
    // plans 12 = ASD 7 + SEMH 5; nothing is 1–4.
    expect(OUTSIDE_THE_LA.cohort(cohort({ ASD: 7, SEMH: 5 }))).toEqual({
      plans: 12,
      byNeed: { ...noPlans().byNeed, ASD: 7, SEMH: 5 },
    });
    // plans 3 = SLCN 3: both 1–4.
    expect(OUTSIDE_THE_LA.cohort(cohort({ SLCN: 3 }))).toEqual({ plans: 'c', byNeed: { ...noPlans().byNeed, SLCN: 'c' } });
  });

  it('hides the smallest other need where the total would give a hidden one back', () => {
    // plans 14 = ASD 8 + SEMH 5 + PD 1: PD is hidden; 14 - 8 - 5 would give it, so SEMH (5, the smallest shown) is hidden.
    expect(OUTSIDE_THE_LA.cohort(cohort({ ASD: 8, SEMH: 5, PD: 1 }))).toEqual({
      plans: 14,
      byNeed: { ...noPlans().byNeed, ASD: 8, SEMH: 'c', PD: 'c' },
    });
  });

  it('withholds a result and its cohort size when fewer than 5 pupils are in it', () => {
    expect(OUTSIDE_THE_LA.result(46.2, 4)).toEqual({ value: 'c', cohortSize: 'c' });
    expect(OUTSIDE_THE_LA.result(46.2, 5)).toEqual({ value: 46.2, cohortSize: 5 });
  });
});
