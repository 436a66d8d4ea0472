import { assertNever, type Decider } from '@send/kernel';
import {
  closeDeadline,
  isAfter,
  isBefore,
  notInFuture,
  requireText,
  retireDeadline,
  ruleOf,
  startDeadline,
} from '@send/statutory';
import type { StandardCitation } from '@send/standards';
import type {
  AssessmentCommand,
  DecidePlanIssue,
  DecideWhetherToAssess,
  ErasePersonalData,
  NoteFinalPlanIssued,
  NoteTribunalOrderToAssess,
  ReceiveAdvice,
  RecordTimescaleException,
  RequestAdvice,
  RequestAssessment,
} from './assessment.commands.js';
import { AssessmentErrors, notFound, refuse } from './assessment.errors.js';
import type { AssessmentEvent } from './assessment.events.js';
import { evolveAssessment, evolveAssessmentAll, initialAssessmentState, type AssessmentState } from './assessment.state.js';
import { openCase, requireReason } from './guards.js';
import { checkExceptionPeriod, deadlinesExcepted } from './timescale-exception.js';
import { erasableFrom, type RetentionRule } from './retention.js';

type Events = AssessmentEvent[];

/**
 * A cited national standard is recorded as the catalogue gave it on the decision's date (docs/domain.md
 * "National SEND standards (proposal)"), so that a later version never rewrites what the decision relied on.
 */
const cited = (standard: StandardCitation | undefined) => (standard ? { standard: { ...standard } } : {});

/**
 * All three clocks start when the request is received (Reg 5(1), 10(1), 13(2)): the 16- and 20-week
 * limits run from the request, not from the decision to assess.
 */
function requestAssessment({ data, today }: RequestAssessment, state: AssessmentState): Events {
  if (state.status !== 'none') refuse(AssessmentErrors.ALREADY_REQUESTED, `case ${state.caseId} already has a request`);
  notInFuture(today, { receivedOn: data.receivedOn, 'child.dateOfBirth': data.child.dateOfBirth });
  if (isAfter(data.child.dateOfBirth, data.receivedOn)) {
    refuse(AssessmentErrors.BIRTH_AFTER_REQUEST, 'the date of birth is after the request was received', {
      field: 'child.dateOfBirth',
    });
  }
  const { caseId, la, child, requestedBy, receivedOn } = data;
  return [
    { type: 'AssessmentRequested', data: { caseId, la, child: { ...child }, requestedBy, receivedOn } },
    startDeadline('assessment-decision', 'assessment-decision', receivedOn),
    startDeadline('no-plan-decision', 'no-plan-decision', receivedOn),
    startDeadline('final-plan', 'final-plan', receivedOn),
  ];
}

function decideWhetherToAssess(command: DecideWhetherToAssess, state: AssessmentState): Events {
  const file = openCase(state);
  if (file.status === 'refused' && file.orderedToAssess !== undefined) return assessAsOrdered(command, file.orderedToAssess);
  if (file.status !== 'requested') refuse(AssessmentErrors.ALREADY_DECIDED, 'whether to assess is already decided');
  const { data, today } = command;
  notInFuture(today, { decidedOn: data.decidedOn });
  if (isBefore(data.decidedOn, file.receivedOn)) {
    refuse(AssessmentErrors.DECISION_BEFORE_REQUEST, `the decision is dated before the request (${file.receivedOn})`, {
      field: 'decidedOn',
    });
  }
  requireReason(data.reason);
  const { decision, decidedOn, reason, panel, standard } = data;
  if (panel !== undefined && (isAfter(panel.meetingOn, decidedOn) || isBefore(panel.meetingOn, file.receivedOn))) {
    refuse(AssessmentErrors.PANEL_OUTSIDE_DECISION, 'the panel met outside the time between the request and the decision', {
      field: 'panel.meetingOn',
    });
  }
  const events: Events = [
    {
      type: 'AssessmentDecided',
      data: { decision, decidedOn, reason, ...(panel ? { panel: { ...panel } } : {}), ...cited(standard) },
    },
    ...closeDeadline(file.deadlines, 'assessment-decision', decidedOn),
  ];
  if (decision === 'refuse') {
    events.push(
      ...retireDeadline(file.deadlines, 'no-plan-decision', decidedOn, 'assessment refused'),
      ...retireDeadline(file.deadlines, 'final-plan', decidedOn, 'assessment refused'),
    );
  }
  return events;
}

/** Each body asked for advice must give it within 6 weeks of the request (Reg 8(1)). */
function requestAdvice({ data, today }: RequestAdvice, state: AssessmentState): Events {
  const file = openCase(state);
  if (file.status !== 'assessing') refuse(AssessmentErrors.NOT_ASSESSING, 'advice is sought only during an assessment');
  if (file.advice[data.adviceId] !== undefined) {
    refuse(AssessmentErrors.ADVICE_ALREADY_REQUESTED, `advice ${data.adviceId} was already requested`);
  }
  notInFuture(today, { requestedOn: data.requestedOn });
  if (isBefore(data.requestedOn, file.assessment.decidedOn)) {
    refuse(AssessmentErrors.ADVICE_BEFORE_DECISION, 'advice is dated before the decision to assess', {
      field: 'requestedOn',
    });
  }
  const { adviceId, adviser, requestedOn } = data;
  return [
    { type: 'AdviceRequested', data: { adviceId, adviser, requestedOn } },
    startDeadline(`advice:${adviceId}`, 'advice', requestedOn),
  ];
}

