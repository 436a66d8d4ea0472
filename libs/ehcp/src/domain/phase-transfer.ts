/**
 * Transfers between phases of education (SEND Regulations 2014 reg 18; docs/domain.md "Phase transfers"):
 * the plan must be reviewed and amended, naming the new setting in section I, by a fixed date.
 */
import { closeDeadline, isAwaitingAct, phaseTransferDueFor, startDeadlineDue, type IsoDate } from '@send/statutory';
import type { EhcpEvent } from './ehcp.events.js';
import type { EhcpState } from './ehcp.state.js';
import { finalPlan, namesSetting, type Final } from './final-plan.js';
import { phaseTransferId, type StartPhaseTransfer } from './lifecycle.model.js';
import type { PlanSections } from './plan-sections.js';

/**
 * Reg 18: the LA records the transfer ahead, and the clock runs to the day before 15 February (or 31 March
 * from secondary to post-16), or five months before a move between post-16 institutions. The transfer date
 * is planned, so it may be in the future. The same transfer on the same date recorded twice is one.
 */
export function startPhaseTransfer({ data, today }: StartPhaseTransfer, state: EhcpState): EhcpEvent[] {
  const plan = finalPlan(state, 'A phase transfer');
  const same = Object.values(plan.phaseTransfers ?? {}).find(
    (t) => t.transferId === data.transferId || (t.transfer === data.transfer && t.transferOn === data.transferOn),
  );
  if (same) return [];
  const { transferId, transfer, transferOn } = data;
  const dueOn = phaseTransferDueFor(transfer, transferOn);
  return [
    {
      type: 'PhaseTransferStarted',
      data: { transferId, transfer, transferOn, dueOn, proposed: data.proposed === true, recordedOn: today },
    },
    startDeadlineDue(phaseTransferId(transferId), 'phase-transfer', today, dueOn),
  ];
}

/** An amended plan naming the new setting in section I meets every phase transfer still awaiting it. */
export function phaseTransfersMetBy(plan: Final, sections: PlanSections, issuedOn: IsoDate): EhcpEvent[] {
  if (!namesSetting(sections.I)) return [];
  return Object.values(plan.phaseTransfers ?? {})
    .map((t) => phaseTransferId(t.transferId))
    .filter((id) => isAwaitingAct(plan.deadlines[id]))
    .flatMap((id) => closeDeadline(plan.deadlines, id, issuedOn));
}
