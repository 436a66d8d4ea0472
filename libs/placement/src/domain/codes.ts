/**
 * The placement context's vocabulary. NeedCode and SettingType repeat the ehcp context's (section B and I
 * of the plan): contexts share events, never code, so the wire strings are what must stay equal.
 */

/** SEN2 primary need codes (api-v1.md "Codes"). */
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

/** The kinds of setting a local inclusion plan may name (green paper ch. 3). */
export type SettingType = 'mainstream' | 'resourced' | 'special' | 'alternative' | 'independent' | 'post-16';
export const SETTING_TYPES: readonly SettingType[] = [
  'mainstream',
  'resourced',
  'special',
  'alternative',
  'independent',
  'post-16',
];

/** Phases of education from birth to 25 (CFA s.83: children and young people up to 25). */
export type Phase = 'early-years' | 'primary' | 'secondary' | 'post-16';
export const PHASES: readonly Phase[] = ['early-years', 'primary', 'secondary', 'post-16'];

/**
 * The only grounds on which a setting requested by the family may be refused (CFA s.39(4)): (a) unsuitable
 * for the child's age, ability, aptitude or SEN; (b) incompatible with the efficient education of others;
 * (c) incompatible with the efficient use of resources.
 */
export type ObjectionGround =
  | 'unsuitable-for-age-ability-aptitude-sen'
  | 'incompatible-with-efficient-education-of-others'
  | 'incompatible-with-efficient-use-of-resources';
export const OBJECTION_GROUNDS: readonly ObjectionGround[] = [
  'unsuitable-for-age-ability-aptitude-sen',
  'incompatible-with-efficient-education-of-others',
  'incompatible-with-efficient-use-of-resources',
];

export type ConsultationAnswer = 'can-meet' | 'cannot-meet';
export const CONSULTATION_ANSWERS: readonly ConsultationAnswer[] = ['can-meet', 'cannot-meet'];
