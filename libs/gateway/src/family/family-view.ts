import type { StoredEvent, TimelineEntry, TimelineKind } from '@send/kernel';
import { RULES, type RuleId } from '@send/statutory';
import type { DeadlineView } from '@send/read-models';
import { formatDate as formatRuleDate } from '../ui/format.js';

/**
 * The family's view of its own case (docs/api.md "Family access"): what was decided, every deadline the
 * LA has and whether it was met, the family's own rights with their dates, and the plan. Built from the
 * evidential timeline, the deadline register and the plan as its events make it; pure.
 */

/** The acts a family reads as decisions: decisions proper, plans issued, notices sent, orders made. */
const DECIDED: ReadonlySet<TimelineKind> = new Set<TimelineKind>(['decision', 'plan', 'notice', 'order']);

/**
 * Who decided, as the family is told it: the council's team, not the officer's account id. The LA is the
 * decision-maker in law (CFA 2014 s.36 onwards), staff ids are internal sign-in names, and a family that
 * wants the officer's name asks the council, which may answer as it judges right for its staff.
 */
export function decidedBy(role: string): string {
  switch (role) {
    case 'caseworker':
      return "The council's SEND team";
    case 'manager':
      return "A manager in the council's SEND team";
    case 'family':
      return 'You';
    case 'system':
      return 'Recorded automatically after an earlier step';
    default:
      return 'The council';
  }
}

export interface FamilyDecision {
  readonly on: string;
  readonly what: string;
  readonly by: string;
  readonly why?: string;
  readonly source?: string;
  readonly details: readonly string[];
}

export type LaDeadlineStatus = 'open' | 'met' | 'missed' | 'excepted' | 'not-applicable';

export interface LaDeadline {
  readonly what: string;
  readonly source: string;
  readonly startedOn: string;
  readonly dueOn: string;
  readonly status: LaDeadlineStatus;
  readonly closedOn?: string;
  /** Plain English: "Met on 3 March 2026", "Missed: due 1 March 2026, still not done". */
  readonly summary: string;
}

export interface FamilyRight {
  readonly what: string;
  readonly source: string;
  readonly from: string;
  readonly until: string;
  readonly status: 'open' | 'closed';
  readonly whatYouCanDo: string;
}

export interface FamilyPlan {
  readonly version: number;
  readonly status: string;
  readonly issuedOn: string;
  readonly sections: Readonly<Record<string, unknown>>;
}

/** A school or college on the tailored list the council gave the family (green paper ch. 3), to choose from. */
export interface SettingChoice {
  readonly settingId: string;
  readonly name: string;
  readonly type: string;
  /** Why it is on the list, as the list says it. */
  readonly reasons: readonly string[];
}

/** The family's preferences as last sent, most preferred first (CFA 2014 s.38(2)(b), 39). */
export interface FamilyPreferences {
  readonly expressedOn: string;
  readonly ranked: readonly { readonly settingId: string; readonly name?: string }[];
}

export interface FamilyPlacement {
  /** The latest tailored list's settings; empty until the council has given one. */
  readonly choices: readonly SettingChoice[];
  readonly listGivenOn: string | null;
  readonly preferences: FamilyPreferences | null;
}

export interface FamilyView {
  readonly caseId: string;
  readonly asOf: string;
  readonly child: { readonly givenName: string; readonly familyName: string };
  readonly stage: string;
  readonly decisions: readonly FamilyDecision[];
  readonly laDeadlines: readonly LaDeadline[];
  readonly yourRights: readonly FamilyRight[];
  readonly plan: FamilyPlan | null;
  readonly placement: FamilyPlacement;
}

export interface FamilyViewInput {
  readonly caseId: string;
  readonly today: string;
  readonly child: { readonly givenName: string; readonly familyName: string };
  readonly stage: string;
  readonly timeline: readonly TimelineEntry[];
  readonly deadlines: readonly DeadlineView[];
  /** The plan's state as the ehcp replayer folds it (unknown shape to the gateway: read defensively). */
  readonly planState: unknown;
  /** The case's placement stream, read for the tailored list and the preferences sent. */
  readonly placementEvents: readonly StoredEvent[];
}

export function familyView(input: FamilyViewInput): FamilyView {
  const kindOf = (rule: string) => RULES[rule as RuleId]?.kind;
  return {
    caseId: input.caseId,
    asOf: input.today,
    child: { givenName: input.child.givenName, familyName: input.child.familyName },
    stage: input.stage,
    decisions: input.timeline.filter((e) => DECIDED.has(e.kind)).map(decisionOf),
    laDeadlines: input.deadlines.filter((d) => kindOf(d.rule) === 'duty').map(laDeadlineOf),
    yourRights: input.deadlines
      .filter((d) => kindOf(d.rule) === 'period' || kindOf(d.rule) === 'right')
      .flatMap((d) => (d.rule === 'appeal-window' ? [rightOf(d), mediationRightOf(d)] : [rightOf(d)])),
    plan: planOf(input.planState),
    placement: placementOf(input.placementEvents),
  };
}

function decisionOf(e: TimelineEntry): FamilyDecision {
  return {
    on: e.at,
    what: e.title,
    by: decidedBy(e.actor.role),
    ...(e.reason ? { why: e.reason } : {}),
    ...(e.source ? { source: e.source } : {}),
    details: e.details ?? [],
  };
}

