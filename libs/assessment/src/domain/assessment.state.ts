import { assertNever, copyingWriter, foldDrafted, type CaseStage, type RecordWriter } from '@send/kernel';
import { foldDeadlineWith, type DeadlineBook, type ExceptionGround, type IsoDate } from '@send/statutory';
import type { AssessDecision, Adviser, Child, PlanOutcome, Requester } from './assessment.commands.js';
import type { AssessmentEvent } from './assessment.events.js';

export interface AssessmentDecision {
  readonly decision: AssessDecision;
  readonly decidedOn: IsoDate;
  readonly reason: string;
}

export interface PlanIssueDecision {
  readonly outcome: PlanOutcome;
  readonly decidedOn: IsoDate;
  readonly reason: string;
}

export interface Advice {
  readonly adviceId: string;
  readonly adviser: Adviser;
  readonly requestedOn: IsoDate;
  readonly receivedOn?: IsoDate;
}

export interface TimescaleException {
  readonly exceptionId: string;
  readonly ground: ExceptionGround;
  readonly from: IsoDate;
  readonly to?: IsoDate;
  readonly evidence: string;
  readonly familyNotified: boolean;
  readonly recordedOn: IsoDate;
  readonly deadlineIds: readonly string[];
}

/** The tribunal's order to assess after a refusal; the LA's duties under it: Reg 44(2)(b). */
export interface TribunalOrderToAssess {
  readonly orderId: string;
  readonly madeOn: IsoDate;
}

/** What every status after the request carries. Plain data, so that replay can show it as JSON. */
export interface CaseFile {
  readonly caseId: string;
  readonly la: string;
  readonly child: Child;
  readonly requestedBy: Requester;
  readonly receivedOn: IsoDate;
  readonly advice: Readonly<Record<string, Advice>>;
  readonly exceptions: Readonly<Record<string, TimescaleException>>;
  readonly deadlines: DeadlineBook;
  /** The day the child's personal data was erased, if it was. */
  readonly erasedOn?: IsoDate;
}

interface Decided extends CaseFile {
  readonly assessment: AssessmentDecision;
}
interface Concluded extends Decided {
  readonly outcome: PlanIssueDecision;
}

export type AssessmentState =
  | { readonly status: 'none' }
  | (CaseFile & { readonly status: 'requested' })
  | (Decided & { readonly status: 'refused'; readonly orderedToAssess?: TribunalOrderToAssess })
  | (Decided & { readonly status: 'assessing' })
  | (Concluded & { readonly status: 'no-plan' })
  | (Concluded & { readonly status: 'plan-to-issue' })
  | (Concluded & { readonly status: 'plan-issued'; readonly finalPlanIssuedOn: IsoDate });

export type OpenCase = Exclude<AssessmentState, { status: 'none' }>;

/** The case stages the assessment context knows (kernel case-stage.ts): drafts are the ehcp context's. */
export type Stage = Exclude<CaseStage, 'draft-issued'>;

/** The public stage strings of GET /cases (docs/api.md); undefined before a request exists. */
export function stageOf(state: AssessmentState): Stage | undefined {
  switch (state.status) {
    case 'none':
      return undefined;
    case 'requested':
      return 'requested';
    case 'refused':
      return 'assessment-refused';
    case 'assessing':
    case 'no-plan':
    case 'plan-to-issue':
      return state.status;
    case 'plan-issued':
      return 'plan-final';
    default:
      return assertNever(state, 'assessment state');
  }
}

export const initialAssessmentState = (): AssessmentState => ({ status: 'none' });

export function evolveAssessment(state: AssessmentState, event: AssessmentEvent): AssessmentState {
  return evolve(state, event, copyingWriter);
}

/**
 * evolveAssessment over a stream, each record copied once rather than on every event: a case's advice and
 * its deadline book grow with the stream (kernel fold-draft.ts).
 */
export function evolveAssessmentAll(state: AssessmentState, events: readonly AssessmentEvent[]): AssessmentState {
  return foldDrafted(state, events, evolve);
}

function evolve(state: AssessmentState, event: AssessmentEvent, writer: RecordWriter): AssessmentState {
  if (event.type === 'AssessmentRequested') return requested(event.data);
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'AssessmentDecided':
      return afterDecision(state, event.data);
    case 'AdviceRequested':
      return { ...state, advice: writer.set(state.advice, event.data.adviceId, { ...event.data }) };
    case 'AdviceReceived':
      return withAdviceReceived(state, event.data.adviceId, event.data.receivedOn, writer);
    case 'TimescaleExceptionRecorded':
      return { ...state, exceptions: writer.set(state.exceptions, event.data.exceptionId, { ...event.data }) };
    case 'PlanIssueDecided':
      return afterOutcome(state, event.data);
    case 'AssessmentOrderedByTribunal':
      return state.status === 'refused' ? { ...state, orderedToAssess: { ...event.data } } : state;
    case 'PersonalDataErased':
      return { ...state, erasedOn: event.data.erasedOn };
    case 'DeadlineStarted':
    case 'DeadlineMet':
    case 'DeadlineClosedLate':
    case 'DeadlineBreached':
    case 'DeadlineExcepted':
    case 'DeadlineNotApplicable':
      return afterDeadlineEvent({ ...state, deadlines: foldDeadlineWith(state.deadlines, event, writer) }, event);
    default:
      return assertNever(event, 'assessment event');
  }
}

function requested(data: Extract<AssessmentEvent, { type: 'AssessmentRequested' }>['data']): AssessmentState {
  const { caseId, la, child, requestedBy, receivedOn } = data;
  return { status: 'requested', caseId, la, child, requestedBy, receivedOn, advice: {}, exceptions: {}, deadlines: {} };
}

function afterDecision(state: OpenCase, data: AssessmentDecision): AssessmentState {
  const assessment = { ...data };
  return assessment.decision === 'assess'
    ? { ...state, status: 'assessing', assessment }
    : { ...state, status: 'refused', assessment };
}

function afterOutcome(state: OpenCase, data: PlanIssueDecision): AssessmentState {
  if (state.status === 'requested') return state;
  const outcome = { ...data };
  return outcome.outcome === 'issue-plan'
    ? { ...state, status: 'plan-to-issue', outcome }
    : { ...state, status: 'no-plan', outcome };
}

function withAdviceReceived(state: OpenCase, adviceId: string, receivedOn: IsoDate, writer: RecordWriter): AssessmentState {
  const advice = state.advice[adviceId];
  if (advice === undefined) return state;
  return { ...state, advice: writer.set(state.advice, adviceId, { ...advice, receivedOn }) };
}

/** The final-plan clock closes only when the ehcp context issued the plan (NoteFinalPlanIssued). */
function afterDeadlineEvent(state: OpenCase, event: AssessmentEvent): AssessmentState {
  if (state.status !== 'plan-to-issue') return state;
  if (event.type !== 'DeadlineMet' && event.type !== 'DeadlineClosedLate') return state;
  if (event.data.deadlineId !== 'final-plan') return state;
  const finalPlanIssuedOn = event.type === 'DeadlineMet' ? event.data.metOn : event.data.closedOn;
  return { ...state, status: 'plan-issued', finalPlanIssuedOn };
}
