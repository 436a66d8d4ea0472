import { type CeaseReason, NEED_NAMES, type NeedCode, type SettingType } from '@send/statutory';
import type { Requester } from '../inclusion/figures.js';

/**
 * The SEN2 return's code lists, and how the product's own vocabulary maps onto them, as data with their
 * source (docs/sen2.md "Code mappings").
 *
 * Source: DfE, "Special educational needs person level survey 2025: guide" v1.4 (the person level SEN2
 * guide, gov.uk "Special educational needs survey"), read through its published item numbers. Where a code
 * list could not be confirmed against the guide's text, the table says so in `confirmed: false` and
 * docs/sen2.md lists it: an LA must check those columns before it submits.
 */
export interface CodeMapping<From extends string> {
  /** The guide's item (module.item) the code is returned in. */
  readonly item: string;
  readonly confirmed: boolean;
  readonly codes: Readonly<Record<From, string>>;
  readonly labels: Readonly<Record<string, string>>;
}

/**
 * Item 5.8a "SEN type" (SENtype): the DfE need codes, the same as the school census's. The product's
 * section B needs are these codes already (libs/statutory codes.ts); the 2025 guide adds DS (Down
 * syndrome), which the product does not record, so it is never returned.
 */
export const SEN_TYPE: CodeMapping<NeedCode> = {
  item: '5.8a',
  confirmed: true,
  codes: {
    SPLD: 'SPLD',
    MLD: 'MLD',
    SLD: 'SLD',
    PMLD: 'PMLD',
    SEMH: 'SEMH',
    SLCN: 'SLCN',
    HI: 'HI',
    VI: 'VI',
    MSI: 'MSI',
    PD: 'PD',
    ASD: 'ASD',
    OTH: 'OTH',
  },
  // The guide's words; it adds DS and says "Other difficulty" where the pages say "… or disability".
  labels: { ...NEED_NAMES, DS: 'Down syndrome', OTH: 'Other difficulty' },
};

/**
 * Item 4.6 "Reason EHC plan ceased" (CeaseReason), 2025 numbering. The product's cease reasons
 * (libs/statutory CEASE_REASONS) are numbered differently, so every one is mapped: "moved to another LA"
 * is the guide's 5 (transferred to another LA in England); "left education or training" has no code of
 * its own in 2025 and is returned as 9 "other" (the guide then asks the LA for detail in COLLECT).
 */
export const CEASE_REASON: CodeMapping<CeaseReason> = {
  item: '4.6',
  confirmed: true,
  codes: { '1': '1', '2': '5', '3': '2', '4': '3', '5': '4', '6': '9', '7': '6', '8': '9', '9': '8' },
  labels: {
    '1': 'Reached maximum age',
    '2': 'Ongoing educational or training needs being met without an EHC plan',
    '3': 'Moved on to higher education',
    '4': 'Moved on to paid employment, excluding apprenticeships',
    '5': 'Transferred to another LA in England',
    '6': 'Young person no longer wishes to engage in education or training',
    '7': 'Person has moved outside England',
    '8': 'Person deceased',
    '9': 'Other',
  },
};

/**
 * Items 4.7c and 5.7c "SEN setting – establishment type" (SENsetting). The guide identifies a school or
 * college by its URN (GIAS) or UKPRN and keeps SENsetting for placements without one. The product's
 * settings registry holds no URN, so every placement is returned by type: `alternative` is the LA's own
 * arrangement otherwise than in school (s.61 CFA 2014: OLA); every other type names a kind of setting
 * without an establishment number, the guide's OTH ("a type of setting is specified … but no specific
 * setting is named"). A resourced provision also sets ResourcedProvisionIndicator (see sen2-rows.ts).
 */
export const SEN_SETTING: CodeMapping<SettingType> = {
  item: '4.7c / 5.7c',
  confirmed: true,
  codes: {
    mainstream: 'OTH',
    resourced: 'OTH',
    special: 'OTH',
    alternative: 'OLA',
    independent: 'OTH',
    'post-16': 'OTH',
  },
  labels: {
    OLA: 'Other – arrangements made by the LA under s.61 of the 2014 Act (EOTAS)',
    OPA: 'Other – arrangements made by parents or young person under s.42(5), excluding EHE',
    EHE: 'Elective home education',
    EYP: 'Early years provider with no GIAS URN',
    OTH: 'Other – a type of setting is specified but no specific setting is named',
    NEET: 'Not in education, employment or training (aged 16–25)',
    NIEC: 'Not in education or training – notice to cease issued',
    NIEO: 'Not in education or training – other',
  },
};

/**
 * Module 2 "request source" (who made the request: the parent, the young person, a setting on the child's
 * behalf, or another). NOT CONFIRMED against the guide: neither the item number nor its codes could be read
 * from the guide; these one-letter codes are the product's and must be checked before submission.
 */
export const REQUEST_SOURCE: CodeMapping<Requester> = {
  item: '2.x (not confirmed)',
  confirmed: false,
  codes: { parent: 'P', 'young-person': 'Y', setting: 'S', other: 'O' },
  labels: { P: 'Parent', Y: 'Young person', S: 'Early years setting, school or post-16 institution', O: 'Other' },
};

/**
 * Module 2 "request outcome" (RequestOutcome): the decision whether to assess. NOT CONFIRMED against the
 * guide: A (decision to assess) and H (decided not to assess) are as remembered from earlier guides;
 * a request still awaiting its decision has no outcome (empty).
 */
export const REQUEST_OUTCOME: CodeMapping<'assess' | 'refuse'> = {
  item: '2.4 (not confirmed)',
  confirmed: false,
  codes: { assess: 'A', refuse: 'H' },
  labels: { A: 'Decision to assess', H: 'Decided not to assess' },
};

/**
 * Item 3.1 "Assessment outcome – decision to issue EHC plan" (AssessmentOutcome). The codes Y and N are
 * NOT CONFIRMED against the guide (a vendor's release note for the 2024 return confirms the item and its
 * code S, plan issued after an assessment completed by another LA, which the product never returns).
 */
export const ASSESSMENT_OUTCOME: CodeMapping<'issue-plan' | 'no-plan'> = {
  item: '3.1',
  confirmed: false,
  codes: { 'issue-plan': 'Y', 'no-plan': 'N' },
  labels: {
    Y: 'Decision to issue an EHC plan',
    N: 'Decided not to issue an EHC plan',
    S: 'Plan issued after assessment by another LA',
  },
};

/** Every mapping, for docs/sen2.md and for the unit test that checks each product value is mapped. */
export const SEN2_CODE_MAPPINGS = {
  SENtype: SEN_TYPE,
  CeaseReason: CEASE_REASON,
  SENsetting: SEN_SETTING,
  RequestSource: REQUEST_SOURCE,
  RequestOutcome: REQUEST_OUTCOME,
  AssessmentOutcome: ASSESSMENT_OUTCOME,
} as const;
