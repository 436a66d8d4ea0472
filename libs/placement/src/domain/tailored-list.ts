import type { StandardCitation } from '@send/standards';
import { isAfter, type IsoDate } from '@send/statutory';
import type { NeedCode, Phase, SettingType } from './codes.js';
import { academicYearLabel, curriculumYear, phaseOf, yearLabel } from './curriculum-year.js';
import { planInForce, type InclusionPlanVersion } from './inclusion-plan.state.js';
import { PlacementErrors as E, refuse } from './placement.errors.js';
import { placesFree, type Setting } from './setting.state.js';

/** What the list needs to know of the child: their LA (whose plan applies), age and primary need. */
export interface ChildProfile {
  readonly la: string;
  readonly dateOfBirth: IsoDate;
  readonly primaryNeed: NeedCode;
}

export interface TailoredListItem {
  readonly settingId: string;
  readonly name: string;
  readonly type: SettingType;
  readonly la: string;
  /** Why it is on the list, in words a family can read; allocation, not the list, looks at free places. */
  readonly reasons: readonly string[];
  readonly placesFree: number;
  /**
   * The national standards of ordinarily available provision for the child's primary need that the plan listing
   * the setting says it provides (docs/domain.md "National SEND standards (proposal)"); absent when it says none.
   */
  readonly standards?: readonly StandardCitation[];
}

export interface ChildStage {
  readonly curriculumYear: number;
  readonly yearLabel: string;
  readonly academicYear: string;
  /** Undefined past the academic year in which the young person turns 25 (CFA s.46). */
  readonly phase?: Phase;
}

export function childStage(dateOfBirth: IsoDate, asOf: IsoDate): ChildStage {
  if (isAfter(dateOfBirth, asOf)) {
    refuse(E.BIRTH_AFTER_AS_OF, `the date of birth ${dateOfBirth} is after ${asOf}`, { field: 'dateOfBirth' });
  }
  const year = curriculumYear(dateOfBirth, asOf);
  const phase = phaseOf(year);
  return { curriculumYear: year, yearLabel: yearLabel(year), academicYear: academicYearLabel(asOf), ...(phase ? { phase } : {}) };
}

interface Source {
  readonly plan: InclusionPlanVersion;
  readonly reason: string;
}

/**
 * The tailored list (green paper ch. 3): the settings named by the child's LA's local inclusion plan in
 * force on `asOf`, and by the plans of the partner LAs that plan names, that serve the child's primary
 * need and phase. The LA's own plan comes first, then its partners' in the order it names them.
 * `plans` holds every published version of every LA; `settings` is the registry.
 */
export function tailoredList(
  child: ChildProfile,
  asOf: IsoDate,
  plans: readonly InclusionPlanVersion[],
  settings: readonly Setting[],
): TailoredListItem[] {
  const stage = childStage(child.dateOfBirth, asOf);
  if (stage.phase === undefined) return [];
  const items = new Map<string, TailoredListItem>();
  for (const { plan, reason } of sourcesFor(child.la, asOf, plans)) {
    for (const settingId of plan.settingIds) {
      const known = items.get(settingId);
      if (known) {
        items.set(settingId, { ...known, reasons: [...known.reasons, reason] });
        continue;
      }
      const setting = settings.find((s) => s.settingId === settingId);
      if (setting && fits(setting, child.primaryNeed, stage.phase)) {
        const standards = standardsProvided(plan, settingId, child.primaryNeed);
        const item = itemOf(setting, [reason, ...fitReasons(setting, child.primaryNeed, stage), ...standards.map(provides)]);
        items.set(settingId, standards.length > 0 ? { ...item, standards } : item);
      }
    }
  }
  return [...items.values()];
}

function sourcesFor(la: string, asOf: IsoDate, plans: readonly InclusionPlanVersion[]): Source[] {
  const inForce = (of: string) =>
    planInForce(
      plans.filter((p) => p.la === of),
      asOf,
    );
  const home = inForce(la);
  if (home === undefined) return [];
  const partners = home.partnerLas.flatMap((partner): Source[] => {
    const plan = inForce(partner);
    return plan ? [{ plan, reason: `named by partner LA ${partner}'s local inclusion plan ${describe(plan)}` }] : [];
  });
  return [{ plan: home, reason: `named by LA ${la}'s local inclusion plan ${describe(home)}` }, ...partners];
}

function standardsProvided(plan: InclusionPlanVersion, settingId: string, need: NeedCode): StandardCitation[] {
  const stated = plan.provides?.find((p) => p.settingId === settingId)?.standards ?? [];
  return stated.filter((s) => s.need === need);
}

const provides = (s: StandardCitation) =>
  `provides ordinarily available provision for ${s.need}: ${s.id} v${s.version} '${s.title}'`;

const describe = (plan: InclusionPlanVersion) => `(version ${plan.version}, published ${plan.publishedOn})`;

function fits(setting: Setting, need: NeedCode, phase: Phase): boolean {
  return setting.needs.includes(need) && setting.phases.includes(phase);
}

function fitReasons(setting: Setting, need: NeedCode, stage: ChildStage): string[] {
  const reasons = [
    `meets the child's primary need (${need})`,
    `takes the ${stage.phase} phase: the child is in ${stage.yearLabel} in ${stage.academicYear}`,
  ];
  // CFA s.33: a child with a plan is educated in mainstream unless the family or the s.33(2) conditions say otherwise.
  if (setting.type === 'mainstream') reasons.push('mainstream: the presumption of mainstream education applies (CFA s.33)');
  return reasons;
}

function itemOf(setting: Setting, reasons: string[]): TailoredListItem {
  const { settingId, name, type, la } = setting;
  return { settingId, name, type, la, reasons, placesFree: placesFree(setting) };
}
