import {
  retireAll,
  closeDeadline,
  isBefore,
  notInFuture,
  requireText,
  retireDeadline,
  startDeadline,
  startDeadlineDue,
  transferPlanDue,
  transferReviewDue,
  type IsoDate,
} from '@send/statutory';
import { EhcpErrors, refuse } from './ehcp.errors.js';
import type { EhcpEvent } from './ehcp.events.js';
import type { EhcpState } from './ehcp.state.js';
import { refuseIfCeased } from './cease.js';
import {
  transferDeadlineIds,
  type AcceptPlanTransfer,
  type PlanTransferAccepted,
  type PlanTransferRequested,
  type RequestPlanTransfer,
  type SendTransferNotice,
  type WithdrawPlanTransfer,
} from './transfer.model.js';

/**
 * Moving a maintained plan to another local authority (SEND Regulations 2014 reg 15; docs/domain.md
 * "Transfer between local authorities"): the old LA transfers it, the new LA takes it over, and from then
 * on the case is the new LA's.
 */

type Maintained = Extract<EhcpState, { status: 'final' }>;

function maintained(state: EhcpState): Maintained {
  // A plan is maintained once final (CFA s.37); a draft or a plan not yet made has nothing to transfer.
  if (state.status !== 'final') {
    refuse(EhcpErrors.TRANSFER_NEEDS_FINAL_PLAN, 'only a final EHC plan that the LA maintains can be transferred');
  }
  return state;
}

/**
 * Reg 15(2): the clock runs from the day the old LA learned of the move, to the move day or to the 15th
 * working day beginning with the day it learned (transferPlanDue).
 */
export function requestPlanTransfer({ data, today }: RequestPlanTransfer, state: EhcpState): EhcpEvent[] {
  const plan = maintained(state);
  notInFuture(today, { learnedOn: data.learnedOn });
  if (data.toLa === plan.la) {
    refuse(EhcpErrors.TRANSFER_TO_SAME_LA, `the plan is already maintained by LA ${plan.la}`, { field: 'toLa' });
  }
  const pending = plan.transfer?.pending;
  if (pending) {
    refuse(EhcpErrors.TRANSFER_ALREADY_PENDING, `a transfer to LA ${pending.toLa} is waiting to be accepted`, {
      transferId: pending.transferId,
    });
  }
  const { transferId, toLa, movedOn, learnedOn } = data;
  const requested: PlanTransferRequested = {
    type: 'PlanTransferRequested',
    data: { transferId, fromLa: plan.la, toLa, movedOn, learnedOn },
  };
  const dueOn = transferPlanDue(movedOn, learnedOn);
  return [requested, startDeadlineDue(transferDeadlineIds(transferId).plan, 'transfer-plan', learnedOn, dueOn)];
}

/**
 * The new LA takes the plan over on acceptedOn, the date of the transfer: the day the plan is with the
 * authority that must maintain it (Reg 15(3)). That closes the old LA's Reg 15(2) clock and starts the
 * new LA's two: tell the family within 6 weeks (Reg 15(4)), and review before the later of 12 months
 * beginning with the making or last review and 3 months beginning with the transfer (Reg 15(5)).
 */
export function acceptPlanTransfer({ data, today }: AcceptPlanTransfer, state: EhcpState): EhcpEvent[] {
  const pending = state.status === 'final' ? state.transfer?.pending : undefined;
  if (state.status !== 'final' || !pending) {
    refuse(EhcpErrors.NO_TRANSFER_PENDING, 'no transfer of this plan is waiting to be accepted');
  }
  if (data.byLa !== pending.toLa) {
    refuse(EhcpErrors.TRANSFER_NOT_TO_YOUR_LA, `the plan is being transferred to LA ${pending.toLa}; only it can accept`);
  }
  notInFuture(today, { acceptedOn: data.acceptedOn });
  if (isBefore(data.acceptedOn, pending.learnedOn)) {
    refuse(EhcpErrors.TRANSFER_ACCEPTED_BEFORE_LEARNED, `LA ${pending.fromLa} learned of the move on ${pending.learnedOn}`, {
      field: 'acceptedOn',
    });
  }
  const { transferId, fromLa, toLa } = pending;
  const { acceptedOn } = data;
  const ids = transferDeadlineIds(transferId);
  const accepted: PlanTransferAccepted = { type: 'PlanTransferAccepted', data: { transferId, fromLa, toLa, acceptedOn } };
  return [
    accepted,
    ...closeDeadline(state.deadlines, ids.plan, acceptedOn),
    // Reg 15(5): the review after a transfer is due by transfer-review, which takes the annual review's place.
    ...retireAll(state.deadlines, ['annual-review'], acceptedOn, 'the review is due by transfer-review (Reg 15(5))'),
    startDeadline(ids.notice, 'transfer-notice', acceptedOn),
    startDeadlineDue(ids.review, 'transfer-review', acceptedOn, transferReviewDue(lastReviewedOrMadeOn(state), acceptedOn)),
  ];
}

