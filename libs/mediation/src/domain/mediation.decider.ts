import { notBefore, notInFuture } from '@send/statutory';
import { assertNever, type Decider } from '@send/kernel';
import type { MediationCommand, RaiseDispute } from './mediation.commands.js';
import { MediationErrors, refuse } from './mediation.errors.js';
import type { MediationEvent } from './mediation.events.js';
import { decisionOfIssues } from './issues.js';
import { evolveMediation, initialMediationState, type MediationState } from './mediation.state.js';
import { openAppealRights, rightsFor, rightsOpened } from './appeal-rights.js';
import { recordAgreementDone, recordCertificate, recordMediationNotArranged, recordMediationStep } from './mediation-steps.js';
import { registerAppeal } from './appeal.js';
import { recordOrderStepDone, recordOrderStepNotNeeded, recordTribunalOrder } from './tribunal-orders.js';

type Events = MediationEvent[];

/**
 * A disagreement with one decision letter. It joins the appeal rights that decision opened; where this
 * context has not heard of the decision (made before it ran, or its event not yet delivered) the
 * dispute opens them itself, and the decision event, when it comes, is only linked.
 */
function raiseDispute({ data, today }: RaiseDispute, state: MediationState): Events {
  const about = [...new Set(data.about)];
  if (about.length === 0) refuse(MediationErrors.ISSUES_REQUIRED, 'say what the family disagrees with', { field: 'about' });
  const { disputeId, rightsId, decisionLetterOn, raisedOn } = data;
  notInFuture(today, { decisionLetterOn, raisedOn });
  notBefore(MediationErrors.DATE_BEFORE_DECISION_LETTER, 'raisedOn', raisedOn, { 'decision letter': decisionLetterOn });
  const of = decisionOfIssues(about);
  if (of.kind === 'mixed') {
    refuse(MediationErrors.ISSUES_FROM_DIFFERENT_DECISIONS, 'one dispute answers one decision letter', {
      field: 'about',
      decisions: of.decisions,
    });
  }
  if (of.kind === 'not-appealable') {
    return [{ type: 'DisagreementRaised', data: { disputeId, about, decisionLetterOn, raisedOn } }];
  }
  const { decision } = of;
  const existing = rightsFor(state, decision, decisionLetterOn);
  const linked = existing?.rightsId ?? rightsId;
  return [
    { type: 'DisagreementRaised', data: { disputeId, about, decision, rightsId: linked, decisionLetterOn, raisedOn } },
    ...(existing === undefined ? rightsOpened(rightsId, decision, decisionLetterOn, { disputeId }) : []),
  ];
}

export function decideMediation(command: MediationCommand, state: MediationState): readonly MediationEvent[] {
  switch (command.type) {
    case 'OpenAppealRights':
      return openAppealRights(command, state);
    case 'RaiseDispute':
      return raiseDispute(command, state);
    case 'RecordMediationStep':
      return recordMediationStep(command, state);
    case 'RecordAgreementDone':
      return recordAgreementDone(command, state);
    case 'RecordMediationNotArranged':
      return recordMediationNotArranged(command, state);
    case 'RecordCertificate':
      return recordCertificate(command, state);
    case 'RegisterAppeal':
      return registerAppeal(command, state);
    case 'RecordTribunalOrder':
      return recordTribunalOrder(command, state);
    case 'RecordOrderStepDone':
      return recordOrderStepDone(command, state);
    case 'RecordOrderStepNotNeeded':
      return recordOrderStepNotNeeded(command, state);
    default:
      return assertNever(command, 'mediation command');
  }
}

export const mediationDecider: Decider<MediationCommand, MediationEvent, MediationState> = {
  initialState: initialMediationState,
  evolve: evolveMediation,
  decide: decideMediation,
};