/** Late advice is still recorded, after the outcome too: the deadline closes late rather than vanishing. */
function receiveAdvice({ data, today }: ReceiveAdvice, state: AssessmentState): Events {
  const file = openCase(state);
  const advice = file.advice[data.adviceId];
  if (advice === undefined) notFound(AssessmentErrors.ADVICE_NOT_FOUND, `no advice ${data.adviceId} on this case`);
  if (advice.receivedOn !== undefined) {
    refuse(AssessmentErrors.ADVICE_ALREADY_RECEIVED, `advice ${data.adviceId} was received on ${advice.receivedOn}`);
  }
  notInFuture(today, { receivedOn: data.receivedOn });
  if (isBefore(data.receivedOn, advice.requestedOn)) {
    refuse(AssessmentErrors.ADVICE_RECEIVED_BEFORE_REQUEST, `advice was requested on ${advice.requestedOn}`, {
      field: 'receivedOn',
    });
  }
  const { adviceId, receivedOn } = data;
  return [
    { type: 'AdviceReceived', data: { adviceId, receivedOn } },
    ...closeDeadline(file.deadlines, `advice:${adviceId}`, receivedOn),
  ];
}

/** Reg 5(4), 8(2), 10(4) and 13(3): the clock keeps its date and shows as excepted; nothing is moved. */
function recordTimescaleException({ data, today }: RecordTimescaleException, state: AssessmentState): Events {
  const file = openCase(state);
  if (file.exceptions[data.exceptionId] !== undefined) {
    refuse(AssessmentErrors.EXCEPTION_ALREADY_RECORDED, `exception ${data.exceptionId} is already recorded`);
  }
  requireText(AssessmentErrors.EVIDENCE_REQUIRED, 'evidence', data.evidence, 'say what evidence shows the ground applies');
  notInFuture(today, { from: data.from });
  checkExceptionPeriod(data);
  const deadlineIds = deadlinesExcepted(file, data);
  if (deadlineIds.length === 0) {
    refuse(AssessmentErrors.EXCEPTION_NOT_APPLICABLE, `${data.ground} excuses none of this case's running deadlines`);
  }
  const { exceptionId, ground, from, to, evidence, familyNotified } = data;
  const recorded = { exceptionId, ground, from, ...(to === undefined ? {} : { to }), evidence, familyNotified };
  return [
    { type: 'TimescaleExceptionRecorded', data: { ...recorded, recordedOn: today, deadlineIds } },
    ...deadlineIds.map((deadlineId): AssessmentEvent => {
      const { rule } = file.deadlines[deadlineId];
      const { exceptionSource, source: ruleSource } = ruleOf(rule);
      const source = exceptionSource ?? ruleSource;
      return { type: 'DeadlineExcepted', data: { deadlineId, rule, exceptionId, ground, exceptedOn: from, source } };
    }),
  ];
}

/**
 * After an assessment the LA decides whether to issue a plan. "No plan" must be notified within 16 weeks
 * (Reg 10(1)); "issue" leaves the 20-week final-plan clock running (Reg 13(2)).
 */
function decidePlanIssue({ data, today }: DecidePlanIssue, state: AssessmentState): Events {
  const file = openCase(state);
  if (file.status === 'requested' || file.status === 'refused') {
    refuse(AssessmentErrors.NOT_ASSESSING, 'there is no assessment to conclude: the LA has not decided to assess');
  }
  if (file.status !== 'assessing') refuse(AssessmentErrors.OUTCOME_ALREADY_DECIDED, 'the outcome is already decided');
  notInFuture(today, { decidedOn: data.decidedOn });
  if (isBefore(data.decidedOn, file.assessment.decidedOn)) {
    refuse(AssessmentErrors.OUTCOME_BEFORE_DECISION, `the assessment was decided on ${file.assessment.decidedOn}`, {
      field: 'decidedOn',
    });
  }
  requireReason(data.reason);
  const { outcome, decidedOn, reason, standard } = data;
  const decided: AssessmentEvent = { type: 'PlanIssueDecided', data: { outcome, decidedOn, reason, ...cited(standard) } };
  return outcome === 'no-plan'
    ? [
        decided,
        ...closeDeadline(file.deadlines, 'no-plan-decision', decidedOn),
        ...retireDeadline(file.deadlines, 'final-plan', decidedOn, 'no plan to be issued'),
      ]
    : [decided, ...retireDeadline(file.deadlines, 'no-plan-decision', decidedOn, 'plan to be issued')];
}

