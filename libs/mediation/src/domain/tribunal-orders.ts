import {
  closeDeadline,
  isAwaitingAct,
  isBefore,
  notBefore,
  notInFuture,
  orderComplianceDue,
  retireDeadline,
  startDeadlineDue,
  type IsoDate,
} from '@send/statutory';
import type { OrderStep, RecordOrderStepDone, RecordOrderStepNotNeeded, RecordTribunalOrder } from './mediation.commands.js';
import { MediationErrors, refuse } from './mediation.errors.js';
import type { MediationEvent } from './mediation.events.js';
import { orderAnswers } from './issues.js';
import { findDispute } from './guards.js';
import {
  compliedKey,
  orderDeadlineId,
  type Dispute,
  type MediationState,
  type OpenFile,
  type OrderRecord,
} from './mediation.state.js';

type Events = MediationEvent[];

/**
 * Reg 43(2) orders and the Reg 44(2) steps that comply with them, each a clock from the date of the
 * order (orderComplianceDue). The order must answer what the family appealed.
 */
export function recordTribunalOrder({ data, today }: RecordTribunalOrder, state: MediationState): Events {
  const dispute = findDispute(state, data.disputeId);
  const { disputeId, orderId, order, madeOn } = data;
  if (dispute.appeal === undefined) refuse(MediationErrors.NO_APPEAL, 'no appeal has been registered for this dispute');
  notInFuture(today, { madeOn });
  notBefore(MediationErrors.ORDER_BEFORE_APPEAL, 'madeOn', madeOn, { 'appeal registration': dispute.appeal.registeredOn });
  if (!orderAnswers(order, dispute.about)) {
    refuse(
      MediationErrors.ORDER_NOT_ABOUT_DISPUTE,
      `an order to ${order} does not answer an appeal about ${dispute.about.join(', ')}`,
      {
        about: dispute.about,
      },
    );
  }
  const same = Object.values(dispute.orders).find((o) => o.order === order);
  if (same !== undefined) refuse(MediationErrors.ORDER_ALREADY_MADE, `an order to ${order} was made on ${same.madeOn}`);
  const steps = orderComplianceDue(order, madeOn);
  return [
    { type: 'TribunalOrderMade', data: { disputeId, orderId, order, madeOn, steps } },
    ...steps.map((s) => startDeadlineDue(orderDeadlineId(orderId, s.step), 'order-compliance', madeOn, s.dueOn)),
  ];
}

/**
 * Reg 44(2)(b) with Reg 45(3A): after an order to assess, the LA either notifies a decision not to
 * issue a plan (10 weeks) or issues the final plan (14 weeks); whichever happens, the other clock
 * stops applying.
 */
const INSTEAD: Partial<Record<OrderStep, { step: OrderStep; why: string }>> = {
  'final-plan': { step: 'decision-not-to-issue', why: 'a final plan was issued instead (Reg 44(2)(b))' },
  'decision-not-to-issue': { step: 'final-plan', why: 'the LA decided not to issue a plan (Reg 44(2)(b))' },
};

type Compliance = [Dispute, OrderRecord & { of?: 'agreement' }];

/** The case's tribunal orders, and its mediation agreements that count as orders (Reg 42(2)). */
function ordersOf(state: MediationState): Compliance[] {
  if (state.status === 'none') return [];
  return Object.values(state.disputes).flatMap((d) => {
    const orders = Object.values(d.orders).map((o): Compliance => [d, o]);
    const a = d.agreement;
    if (a?.order === undefined || a.agreementId === undefined) return orders;
    const agreed: Compliance = [d, { orderId: a.agreementId, order: a.order, madeOn: a.on, steps: a.steps, of: 'agreement' }];
    return [...orders, agreed];
  });
}

/** The orders of the case with this step still awaiting its act, made on or before the act. */
function awaiting(state: MediationState, step: OrderStep, on: IsoDate): Compliance[] {
  if (state.status === 'none') return [];
  const deadlines = state.deadlines;
  return ordersOf(state).filter(([, o]) => !isBefore(on, o.madeOn) && isAwaitingAct(deadlines[orderDeadlineId(o.orderId, step)]));
}

/**
 * The act that complied, recorded by another context (assessment, ehcp), closes the step met or late.
 * Sent only by the order-compliance process manager, never by a caseworker: the proof of compliance
 * is the other context's event. Idempotent per source event and step (at-least-once delivery).
 */
export function recordOrderStepDone({ data, today }: RecordOrderStepDone, state: MediationState): Events {
  const { step, doneOn, sourceEventId } = data;
  if (state.status === 'none' || state.complied.includes(compliedKey(sourceEventId, step))) return [];
  const found = awaiting(state, step, doneOn);
  if (found.length === 0) return [];
  notInFuture(today, { doneOn });
  return found.flatMap(([dispute, order]): Events => {
    const instead = INSTEAD[step];
    const other =
      instead === undefined
        ? []
        : retireDeadline(state.deadlines, orderDeadlineId(order.orderId, instead.step), doneOn, instead.why);
    return [
      {
        type: 'OrderComplied',
        data: {
          orderId: order.orderId,
          disputeId: dispute.disputeId,
          step,
          compliedOn: doneOn,
          sourceEventId,
          ...(order.of === undefined ? {} : { of: order.of }),
        },
      },
      ...closeDeadline(state.deadlines, orderDeadlineId(order.orderId, step), doneOn),
      ...other,
    ];
  });
}

/** E.g. the LA decided to issue a plan after an order to assess: the 10-week step no longer applies. */
export function recordOrderStepNotNeeded({ data, today }: RecordOrderStepNotNeeded, state: MediationState): Events {
  const { step, on, why } = data;
  const found = awaiting(state, step, on);
  if (found.length === 0) return [];
  notInFuture(today, { on });
  const deadlines = (state as OpenFile).deadlines;
  return found.flatMap(([, order]) => retireDeadline(deadlines, orderDeadlineId(order.orderId, step), on, why));
}
