import type { DomainEvent } from '@send/kernel';
import {
  closeDeadline,
  isAwaitingAct,
  notBefore,
  notInFuture,
  requireText,
  startDeadline,
  type DeadlineBook,
  type DeadlineEvent,
  type ExceptionGround,
  type IsoDate,
} from '@send/statutory';
import { EhcpErrors, refuse } from './ehcp.errors.js';
import { refuseIfCeased, type CeaseablePlan } from './cease.js';

/**
 * Re-assessment of a plan's needs (SEND Regulations 2014 regs 24–27; docs/domain.md "Re-assessment"). The
 * LA tells the family within 15 days of a request whether it will re-assess (Reg 25(1)); a refusal is
 * appealable (CFA s.51(2)(d)). Re-assessing, it amends or replaces the plan through a draft with the
 * family's 15 days (Reg 27(1) applying 13(1)) and sends the final plan within 14 weeks of its notice (Reg 27(2)).
 */

export type ReassessmentRequester = 'parent' | 'young-person' | 'setting' | 'other';
export const REASSESSMENT_REQUESTERS: readonly ReassessmentRequester[] = ['parent', 'young-person', 'setting', 'other'];
export type ReassessmentDecision = 'reassess' | 'refuse';

interface Command<T extends string, D> {
  readonly type: T;
  readonly data: D;
  readonly today: IsoDate;
}

export type RequestReassessment = Command<
  'RequestReassessment',
  { reassessmentId: string; requestedOn: IsoDate; requestedBy: ReassessmentRequester }
>;
export type DecideReassessment = Command<
  'DecideReassessment',
  { decision: ReassessmentDecision; decidedOn: IsoDate; reason: string }
>;
/** Reg 27(3): a lawful ground on which the 14 weeks need not be kept, with its evidence (reassessment-exception.ts). */
export type RecordReassessmentException = Command<
  'RecordReassessmentException',
  { exceptionId: string; ground: ExceptionGround; from: IsoDate; to?: IsoDate; evidence: string; familyNotified: boolean }
>;
export type ReassessmentCommand = RequestReassessment | DecideReassessment | RecordReassessmentException;

export type ReassessmentRequested = DomainEvent<
  'ReassessmentRequested',
  { reassessmentId: string; requestedOn: IsoDate; requestedBy: ReassessmentRequester }
>;
export type ReassessmentDecided = DomainEvent<
  'ReassessmentDecided',
  { reassessmentId: string; decision: ReassessmentDecision; decidedOn: IsoDate; reason: string }
>;
export type ReassessmentExceptionRecorded = DomainEvent<
  'ReassessmentExceptionRecorded',
  {
    exceptionId: string;
    reassessmentId: string;
    ground: ExceptionGround;
    from: IsoDate;
    to?: IsoDate;
    evidence: string;
    familyNotified: boolean;
    recordedOn: IsoDate;
    /** The clock it excepts, also recorded as DeadlineExcepted. */
    deadlineId: string;
  }
>;
export type ReassessmentEvent = ReassessmentRequested | ReassessmentDecided | ReassessmentExceptionRecorded;

/** The latest request for a re-assessment (PlanFile.reassessment); earlier ones live on in the events. */
export interface ReassessmentFile {
  readonly reassessmentId: string;
  readonly requestedOn: IsoDate;
  readonly requestedBy: ReassessmentRequester;
  readonly decision?: ReassessmentDecision;
  readonly decidedOn?: IsoDate;
}

export const reassessmentDecisionId = (id: string) => `reassessment-decision:${id}`;
export const reassessmentFinalPlanId = (id: string) => `reassessment-final-plan:${id}`;

/** What this file reads of the plan's state (EhcpState, ehcp.state.ts), named by shape as in cease.ts. */
export interface ReassessablePlan extends CeaseablePlan {
  readonly versions?: readonly { readonly status: string; readonly issuedOn: IsoDate }[];
  readonly deadlines?: DeadlineBook;
  readonly reassessment?: ReassessmentFile;
}

/**
 * A re-assessment is under way from the decision to re-assess until the final plan that follows it: while
 * it is, a new draft and a new final plan may follow the final plan (Reg 27(1)).
 */
export function reassessing(state: ReassessablePlan): boolean {
  if (state.reassessment?.decision !== 'reassess') return false;
  return isAwaitingAct(state.deadlines?.[reassessmentFinalPlanId(state.reassessment.reassessmentId)]);
}

