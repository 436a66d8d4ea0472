import { ConfigError } from '@send/platform';
import { MEDIATION_POLICIES, type MediationPolicy } from './domain/index.js';

export const MEDIATION_POLICY = Symbol('MEDIATION_POLICY');

/**
 * MEDIATION_POLICY, read once from the environment at the edge and handed to the domain in each
 * appeal command (docs/domain.md "Mediation before appeal"): current-law (default) or mandatory-mediation.
 */
export function mediationPolicyFrom(env: NodeJS.ProcessEnv): MediationPolicy {
  const value = env.MEDIATION_POLICY?.trim() || 'current-law';
  if (!(MEDIATION_POLICIES as readonly string[]).includes(value)) {
    throw new ConfigError(`MEDIATION_POLICY=${value} is not known: use ${MEDIATION_POLICIES.join(' or ')}.`);
  }
  return value as MediationPolicy;
}
