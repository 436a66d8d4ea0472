import { daysBetween } from '@send/statutory';
import type { CaseHistory } from '../inclusion/case-history.js';
import { ASSESSMENT_OUTCOME, CEASE_REASON, REQUEST_OUTCOME, REQUEST_SOURCE, SEN_SETTING, SEN_TYPE } from './sen2-codes.js';
import { laAt, planInForceAt } from '../inclusion/case-histories.js';
import { ceasedBy, disputed, firstFinal, flag, inForceOn, lastReviewDecision, settingOn } from './sen2-facts.js';
import type {
  Sen2ActivePlan,
  Sen2Assessment,
  Sen2NamedPlan,
  Sen2Person,
  Sen2Request,
  Sen2Return,
  Sen2Row,
} from './sen2-model.js';

export interface Sen2Options {
  readonly la: string;
  /** The census (reference) date, in January of the year after the one reported on. */
  readonly census: string;
  /** When the return was made (the header's DateTime). */
  readonly generatedAt: string;
  readonly softwareCode?: string;
  readonly release?: string;
}

/** The reporting year's first and last day: the calendar year before the census. */
export function reportingPeriod(census: string): { year: number; from: string; to: string } {
  const year = Number(census.slice(0, 4)) - 1;
  return { year, from: `${year}-01-01`, to: `${year}-12-31` };
}

const within = (d: string | undefined, p: { from: string; to: string }) => d !== undefined && d >= p.from && d <= p.to;

/**
 * Who is in the return (the guide's "summary of cases to be included"): requests received in the
 * reporting year, or decided or concluded in it, or still open at the census (ongoing work at the
 * request, assessment or issuing stage); plans in force at the census; plans ceased in the reporting year.
 * The LA of a request is the one that received it; of a plan, the one maintaining it on the day.
 */
export function inScope(h: CaseHistory, o: Sen2Options): boolean {
  const p = reportingPeriod(o.census);
  const c = o.census;
  if (h.receivedOn > c) return false;
  if (inForceOn(h, c) && laAt(h, c) === o.la) return true;
  const ceased = ceasedBy(h, c);
  if (ceased !== undefined && within(ceased, p) && laAt(h, ceased) === o.la) return true;
  if (h.requestLa !== o.la || h.receivedOn > p.to) return false;
  const decided = h.assessDecision && h.assessDecision.on <= c ? h.assessDecision : undefined;
  const concluded = h.planDecision && h.planDecision.on <= c ? h.planDecision : undefined;
  const final = firstFinal(h, c);
  const touched = [h.receivedOn, decided?.on, concluded?.on, final?.on].some((d) => within(d, p));
  const assessing = decided?.decision === 'assess' || (h.assessmentOrderedOn !== undefined && h.assessmentOrderedOn <= c);
  const closed = final !== undefined || concluded?.outcome === 'no-plan' || (decided?.decision === 'refuse' && !assessing);
  return touched || !closed;
}

/** The whole return for one LA and census date, persons in a stable order (request date, then name). */
export function buildSen2Return(cases: readonly CaseHistory[], o: Sen2Options): Sen2Return {
  const p = reportingPeriod(o.census);
  const persons = cases
    .filter((h) => inScope(h, o))
    .sort((a, b) => key(a).localeCompare(key(b)))
    .map((h, i) => personOf(h, i + 1, o));
  const header: Sen2Row<'header'> = {
    Collection: 'SEN2',
    Year: String(p.year + 1),
    ReferenceDate: o.census,
    SourceLevel: 'L',
    LEA: o.la,
    SoftwareCode: o.softwareCode ?? 'send-casework',
    Release: o.release ?? '1',
    SerialNo: '1',
    DateTime: o.generatedAt,
  };
  return { la: o.la, census: o.census, reportingYear: p.year, header, persons };
}

const key = (h: CaseHistory) => `${h.receivedOn}|${h.child.familyName}|${h.child.givenName}|${h.caseId}`;

function personOf(h: CaseHistory, id: number, o: Sen2Options): Sen2Person {
  const row: Sen2Row<'person'> = {
    PersonTableID: String(id),
    Surname: h.child.familyName,
    Forename: h.child.givenName,
    PersonBirthDate: h.child.dateOfBirth,
    // Not held by the product: the guide's person items beyond name and date of birth (docs/sen2.md).
    GenderCurrent: '',
    Ethnicity: '',
    PostCode: '',
    UPN: '',
    UniqueLearnerNumber: '',
    UPNunknown: '',
  };
  return { row, requests: [requestOf(h, id, o)] };
}

function requestOf(h: CaseHistory, id: number, o: Sen2Options): Sen2Request {
  const c = o.census;
  const decided = h.assessDecision && h.assessDecision.on <= c ? h.assessDecision : undefined;
  const appeal = disputed(h, ['refusal-to-assess'], c);
  const row: Sen2Row<'requests'> = {
    RequestsTableID: String(id),
    PersonTableID: String(id),
    ReceivedDate: h.receivedOn,
    RequestSource: REQUEST_SOURCE.codes[h.requestedBy],
    RYA: '0',
    RequestOutcomeDate: decided?.on ?? '',
    RequestOutcome: decided ? REQUEST_OUTCOME.codes[decided.decision] : '',
    RequestMediation: flag(appeal.mediation),
    RequestTribunal: flag(appeal.tribunal),
    Exported: '0',
  };
  const assessing = decided?.decision === 'assess' || (h.assessmentOrderedOn !== undefined && h.assessmentOrderedOn <= c);
  const active = inForceOn(h, c) && laAt(h, c) === o.la;
  return {
    row,
    facts: { ownRequest: h.requestLa === o.la, requester: h.requestedBy, decision: decided?.decision },
    assessment: assessing ? assessmentOf(h, id, o) : undefined,
    activePlan: active ? activePlanOf(h, id, o) : undefined,
  };
}

