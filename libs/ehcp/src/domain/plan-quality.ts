import type { IsoDate } from '@send/statutory';
import type { EhcpState, PlanVersion } from './ehcp.state.js';
import type { PlanSections } from './plan-sections.js';

/**
 * What a caseworker should look at again but that does not stop the plan being issued (docs/domain.md
 * "Quality findings"): the refusals are section F's (section-f.ts) and section I's in a draft.
 */
export interface QualityFinding {
  readonly field: string;
  readonly message: string;
}

/**
 * The National Curriculum year a child is in on a day: the school year starts on 1 September, and a child
 * is in Year N when N + 4 years old on the 31 August before it, as schools place children (Reception is 0).
 */
export function schoolYearOn(dateOfBirth: IsoDate, on: IsoDate): number {
  const [y, m] = on.split('-').map(Number);
  const startYear = m >= 9 ? y : y - 1;
  const [by] = dateOfBirth.split('-').map(Number);
  const ageOn31August = startYear - by - (dateOfBirth.slice(5) > '08-31' ? 1 : 0);
  return ageOn31August - 4;
}

/**
 * The non-blocking findings on a version of the plan, computed from the version itself (so a replay gives
 * the same): an outcome with no date to achieve it by (outcomes are SMART, CoP 9.64–9.66), a provision item
 * with no start date, and from Year 9 no outcome in an area of preparation for adulthood (CoP 9.64–9.66, 8.9;
 * skipped when the plan does not know the child's date of birth).
 */
export function qualityFindings(sections: PlanSections, on: IsoDate, dateOfBirth?: IsoDate): QualityFinding[] {
  const findings: QualityFinding[] = [];
  const outcomes = Array.isArray(sections.E) ? sections.E : [];
  if (dateOfBirth !== undefined && schoolYearOn(dateOfBirth, on) >= 9 && !outcomes.some((o) => o.area !== undefined)) {
    findings.push({
      field: 'sections.E',
      message:
        `In Year ${schoolYearOn(dateOfBirth, on)} the outcomes should prepare for adulthood (CoP 9.64–9.66, 8.9): ` +
        'give at least one outcome an area (education, employment, independent-living, community or health).',
    });
  }
  outcomes.forEach((o, i) => {
    if (o.by === undefined) {
      findings.push({
        field: `sections.E[${i}].by`,
        message: `Outcome ${i + 1} ("${o.text}") has no date by which it should be achieved: outcomes are time-bound (CoP 9.64–9.66).`,
      });
    }
  });
  (sections.F?.items ?? []).forEach((item, i) => {
    if (item.startsOn === undefined) {
      findings.push({
        field: `sections.F.items[${i}].startsOn`,
        message: `Provision item ${i + 1} ("${item.provision}") has no start date: say when it begins.`,
      });
    }
  });
  return findings;
}

/** The findings on one issued version of a plan, as GET …/plan and the draft's write answer show them. */
export function versionFindings(state: EhcpState, version: PlanVersion): QualityFinding[] {
  const dateOfBirth = state.status === 'none' ? undefined : state.dateOfBirth;
  return qualityFindings(version.sections, version.issuedOn, dateOfBirth);
}
