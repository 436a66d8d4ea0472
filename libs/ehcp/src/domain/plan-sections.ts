/** The sections of an EHC plan (Reg 12(1)(a)–(k)), as one structured, versioned template. */
import type { StandardRef } from '@send/standards';
import type { IsoDate, NeedCode, SettingType } from '@send/statutory';

/** Section B's need codes and section I's setting types are shared with placement (libs/statutory). */
export { NEED_CODES, type NeedCode, type SettingType } from '@send/statutory';

export interface TextSection {
  readonly text: string;
}

/** B: the child's special educational needs. */
export interface SectionB {
  readonly primaryNeed: NeedCode;
  readonly secondaryNeeds?: readonly NeedCode[];
  readonly description: string;
}

/**
 * The areas of preparation for adulthood (CoP 1.39, 8.5: higher education and/or employment, independent
 * living, participating in society, being as healthy as possible), by which an outcome may be tagged.
 */
export const OUTCOME_AREAS = ['education', 'employment', 'independent-living', 'community', 'health'] as const;
export type OutcomeArea = (typeof OUTCOME_AREAS)[number];

/** One outcome of section E, with the id every later version of the plan keeps (docs/domain.md "Section E"). */
export interface Outcome {
  readonly outcomeId: string;
  readonly text: string;
  readonly area?: OutcomeArea;
  /** The date by which it should be achieved. */
  readonly by?: IsoDate;
}

/** An outcome as a caseworker sends it: its text, or the outcome with or without its id. */
export type OutcomeInput = string | (Omit<Outcome, 'outcomeId'> & { readonly outcomeId?: string });

/** E: the outcomes sought; from Year 9 they reflect preparation for adulthood (CoP 9.64–9.66, 8.9). */
export type SectionE = readonly Outcome[];

/** One entry of K: advice or information gathered during the assessment (Reg 12(1)(k), 6(1)). */
export interface AdviceEntry {
  readonly title: string;
  readonly from?: string;
  readonly date?: IsoDate;
}

/** K: the advice and information gathered, as a list (Reg 12(1)(k)). */
export type SectionK = readonly AdviceEntry[];

/** One line of F: what, how much, how often and by whom (CoP 9.69). */
export interface ProvisionItem {
  readonly provision: string;
  /** Hours each time it recurs; omitted only for provision that is not time-based (equipment, adaptations). */
  readonly hours?: number;
  readonly frequency: string;
  readonly deliveredBy: string;
  /** When it begins; optional, and its absence is a non-blocking quality finding. */
  readonly startsOn?: IsoDate;
  /**
   * The national standard of ordinarily available provision this item goes beyond (docs/domain.md "National SEND
   * standards (proposal)"): a version in force on the day the plan is issued, checked by the issuing handler.
   */
  readonly beyondStandard?: StandardRef;
}

/** F: special educational provision. */
export interface SectionF {
  readonly items: readonly ProvisionItem[];
}

/** I: the name and type of the setting, or its type only (Reg 12(1)(i)). */
export interface SectionI {
  readonly type: SettingType;
  readonly settingId?: string;
  readonly name?: string;
}

export interface PlanSections {
  readonly A: TextSection;
  readonly B: SectionB;
  readonly C: TextSection;
  readonly D: TextSection;
  readonly E: SectionE;
  readonly F: SectionF;
  readonly G: TextSection;
  /** H1: social care under CSDPA 1970 s.2; H2: any other social care. */
  readonly H1: TextSection;
  readonly H2: TextSection;
  /** Only on the final plan: a draft names no school or type (CFA s.38(5)). */
  readonly I?: SectionI;
  readonly J: TextSection;
  readonly K: SectionK;
}

/** The sections as a draft is issued from: outcomes may still lack their ids. */
export type PlanSectionsInput = Omit<PlanSections, 'E'> & { readonly E: readonly OutcomeInput[] };

