import { ConfigError } from '@send/platform';
import { mediationPolicyFrom } from './mediation-policy.js';

describe('mediationPolicyFrom', () => {
  it('is current law unless the deployment says otherwise', () => {
    expect(mediationPolicyFrom({})).toBe('current-law');
    expect(mediationPolicyFrom({ MEDIATION_POLICY: '' })).toBe('current-law');
    expect(mediationPolicyFrom({ MEDIATION_POLICY: 'mandatory-mediation' })).toBe('mandatory-mediation');
  });

  it('refuses to start with a policy it does not know', () => {
    expect(() => mediationPolicyFrom({ MEDIATION_POLICY: 'optional' })).toThrow(ConfigError);
  });
});
