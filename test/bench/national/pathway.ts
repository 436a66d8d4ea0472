import type { DomainEvent } from '@send/kernel';
import type { Act, WriteCarrier, WriteResult, WriteTarget } from '@send/platform';
import type { Adviser, Requester } from '@send/assessment';
import type { PlanSectionsInput, SectionI } from '@send/ehcp';
import { NEED_CODES, SETTING_TYPES } from '@send/statutory';
import { assessmentTarget } from '../../../libs/assessment/src/assessment-command.js';
import { ehcpTarget } from '../../../libs/ehcp/src/ehcp-command.js';

/**
 * One child's case walked through the pathway as the caseworkers and the process managers would walk it:
 * request, decision to assess (some refused), advice, decision to issue (some not), plan opened by the
 * process manager, draft, representations, final plan (noted back in assessment by its process manager),
 * then an annual review a year after each one until the data set's last day.
 */

/** One write: what a handler gives CaseWriter.write, and the instant it is made (the clock the write path reads). */
export interface Step {
  readonly at: Date;
  readonly target: WriteTarget<never, DomainEvent, unknown, { caseId: string; la: string }>;
  readonly carrier: WriteCarrier & { caseId: string; la: string };
  readonly command: { type: string; data: unknown };
  readonly act: Act;
}

/** A case yields its writes in time order and is told what each one appended, so a reaction can name its cause. */
export type CaseScript = Generator<Step, void, WriteResult>;

export interface CaseShape {
  readonly caseId: string;
  readonly la: string;
  /** The day the request is received. */
  readonly receivedOn: string;
  /** The data set's last day: nothing happens after it. */
  readonly lastDay: string;
  readonly random: () => number;
  readonly uuid: () => string;
  /**
   * The large case: this many advice requests during the assessment (a usual case has 3–5), assessed and
   * given a plan whatever the dice say.
   */
  readonly advice?: number;
}

const DAY = 86_400_000;
const ADVISERS: readonly Adviser[] = ['educational-psychologist', 'health', 'social-care', 'setting', 'other'];
const REQUESTERS: readonly Requester[] = ['parent', 'parent', 'parent', 'setting', 'young-person', 'other'];
const GIVEN = ['Amara', 'Ben', 'Chloe', 'Dev', 'Ella', 'Finn', 'Grace', 'Hari', 'Isla', 'Jack', 'Kai', 'Layla', 'Mo', 'Nia'];
const FAMILY = ['Ahmed', 'Brown', 'Clarke', 'Davies', 'Evans', 'Green', 'Hughes', 'Iqbal', 'Jones', 'Khan', 'Lewis', 'Patel'];
/** Section I's settings: one in twenty cases go to a special school or elsewhere, the rest to mainstream. */
const SETTING_NAMES = ['Hillside Primary', 'Oakwood Academy', 'Riverside School', 'St Mary’s CE Primary', 'Northgate High'];

export const addDays = (isoDate: string, days: number) => new Date(Date.parse(isoDate) + days * DAY).toISOString().slice(0, 10);

/** The next weekday on or after the date: councils decide and send on working days. */
export function workingDay(isoDate: string): string {
  const day = new Date(Date.parse(isoDate)).getUTCDay();
  return day === 6 ? addDays(isoDate, 2) : day === 0 ? addDays(isoDate, 1) : isoDate;
}

