import { contextOf } from './service-proxy.js';

const id = '6f1c2b3a-0000-4000-8000-000000000001';

describe('which service takes a route (distributed gateway)', () => {
  it.each([
    ['POST', '/api/v1/cases', 'assessment'],
    ['POST', `/api/v1/cases/${id}/assessment/decision`, 'assessment'],
    ['POST', `/api/v1/cases/${id}/erasure`, 'assessment'],
    ['POST', '/api/v1/admin/retention/sweep', 'assessment'],
    ['POST', `/api/v1/cases/${id}/plan/draft`, 'ehcp'],
    ['GET', `/api/v1/cases/${id}/plan/versions/2`, 'ehcp'],
    ['POST', `/api/v1/cases/${id}/transfer`, 'ehcp'],
    ['POST', `/api/v1/cases/${id}/transfer/accept`, 'ehcp'],
    ['POST', `/api/v1/cases/${id}/transfer/notice`, 'ehcp'],
    ['POST', `/api/v1/cases/${id}/transfer/withdraw`, 'ehcp'],
    ['POST', `/api/v1/cases/${id}/placement/allocate`, 'placement'],
    ['GET', `/api/v1/cases/${id}/placement`, 'placement'],
    ['GET', `/api/v1/cases/${id}/placement?x=1`, 'placement'],
    ['GET', '/api/v1/settings?la=202', 'placement'],
    ['PUT', '/api/v1/inclusion-plans/202', 'placement'],
    ['POST', `/api/v1/cases/${id}/disputes/d1/appeal`, 'mediation'],
    ['GET', `/api/v1/cases/${id}/funding`, 'funding'],
    ['GET', '/api/v1/funding/bands', 'funding'],
    ['POST', '/api/v1/family/plan/representations', 'ehcp'],
    ['POST', '/api/v1/family/placement/preferences', 'placement'],
  ])('%s %s → %s', (method, url, context) => expect(contextOf(method, url)).toBe(context));

  it.each([
    ['GET', '/api/v1/cases'],
    ['GET', `/api/v1/cases/${id}`],
    ['GET', `/api/v1/cases/${id}/deadlines?asOf=2025-01-01`],
    ['GET', `/api/v1/cases/${id}/history`],
    ['POST', '/api/v1/auth/token'],
    ['GET', `/api/v1/cases/${id}/planning`],
    ['POST', `/api/v1/cases/${id}/transfers`],
    ['GET', '/api/v1/family/case'],
    ['POST', '/api/v1/family/invitations/redeem'],
    ['POST', `/api/v1/cases/${id}/family-invitations`],
  ])('the gateway answers %s %s itself', (method, url) => expect(contextOf(method, url)).toBeUndefined());
});
