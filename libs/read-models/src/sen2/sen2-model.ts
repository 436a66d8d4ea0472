import type { CeaseReason, NeedCode } from '@send/statutory';
import type { Requester } from '../inclusion/figures.js';

/**
 * The person level SEN2 return's modules and their data items, in the guide's order (DfE "Special
 * educational needs person level survey 2025: guide" v1.4, modules 1–5; the header is the XML message's
 * Header). Item names are the guide's; their exact spelling was read from the DfE COLLECT export's column
 * names, so the capitals are not confirmed against the guide's XML schema (docs/sen2.md).
 *
 * Every row carries its own table id and its parent's, as COLLECT's CSV export does (`PersonTableID`, …):
 * sequence numbers within this return, never the product's case id.
 */
export const SEN2_COLUMNS = {
  header: ['Collection', 'Year', 'ReferenceDate', 'SourceLevel', 'LEA', 'SoftwareCode', 'Release', 'SerialNo', 'DateTime'],
  person: [
    'PersonTableID',
    'Surname',
    'Forename',
    'PersonBirthDate',
    'GenderCurrent',
    'Ethnicity',
    'PostCode',
    'UPN',
    'UniqueLearnerNumber',
    'UPNunknown',
  ],
  requests: [
    'RequestsTableID',
    'PersonTableID',
    'ReceivedDate',
    'RequestSource',
    'RYA',
    'RequestOutcomeDate',
    'RequestOutcome',
    'RequestMediation',
    'RequestTribunal',
    'Exported',
  ],
  assessment: [
    'AssessmentTableID',
    'RequestsTableID',
    'AssessmentOutcome',
    'AssessmentOutcomeDate',
    'AssessmentMediation',
    'AssessmentTribunal',
    'OtherMediation',
    'OtherTribunal',
    'Week20',
  ],
  'named-plan': [
    'NamedPlanTableID',
    'AssessmentTableID',
    'StartDate',
    'PlanRes',
    'PlanWBP',
    'PB',
    'OA',
    'DP',
    'CeaseDate',
    'CeaseReason',
  ],
  'plan-detail': [
    'PlanDetailTableID',
    'NamedPlanTableID',
    'URN',
    'UKPRN',
    'SENsetting',
    'SENsettingOther',
    'PlacementRank',
    'SENUnitIndicator',
    'ResourcedProvisionIndicator',
  ],
  'active-plans': ['ActivePlansTableID', 'RequestsTableID', 'TransferLA', 'Res', 'WBP', 'LastReview'],
  'placement-detail': [
    'PlacementDetailTableID',
    'ActivePlansTableID',
    'URN',
    'UKPRN',
    'SENsetting',
    'SENsettingOther',
    'PlacementRank',
    'EntryDate',
    'LeavingDate',
    'AttendancePattern',
    'SENUnitIndicator',
    'ResourcedProvisionIndicator',
  ],
  'sen-need': ['SENNeedTableID', 'ActivePlansTableID', 'SENtypeRank', 'SENtype'],
} as const;

export type Sen2Module = keyof typeof SEN2_COLUMNS;
export const SEN2_MODULES = Object.keys(SEN2_COLUMNS) as Sen2Module[];

/** One row of a module: every column of the guide, '' where the product holds nothing for it. */
export type Sen2Row<M extends Sen2Module> = Readonly<Record<(typeof SEN2_COLUMNS)[M][number], string>>;

/** What the reconciliation needs of a row besides its items: the product's own values, never output. */
export interface RequestFacts {
  readonly ownRequest: boolean;
  readonly requester: Requester;
  readonly decision?: 'assess' | 'refuse';
}
export interface NamedPlanFacts {
  /** The LA's own request, and the plan issued by it (the DfE's 20-week measure: the dashboards' ownFirstFinal). */
  readonly ownRequest: boolean;
  /** Maintained by this LA on the day it was issued (the dashboards' new plans). */
  readonly issuedHere: boolean;
  /** Calendar days from the request to the first final plan (Reg 13(2)'s 20 weeks are 140 days). */
  readonly daysFromRequest: number;
  readonly exception: boolean;
  readonly ceaseReason?: CeaseReason;
}

export interface Sen2NamedPlan {
  readonly row: Sen2Row<'named-plan'>;
  readonly facts: NamedPlanFacts;
  readonly details: readonly Sen2Row<'plan-detail'>[];
}
export interface Sen2Assessment {
  readonly row: Sen2Row<'assessment'>;
  readonly outcome?: 'issue-plan' | 'no-plan';
  readonly namedPlan?: Sen2NamedPlan;
}
export interface Sen2ActivePlan {
  readonly row: Sen2Row<'active-plans'>;
  readonly primaryNeed?: NeedCode;
  readonly placements: readonly Sen2Row<'placement-detail'>[];
  readonly needs: readonly Sen2Row<'sen-need'>[];
}
export interface Sen2Request {
  readonly row: Sen2Row<'requests'>;
  readonly facts: RequestFacts;
  readonly assessment?: Sen2Assessment;
  readonly activePlan?: Sen2ActivePlan;
}
export interface Sen2Person {
  readonly row: Sen2Row<'person'>;
  readonly requests: readonly Sen2Request[];
}

export interface Sen2Return {
  readonly la: string;
  readonly census: string;
  /** The calendar year reported on: the year before the census (the census is in January). */
  readonly reportingYear: number;
  readonly header: Sen2Row<'header'>;
  readonly persons: readonly Sen2Person[];
}