export function* caseScript(shape: CaseShape): CaseScript {
  const { caseId, la, random } = shape;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const caseworker = { id: `caseworker@${la}`, role: 'caseworker' as const };
  let clockMs = 0;
  /** A working-day instant in office hours, never before the previous write of this case. */
  const at = (isoDate: string) => {
    clockMs = Math.max(clockMs + 1, Date.parse(`${isoDate}T09:00:00Z`) + Math.floor(random() * 7.5 * 3_600_000));
    return new Date(clockMs);
  };
  const past = (isoDate: string) => isoDate > shape.lastDay;
  const by = (user: Step['carrier']['user'], correlationId = shape.uuid(), causationId?: string) => ({
    caseId,
    la,
    user,
    correlationId,
    ...(causationId ? { causationId } : {}),
  });
  const write = (
    target: Step['target'],
    on: string,
    carrier: Step['carrier'],
    command: Step['command'],
    act: Act = { occurredAt: on },
  ): Step => ({ at: at(on), target, carrier, command, act });
  /**
   * The process manager's write, within the second after the write it reacts to, under that write's
   * correlation id and caused by the event it reacts to (as CheckpointedProcessManager sends it).
   */
  const reaction = (
    name: string,
    cause: WriteResult,
    type: string,
    carrier: Step['carrier'],
    target: Step['target'],
    command: Step['command'],
    on: string,
  ): Step => {
    const event = cause.events.find((e) => e.type === type);
    if (!event) throw new Error(`${caseId}: no ${type} for process ${name} to react to`);
    clockMs += 20 + Math.floor(random() * 500);
    const user = { id: `process:${name}`, role: 'system' as const };
    return {
      at: new Date(clockMs),
      target,
      carrier: { ...carrier, user, causationId: event.id },
      command,
      act: { occurredAt: on },
    };
  };
  const assessment = assessmentTarget as unknown as Step['target'];
  const ehcp = ehcpTarget as unknown as Step['target'];

  const receivedOn = shape.receivedOn;
  const request = by(caseworker);
  const born = addDays(receivedOn, -between(2 * 365, 17 * 365));
  yield write(
    assessment,
    receivedOn,
    { ...request, expectedRevision: -1 },
    {
      type: 'RequestAssessment',
      data: {
        caseId,
        la,
        child: { givenName: pick(GIVEN), familyName: pick(FAMILY), dateOfBirth: born },
        requestedBy: pick(REQUESTERS),
        receivedOn,
      },
    },
  );

  // Reg 4: the decision whether to assess within 6 weeks; about one request in four is refused.
  const decidedOn = workingDay(addDays(receivedOn, between(20, 45)));
  if (past(decidedOn)) return;
  const assess = random() < 0.76 || shape.advice !== undefined;
  const assessReason = assess
    ? 'Evidence of needs the setting cannot meet from its own resources'
    : 'Needs can be met within SEN support';
  yield write(
    assessment,
    decidedOn,
    by(caseworker),
    { type: 'DecideWhetherToAssess', data: { decision: assess ? 'assess' : 'refuse', decidedOn, reason: assessReason } },
    { occurredAt: decidedOn, reason: assessReason },
  );
  if (!assess) return;

  const advices = Array.from({ length: shape.advice ?? between(3, 5) }, (_, i) => ({
    adviceId: `adv-${i + 1}`,
    adviser: i < ADVISERS.length ? ADVISERS[i] : pick(ADVISERS),
    requestedOn: workingDay(addDays(decidedOn, between(0, 4))),
  }));
  advices.sort((a, b) => a.requestedOn.localeCompare(b.requestedOn));
  for (const advice of advices) {
    if (past(advice.requestedOn)) return;
    yield write(assessment, advice.requestedOn, by(caseworker), { type: 'RequestAdvice', data: advice });
  }
  const received = advices.map((a) => ({
    adviceId: a.adviceId,
    receivedOn: workingDay(addDays(a.requestedOn, between(14, 50))),
  }));
  received.sort((a, b) => a.receivedOn.localeCompare(b.receivedOn));
  for (const advice of received) {
    if (past(advice.receivedOn)) return;
    yield write(assessment, advice.receivedOn, by(caseworker), { type: 'ReceiveAdvice', data: advice });
  }

  // Reg 10: the decision whether to issue a plan by week 16; about one in ten assessed gets none.
  const issueDecidedOn = workingDay(addDays(received[received.length - 1].receivedOn, between(3, 21)));
  if (past(issueDecidedOn)) return;
  const issue = random() < 0.9 || shape.advice !== undefined;
  const decision = by(caseworker);
  const issueReason = issue ? 'The assessment shows provision beyond SEN support is needed' : 'Needs can be met at SEN support';
  const decided = yield write(
    assessment,
    issueDecidedOn,
    decision,
    {
      type: 'DecidePlanIssue',
      data: { outcome: issue ? 'issue-plan' : 'no-plan', decidedOn: issueDecidedOn, reason: issueReason },
    },
    { occurredAt: issueDecidedOn, reason: issueReason },
  );
  if (!issue) return;
  yield reaction(
    'ehcp.open-plan',
    decided,
    'PlanIssueDecided',
    decision,
    ehcp,
    {
      type: 'OpenPlan',
      data: { caseId, la, requestedOn: receivedOn, decidedOn: issueDecidedOn },
    },
    issueDecidedOn,
  );

  const draftOn = workingDay(addDays(issueDecidedOn, between(1, 14)));
  if (past(draftOn)) return;
  yield write(ehcp, draftOn, by(caseworker), { type: 'IssueDraftPlan', data: { issuedOn: draftOn, sections: sections(pick) } });
  const representationsOn = workingDay(addDays(draftOn, between(5, 14)));
  if (past(representationsOn)) return;
  yield write(ehcp, representationsOn, by(caseworker), {
    type: 'ReceiveRepresentations',
    data: { receivedOn: representationsOn, nothingFurther: random() < 0.5 },
  });
  // Reg 13(1): not final within the 15 days the family has to answer the draft.
  const finalOn = workingDay(addDays(draftOn, between(16, 35)));
  if (past(finalOn)) return;
  const final = by(caseworker);
  const issued = yield write(ehcp, finalOn, final, {
    type: 'IssueFinalPlan',
    data: { issuedOn: finalOn, sectionI: sectionI(pick, random) },
  });
  yield reaction(
    'assessment.note-final-plan',
    issued,
    'FinalPlanIssued',
    final,
    assessment,
    {
      type: 'NoteFinalPlanIssued',
      data: { issuedOn: finalOn },
    },
    finalOn,
  );

  // CFA s.44(1): a review within 12 months of the plan, then of each review.
  let reviewFrom = finalOn;
  for (let n = 1; ; n++) {
    const meetingOn = workingDay(addDays(reviewFrom, between(300, 350)));
    const sentOn = workingDay(addDays(meetingOn, between(3, 12)));
    const reviewDecidedOn = workingDay(addDays(meetingOn, between(14, 26)));
    if (past(reviewDecidedOn)) return;
    const reviewId = `r${n}`;
    const invitationsSentOn = addDays(meetingOn, -14);
    yield write(ehcp, meetingOn, by(caseworker), { type: 'StartReview', data: { reviewId, meetingOn, invitationsSentOn } });
    yield write(ehcp, sentOn, by(caseworker), { type: 'SendReviewReport', data: { reviewId, sentOn } });
    yield write(ehcp, reviewDecidedOn, by(caseworker), {
      type: 'DecideReview',
      data: {
        reviewId,
        decision: 'maintain',
        decidedOn: reviewDecidedOn,
        stepDownConsidered: true,
        stepDownRationale: 'Targeted support alone would not meet the need',
        rationale: 'Progress towards the outcomes; needs remain',
      },
    });
    reviewFrom = reviewDecidedOn;
  }
}

function sections(pick: <T>(xs: readonly T[]) => T): PlanSectionsInput {
  const text = (t: string) => ({ text: t });
  return {
    A: text('Enjoys music and being outdoors; wants to make friends'),
    B: { primaryNeed: pick(NEED_CODES), description: 'Needs identified across the advice gathered' },
    C: text('None'),
    D: text('None'),
    E: ['Communicates needs to familiar adults', 'Reads simple texts independently'],
    F: {
      items: [
        { provision: 'Small-group literacy support', hours: 2, frequency: 'weekly', deliveredBy: 'teaching assistant' },
        { provision: 'Speech and language therapy, direct 1:1', hours: 1, frequency: 'weekly', deliveredBy: 'therapist' },
      ],
    },
    G: text('None'),
    H1: text('None'),
    H2: text('None'),
    J: text('None'),
    K: [{ title: 'Educational psychologist report' }, { title: 'Health advice' }],
  };
}

function sectionI(pick: <T>(xs: readonly T[]) => T, random: () => number): SectionI {
  const type = random() < 0.95 ? 'mainstream' : pick(SETTING_TYPES);
  return { type, settingId: `urn-${100_000 + Math.floor(random() * 20_000)}`, name: pick(SETTING_NAMES) };
}
