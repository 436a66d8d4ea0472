import { adjustmentsInForce, topUpPence, type PricedState } from './funding.state.js';

/**
 * GET /cases/{caseId}/funding: the band, the tariff lines, each local adjustment as its own line, the
 * annual cost, and who pays it. element3Pence includes the adjustments in force (they are the LA's);
 * element2Pence is what the setting meets from its notional SEN budget.
 */
export function fundingView(state: PricedState) {
  const p = state.priced;
  const adjustments = adjustmentsInForce(state);
  const adjustmentsPence = adjustments.reduce((sum, a) => sum + a.amountPence, 0);
  const element3Pence = topUpPence(state);
  return {
    planVersion: p.planVersion,
    issuedOn: p.issuedOn,
    setting: p.setting ?? null,
    referenceVersion: p.referenceVersion,
    band: p.band,
    weeksOpen: p.weeksOpen,
    lines: p.lines,
    adjustments: adjustments.map(({ adjustmentId, amountPence, reason, approvedBy, approvedOn, requestedBy }) => ({
      adjustmentId,
      amountPence,
      reason,
      approvedBy,
      approvedOn,
      requestedBy,
    })),
    /** Priced provision: the sum of the tariff lines. */
    annualPence: p.annualPence,
    adjustmentsPence,
    thresholdPence: p.thresholdPence,
    element2Pence: p.element2Pence,
    element3Pence,
    placeFundingPence: p.placeFundingPence,
    totalPence: p.element2Pence + element3Pence + p.placeFundingPence,
    unpricedItems: p.lines.filter((l) => l.unpriced !== undefined).length,
    /** The plan ceased on this day: nothing is committed from it. */
    endedOn: state.endedOn ?? null,
    commitments: Object.values(state.commitments)
      .map(({ financialYear, pence, placeFundingPence }) => ({ financialYear, topUpPence: pence, placeFundingPence }))
      .sort((a, b) => a.financialYear.localeCompare(b.financialYear)),
  };
}

export type FundingView = ReturnType<typeof fundingView>;