/** A draft after the decision to re-assess answers it, so it may not be dated before it. */
export function draftNotBeforeReassessment(state: ReassessablePlan, issuedOn: IsoDate): void {
  if (!reassessing(state)) return;
  notBefore(EhcpErrors.DRAFT_BEFORE_DECISION, 'issuedOn', issuedOn, { 'decision to re-assess': state.reassessment?.decidedOn });
}

/** The final plan after a re-assessment closes its 14 weeks, met or late (Reg 27(2)). */
export function closeReassessment(state: ReassessablePlan, issuedOn: IsoDate): DeadlineEvent[] {
  if (!reassessing(state) || !state.reassessment) return [];
  return closeDeadline(state.deadlines ?? {}, reassessmentFinalPlanId(state.reassessment.reassessmentId), issuedOn);
}

const pending = (state: ReassessablePlan) => state.reassessment !== undefined && state.reassessment.decision === undefined;

/** Reg 24: a request on a final plan starts the LA's 15 days (Reg 25(1)); one request is answered at a time. */
export function requestReassessment(
  { data, today }: RequestReassessment,
  state: ReassessablePlan,
): (ReassessmentRequested | DeadlineEvent)[] {
  refuseIfCeased(state);
  const firstFinal = state.versions?.find((v) => v.status === 'final');
  if (!firstFinal) {
    refuse(EhcpErrors.PLAN_NOT_FINAL, 'a re-assessment is of a final EHC plan');
  }
  if (pending(state) || reassessing(state)) {
    refuse(EhcpErrors.REASSESSMENT_IN_PROGRESS, 'a request for a re-assessment is already being dealt with');
  }
  if (state.status !== 'final') refuse(EhcpErrors.PLAN_NOT_FINAL, 'a re-assessment is of a final EHC plan');
  notInFuture(today, { requestedOn: data.requestedOn });
  notBefore(EhcpErrors.REQUEST_BEFORE_PLAN, 'requestedOn', data.requestedOn, { 'final plan': firstFinal.issuedOn });
  const { reassessmentId, requestedOn, requestedBy } = data;
  return [
    { type: 'ReassessmentRequested', data: { reassessmentId, requestedOn, requestedBy } },
    startDeadline(reassessmentDecisionId(reassessmentId), 'reassessment-decision', requestedOn),
  ];
}

/** Reg 25(1): the decision closes the 15 days; re-assessing starts the 14 weeks to the final plan (Reg 27(2)). */
export function decideReassessment(
  { data, today }: DecideReassessment,
  state: ReassessablePlan,
): (ReassessmentDecided | DeadlineEvent)[] {
  refuseIfCeased(state);
  if (!state.reassessment) {
    refuse(EhcpErrors.NO_REASSESSMENT_REQUEST, 'no re-assessment has been requested');
  }
  const request = state.reassessment;
  if (request.decision !== undefined) {
    refuse(EhcpErrors.REASSESSMENT_ALREADY_DECIDED, `the LA decided on ${request.decidedOn} to ${request.decision}`);
  }
  notInFuture(today, { decidedOn: data.decidedOn });
  notBefore(EhcpErrors.DECISION_BEFORE_REQUEST, 'decidedOn', data.decidedOn, { request: request.requestedOn });
  const reason = requireText(EhcpErrors.REASON_REQUIRED, 'reason', data.reason, 'the decision needs its reasons');
  const { reassessmentId } = request;
  const { decision, decidedOn } = data;
  return [
    { type: 'ReassessmentDecided', data: { reassessmentId, decision, decidedOn, reason } },
    ...closeDeadline(state.deadlines ?? {}, reassessmentDecisionId(reassessmentId), decidedOn),
    ...(decision === 'reassess'
      ? [startDeadline(reassessmentFinalPlanId(reassessmentId), 'reassessment-final-plan', decidedOn)]
      : []),
  ];
}

export function evolveReassessment<S extends ReassessablePlan>(state: S, event: ReassessmentEvent): S {
  switch (event.type) {
    case 'ReassessmentRequested':
      return { ...state, reassessment: { ...event.data } };
    case 'ReassessmentDecided': {
      if (state.reassessment?.reassessmentId !== event.data.reassessmentId) return state;
      const { decision, decidedOn } = event.data;
      return { ...state, reassessment: { ...state.reassessment, decision, decidedOn } };
    }
    case 'ReassessmentExceptionRecorded':
      // What it changes is the clock's, folded from its DeadlineExcepted.
      return state;
  }
}
