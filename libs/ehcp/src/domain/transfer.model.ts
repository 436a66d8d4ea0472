import type { DomainEvent } from '@send/kernel';
import type { IsoDate } from '@send/statutory';

/**
 * The facts of moving a maintained plan to another local authority (SEND Regulations 2014 reg 15; docs/domain.md
 * "Transfer between local authorities"), and how the plan file folds them; the decisions are in transfer.ts.
 */

/** By the old LA: the child has moved, or is moving, into toLa's area (Reg 15(1)–(2)). */
export interface RequestPlanTransfer {
  readonly type: 'RequestPlanTransfer';
  readonly data: { transferId: string; toLa: string; movedOn: IsoDate; learnedOn: IsoDate };
  readonly today: IsoDate;
}

/** By the new LA, byLa being the LA of the user who records it: the plan is now its to maintain (Reg 15(3)). */
export interface AcceptPlanTransfer {
  readonly type: 'AcceptPlanTransfer';
  readonly data: { acceptedOn: IsoDate; byLa: string };
  readonly today: IsoDate;
}

/** By the new LA, once it maintains the plan: it has written to the family (Reg 15(4)). */
export interface SendTransferNotice {
  readonly type: 'SendTransferNotice';
  readonly data: { sentOn: IsoDate };
  readonly today: IsoDate;
}

/** By the old LA, before the new LA accepted: the move fell through, so there is nothing to transfer. */
export interface WithdrawPlanTransfer {
  readonly type: 'WithdrawPlanTransfer';
  readonly data: { withdrawnOn: IsoDate; reason: string };
  readonly today: IsoDate;
}

export type TransferCommand = RequestPlanTransfer | AcceptPlanTransfer | SendTransferNotice | WithdrawPlanTransfer;

export type PlanTransferRequested = DomainEvent<
  'PlanTransferRequested',
  { transferId: string; fromLa: string; toLa: string; movedOn: IsoDate; learnedOn: IsoDate }
>;
export type PlanTransferAccepted = DomainEvent<
  'PlanTransferAccepted',
  { transferId: string; fromLa: string; toLa: string; acceptedOn: IsoDate }
>;

/** Reg 15(4): the new LA told the family of the transfer, any assessment it proposes and when it will review. */
export type TransferNoticeSent = DomainEvent<'TransferNoticeSent', { transferId: string; la: string; sentOn: IsoDate }>;
export type PlanTransferWithdrawn = DomainEvent<
  'PlanTransferWithdrawn',
  { transferId: string; fromLa: string; toLa: string; withdrawnOn: IsoDate; reason: string }
>;

export type TransferEvent = PlanTransferRequested | PlanTransferAccepted | TransferNoticeSent | PlanTransferWithdrawn;

export type PendingTransfer = PlanTransferRequested['data'];
export type AcceptedTransfer = PlanTransferAccepted['data'];

/** What the plan file knows of transfers; the LA maintaining the plan is PlanFile.la itself. */
export interface TransferFile {
  readonly pending?: PendingTransfer;
  readonly accepted: readonly AcceptedTransfer[];
  /** The day the new LA's Reg 15(4) notice went, by transferId. */
  readonly noticesSent?: Readonly<Record<string, IsoDate>>;
  /** The decision date of the latest review (ReviewDecided), from which Reg 15(5)(a) counts. */
  readonly lastReviewedOn?: IsoDate;
}

export const transferDeadlineIds = (transferId: string) => ({
  plan: `transfer-plan:${transferId}`,
  notice: `transfer-notice:${transferId}`,
  review: `transfer-review:${transferId}`,
});

const NO_TRANSFERS: TransferFile = { accepted: [] };

/** The plan file after a transfer event; from acceptance the plan, and so the case, is toLa's (Reg 15(3)). */
export function evolveTransfer<S extends { readonly la: string; readonly transfer?: TransferFile }>(
  state: S,
  event: TransferEvent,
): S {
  const transfer = state.transfer ?? NO_TRANSFERS;
  const { pending: _done, ...rest } = transfer;
  switch (event.type) {
    case 'PlanTransferRequested':
      return { ...state, transfer: { ...transfer, pending: event.data } };
    case 'PlanTransferAccepted':
      return { ...state, la: event.data.toLa, transfer: { ...rest, accepted: [...transfer.accepted, event.data] } };
    case 'TransferNoticeSent': {
      const noticesSent = { ...transfer.noticesSent, [event.data.transferId]: event.data.sentOn };
      return { ...state, transfer: { ...transfer, noticesSent } };
    }
    case 'PlanTransferWithdrawn':
      // The plan stays with the LA that maintains it; the withdrawn transfer leaves no trace in the state.
      return { ...state, transfer: rest };
  }
}

/**
 * Notes the date of a review decision, whatever else folds that event: ReviewDecided { decidedOn } is read
 * by its type, so that Reg 15(5)(a) counts from the last review however reviews are modelled.
 */
export function noteLastReview<S extends { readonly status: string; readonly transfer?: TransferFile }>(
  state: S,
  event: { readonly type: string; readonly data: unknown },
): S {
  if (state.status === 'none' || event.type !== 'ReviewDecided') return state;
  const decidedOn = (event.data as { decidedOn?: unknown } | undefined)?.decidedOn;
  if (typeof decidedOn !== 'string') return state;
  return { ...state, transfer: { ...(state.transfer ?? NO_TRANSFERS), lastReviewedOn: decidedOn } };
}