/** A plan may be finalised only once it names a setting or at least its type (Reg 12(1)(i), CFA s.39–40). */
export function hasSettingOrType(i: SectionI | undefined): i is SectionI {
  if (i === undefined) return false;
  const filled = (s: string | undefined) => typeof s === 'string' && s.trim() !== '';
  return filled(i.type) || filled(i.settingId);
}

const sameText = (a: string, b: string) =>
  a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();
const OUTCOME_ID = /^o-(\d+)$/;

/**
 * Gives every outcome of a new version its stable id (docs/domain.md "Section E"): one sent with its id
 * keeps it; one whose text matches an earlier outcome (spaces and case aside) keeps that outcome's id;
 * any other gets the next `o-<n>` after every id seen so far. Pure and deterministic, so a replay of the
 * events gives the same ids. `previous` is every outcome of the earlier versions, so that an id is never
 * given twice to different outcomes.
 */
export function assignOutcomeIds(previous: readonly Outcome[], next: readonly OutcomeInput[]): Outcome[] {
  const given = next.map((o) => (typeof o === 'string' ? { text: o } : o));
  const taken = new Set(given.flatMap((o) => (o.outcomeId ? [o.outcomeId] : [])));
  let last = Math.max(0, ...[...previous.map((o) => o.outcomeId), ...taken].map((id) => Number(OUTCOME_ID.exec(id)?.[1] ?? 0)));
  return given.map(({ outcomeId, ...o }) => {
    if (outcomeId) return { outcomeId, ...o };
    const earlier = previous.find((p) => !taken.has(p.outcomeId) && sameText(p.text, o.text));
    const id = earlier?.outcomeId ?? `o-${++last}`;
    taken.add(id);
    return { outcomeId: id, ...o };
  });
}

/**
 * Upcaster for plan sections as recorded before E and K were lists (docs/domain.md "Section E"): E was
 * { text, outcomes? } or a string, K { text } or a string. Read, never rewritten: the event keeps what was
 * served, and the fold shows it in today's shape. An old outcome takes the id `o-<its position>`, so
 * every replay gives it the same one; the old section's text is the first outcome (it was the section's
 * words, often an outcome itself), then its listed outcomes.
 */
export function normaliseSections(sections: PlanSections): PlanSections {
  const raw = sections as unknown as Record<string, unknown>;
  const E = normaliseE(raw.E);
  const K = normaliseK(raw.K);
  return E === raw.E && K === raw.K ? sections : { ...sections, E, K };
}

function normaliseE(E: unknown): SectionE {
  if (Array.isArray(E)) return E as SectionE;
  if (typeof E === 'string') return E.trim() === '' ? [] : [{ outcomeId: 'o-1', text: E }];
  if (!isRecord(E)) return [];
  const listed = Array.isArray(E.outcomes) ? E.outcomes.map(String).filter((t) => t.trim() !== '') : [];
  const text = typeof E.text === 'string' && E.text.trim() !== '' ? E.text : undefined;
  // Nothing is lost: the old section's text leads, unless it only repeated one of its outcomes.
  const texts = text === undefined || listed.some((t) => sameText(t, text)) ? listed : [text, ...listed];
  return texts.map((text, i) => ({ outcomeId: `o-${i + 1}`, text }));
}

function normaliseK(K: unknown): SectionK {
  if (Array.isArray(K)) return K as SectionK;
  const text = typeof K === 'string' ? K : isRecord(K) && typeof K.text === 'string' ? K.text : '';
  return text.trim() === '' ? [] : [{ title: text }];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every outcome of the versions issued so far, by id, as last worded: the ids a new version may keep. */
export function outcomesSoFar(versions: readonly { sections: { E: readonly Outcome[] } }[]): Outcome[] {
  const byId = new Map<string, Outcome>();
  for (const v of versions) for (const o of v.sections.E) byId.set(o.outcomeId, o);
  return [...byId.values()];
}
