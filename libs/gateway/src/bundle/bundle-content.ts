import type { StoredEvent, TimelineEntry } from '@send/kernel';
import type { DeadlineView } from '@send/read-models';
import { citationWords, type StandardCitation } from '@send/standards';
import type { BundleSectionId } from './bundle-layout.js';

/**
 * What each section of the tribunal bundle says (docs/api.md "Audit", bundle), as numbered paragraphs,
 * from the case's events, its timeline and its deadline register alone. Pure: the renderer only lays
 * these out. The gateway imports no context, so events are read by their type and data.
 */

export interface Paragraph {
  /** A short bold lead (a date, a heading of the entry), then the text. */
  readonly lead?: string;
  readonly text: string;
}

export interface BundleInputs {
  readonly streams: ReadonlyMap<string, readonly StoredEvent[]>;
  readonly timeline: readonly TimelineEntry[];
  readonly deadlines: readonly DeadlineView[];
}

export type BundleBody = Record<Exclude<BundleSectionId, 'index'>, Paragraph[]>;

type Data = Record<string, unknown>;
const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
const dataOf = (e: StoredEvent): Data => (e.data ?? {}) as Data;
const by = (e: StoredEvent): string => `${e.actor.id} (${e.actor.role})`;
const withReason = (e: StoredEvent, text: string): string => (e.reason ? `${text} Reason given: ${e.reason}` : text);

export function bundleBody(inputs: BundleInputs): BundleBody {
  const events = allEvents(inputs.streams);
  return {
    decisions: orNone(events.flatMap(decisionParagraph), 'No decision is recorded.'),
    plan: orNone(events.flatMap(planParagraphs), 'No EHC plan has been issued.'),
    timeline: orNone(inputs.timeline.map(timelineParagraph), 'Nothing is recorded.'),
    deadlines: orNone(inputs.deadlines.map(deadlineParagraph), 'No statutory deadline has started.'),
    evidence: orNone(evidenceParagraphs(events), 'No advice or evidence is recorded.'),
    orders: orNone(events.flatMap(orderParagraph), 'No tribunal order is recorded.'),
  };
}

const orNone = (ps: Paragraph[], none: string): Paragraph[] => (ps.length > 0 ? ps : [{ text: none }]);

/** Every event of the case, in the order it was recorded (the history's order). */
function allEvents(streams: ReadonlyMap<string, readonly StoredEvent[]>): StoredEvent[] {
  return [...streams.values()].flat().sort((a, b) => {
    if (a.streamId === b.streamId) return a.revision - b.revision;
    if (a.recordedAt !== b.recordedAt) return a.recordedAt < b.recordedAt ? -1 : 1;
    return a.position < b.position ? -1 : a.position > b.position ? 1 : 0;
  });
}

/** The appealable decisions and the letters that open the family's appeal rights (HESC Rules r.20). */
function decisionParagraph(e: StoredEvent): Paragraph[] {
  const d = dataOf(e);
  // A cited national standard, as recorded on the event on the decision's date (docs/domain.md "National SEND standards (proposal)").
  const standard = d.standard ? ` ${citationWords(d.standard as StandardCitation)}.` : '';
  const said = (lead: string, text: string): Paragraph[] => [
    { lead, text: withReason(e, `${text}${standard} Decided by ${by(e)}.`) },
  ];
  switch (e.type) {
    case 'AssessmentDecided':
      return said(
        str(d.decidedOn),
        d.decision === 'refuse'
          ? 'Decision not to assess (SEND Regs 2014 reg 5).'
          : 'Decision to carry out an EHC needs assessment (SEND Regs 2014 reg 5).',
      );
    case 'PlanIssueDecided':
      return said(
        str(d.decidedOn),
        d.outcome === 'no-plan'
          ? 'Decision not to issue an EHC plan (SEND Regs 2014 reg 10).'
          : 'Decision to issue an EHC plan (SEND Regs 2014 reg 10).',
      );
    case 'PlaceAllocated':
      return said(str(d.decidedOn), `Placement decided: ${str(d.name)} (${str(d.type)}), preference ${str(d.preferenceRank)}.`);
    case 'AdmissionDirected':
      return said(str(d.directedOn), `Admission directed to ${str(d.name)}, academy trust ${str(d.academyTrust)}.`);
    case 'DirectionAppealDecided':
      return said(str(d.decidedOn), `Appeal against the direction ${d.upheld ? 'upheld' : 'dismissed'}.`);
    case 'AppealRightsOpened':
      return [
        {
          lead: str(d.decisionLetterOn),
          text: `Decision letter sent (${str(d.decision)}): the family may appeal until ${str(d.windowEndsOn)} (HESC Rules r.20).`,
        },
      ];
    default:
      return [];
  }
}

const PLAN_KINDS: Readonly<Record<string, string>> = {
  DraftPlanIssued: 'Draft EHC plan issued',
  FinalPlanIssued: 'Final EHC plan issued',
  AmendedPlanIssued: 'Amended EHC plan issued',
};

