import { caseReferenceOf } from '@send/kernel';
import { formatDateTime } from '../format.js';
import type { FormErrors } from '../web/forms.js';
import { type TypedInstant } from './instant.js';
import { CONTEXT_NAMES, labelOf, pathText, rowsOf, streamContext, valueText } from './readable.js';

/**
 * The auditor's pages (docs/api.md "Audit"): replay as of an instant, the diff between two, verify and the
 * access log, each laid out from the API's answer. Pure: unit tested.
 */
const CONTEXTS = ['assessment', 'ehcp', 'placement', 'mediation', 'funding'] as const;

export interface ReplayAnswer {
  readonly caseId: string;
  readonly asOf: string;
  readonly [context: string]: unknown;
}

interface ContextReplay {
  readonly revision: number;
  readonly stage?: string;
  readonly state: unknown;
}

/** How the API names each instant's field → the id of the form control it came from. */
export const INSTANT_FIELDS = { asOf: 'asOf-day', from: 'from-day', to: 'to-day' } as const;
export const INSTANT_LABELS = {
  asOf: 'The date and time',
  from: 'The first date and time',
  to: 'The second date and time',
} as const;

/** The case's audit pages a role may open (the bundle is the tribunal's and the auditor's; docs/ui.md). */
export const caseNav = (caseId: string, current: string, role?: string) =>
  [
    { href: `/cases/${caseId}/replay`, text: 'Replay' },
    { href: `/cases/${caseId}/replay/diff`, text: 'Compare two instants' },
    { href: `/cases/${caseId}/verify`, text: 'Verify' },
    { href: `/cases/${caseId}/access-log`, text: 'Access log' },
    { href: `/cases/${caseId}/timeline`, text: 'Timeline' },
    ...(role === 'auditor' || role === 'tribunal' ? [{ href: `/cases/${caseId}/bundle`, text: 'Tribunal bundle' }] : []),
  ].map((item) => ({ ...item, active: item.href === current }));

const typedOf = (t?: TypedInstant) => ({
  parts: { day: t?.day ?? '', month: t?.month ?? '', year: t?.year ?? '' },
  time: t?.time ?? '',
});

function contextCards(answer: Record<string, unknown>) {
  return CONTEXTS.map((context) => {
    const replay = answer[context] as ContextReplay | undefined;
    const revision = replay?.revision ?? -1;
    return {
      context,
      title: CONTEXT_NAMES[context],
      started: revision >= 0,
      revision,
      stage: replay?.stage ? labelOf(replay.stage) : undefined,
      rows: revision >= 0 ? rowsOf(replay?.state) : [],
      json: JSON.stringify(replay ?? null, null, 2),
    };
  });
}

export function replayModel(
  caseId: string,
  input: { typed?: TypedInstant; answer?: ReplayAnswer; errors?: FormErrors; role?: string },
) {
  const reference = caseReferenceOf(caseId);
  return {
    pageTitle: `Replay case ${reference}`,
    caseId,
    reference,
    caseNav: caseNav(caseId, `/cases/${caseId}/replay`, input.role),
    asOf: typedOf(input.typed),
    shownAsOf: input.answer ? formatDateTime(input.answer.asOf) : undefined,
    contexts: input.answer ? contextCards(input.answer) : [],
    errorSummary: input.errors?.summary ?? [],
    fieldErrors: input.errors?.fields ?? {},
  };
}

export interface DiffEvent {
  readonly id: string;
  readonly type: string;
  readonly revision: number;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly actor: { id: string; role: string };
}

interface StreamDiff {
  readonly fromRevision: number;
  readonly toRevision: number;
  readonly events: readonly DiffEvent[];
  readonly changes?: readonly { path: string; kind: 'added' | 'removed' | 'changed'; from?: unknown; to?: unknown }[];
}

export interface DiffAnswer {
  readonly caseId: string;
  readonly from: string;
  readonly to: string;
  readonly contexts: Record<string, StreamDiff>;
  readonly deadlines: StreamDiff;
}

const KIND_TAGS = {
  added: { text: 'Added', classes: 'govuk-tag--green' },
  removed: { text: 'Removed', classes: 'govuk-tag--red' },
  changed: { text: 'Changed', classes: 'govuk-tag--blue' },
} as const;

/** "FinalPlanIssued" → "Final plan issued". */
export const eventText = (type: string): string => labelOf(type);

const eventRows = (events: readonly DiffEvent[]) =>
  events.map((e) => ({
    revision: e.revision,
    what: eventText(e.type),
    recordedAt: formatDateTime(e.recordedAt),
    occurredAt: formatDateTime(e.occurredAt),
    who: `${e.actor.id} (${e.actor.role})`,
  }));

