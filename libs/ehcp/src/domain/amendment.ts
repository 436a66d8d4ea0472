/**
 * Amending a final plan (SEND Regulations 2014 reg 22; docs/domain.md "Amending the plan"): the notice with
 * the proposed amendments, the family's at least 15 days, then the amended plan or a decision not to amend
 * within 8 weeks of the notice.
 */
import {
  closeDeadline,
  dueDate,
  endPeriod,
  isAfter,
  isBefore,
  notInFuture,
  startDeadline,
  startDeadlineDue,
  type DeadlineStarted,
  type IsoDate,
} from '@send/statutory';
import { EhcpErrors, refuse } from './ehcp.errors.js';
import type { EhcpEvent } from './ehcp.events.js';
import type { EhcpState } from './ehcp.state.js';
import { finalPlan, firstFinalOn, type Final } from './final-plan.js';
import {
  amendedPlanId,
  representationsId,
  type AmendmentCommand,
  type DecideNotToAmend,
  type IssueAmendedPlan,
  type OpenNotice,
  type SendAmendmentNotice,
} from './lifecycle.model.js';
import { phaseTransfersMetBy } from './phase-transfer.js';
import { assignOutcomeIds, outcomesSoFar, type Outcome, type PlanSections, type PlanSectionsInput } from './plan-sections.js';
import { checkSectionF } from './section-f.js';

type Events = EhcpEvent[];

/**
 * Reg 22(2)(c): at least 15 days beginning with the day the notice is served; Reg 22(3): the amended plan
 * (or the decision not to amend) within 8 weeks of sending it, or by amendedDue where a review sets an
 * earlier date (12 weeks from the meeting).
 */
export function noticeClocks(noticeId: string, sentOn: IsoDate, amendedDue = dueDate('amended-plan', sentOn)): DeadlineStarted[] {
  return [
    startDeadline(representationsId(noticeId), 'amendment-representations', sentOn),
    startDeadlineDue(amendedPlanId(noticeId), 'amended-plan', sentOn, amendedDue),
  ];
}

/** Reg 22(1)–(2): a notice outside a review, with the proposed amendments and the evidence for them. */
function sendAmendmentNotice({ data, today }: SendAmendmentNotice, state: EhcpState): Events {
  const plan = finalPlan(state, 'An amendment notice');
  if (plan.amendment?.open?.noticeId === data.noticeId) return [];
  notInFuture(today, { sentOn: data.sentOn });
  const madeOn = firstFinalOn(plan);
  if (madeOn !== undefined && isBefore(data.sentOn, madeOn)) {
    refuse(EhcpErrors.NOTICE_BEFORE_PLAN, `the plan was first made final on ${madeOn}`, { field: 'sentOn' });
  }
  if (plan.amendment?.open) {
    refuse(EhcpErrors.AMENDMENT_ALREADY_OPEN, `amendment notice ${plan.amendment.open.noticeId} is still open`);
  }
  const { noticeId, sentOn } = data;
  return [
    {
      type: 'AmendmentNoticeSent',
      data: { noticeId, sentOn, proposedAmendments: data.proposedAmendments.trim(), reason: data.reason.trim() },
    },
    ...noticeClocks(noticeId, sentOn),
  ];
}

/** The last day of the open notice's period for representations, from its DeadlineStarted. */
function periodEndOf(plan: Final, notice: OpenNotice): IsoDate {
  return plan.deadlines[representationsId(notice.noticeId)]?.dueOn ?? dueDate('amendment-representations', notice.sentOn);
}

/** Representations on the open notice (Reg 22(2)(c)); "nothing further" ends the 15 days. */
export function receiveNoticeRepresentations(
  plan: Final,
  notice: OpenNotice,
  data: { receivedOn: IsoDate; nothingFurther?: boolean; requestedSettingId?: string; views?: string },
  today: IsoDate,
): Events {
  notInFuture(today, { receivedOn: data.receivedOn });
  if (isBefore(data.receivedOn, notice.sentOn)) {
    refuse(EhcpErrors.REPRESENTATIONS_BEFORE_NOTICE, `the amendment notice was sent on ${notice.sentOn}`, {
      field: 'receivedOn',
    });
  }
  const nothingFurther = data.nothingFurther === true;
  const received: EhcpEvent = {
    type: 'RepresentationsReceived',
    data: {
      // The version the notice proposes to amend; noticeId says which notice they answer.
      draftVersion: plan.final.version,
      noticeId: notice.noticeId,
      receivedOn: data.receivedOn,
      nothingFurther,
      ...(data.requestedSettingId === undefined ? {} : { requestedSettingId: data.requestedSettingId }),
      ...(data.views === undefined ? {} : { views: data.views }),
    },
  };
  return nothingFurther
    ? [received, ...endPeriod(plan.deadlines, representationsId(notice.noticeId), data.receivedOn)]
    : [received];
}

/**
 * The sections of the amended plan: as given, keeping the outcome ids they carry, with section I kept from
 * the previous version when none is given. The one place the plan-sections rules for ids plug in.
 */
