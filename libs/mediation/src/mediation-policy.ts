/** The deployment's MediationPolicy (read and checked by loadConfig), injected into the appeal handler. */
export const MEDIATION_POLICY = Symbol('MEDIATION_POLICY');
