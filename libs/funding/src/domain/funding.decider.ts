import { assertNever, type Decider } from '@send/kernel';
import { daysBetween, isBefore, notInFuture, requireText } from '@send/statutory';
import { financialYearBounds, financialYearOf } from './financial-year.js';
import type { ApplyLocalAdjustment, EndFunding, FundingCommand, PricePlan } from './funding.commands.js';
import { FundingErrors, refuse } from './funding.errors.js';
import type { FundingEvent } from './funding.events.js';
import { evolveFunding, initialFundingState, topUpPence, type FundingState, type PricedState } from './funding.state.js';
import { isPence } from './money.js';
import { pricePlan as price } from './pricing.js';

type Events = FundingEvent[];

/**
 * Idempotent per plan version: the process manager delivers at least once, and in the distributed mode
 * an older version may arrive after a newer one; neither changes what is priced.
 */
function pricePlan({ data, reference }: PricePlan, state: FundingState): Events {
  if (state.status === 'priced' && data.planVersion <= state.priced.planVersion) return [];
  // A ceased plan is not funded again; a new plan would follow a new assessment, on its own terms.
  if (state.status === 'priced' && state.endedOn !== undefined) return [];
  const { planVersion, issuedOn, setting } = data;
  const pricing = price(data.items, setting, reference);
  return [
    { type: 'PlanPriced', data: { planVersion, issuedOn, ...(setting ? { setting } : {}), ...pricing } },
    {
      type: 'TopUpCommitted',
      data: {
        planVersion,
        financialYear: financialYearOf(issuedOn),
        pence: pricing.element3Pence,
        placeFundingPence: pricing.placeFundingPence,
      },
    },
  ];
}

function priced(state: FundingState): PricedState {
  if (state.status !== 'priced') refuse(FundingErrors.PLAN_NOT_PRICED, 'no plan has been priced for this case yet');
  return state;
}

/** Never a silent override: a reason, an approver who is not the person recording it, and a date. */
function applyLocalAdjustment({ data, today }: ApplyLocalAdjustment, state: FundingState): Events {
  const file = priced(state);
  const reason = requireText(FundingErrors.REASON_REQUIRED, 'reason', data.reason, 'record why the funding is adjusted');
  const approvedBy = requireText(FundingErrors.APPROVER_REQUIRED, 'approvedBy', data.approvedBy, 'name who approved it');
  if (approvedBy.toLowerCase() === data.requestedBy.trim().toLowerCase()) {
    refuse(FundingErrors.APPROVER_MUST_DIFFER, 'an adjustment must be approved by someone other than the person recording it', {
      field: 'approvedBy',
    });
  }
  if (!isPence(data.amountPence) || data.amountPence === 0) {
    refuse(FundingErrors.ADJUSTMENT_INVALID, 'the adjustment is a non-zero whole number of pence', { field: 'amountPence' });
  }
  notInFuture(today, { approvedOn: data.approvedOn });
  if (file.endedOn !== undefined) {
    refuse(FundingErrors.FUNDING_ENDED, `the plan ceased on ${file.endedOn}: nothing more is funded`);
  }
  const plan = file.priced;
  if (isBefore(data.approvedOn, plan.issuedOn)) {
    refuse(FundingErrors.ADJUSTMENT_BEFORE_PLAN, `plan version ${plan.planVersion} was issued on ${plan.issuedOn}`, {
      field: 'approvedOn',
    });
  }
  if (file.adjustments.some((a) => a.adjustmentId === data.adjustmentId)) {
    refuse(FundingErrors.ADJUSTMENT_ALREADY_APPLIED, `adjustment ${data.adjustmentId} is already applied`);
  }
  const pence = topUpPence(file) + data.amountPence;
  if (pence < 0) {
    refuse(FundingErrors.ADJUSTMENT_EXCEEDS_TOP_UP, `the top-up is ${topUpPence(file)} pence; it cannot go below zero`, {
      field: 'amountPence',
    });
  }
  const { adjustmentId, amountPence, approvedOn, requestedBy } = data;
  const { planVersion, placeFundingPence } = plan;
  return [
    {
      type: 'LocalAdjustmentApplied',
      data: { adjustmentId, planVersion, amountPence, reason, approvedBy, approvedOn, requestedBy },
    },
    { type: 'TopUpCommitted', data: { planVersion, financialYear: financialYearOf(approvedOn), pence, placeFundingPence } },
  ];
}

/**
 * The plan ceased (CFA s.45; the ehcp context's PlanCeased): the commitments stop from ceasedOn. The year it
 * ceases in keeps the share of its days before ceasedOn (a level for the year, as every commitment is); every
 * later year already committed falls to nothing. Idempotent: once ended, nothing more (at-least-once delivery).
 * Nothing to end when no plan was ever priced.
 */
function endFunding({ data, today }: EndFunding, state: FundingState): Events {
  if (state.status !== 'priced' || state.endedOn !== undefined) return [];
  notInFuture(today, { ceasedOn: data.ceasedOn });
  const { ceasedOn, sourceEventId } = data;
  const ceasedIn = financialYearOf(ceasedOn);
  const { from, to } = financialYearBounds(ceasedIn);
  const share = daysBetween(from, ceasedOn) / (daysBetween(from, to) + 1);
  const changed = Object.values(state.commitments)
    .filter((c) => c.financialYear >= ceasedIn)
    .sort((a, b) => a.financialYear.localeCompare(b.financialYear))
    .map((c): FundingEvent => {
      const keep = (pence: number) => (c.financialYear === ceasedIn ? Math.round(pence * share) : 0);
      return {
        type: 'TopUpCommitted',
        data: { ...c, pence: keep(c.pence), placeFundingPence: keep(c.placeFundingPence) },
      };
    });
  return [{ type: 'FundingEnded', data: { ceasedOn, planVersion: state.priced.planVersion, sourceEventId } }, ...changed];
}

export function decideFunding(command: FundingCommand, state: FundingState): readonly FundingEvent[] {
  switch (command.type) {
    case 'PricePlan':
      return pricePlan(command, state);
    case 'ApplyLocalAdjustment':
      return applyLocalAdjustment(command, state);
    case 'EndFunding':
      return endFunding(command, state);
    default:
      return assertNever(command, 'funding command');
  }
}

export const fundingDecider: Decider<FundingCommand, FundingEvent, FundingState> = {
  initialState: initialFundingState,
  evolve: evolveFunding,
  decide: decideFunding,
};