/**
 * After the tribunal ordered an assessment the LA's refusal gives way: it may only decide
 * to assess, on or after the order, and that decision is the notice Reg 44(2)(b) asks for (the mediation
 * context's order-compliance clock closes on it). The clocks the refusal retired stay retired: the
 * order's own clocks (Reg 44(2)) run instead.
 */
function assessAsOrdered({ data, today }: DecideWhetherToAssess, order: { orderId: string; madeOn: string }): Events {
  if (data.decision !== 'assess') {
    refuse(AssessmentErrors.ORDERED_TO_ASSESS, `the tribunal ordered an assessment on ${order.madeOn}`, {
      field: 'decision',
      orderId: order.orderId,
    });
  }
  notInFuture(today, { decidedOn: data.decidedOn });
  if (isBefore(data.decidedOn, order.madeOn)) {
    refuse(AssessmentErrors.DECISION_BEFORE_ORDER, `the decision is dated before the tribunal's order (${order.madeOn})`, {
      field: 'decidedOn',
    });
  }
  requireReason(data.reason);
  const { decision, decidedOn, reason, standard } = data;
  return [{ type: 'AssessmentDecided', data: { decision, decidedOn, reason, ...cited(standard) } }];
}

/** Idempotent: the process manager delivers at least once, so a repeat adds nothing. */
function noteFinalPlanIssued({ data, today }: NoteFinalPlanIssued, state: AssessmentState): Events {
  const file = openCase(state);
  if (file.status === 'plan-issued') return [];
  if (file.status !== 'plan-to-issue') {
    refuse(AssessmentErrors.NO_PLAN_TO_ISSUE, 'the LA has not decided to issue a plan for this case');
  }
  notInFuture(today, { issuedOn: data.issuedOn });
  return closeDeadline(file.deadlines, 'final-plan', data.issuedOn);
}

/**
 * Idempotent, like every process manager's command. Only a refusal can be ordered away: an order that
 * finds the LA already assessing (it reconsidered before the hearing) changes nothing here.
 */
function noteTribunalOrderToAssess({ data, today }: NoteTribunalOrderToAssess, state: AssessmentState): Events {
  const file = openCase(state);
  if (file.status !== 'refused' || file.orderedToAssess !== undefined) return [];
  notInFuture(today, { madeOn: data.madeOn });
  return [{ type: 'AssessmentOrderedByTribunal', data: { orderId: data.orderId, madeOn: data.madeOn } }];
}

/** Erasure is once: a second request is refused, so that the record shows one erasure with its ground. */
function erasePersonalData({ data, today }: ErasePersonalData, state: AssessmentState): Events {
  const file = openCase(state);
  if (file.erasedOn !== undefined) {
    refuse(AssessmentErrors.PERSONAL_DATA_ALREADY_ERASED, `the personal data was already erased on ${file.erasedOn}`);
  }
  notInFuture(today, { erasedOn: data.erasedOn });
  if (data.source.trim() === '') refuse(AssessmentErrors.ERASURE_SOURCE_REQUIRED, 'name the legal basis', { field: 'source' });
  if (data.ground === 'retention-period-ended') retentionEnded(file.child.dateOfBirth, data.retention, today);
  const { ground, source, erasedOn, scope } = data;
  return [{ type: 'PersonalDataErased', data: { ground, source, erasedOn, scope } }];
}

/** The retention period runs from the date of birth; with none known (or no rule) it cannot be said to have ended. */
function retentionEnded(dateOfBirth: string, rule: RetentionRule | undefined, today: string): void {
  const from = rule && /^\d{4}-\d{2}-\d{2}$/.test(dateOfBirth) ? erasableFrom(dateOfBirth, rule.years) : undefined;
  if (from === undefined || isBefore(today, from)) {
    refuse(AssessmentErrors.RETENTION_NOT_ENDED, `the retention period has not ended${from ? `: erasable from ${from}` : ''}`, {
      ...(from ? { erasableFrom: from } : {}),
    });
  }
}

export function decideAssessment(command: AssessmentCommand, state: AssessmentState): readonly AssessmentEvent[] {
  switch (command.type) {
    case 'RequestAssessment':
      return requestAssessment(command, state);
    case 'DecideWhetherToAssess':
      return decideWhetherToAssess(command, state);
    case 'RequestAdvice':
      return requestAdvice(command, state);
    case 'ReceiveAdvice':
      return receiveAdvice(command, state);
    case 'RecordTimescaleException':
      return recordTimescaleException(command, state);
    case 'DecidePlanIssue':
      return decidePlanIssue(command, state);
    case 'NoteFinalPlanIssued':
      return noteFinalPlanIssued(command, state);
    case 'NoteTribunalOrderToAssess':
      return noteTribunalOrderToAssess(command, state);
    case 'ErasePersonalData':
      return erasePersonalData(command, state);
    default:
      return assertNever(command, 'assessment command');
  }
}

export const assessmentDecider: Decider<AssessmentCommand, AssessmentEvent, AssessmentState> = {
  initialState: initialAssessmentState,
  evolve: evolveAssessment,
  evolveAll: evolveAssessmentAll,
  decide: decideAssessment,
};