function assessmentOf(h: CaseHistory, id: number, o: Sen2Options): Sen2Assessment {
  const c = o.census;
  const concluded = h.planDecision && h.planDecision.on <= c ? h.planDecision : undefined;
  const own = disputed(h, ['no-plan'], c);
  const other = disputed(h, ['plan-contents', 'cease', 'review-decision', 'refusal-to-reassess'], c);
  const row: Sen2Row<'assessment'> = {
    AssessmentTableID: String(id),
    RequestsTableID: String(id),
    AssessmentOutcome: concluded ? ASSESSMENT_OUTCOME.codes[concluded.outcome] : '',
    AssessmentOutcomeDate: concluded?.on ?? '',
    AssessmentMediation: flag(own.mediation),
    AssessmentTribunal: flag(own.tribunal),
    OtherMediation: flag(other.mediation),
    OtherTribunal: flag(other.tribunal),
    // Item 3.x "20-week time limit exceptions apply": a lawful exception (Reg 10(4), 13(3)) was recorded.
    Week20: flag(h.exceptions.some((e) => e.recordedOn <= c)),
  };
  return { row, outcome: concluded?.outcome, namedPlan: namedPlanOf(h, id, o) };
}

function namedPlanOf(h: CaseHistory, id: number, o: Sen2Options): Sen2NamedPlan | undefined {
  const c = o.census;
  const final = firstFinal(h, c);
  if (final === undefined) return undefined;
  const ceased = ceasedBy(h, c);
  const reason = ceased !== undefined ? h.cease?.reason : undefined;
  const row: Sen2Row<'named-plan'> = {
    NamedPlanTableID: String(id),
    AssessmentTableID: String(id),
    StartDate: final.on,
    // Residential setting, work-based learning and personal budget items: not held (docs/sen2.md).
    PlanRes: '',
    PlanWBP: '',
    PB: '',
    OA: '',
    DP: '',
    CeaseDate: ceased ?? '',
    CeaseReason: reason ? CEASE_REASON.codes[reason] : '',
  };
  const details = final.setting ? [placementItems(final.setting.type, String(id), 'NamedPlanTableID')] : [];
  return {
    row,
    facts: {
      ownRequest: h.requestLa === o.la && final.la === h.requestLa,
      issuedHere: laAt(h, final.on) === o.la,
      daysFromRequest: daysBetween(h.receivedOn, final.on),
      exception: h.exceptions.some((e) => e.recordedOn <= c),
      ceaseReason: reason,
    },
    details: details.map((d) => ({ PlanDetailTableID: String(id), ...d }) as Sen2Row<'plan-detail'>),
  };
}

function activePlanOf(h: CaseHistory, id: number, o: Sen2Options): Sen2ActivePlan {
  const c = o.census;
  const p = reportingPeriod(c);
  const transferIn = h.transfers.filter((t) => t.toLa === o.la && within(t.on, p) && t.on <= c).at(-1);
  const row: Sen2Row<'active-plans'> = {
    ActivePlansTableID: String(id),
    RequestsTableID: String(id),
    TransferLA: transferIn?.fromLa ?? '',
    Res: '',
    WBP: '',
    LastReview: lastReviewDecision(h, c) ?? '',
  };
  const setting = settingOn(h, c);
  const placements = setting
    ? [
        {
          PlacementDetailTableID: String(id),
          ...placementItems(setting.type, String(id), 'ActivePlansTableID'),
          EntryDate: setting.on,
          LeavingDate: '',
          AttendancePattern: '',
        } as Sen2Row<'placement-detail'>,
      ]
    : [];
  const version = planInForceAt(h, c);
  // Item 5.8: the primary need ranked 1 and, where there is one, a secondary need ranked 2.
  const ranked = version?.primaryNeed ? [version.primaryNeed, ...version.secondaryNeeds.slice(0, 1)] : [];
  const needs = ranked.map((need, i) => ({
    SENNeedTableID: `${id}.${i + 1}`,
    ActivePlansTableID: String(id),
    SENtypeRank: String(i + 1),
    SENtype: SEN_TYPE.codes[need],
  }));
  return { row, primaryNeed: version?.primaryNeed, placements, needs };
}

/** The establishment items shared by modules 4b and 5b, for a setting the product knows only by its type. */
function placementItems(
  type: keyof typeof SEN_SETTING.codes,
  parentId: string,
  parent: 'NamedPlanTableID' | 'ActivePlansTableID',
) {
  return {
    [parent]: parentId,
    URN: '',
    UKPRN: '',
    SENsetting: SEN_SETTING.codes[type],
    SENsettingOther: '',
    PlacementRank: '1',
    SENUnitIndicator: '0',
    ResourcedProvisionIndicator: flag(type === 'resourced'),
  };
}