function laDeadlineOf(d: DeadlineView): LaDeadline {
  const status: LaDeadlineStatus = d.status === 'breached' ? 'missed' : d.status;
  const due = formatRuleDate(d.dueOn);
  const done = d.closedOn ? formatRuleDate(d.closedOn) : undefined;
  const summary = {
    open: `Due by ${due}`,
    met: `Met on ${done}`,
    missed: done ? `Missed: due ${due}, done on ${done}` : `Missed: due ${due}, not done yet`,
    excepted: `Due ${due}, but the law allows more time here (${d.exception?.ground ?? 'an exception'})`,
    'not-applicable': `No longer applies${d.notApplicableReason ? `: ${d.notApplicableReason}` : ''}`,
  }[status];
  return {
    what: RULES[d.rule as RuleId]?.title ?? d.rule,
    source: d.source,
    startedOn: d.startedOn,
    dueOn: d.dueOn,
    status,
    ...(d.closedOn ? { closedOn: d.closedOn } : {}),
    summary,
  };
}

/** What each of the family's own time limits lets it do, in plain words, with the law beside it. */
const RIGHTS_TEXT: Partial<Record<string, (until: string) => string>> = {
  'draft-representations': (until) =>
    `You can tell the council what you think of the draft plan, and ask for a school or college to be named in it, until ${until}. ` +
    'The council may not make the plan final before then unless you tell it you have nothing more to add.',
  'amendment-representations': (until) =>
    `You can tell the council what you think of the changes it proposes to the plan until ${until}.`,
  'appeal-window': (until) =>
    `You can appeal to the First-tier Tribunal (Special Educational Needs and Disability) until ${until}. ` +
    'Before you appeal you must contact a mediation adviser and get a certificate (Children and Families Act 2014 s.55), ' +
    'unless your appeal is only about the school or college named in the plan. Choosing mediation does not stop you appealing.',
};

/**
 * Mediation, told beside each appeal window because it runs in the same time: the family may ask for it
 * (CFA 2014 s.52), must first hear about it from a mediation adviser before appealing (s.55), and the
 * certificate the adviser gives lets the appeal go on even after the window would have closed (the
 * Tribunal Rules r.20(1) give one month from the certificate when that is later).
 */
function mediationRightOf(d: DeadlineView): FamilyRight {
  const until = formatRuleDate(d.dueOn);
  return {
    what: 'Mediation with the council',
    source: 'Children and Families Act 2014 s.52, s.55; SEND Regulations 2014 reg 34, 39',
    from: d.startedOn,
    until: d.dueOn,
    status: d.status === 'open' ? 'open' : 'closed',
    whatYouCanDo:
      `You can ask for mediation about this decision: contact the mediation adviser named in the council's letter by ${until}. ` +
      'If you decide not to have mediation, the adviser gives you a certificate within 3 working days; after mediation you are given one too. ' +
      'You then have at least one month from the certificate to appeal.',
  };
}

function rightOf(d: DeadlineView): FamilyRight {
  const until = formatRuleDate(d.dueOn);
  const text = RIGHTS_TEXT[d.rule]?.(until) ?? `${RULES[d.rule as RuleId]?.title ?? d.rule}: until ${until}.`;
  return {
    what: RULES[d.rule as RuleId]?.title ?? d.rule,
    source: d.source,
    from: d.startedOn,
    until: d.dueOn,
    status: d.status === 'open' ? 'open' : 'closed',
    whatYouCanDo: text,
  };
}

function planOf(state: unknown): FamilyPlan | null {
  const versions = (state as { versions?: unknown } | null)?.versions;
  if (!Array.isArray(versions) || versions.length === 0) return null;
  const latest = versions.at(-1) as { version: number; status: string; issuedOn: string; sections: Record<string, unknown> };
  // A cease decision makes the plan `ceasing`, then `ceased` (docs/api.md "The plan").
  const cease = (state as { cease?: { ceasedOn?: string } }).cease;
  return {
    version: latest.version,
    status: cease ? (cease.ceasedOn ? 'ceased' : 'ceasing') : latest.status,
    issuedOn: latest.issuedOn,
    sections: latest.sections,
  };
}

type Json = Record<string, unknown>;
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The latest tailored list's settings, and the last preferences with each setting's name where a list gave it. */
function placementOf(events: readonly StoredEvent[]): FamilyPlacement {
  const list = [...events].reverse().find((e) => e.type === 'TailoredListProduced');
  const items = Array.isArray((list?.data as Json | undefined)?.items) ? ((list!.data as Json).items as Json[]) : [];
  const choices: SettingChoice[] = items.flatMap((i) => {
    const settingId = text(i.settingId);
    const name = text(i.name);
    if (!settingId || !name) return [];
    const reasons = Array.isArray(i.reasons) ? i.reasons.filter((r): r is string => typeof r === 'string') : [];
    return [{ settingId, name, type: text(i.type) ?? '', reasons }];
  });
  const names = new Map<string, string>();
  for (const e of events.filter((e) => e.type === 'TailoredListProduced'))
    for (const i of ((e.data as Json).items as Json[] | undefined) ?? []) {
      const [id, name] = [text(i.settingId), text(i.name)];
      if (id && name) names.set(id, name);
    }
  const sent = [...events].reverse().find((e) => e.type === 'PreferencesExpressed')?.data as Json | undefined;
  const ranked = Array.isArray(sent?.ranked) ? sent.ranked.filter((r): r is string => typeof r === 'string') : [];
  return {
    choices,
    listGivenOn: text((list?.data as Json | undefined)?.producedOn) ?? null,
    preferences: sent
      ? {
          expressedOn: text(sent.expressedOn) ?? '',
          ranked: ranked.map((settingId) => (names.has(settingId) ? { settingId, name: names.get(settingId)! } : { settingId })),
        }
      : null,
  };
}
