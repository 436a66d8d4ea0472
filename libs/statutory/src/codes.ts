/**
 * The vocabulary the contexts' events share on the wire: section B's primary need (the DfE's SEN2 codes)
 * and section I's kind of setting. One definition, so that a need or setting type one context records is
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