function diffCard(key: string, diff: StreamDiff) {
  return {
    key,
    title: CONTEXT_NAMES[key],
    fromRevision: diff.fromRevision,
    toRevision: diff.toRevision,
    changed: diff.events.length > 0 || (diff.changes?.length ?? 0) > 0,
    events: eventRows(diff.events),
    changes: (diff.changes ?? []).map((c) => ({
      what: pathText(c.path),
      tag: KIND_TAGS[c.kind],
      from: c.kind === 'added' ? '' : valueText(c.from),
      to: c.kind === 'removed' ? '' : valueText(c.to),
    })),
  };
}

export function diffModel(
  caseId: string,
  input: { from?: TypedInstant; to?: TypedInstant; answer?: DiffAnswer; errors?: FormErrors; role?: string },
) {
  const reference = caseReferenceOf(caseId);
  const answer = input.answer;
  return {
    pageTitle: `Compare case ${reference} at two instants`,
    caseId,
    reference,
    caseNav: caseNav(caseId, `/cases/${caseId}/replay/diff`, input.role),
    from: typedOf(input.from),
    to: typedOf(input.to),
    window: answer ? { from: formatDateTime(answer.from), to: formatDateTime(answer.to) } : undefined,
    contexts: answer
      ? [
          ...CONTEXTS.filter((c) => answer.contexts[c]).map((c) => diffCard(c, answer.contexts[c])),
          diffCard('deadlines', answer.deadlines),
        ]
      : [],
    errorSummary: input.errors?.summary ?? [],
    fieldErrors: input.errors?.fields ?? {},
  };
}

export interface VerifyAnswer {
  readonly valid: boolean;
  readonly streams: readonly { stream: string; valid: boolean; events: number; firstBrokenRevision?: number }[];
}

export function verifyModel(caseId: string, answer: VerifyAnswer, role?: string) {
  const reference = caseReferenceOf(caseId);
  return {
    pageTitle: `Verify case ${reference}`,
    caseId,
    reference,
    caseNav: caseNav(caseId, `/cases/${caseId}/verify`, role),
    valid: answer.valid,
    streams: answer.streams.map((s) => ({
      context: streamContext(s.stream),
      stream: s.stream,
      tag: s.valid ? { text: 'Valid', classes: 'govuk-tag--green' } : { text: 'Broken', classes: 'govuk-tag--red' },
      events: s.events,
      firstBroken: s.firstBrokenRevision === undefined ? 'None' : String(s.firstBrokenRevision),
    })),
  };
}

export interface AccessLogAnswer {
  readonly caseId: string;
  readonly valid: boolean;
  readonly reads: readonly {
    eventId: string;
    who: string;
    role: string;
    when: string;
    what: string;
    query: Record<string, string | readonly string[]>;
  }[];
}

const READ_WORDS: Readonly<Record<string, string>> = {
  history: 'History',
  verify: 'Verify',
  replay: 'Replay',
  'replay-diff': 'Compare two instants',
  timeline: 'Timeline',
  bundle: 'Tribunal bundle',
};

export function accessLogModel(caseId: string, answer: AccessLogAnswer, role?: string) {
  const reference = caseReferenceOf(caseId);
  return {
    pageTitle: `Who read case ${reference}`,
    caseId,
    reference,
    caseNav: caseNav(caseId, `/cases/${caseId}/access-log`, role),
    valid: answer.valid,
    reads: answer.reads.map((r) => ({
      when: formatDateTime(r.when),
      who: r.who,
      role: labelOf(r.role),
      what: READ_WORDS[r.what] ?? labelOf(r.what),
      query:
        Object.entries(r.query)
          .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : (v as string)}`)
          .join(', ') || 'None',
    })),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REFERENCE = /^[0-9a-f]{8}$/i;

/** What was typed to find a case: its full id, its reference (first eight characters), or neither. */
export function caseQueryOf(text: string | undefined): { id: string } | { reference: string } | { invalid: true } | undefined {
  const t = (text ?? '').trim();
  if (!t) return undefined;
  if (UUID.test(t)) return { id: t.toLowerCase() };
  if (REFERENCE.test(t)) return { reference: t.toUpperCase() };
  return { invalid: true };
}

export function findCaseModel(input: { typed?: string; notFound?: boolean; invalid?: boolean; missing?: boolean }) {
  const text = input.missing
    ? 'Enter a case reference or a case id.'
    : input.invalid
      ? 'A case reference is 8 letters and numbers, like 1A2B3C4D; a case id has 36 characters.'
      : input.notFound
        ? `No case you can see has the reference ${input.typed}.`
        : undefined;
  return {
    pageTitle: 'Verify the record',
    typed: input.typed ?? '',
    errorSummary: text ? [{ text, href: '#case' }] : [],
    fieldErrors: text ? { case: { text } } : {},
  };
}