export function amendedSections(
  previous: PlanSections,
  given: PlanSectionsInput,
  earlierOutcomes: readonly Outcome[] = previous.E,
): PlanSections {
  // Outcomes keep their ids across versions (assignOutcomeIds); section I stays as it was unless changed.
  const E = assignOutcomeIds(earlierOutcomes, given.E);
  return { ...given, E, ...(given.I === undefined && previous.I !== undefined ? { I: previous.I } : {}) };
}

/**
 * Reg 22(3): the amended plan, a new version. Not while the family's 15 days run unless they said they
 * have nothing further (Reg 22(2)(c)). Without an open notice it is the plan as a tribunal order or a
 * mediation agreement settled it (Reg 44(2), 42(2)). It meets a running phase transfer when section I names
 * the setting (Reg 18(1)).
 */
function issueAmendedPlan({ data, today }: IssueAmendedPlan, state: EhcpState): Events {
  const plan = finalPlan(state, 'An amended plan');
  const notice = plan.amendment?.open;
  notInFuture(today, { issuedOn: data.issuedOn });
  if (isBefore(data.issuedOn, plan.final.issuedOn)) {
    refuse(EhcpErrors.AMENDED_BEFORE_PLAN, `version ${plan.final.version} was issued on ${plan.final.issuedOn}`, {
      field: 'issuedOn',
    });
  }
  if (notice && isBefore(data.issuedOn, notice.sentOn)) {
    refuse(EhcpErrors.AMENDED_BEFORE_NOTICE, `the amendment notice was sent on ${notice.sentOn}`, { field: 'issuedOn' });
  }
  const periodEndsOn = notice && periodEndOf(plan, notice);
  if (notice && periodEndsOn && periodOpenOn(notice, periodEndsOn, data.issuedOn)) {
    refuse(EhcpErrors.REPRESENTATION_PERIOD_OPEN, `the family may make representations until ${periodEndsOn}`, {
      periodEndsOn,
    });
  }
  const errors = checkSectionF(data.sections?.F?.items ?? []);
  if (errors.length > 0) {
    refuse(EhcpErrors.SECTION_F_NOT_SPECIFIC, 'section F must be specified and quantified (CoP 9.69)', { errors });
  }
  const sections = amendedSections(plan.final.sections, data.sections, outcomesSoFar(plan.versions));
  const version = plan.versions.length + 1;
  const issued: EhcpEvent = {
    type: 'AmendedPlanIssued',
    data: {
      version,
      issuedOn: data.issuedOn,
      sections,
      ...(notice ? { noticeId: notice.noticeId } : {}),
      ...(notice?.reviewId ? { reviewId: notice.reviewId } : {}),
    },
  };
  const noticeClosed = notice
    ? [
        ...endPeriod(plan.deadlines, representationsId(notice.noticeId), earlier(data.issuedOn, periodEndsOn)),
        ...closeDeadline(plan.deadlines, amendedPlanId(notice.noticeId), data.issuedOn),
      ]
    : [];
  return [issued, ...noticeClosed, ...phaseTransfersMetBy(plan, sections, data.issuedOn)];
}

/** Reg 22(4): the LA decides not to amend after all, and tells the family why; the notice's clocks close. */
function decideNotToAmend({ data, today }: DecideNotToAmend, state: EhcpState): Events {
  const plan = finalPlan(state, 'A decision not to amend');
  const notice = plan.amendment?.open;
  if (!notice) refuse(EhcpErrors.NO_AMENDMENT_NOTICE, 'no amendment notice is open');
  notInFuture(today, { decidedOn: data.decidedOn });
  if (isBefore(data.decidedOn, notice.sentOn)) {
    refuse(EhcpErrors.NOT_AMENDING_BEFORE_NOTICE, `the amendment notice was sent on ${notice.sentOn}`, {
      field: 'decidedOn',
    });
  }
  const periodEndsOn = periodEndOf(plan, notice);
  return [
    {
      type: 'DecidedNotToAmend',
      data: {
        noticeId: notice.noticeId,
        decidedOn: data.decidedOn,
        reason: data.reason.trim(),
        ...(notice.reviewId ? { reviewId: notice.reviewId } : {}),
      },
    },
    ...endPeriod(plan.deadlines, representationsId(notice.noticeId), earlier(data.decidedOn, periodEndsOn)),
    ...closeDeadline(plan.deadlines, amendedPlanId(notice.noticeId), data.decidedOn),
  ];
}

const earlier = (a: IsoDate, b: IsoDate | undefined): IsoDate => (b !== undefined && isBefore(b, a) ? b : a);

function periodOpenOn(notice: OpenNotice, periodEndsOn: IsoDate, on: IsoDate): boolean {
  const saidNothingFurther = notice.nothingFurtherOn !== undefined && !isBefore(on, notice.nothingFurtherOn);
  return !isAfter(on, periodEndsOn) && !saidNothingFurther;
}

export function decideAmendment(command: AmendmentCommand, state: EhcpState): Events {
  switch (command.type) {
    case 'SendAmendmentNotice':
      return sendAmendmentNotice(command, state);
    case 'IssueAmendedPlan':
      return issueAmendedPlan(command, state);
    case 'DecideNotToAmend':
      return decideNotToAmend(command, state);
  }
}
