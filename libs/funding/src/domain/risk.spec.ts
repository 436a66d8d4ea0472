import { riskFlags } from './risk.js';

describe('riskFlags for the regions group', () => {
  it('flags commitments beyond the budget', () => {
    expect(riskFlags({ budgetPence: 1000, committedPence: 1001, threshold: 50 })).toEqual({
      overBudget: true,
      flags: ['over-budget'],
    });
  });

  it('does not flag commitments exactly at the budget', () => {
    expect(riskFlags({ budgetPence: 1000, committedPence: 1000, threshold: 50 })).toEqual({ overBudget: false, flags: [] });
  });

  it('flags an LA that has set no budget, without calling it over budget', () => {
    expect(riskFlags({ committedPence: 1, threshold: 50 })).toEqual({ overBudget: false, flags: ['no-budget-set'] });
  });

  it('flags 20-week timeliness below the threshold (50% by default)', () => {
    expect(riskFlags({ budgetPence: 10, committedPence: 0, timelinessPercent: 46, threshold: 50 })).toEqual({
      overBudget: false,
      timelinessBelowThreshold: true,
      flags: ['timeliness-below-threshold'],
    });
    expect(riskFlags({ budgetPence: 10, committedPence: 0, timelinessPercent: 50, threshold: 50 })).toEqual({
      overBudget: false,
      timelinessBelowThreshold: false,
      flags: [],
    });
  });

  it('takes another threshold, and both flags together', () => {
    expect(riskFlags({ budgetPence: 10, committedPence: 11, timelinessPercent: 60, threshold: 75 }).flags).toEqual([
      'over-budget',
      'timeliness-below-threshold',
    ]);
  });

  it('leaves timeliness out when it is not supplied', () => {
    expect(riskFlags({ budgetPence: 10, committedPence: 0, threshold: 50 })).not.toHaveProperty('timelinessBelowThreshold');
  });
});
