/**
 * The evidential timeline of a case (docs/api.md "Audit"): what happened, in the words a tribunal reads,
 * each entry carrying the ids of the events it comes from. Each context derives its own entries from its
 * own events with a pure function; the gateway merges them. Business dates, never internal type names.
 */

export const TIMELINE_KINDS = [
  'request',
  'decision',
  'evidence',
  'notice',
  'plan',
  'deadline',
  'dispute',
  'order',
  'funding',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** How a statutory clock stood at the entry: the rule, its legal source, when it was due, and its outcome. */
export interface TimelineDeadline {
  readonly rule: string;
  readonly source: string;
  readonly dueOn?: string;
  readonly status: 'open' | 'met' | 'breached' | 'excepted' | 'not-applicable';
  readonly closedOn?: string;
  /** A lawful exception: its ground and the evidence recorded for it. */
  readonly exception?: { readonly ground: string; readonly evidence?: string; readonly source?: string };
  /** Why a clock no longer applies. */
  readonly why?: string;
}

export interface TimelineEntry {
  /** The business date of the act (YYYY-MM-DD). */
  readonly at: string;
  readonly kind: TimelineKind;
  /** Plain English, as a tribunal reads it: "Decision not to assess", "Final EHC plan issued (version 2)". */
  readonly title: string;
  /** Who did it, as recorded: { id, role }. */
  readonly actor: { readonly id: string; readonly role: string };
  /** The reason given, where the act records one. */
  readonly reason?: string;
  /** The legal source of the act or rule, where there is one ("SEND Regs 2014 reg 4(1)"). */
  readonly source?: string;
  /** Further facts worth reading beside the title (the adviser, the setting, the amount …), plain text. */
  readonly details?: readonly string[];
  readonly deadline?: TimelineDeadline;
  /** The stored events this entry is derived from. */
  readonly eventIds: readonly string[];
  /** When the first of those events was recorded (for ordering and as-of reads). */
  readonly recordedAt: string;
}
