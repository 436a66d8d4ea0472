import type { Role } from '@send/kernel';
import type { CaseSummary, PlacementState, TailoredList } from './case-api.js';
import { caseHeader, casePath, tabTitle } from './case-header.js';
import { answerName, settingTypeName } from './labels.js';

/**
 * The placement tab: the tailored list (GET …/placement/tailored-list, undefined while the child's need is
 * not known yet), and the preferences, consultations and allocation (GET …/placement).
 * Pure: unit tested.
 */
export function casePlacementModel(
  summary: Pick<CaseSummary, 'caseId' | 'child'>,
  tailored: TailoredList | undefined,
  placement: PlacementState | undefined,
  context: { role?: Role },
) {
  const header = caseHeader(summary, 'placement');
  const casework = context.role === 'caseworker' || context.role === 'manager';
  const names = new Map<string, string>();
  for (const s of tailored?.items ?? []) names.set(s.settingId, s.name);
  for (const c of placement?.consultations ?? []) if (c.name) names.set(c.settingId, c.name);
  if (placement?.allocation?.name) names.set(placement.allocation.settingId, placement.allocation.name);
  const nameOf = (id: string) => names.get(id) ?? id;
  const allocation = placement?.allocation;
  return {
    pageTitle: tabTitle('Placement', header),
    header,
    tailored: tailored
      ? {
          child: [tailored.child?.yearLabel, tailored.child?.academicYear, tailored.child?.phase].filter(Boolean).join(', '),
          items: tailored.items.map((s) => ({
            name: s.name,
            type: settingTypeName(s.type),
            la: s.la,
            placesFree: s.placesFree === undefined ? '' : String(s.placesFree),
            reasons: s.reasons,
          })),
        }
      : undefined,
    preferences: placement?.preferences
      ? { expressedOn: placement.preferences.expressedOn, ranked: placement.preferences.ranked.map(nameOf) }
      : undefined,
    consultations: (placement?.consultations ?? []).map((c) => ({
      setting: nameOf(c.settingId),
      sentOn: c.sentOn,
      answer: c.answer
        ? {
            text: answerName(c.answer.answer),
            answeredOn: c.answer.answeredOn,
            grounds: c.answer.grounds,
            objectionUpheld: c.answer.objectionUpheld === true,
          }
        : undefined,
      answerHref:
        casework && !c.answer
          ? casePath(summary.caseId, `/placement/consultations/${encodeURIComponent(c.consultationId)}/answer`)
          : undefined,
    })),
    allocation: allocation
      ? {
          setting: nameOf(allocation.settingId),
          type: settingTypeName(allocation.type),
          decidedOn: allocation.decidedOn,
          preferenceRank: allocation.preferenceRank === undefined ? '' : String(allocation.preferenceRank),
        }
      : undefined,
    directions: (placement?.directions ?? []).map((d) => ({
      setting: nameOf(d.settingId),
      directedOn: d.directedOn,
      reason: d.reason,
    })),
  };
}
