import { assertNever, type Decider } from '@send/kernel';
import { dueDate, endPeriod, isAfter, isBefore, notInFuture, retireDeadline, startDeadline, type IsoDate } from '@send/statutory';
import type {
  EhcpCommand,
  IssueDraftPlan,
  IssueFinalPlan,
  NameSetting,
  OpenPlan,
  ReceiveRepresentations,
} from './ehcp.commands.js';
import { decideAmendment, receiveNoticeRepresentations } from './amendment.js';
import { EhcpErrors, refuse } from './ehcp.errors.js';
import type { EhcpEvent } from './ehcp.events.js';
import {
  draftDeadlineId,
  evolveEhcp,
  initialEhcpState,
  type CurrentDraft,
  type EhcpState,
  type NamedSetting,
} from './ehcp.state.js';
import { assignOutcomeIds, hasSettingOrType, outcomesSoFar, type SectionI } from './plan-sections.js';
import { startPhaseTransfer } from './phase-transfer.js';
import { decideReviewCommand, firstAnnualReview } from './review.js';
import { checkSectionF } from './section-f.js';
import { acceptPlanTransfer, requestPlanTransfer, sendTransferNotice, withdrawPlanTransfer } from './transfer.js';
import { ceaseAfterAppealWindow, ceaseOnTribunalOrder, ceasePlan, noteCeaseChallenge, refuseIfCeased } from './cease.js';
import {
  closeReassessment,
  decideReassessment,
  draftNotBeforeReassessment,
  reassessing,
  requestReassessment,
} from './reassessment.js';
import { recordReassessmentException } from './reassessment-exception.js';
import { decideAttachment } from './attachments.js';
import { importPlan } from './plan-import.js';

type Events = EhcpEvent[];
type Drafted = Extract<EhcpState, { status: 'draft' }>;

/** Idempotent: the process manager delivers at least once. */
function openPlan({ data, today }: OpenPlan, state: EhcpState): Events {
  if (state.status !== 'none') return [];
  notInFuture(today, { decidedOn: data.decidedOn });
  if (isBefore(data.decidedOn, data.requestedOn)) {
    refuse(EhcpErrors.DECISION_BEFORE_REQUEST, 'the decision to issue a plan is dated before the request');
  }
  const { caseId, la, requestedOn, decidedOn, dateOfBirth } = data;
  return [
    { type: 'PlanOpened', data: { caseId, la, requestedOn, decidedOn, ...(dateOfBirth === undefined ? {} : { dateOfBirth }) } },
  ];
}

/**
 * A fresh draft restarts the family's 15 days (Reg 13(1)): they must be able to answer what will be
 * finalised, so the previous draft's period stops applying.
 */
function issueDraftPlan({ data, today }: IssueDraftPlan, state: EhcpState): Events {
  if (state.status === 'none') refuse(EhcpErrors.PLAN_NOT_OPEN, 'the LA has not decided to issue a plan for this case');
  refuseIfCeased(state);
  if (state.status === 'final' && !reassessing(state)) {
    refuse(EhcpErrors.PLAN_ALREADY_FINAL, 'the plan is final; amend it after a review');
  }
  notInFuture(today, { issuedOn: data.issuedOn });
  draftNotBeforeReassessment(state, data.issuedOn);
  if (isBefore(data.issuedOn, state.decidedOn)) {
    refuse(EhcpErrors.DRAFT_BEFORE_DECISION, `the decision to issue a plan was made on ${state.decidedOn}`, {
      field: 'issuedOn',
    });
  }
  if (state.status === 'draft' && isBefore(data.issuedOn, state.draft.issuedOn)) {
    const { version, issuedOn } = state.draft;
    refuse(EhcpErrors.DRAFT_BEFORE_PREVIOUS_DRAFT, `draft ${version} was issued on ${issuedOn}`, { field: 'issuedOn' });
  }
  if (data.sections.I !== undefined) {
    refuse(
      EhcpErrors.SECTION_I_IN_DRAFT,
      'the draft plan must not name a school or other institution, nor a type of one (CFA 2014 s.38(5)); ' +
        'section I is settled with the final plan',
      { field: 'sections.I' },
    );
  }
  const errors = checkSectionF(data.sections?.F?.items ?? []);
  if (errors.length > 0) {
    refuse(EhcpErrors.SECTION_F_NOT_SPECIFIC, 'section F must be specified and quantified (CoP 9.69)', { errors });
  }
  const version = state.versions.length + 1;
  const superseded =
    state.status === 'draft'
      ? retireDeadline(state.deadlines, state.draft.deadlineId, data.issuedOn, `superseded by draft ${version}`)
      : [];
  const sections = { ...data.sections, E: assignOutcomeIds(outcomesSoFar(state.versions), data.sections.E) };
  return [
    { type: 'DraftPlanIssued', data: { version, issuedOn: data.issuedOn, sections } },
    ...superseded,
    startDeadline(draftDeadlineId(version), 'draft-representations', data.issuedOn),
  ];
}

