/**
 * What an appeal to the tribunal needs before it is registered, chosen per deployment (docs/domain.md
 * "Mediation before appeal"): 'current-law' needs a mediation certificate (CFA 2014 s.55); 'mandatory-mediation'
 * (the 2022 green paper's proposal) needs mediation held. Defined once, for the configuration that chooses it and
 * the mediation context that applies it.
 */
export type MediationPolicy = 'current-law' | 'mandatory-mediation';
export const MEDIATION_POLICIES: readonly MediationPolicy[] = ['current-law', 'mandatory-mediation'];