/** Every issued version of the plan, each section as it was issued. */
function planParagraphs(e: StoredEvent): Paragraph[] {
  const kind = PLAN_KINDS[e.type];
  if (kind === undefined) return [];
  const d = dataOf(e);
  const sections = (d.sections ?? {}) as Data;
  return [
    { lead: str(d.issuedOn), text: `${kind} (version ${str(d.version)}), by ${by(e)}.` },
    ...Object.keys(sections)
      .sort()
      .map((key) => ({ lead: `Section ${key}`, text: plainText(sections[key]) })),
  ];
}

/** The fields of a plan section that are its words themselves, printed without their field name. */
const UNLABELLED = new Set(['text', 'items', 'title']);

/**
 * A plan section as plain text: strings as written; structured sections as "field: value", except the
 * section's own words (`text`, `items`, `title`), which stand alone, and the record's internal ids
 * (`outcomeId`, …), which a reader of the plan never sees.
 */
export function plainText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.map(plainText).join('; ');
  return Object.entries(value as Data)
    .filter(([k]) => !k.endsWith('Id'))
    .map(([k, v]) => (UNLABELLED.has(k) ? plainText(v) : `${k}: ${plainText(v)}`))
    .join(', ');
}

function timelineParagraph(t: TimelineEntry): Paragraph {
  const parts = [
    `${t.title}.`,
    `By ${t.actor.id} (${t.actor.role}).`,
    t.reason ? `Reason given: ${t.reason}` : '',
    t.source ? `Source: ${t.source}.` : '',
    ...(t.details ?? []),
    t.deadline ? `Deadline ${t.deadline.rule}: ${deadlineOutcome(t.deadline)}.` : '',
  ];
  return { lead: t.at, text: parts.filter((p) => p !== '').join(' ') };
}

function deadlineOutcome(d: { status: string; dueOn?: string; closedOn?: string }): string {
  const due = d.dueOn ? `due ${d.dueOn}, ` : '';
  return `${due}${d.status}${d.closedOn ? ` on ${d.closedOn}` : ''}`;
}

/** One row of the deadlines table: the rule and its legal source, the dates and the outcome. */
function deadlineParagraph(d: DeadlineView): Paragraph {
  const outcome = [
    `Outcome: ${d.status}${d.closedOn ? `, closed on ${d.closedOn}` : ''}.`,
    d.exception
      ? `Exception from ${d.exception.from}, ground ${d.exception.ground}${d.exception.source ? ` (${d.exception.source})` : ''}.`
      : '',
    d.notApplicableReason ? `No longer applies: ${d.notApplicableReason}.` : '',
  ];
  return {
    lead: d.rule,
    text: [`${d.source}. Started ${d.startedOn}, due ${d.dueOn}.`, ...outcome].filter((p) => p !== '').join(' '),
  };
}

/** Advice requested and received, each with its adviser and dates; exceptions with their evidence. */
function evidenceParagraphs(events: readonly StoredEvent[]): Paragraph[] {
  const advisers = new Map<string, string>();
  return events.flatMap((e): Paragraph[] => {
    const d = dataOf(e);
    switch (e.type) {
      case 'AdviceRequested':
        advisers.set(str(d.adviceId), str(d.adviser));
        return [
          {
            lead: str(d.requestedOn),
            text: `Advice requested from the ${str(d.adviser)} adviser (SEND Regs 2014 reg 6), by ${by(e)}.`,
          },
        ];
      case 'AdviceReceived':
        return [
          { lead: str(d.receivedOn), text: `Advice received from the ${advisers.get(str(d.adviceId)) ?? 'requested'} adviser.` },
        ];
      case 'TimescaleExceptionRecorded':
        return [
          {
            lead: str(d.recordedOn),
            text: `Timescale exception recorded from ${str(d.from)}: ground ${str(d.ground)}. Evidence: ${str(d.evidence)}. Family told: ${d.familyNotified ? 'yes' : 'no'}.`,
          },
        ];
      case 'CertificateIssued':
        return [{ lead: str(d.issuedOn), text: `Mediation certificate issued.` }];
      default:
        return [];
    }
  });
}

/** Tribunal orders and each step done to comply with them (SEND Regs 2014 reg 44). */
function orderParagraph(e: StoredEvent): Paragraph[] {
  const d = dataOf(e);
  switch (e.type) {
    case 'TribunalOrderMade': {
      const steps = ((d.steps ?? []) as { step: string; dueOn: string }[]).map((s) => `${s.step} by ${s.dueOn}`).join('; ');
      return [{ lead: str(d.madeOn), text: `Tribunal order made: ${str(d.order)}. Steps due (reg 44): ${steps || 'none'}.` }];
    }
    case 'OrderComplied':
      return [{ lead: str(d.compliedOn), text: `Order complied with: step ${str(d.step)}.` }];
    default:
      return [];
  }
}