/** Representations may come at any time before the plan is final; "nothing further" ends the period. */
function receiveRepresentations({ data, today }: ReceiveRepresentations, state: EhcpState): Events {
  // With the plan final and a Reg 22 notice open, the family is answering the notice.
  if (state.status === 'final' && state.amendment?.open)
    return receiveNoticeRepresentations(state, state.amendment.open, data, today);
  const draft = currentDraft(state);
  notInFuture(today, { receivedOn: data.receivedOn });
  if (isBefore(data.receivedOn, draft.draft.issuedOn)) {
    const { version, issuedOn } = draft.draft;
    refuse(EhcpErrors.REPRESENTATIONS_BEFORE_DRAFT, `draft ${version} was issued on ${issuedOn}`, { field: 'receivedOn' });
  }
  const { receivedOn, requestedSettingId, views } = data;
  const nothingFurther = data.nothingFurther === true;
  const received: EhcpEvent = {
    type: 'RepresentationsReceived',
    data: {
      draftVersion: draft.draft.version,
      receivedOn,
      nothingFurther,
      ...(requestedSettingId === undefined ? {} : { requestedSettingId }),
      ...(views === undefined ? {} : { views }),
    },
  };
  return nothingFurther ? [received, ...endPeriod(draft.deadlines, draft.draft.deadlineId, receivedOn)] : [received];
}

/**
 * Reg 13(1): the plan may not be finalised within the 15 days beginning with the day the draft was
 * served, unless the family has said it has nothing further to add.
 */
function issueFinalPlan({ data, today }: IssueFinalPlan, state: EhcpState): Events {
  const drafted = currentDraft(state);
  const { draft } = drafted;
  notInFuture(today, { issuedOn: data.issuedOn });
  if (isBefore(data.issuedOn, draft.issuedOn)) {
    const message = `draft ${draft.version} was issued on ${draft.issuedOn}`;
    refuse(EhcpErrors.FINAL_BEFORE_DRAFT, message, { field: 'issuedOn' });
  }
  const periodEndsOn = periodEndOf(drafted);
  if (periodOpenOn(draft, periodEndsOn, data.issuedOn)) {
    refuse(EhcpErrors.REPRESENTATION_PERIOD_OPEN, `the family may make representations until ${periodEndsOn}`, {
      periodEndsOn,
    });
  }
  const latest = drafted.versions[drafted.versions.length - 1];
  // Section I: as given now, else as placement named it, else as a draft recorded before CFA s.38(5) was
  // applied proposed it (a draft issued since carries no I).
  const sectionI = data.sectionI ?? (drafted.namedSetting && withoutNaming(drafted.namedSetting)) ?? latest.sections.I;
  const sections = { ...latest.sections, ...(sectionI === undefined ? {} : { I: sectionI }) };
  if (!hasSettingOrType(sections.I)) {
    refuse(EhcpErrors.SECTION_I_REQUIRED, 'name the setting, or at least its type, in section I (Reg 12(1)(i))', {
      field: 'sectionI',
    });
  }
  const version = drafted.versions.length + 1;
  const finalised: EhcpEvent = { type: 'FinalPlanIssued', data: { version, issuedOn: data.issuedOn, sections } };
  // Finalised after the period ran out, it ended on its last day.
  const endedOn = isBefore(data.issuedOn, periodEndsOn) ? data.issuedOn : periodEndsOn;
  // CFA s.44(1): the first annual review falls within the 12 months starting with the day the plan is made.
  return [
    finalised,
    ...endPeriod(drafted.deadlines, draft.deadlineId, endedOn),
    ...closeReassessment(drafted, data.issuedOn),
    // A final plan after a re-assessment does not restart the annual review: the review clock runs on.
    ...(drafted.versions.some((v) => v.status === 'final') ? [] : [firstAnnualReview(data.issuedOn)]),
  ];
}

