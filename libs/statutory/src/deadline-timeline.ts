import type { StoredEvent, TimelineDeadline, TimelineEntry, TimelineKind } from '@send/kernel';
import type { DeadlineEvent } from './deadline.events.js';
import { type RuleId, ruleOf } from './rules.js';

/**
 * How every statutory clock reads in a case's evidential timeline (docs/api.md "Audit", timeline): worded
 * here once, so that each context tells its clocks alike. The rule's title and legal source come from the
 * rule table; the short name below is what a tribunal calls the clock.
 */
const CLOCK_NAMES: Readonly<Record<RuleId, string>> = {
  'assessment-decision': '6-week decision deadline',
  advice: '6-week advice deadline',
  'no-plan-decision': '16-week decision deadline',
  'final-plan': '20-week final plan deadline',
  'draft-representations': '15-day representations period',
  'consultation-answer': '15-day consultation deadline',
  'annual-review': 'Annual review deadline',
  'review-report': '2-week review report deadline',
  'review-decision': '4-week review decision deadline',
  'amendment-representations': '15-day representations period on the amendments',
  'amended-plan': '8-week amended plan deadline',
  'phase-transfer': 'Phase transfer review deadline',
  'reassessment-decision': '15-day re-assessment decision deadline',
  'reassessment-final-plan': '14-week final plan deadline after reassessment',
  'transfer-plan': 'Plan transfer deadline',
  'transfer-notice': '6-week transfer notice deadline',
  'transfer-review': 'Review deadline after a transfer',
  'mediation-certificate': '3-working-day mediation certificate deadline',
  'mediation-held': '30-day mediation deadline',
  'appeal-window': 'Appeal window',
  'order-compliance': 'Tribunal order compliance deadline',
  'agreement-compliance': '2-week mediation agreement deadline',
  'senco-qualification': '3-year SENCo qualification deadline',
};

/** What a deadline event alone does not say: when its clock was due, and the evidence of an exception. */
export interface DeadlineFacts {
  readonly dueOn: ReadonlyMap<string, string>;
  readonly evidence: ReadonlyMap<string, string>;
}

/**
 * The due date of each clock started in a stream, and the evidence recorded for each exception (by
 * exceptionId, where the context records it beside the exception: the assessment's Reg 5(4), 8(2), 10(4)).
 */
export function deadlineFacts(events: readonly StoredEvent[], evidence: ReadonlyMap<string, string> = new Map()): DeadlineFacts {
  const dueOn = new Map<string, string>();
  for (const e of events) {
    if (e.type === 'DeadlineStarted') {
      const data = e.data as { deadlineId: string; dueOn: string };
      dueOn.set(data.deadlineId, data.dueOn);
    }
  }
  return { dueOn, evidence };
}

/** The fields every entry takes from its event's envelope: actor, reason, the event's id and record time. */
export function timelineEntry(
  e: StoredEvent,
  fields: { at: string; kind: TimelineKind; title: string } & Partial<Omit<TimelineEntry, 'actor' | 'eventIds' | 'recordedAt'>>,
): TimelineEntry {
  return {
    ...fields,
    at: fields.at.slice(0, 10),
    actor: { id: e.actor.id, role: e.actor.role },
    ...(e.reason && fields.reason === undefined ? { reason: e.reason } : {}),
    eventIds: [e.id],
    recordedAt: e.recordedAt,
  };
}

const readable = (code: string) => code.replace(/-/g, ' ');

/** One deadline event as a tribunal reads it: the clock, its source, due date and outcome. */
export function deadlineEntry(e: StoredEvent, event: DeadlineEvent, facts: DeadlineFacts): TimelineEntry {
  const rule = ruleOf(event.data.rule);
  const name = CLOCK_NAMES[rule.id];
  const base = { rule: rule.title, source: rule.source };
  const entry = (at: string, title: string, deadline: TimelineDeadline) =>
    timelineEntry(e, { at, kind: 'deadline', title: `${name} ${title}`, source: deadline.source, deadline });
  const due = (id: string) => facts.dueOn.get(id);
  switch (event.type) {
    case 'DeadlineStarted':
      return entry(event.data.startedOn, `started (due ${event.data.dueOn})`, {
        ...base,
        source: event.data.source || rule.source,
        dueOn: event.data.dueOn,
        status: 'open',
      });
    case 'DeadlineMet':
      return entry(event.data.metOn, 'met', {
        ...base,
        ...optional('dueOn', due(event.data.deadlineId)),
        status: 'met',
        closedOn: event.data.metOn,
      });
    case 'DeadlineClosedLate':
      // The act came after the due date: the clock stays breached, now with the day it closed.
      return entry(event.data.closedOn, `breached (due ${event.data.dueOn}, done ${event.data.closedOn})`, {
        ...base,
        dueOn: event.data.dueOn,
        status: 'breached',
        closedOn: event.data.closedOn,
      });
    case 'DeadlineBreached':
      return entry(event.data.breachedOn, `breached (due ${event.data.dueOn})`, {
        ...base,
        dueOn: event.data.dueOn,
        status: 'breached',
      });
    case 'DeadlineExcepted': {
      const evidence = facts.evidence.get(event.data.exceptionId);
      return entry(event.data.exceptedOn, `excepted (${readable(event.data.ground)})`, {
        ...base,
        ...optional('dueOn', due(event.data.deadlineId)),
        status: 'excepted',
        exception: { ground: event.data.ground, source: event.data.source, ...optional('evidence', evidence) },
      });
    }
    case 'DeadlineNotApplicable':
      return entry(event.data.on, `no longer applies (${event.data.why})`, {
        ...base,
        ...optional('dueOn', due(event.data.deadlineId)),
        status: 'not-applicable',
        closedOn: event.data.on,
        why: event.data.why,
      });
    default: {
      const _: never = event;
      throw new Error(`unhandled deadline event ${String((_ as DeadlineEvent).type)}`);
    }
  }
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

/**
 * The exhaustive end of a context's switch: checked at compile time, and at run time an event this
 * version does not know tells nothing, so that a read of the record never fails on it.
 */
export const untold = (_event: never): undefined => undefined;
