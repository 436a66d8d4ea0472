import { NEED_CODES, addDays, isAfter, isBefore, type IsoDate, type NeedCode } from '@send/statutory';
import { StandardsErrors, refuse } from './standards.errors.js';

/**
 * The national SEND standards the green paper proposes ("Right support, right place, right time", 2022, ch. 2;
 * the 2023 improvement plan): what mainstream settings should make available without a plan ("ordinarily
 * available provision"), and when an EHC plan is needed. A proposal, not law: the entries are data, versioned,
 * each naming its source (libs/standards/data/README.md).
 */
export type StandardKind = 'ordinarily-available' | 'plan-criterion';
export const STANDARD_KINDS: readonly StandardKind[] = ['ordinarily-available', 'plan-criterion'];

/** The phases of education a standard is written for. */
export type Phase = 'early-years' | 'primary' | 'secondary' | 'post-16';
export const PHASES: readonly Phase[] = ['early-years', 'primary', 'secondary', 'post-16'];

/** One version of one standard, as written in a catalogue file. */
export interface StandardEntry {
  readonly id: string;
  /** 1, 2, …: a new version supersedes the one before from its own effectiveFrom. */
  readonly version: number;
  readonly kind: StandardKind;
  /** The SEN2 primary need it is written for. */
  readonly need: NeedCode;
  readonly phase: Phase;
  readonly title: string;
  readonly text: string;
  /** Where the rule comes from, e.g. the green paper's chapter, or "illustrative". */
  readonly source: string;
  readonly effectiveFrom: IsoDate;
}

/** An entry with the day before its successor took effect, when it has one. */
export interface StandardVersion extends StandardEntry {
  readonly effectiveTo?: IsoDate;
}

/** What a decision records of the standard it relied on: enough to show it as it was, whatever follows. */
export interface StandardCitation {
  readonly id: string;
  readonly version: number;
  readonly kind: StandardKind;
  readonly need: NeedCode;
  readonly title: string;
  readonly effectiveFrom: IsoDate;
}

/** The id and version a request names. */
export interface StandardRef {
  readonly id: string;
  readonly version: number;
}

export const isNeedCode = (v: unknown): v is NeedCode => NEED_CODES.includes(v as NeedCode);

/** Each id's versions in order, each ending the day before the next begins. */
export function withEffectiveTo(entries: readonly StandardEntry[]): StandardVersion[] {
  const sorted = [...entries].sort((a, b) => (a.id === b.id ? a.version - b.version : a.id < b.id ? -1 : 1));
  return sorted.map((e, i) => {
    const next = sorted[i + 1];
    return next !== undefined && next.id === e.id ? { ...e, effectiveTo: addDays(next.effectiveFrom, -1) } : { ...e };
  });
}

export function isInForce(v: StandardVersion, on: IsoDate): boolean {
  return !isBefore(on, v.effectiveFrom) && (v.effectiveTo === undefined || !isAfter(on, v.effectiveTo));
}

/** The version of each standard in force on a date (a standard not yet in force, or withdrawn, is left out). */
export function standardsInForce(versions: readonly StandardVersion[], on: IsoDate): StandardVersion[] {
  return versions.filter((v) => isInForce(v, on));
}

/**
 * A decision relies on a standard as it stood on the decision's date: the version named must exist and be
 * the one in force that day, so that a citation can always be read back as the decision-maker read it.
 */
export function citeStandard(
  versions: readonly StandardVersion[],
  ref: StandardRef,
  on: IsoDate,
  field = 'standard',
): StandardCitation {
  const found = versions.find((v) => v.id === ref.id && v.version === ref.version);
  if (found === undefined) {
    const known = versions.filter((v) => v.id === ref.id).map((v) => v.version);
    refuse(StandardsErrors.UNKNOWN_STANDARD, `there is no standard ${ref.id} v${ref.version} in the catalogue`, {
      field,
      ...(known.length > 0 ? { versions: known } : {}),
    });
  }
  if (!isInForce(found, on)) {
    const current = versions.find((v) => v.id === ref.id && isInForce(v, on));
    refuse(
      StandardsErrors.NOT_IN_FORCE,
      `standard ${ref.id} v${ref.version} is in force from ${found.effectiveFrom}` +
        `${found.effectiveTo ? ` to ${found.effectiveTo}` : ''}, not on ${on}`,
      { field, effectiveFrom: found.effectiveFrom, ...(current ? { inForce: current.version } : {}) },
    );
  }
  const { id, version, kind, need, title, effectiveFrom } = found;
  return { id, version, kind, need, title, effectiveFrom };
}

/** How a timeline, page or bundle names a citation (docs/domain.md "National SEND standards (proposal)"). */
export function citationWords(c: StandardCitation): string {
  const lead =
    c.kind === 'ordinarily-available' ? 'Needs can be met from ordinarily available provision' : 'Criterion for an EHC plan';
  return `${lead}: ${c.id} v${c.version} '${c.title}' (in force from ${c.effectiveFrom})`;
}
