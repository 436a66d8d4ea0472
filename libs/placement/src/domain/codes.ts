/** The placement context's vocabulary; the need codes and setting types are shared with ehcp (libs/statutory). */
export { NEED_CODES, SETTING_TYPES, type NeedCode, type SettingType } from '@send/statutory';

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
