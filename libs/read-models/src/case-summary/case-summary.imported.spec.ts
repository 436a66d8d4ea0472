import { storedEvent } from '@send/testing';
import { evolveCaseSummary } from './case-summary.projection.js';

/** A plan received from LA 202 (docs/plan-format.md "Import") opens LA 203's summary with no request of its own. */
const I = { type: 'special', name: 'Riverside School' };
const imported = storedEvent(
  'PlanImported',
  {
    caseId: 'c9',
    la: '203',
    child: { givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2016-03-01' },
    requestedOn: '2024-11-01',
    decidedOn: '2024-12-02',
    versions: [
      { version: 1, status: 'draft', issuedOn: '2025-01-27', issuedBy: '202', sections: { B: { primaryNeed: 'SLCN' } } },
      { version: 2, status: 'final', issuedOn: '2025-02-11', issuedBy: '202', sections: { B: { primaryNeed: 'ASD' }, I } },
    ],
    provenance: { fromLa: '202', importedBy: '203', importedOn: '2026-11-28' },
  },
  { streamId: 'ehcp-c9', revision: 0, caseId: 'c9', la: '203' },
);

describe('case summary of an imported plan', () => {
  it('opens the row with the child as the plan carries them and the latest version in force', () => {
    expect(evolveCaseSummary(null, imported)).toMatchObject({
      caseId: 'c9',
      la: '203',
      stage: 'plan-final',
      givenName: 'Amara',
      familyName: 'Okafor',
      dateOfBirth: '2016-03-01',
      requestedOn: '2024-11-01',
      planVersion: 2,
      planStatus: 'final',
      planSetting: JSON.stringify(I),
      primaryNeed: 'ASD',
      ehcpRevision: 0,
    });
  });

  it('changes nothing when the same event is applied twice', () => {
    const once = evolveCaseSummary(null, imported);
    expect(evolveCaseSummary(once, imported)).toEqual(once);
  });
});