/**
 * The allocated setting goes in section I (CFA s.39(3)-(4), s.40). Idempotent per allocation event. It is
 * kept even before the plan opens: placement may allocate first, and the two contexts' events reach this
 * one in no fixed order. After the plan is final a change of setting is an amendment, not this command.
 */
function nameSetting({ data, today }: NameSetting, state: EhcpState): Events {
  if (state.status === 'final' || state.namedSetting?.sourceEventId === data.sourceEventId) return [];
  notInFuture(today, { namedOn: data.namedOn });
  return [{ type: 'SettingNamed', data: { setting: data.setting, namedOn: data.namedOn, sourceEventId: data.sourceEventId } }];
}

function withoutNaming(named: NamedSetting): SectionI {
  const { namedOn: _on, sourceEventId: _source, ...setting } = named;
  return setting;
}

function currentDraft(state: EhcpState): Drafted {
  refuseIfCeased(state);
  if (state.status === 'final') refuse(EhcpErrors.PLAN_ALREADY_FINAL, 'the plan is already final');
  if (state.status !== 'draft') refuse(EhcpErrors.NO_DRAFT, 'no draft plan has been issued');
  return state;
}

/** The last day of the current draft's period, from its DeadlineStarted. */
function periodEndOf({ deadlines, draft }: Drafted): IsoDate {
  return deadlines[draft.deadlineId]?.dueOn ?? dueDate('draft-representations', draft.issuedOn);
}

function periodOpenOn(draft: CurrentDraft, periodEndsOn: IsoDate, on: IsoDate): boolean {
  const saidNothingFurther = draft.nothingFurtherOn !== undefined && !isBefore(on, draft.nothingFurtherOn);
  return !isAfter(on, periodEndsOn) && !saidNothingFurther;
}

export function decideEhcp(command: EhcpCommand, state: EhcpState): readonly EhcpEvent[] {
  switch (command.type) {
    case 'OpenPlan':
      return openPlan(command, state);
    case 'IssueDraftPlan':
      return issueDraftPlan(command, state);
    case 'ReceiveRepresentations':
      return receiveRepresentations(command, state);
    case 'IssueFinalPlan':
      return issueFinalPlan(command, state);
    case 'NameSetting':
      return nameSetting(command, state);
    case 'RequestPlanTransfer':
      return requestPlanTransfer(command, state);
    case 'AcceptPlanTransfer':
      return acceptPlanTransfer(command, state);
    case 'SendTransferNotice':
      return sendTransferNotice(command, state);
    case 'WithdrawPlanTransfer':
      return withdrawPlanTransfer(command, state);
    case 'StartReview':
    case 'SendReviewReport':
    case 'DecideReview':
      return decideReviewCommand(command, state);
    case 'SendAmendmentNotice':
    case 'IssueAmendedPlan':
    case 'DecideNotToAmend':
      return decideAmendment(command, state);
    case 'StartPhaseTransfer':
      return startPhaseTransfer(command, state);
    case 'CeasePlan':
      return ceasePlan(command, state);
    case 'CeaseAfterAppealWindow':
      return ceaseAfterAppealWindow(command, state);
    case 'CeaseOnTribunalOrder':
      return ceaseOnTribunalOrder(command, state);
    case 'NoteCeaseChallenge':
      return noteCeaseChallenge(command, state);
    case 'RequestReassessment':
      return requestReassessment(command, state);
    case 'DecideReassessment':
      return decideReassessment(command, state);
    case 'RecordReassessmentException':
      return recordReassessmentException(command, state);
    case 'AddAttachment':
    case 'WithdrawAttachment':
      return decideAttachment(command, state.attachments);
    case 'ImportPlan':
      return importPlan(command, state);
    default:
      return assertNever(command, 'ehcp command');
  }
}

export const ehcpDecider: Decider<EhcpCommand, EhcpEvent, EhcpState> = {
  initialState: initialEhcpState,
  evolve: evolveEhcp,
  decide: decideEhcp,
};
