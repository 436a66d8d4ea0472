/** The sections of an EHC plan (Reg 12(1)(a)–(k)), as one structured, versioned template. */
import type { NeedCode, SettingType } from '@send/statutory';

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

/** E: outcomes; from Year 9 they include preparation for adulthood (Reg 12(3)). */
export interface SectionE extends TextSection {
  readonly outcomes?: readonly string[];
}

/** One line of F: what, how much, how often and by whom (CoP 9.69). */
export interface ProvisionItem {
  readonly provision: string;
  /** Hours each time it recurs; omitted only for provision that is not time-based (equipment, adaptations). */
  readonly hours?: number;
  readonly frequency: string;
  readonly deliveredBy: string;
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
  readonly I?: SectionI;
  readonly J: TextSection;
  readonly K: TextSection;
}

/** A plan may be finalised only once it names a setting or at least its type (Reg 12(1)(i), CFA s.39–40). */
export function hasSettingOrType(i: SectionI | undefined): i is SectionI {
  if (i === undefined) return false;
  const filled = (s: string | undefined) => typeof s === 'string' && s.trim() !== '';
  return filled(i.type) || filled(i.settingId);
}