/**
 * Reg 15(4): within 6 weeks of the date of the transfer the new LA tells the family that the plan has been
 * transferred, whether it proposes to assess and when it proposes to review. Sent by the LA that now
 * maintains the plan (the route's LA check: the case is the new LA's from the acceptance), about the
 * latest transfer it accepted; on time it meets transfer-notice, after the 6 weeks it closes it late.
 */
export function sendTransferNotice({ data, today }: SendTransferNotice, state: EhcpState): EhcpEvent[] {
  const transfer = state.status === 'final' ? state.transfer : undefined;
  const latest = transfer?.accepted.at(-1);
  if (state.status !== 'final' || !latest) {
    refuse(EhcpErrors.NO_ACCEPTED_TRANSFER, 'no transfer of this plan has been accepted: there is no Reg 15(4) notice to send');
  }
  refuseIfCeased(state);
  const sentBefore = transfer?.noticesSent?.[latest.transferId];
  if (sentBefore !== undefined) {
    refuse(EhcpErrors.TRANSFER_NOTICE_ALREADY_SENT, `the family was told of the transfer on ${sentBefore}`, {
      transferId: latest.transferId,
      sentOn: sentBefore,
    });
  }
  notInFuture(today, { sentOn: data.sentOn });
  if (isBefore(data.sentOn, latest.acceptedOn)) {
    refuse(EhcpErrors.TRANSFER_NOTICE_BEFORE_TRANSFER, `LA ${latest.toLa} took the plan over on ${latest.acceptedOn}`, {
      field: 'sentOn',
    });
  }
  const { transferId, toLa } = latest;
  return [
    { type: 'TransferNoticeSent', data: { transferId, la: toLa, sentOn: data.sentOn } },
    ...closeDeadline(state.deadlines, transferDeadlineIds(transferId).notice, data.sentOn),
  ];
}

/**
 * The family did not move after all: the old LA withdraws a transfer the new LA has not accepted. Reg 15
 * applies only when the child moves, so its Reg 15(2) clock stops applying rather than breaching, and the
 * case stays the old LA's (the new LA no longer sees it). An accepted transfer cannot be withdrawn: the
 * plan is then the new LA's (Reg 15(3)), which may transfer it back.
 */
export function withdrawPlanTransfer({ data, today }: WithdrawPlanTransfer, state: EhcpState): EhcpEvent[] {
  const pending = state.status === 'final' ? state.transfer?.pending : undefined;
  if (state.status !== 'final' || !pending) {
    refuse(EhcpErrors.NO_TRANSFER_PENDING, 'no transfer of this plan is waiting to be accepted: there is nothing to withdraw');
  }
  refuseIfCeased(state);
  requireText(EhcpErrors.REASON_REQUIRED, 'reason', data.reason, 'say why the transfer is withdrawn');
  notInFuture(today, { withdrawnOn: data.withdrawnOn });
  if (isBefore(data.withdrawnOn, pending.learnedOn)) {
    refuse(EhcpErrors.TRANSFER_WITHDRAWN_BEFORE_LEARNED, `LA ${pending.fromLa} learned of the move on ${pending.learnedOn}`, {
      field: 'withdrawnOn',
    });
  }
  const { transferId, fromLa, toLa } = pending;
  const { withdrawnOn, reason } = data;
  return [
    { type: 'PlanTransferWithdrawn', data: { transferId, fromLa, toLa, withdrawnOn, reason } },
    ...retireDeadline(state.deadlines, transferDeadlineIds(transferId).plan, withdrawnOn, 'the transfer was withdrawn'),
  ];
}

/** Reg 15(5)(a): the latest review's decision, else the day the plan was first made final (an amendment does not count). */
export function lastReviewedOrMadeOn(state: Maintained): IsoDate {
  return state.transfer?.lastReviewedOn ?? state.versions.find((v) => v.status === 'final')?.issuedOn ?? state.final.issuedOn;
}
