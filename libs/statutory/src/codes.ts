/**
 * The vocabulary the contexts' events share on the wire: section B's primary need (the DfE's SEN2 codes)
 * section I's kind of setting and why a plan ceased. One definition, so that a need or setting type one context records is
 * one the others read (docs/api.md "Codes").
 */

/** SEN2 primary need codes (DfE SEN2 data collection guide). */
export type NeedCode = 'SPLD' | 'MLD' | 'SLD' | 'PMLD' | 'SEMH' | 'SLCN' | 'HI' | 'VI' | 'MSI' | 'PD' | 'ASD' | 'OTH';
export const NEED_CODES: readonly NeedCode[] = [
  'SPLD',
  'MLD',
  'SLD',
  'PMLD',
  'SEMH',
  'SLCN',
  'HI',
  'VI',
  'MSI',
  'PD',
  'ASD',
  'OTH',
];

/** The SEN2 primary needs in words (DfE SEN2 guide, "SEN type"), for pages and returns alike. */
export const NEED_NAMES: Readonly<Record<NeedCode, string>> = {
  SPLD: 'Specific learning difficulty',
  MLD: 'Moderate learning difficulty',
  SLD: 'Severe learning difficulty',
  PMLD: 'Profound and multiple learning difficulty',
  SEMH: 'Social, emotional and mental health',
  SLCN: 'Speech, language and communication needs',
  HI: 'Hearing impairment',
  VI: 'Vision impairment',
  MSI: 'Multi-sensory impairment',
  PD: 'Physical disability',
  ASD: 'Autistic spectrum disorder',
  OTH: 'Other difficulty or disability',
};

/** The kinds of setting a plan's section I or a local inclusion plan may name (green paper ch. 3). */
export type SettingType = 'mainstream' | 'resourced' | 'special' | 'alternative' | 'independent' | 'post-16';
export const SETTING_TYPES: readonly SettingType[] = [
  'mainstream',
  'resourced',
  'special',
  'alternative',
  'independent',
  'post-16',
];

/**
 * SEN2 2024 "reason EHC plan ceased" codes (DfE SEN2 guide, module 2, item 2.5 "Reason EHC plan ceased").
 * Each maps to one of the two lawful grounds of s.45(1): (a) no longer responsible, (b) no longer necessary.
 */
export const CEASE_REASONS = {
  '1': 'reached maximum age (the end of the academic year in which the young person turned 25)',
  '2': 'moved to another local authority',
  '3': 'special educational needs met without an EHC plan',
  '4': 'moved on to higher education',
  '5': 'moved on to paid employment, excluding apprenticeships',
  '6': 'left education or training',
  '7': 'the young person no longer wishes to engage in education or training',
  '8': 'other',
  '9': 'died',
} as const;
export type CeaseReason = keyof typeof CEASE_REASONS;
export const CEASE_REASON_CODES = Object.keys(CEASE_REASONS) as CeaseReason[];
