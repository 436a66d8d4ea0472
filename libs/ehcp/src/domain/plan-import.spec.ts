import { fold, given } from '@send/testing';
import { ehcpDecider } from './ehcp.decider.js';
import { EhcpErrors as E } from './ehcp.errors.js';
import { cmd, hillside, sections, started } from './lifecycle.fixtures.js';
import type { ImportedPlan, PlanImported } from './plan-import.js';
import type { EhcpState } from './ehcp.state.js';

/** A plan of LA 202, drafted 10 Jan 2025 and made final 31 Jan 2025, received by LA 203 on 28 Nov 2026. */
const received: ImportedPlan = {
  caseId: 'case-203',
  la: '203',
  child: { givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2016-03-01' },
  requestedOn: '2024-09-02',
  decidedOn: '2024-12-02',
  versions: [
    { version: 1, status: 'draft', issuedOn: '2025-01-10', issuedBy: '202', sections },
    { version: 2, status: 'final', issuedOn: '2025-01-31', issuedBy: '202', sections: { ...sections, I: hillside } },
  ],
  provenance: {
    fromLa: '202',
    exportedAt: '2026-11-27T15:00:00.000Z',
    sha256: 'a'.repeat(64),
    format: 'https://send-casework.example/plan-format/ehc-plan.v1.schema.json',
    importedBy: '203',
    importedOn: '2026-11-28',
    earlier: [],
  },
};
const imported: PlanImported = { type: 'PlanImported', data: received };
const importing = (data: ImportedPlan = received) => cmd('ImportPlan', data);

describe('none', () => {
  it('records the plan received as the case’s starting version', () => {
    given(ehcpDecider).when(importing()).then([imported]);
  });

  it('folds it into a final plan of the receiving LA, every version kept and the latest in force', () => {
    const state = fold(ehcpDecider, [imported]) as Extract<EhcpState, { status: 'final' }>;
    expect(state).toMatchObject({ status: 'final', caseId: 'case-203', la: '203', dateOfBirth: '2016-03-01' });
    expect(state.versions.map((v) => [v.version, v.status, v.issuedOn])).toEqual([
      [1, 'draft', '2025-01-10'],
      [2, 'final', '2025-01-31'],
    ]);
    expect(state.final.sections.I).toEqual(hillside);
    expect(state.imported).toEqual(received.provenance);
  });

  it('refuses a plan exported by the importing LA itself', () => {
    const own = { ...received, provenance: { ...received.provenance, fromLa: '203' } };
    given(ehcpDecider).when(importing(own)).thenThrows(E.IMPORT_FROM_SAME_LA);
  });

  it('refuses a plan whose latest version is a draft: only a maintained plan moves (Reg 15)', () => {
    const draftOnly = { ...received, versions: [received.versions[0]!] };
    given(ehcpDecider).when(importing(draftOnly)).thenThrows(E.IMPORT_NEEDS_FINAL_PLAN);
  });

  it('refuses versions numbered out of order, naming the version', () => {
    const swapped = { ...received, versions: [received.versions[1]!, received.versions[0]!] };
    const error = given(ehcpDecider).when(importing(swapped)).thenThrows(E.IMPORT_VERSIONS_OUT_OF_ORDER);
    expect(error.details).toMatchObject({ field: 'plan.versions[0].version' });
  });

  it('refuses a version issued after today', () => {
    const future = {
      ...received,
      versions: [received.versions[0]!, { ...received.versions[1]!, issuedOn: '2026-11-30' }],
    };
    given(ehcpDecider).when(importing(future)).thenThrows('DATE.IN_THE_FUTURE');
  });
});

describe('none, with a plan sent for a Reg 15 transfer', () => {
  const transferId = 't-1';
  const sent = { ...received, provenance: { ...received.provenance, transferId } };

  it('takes the plan over on the day of the import and starts the receiving LA’s two clocks', () => {
    // Reg 15(4): 6 weeks from Sat 28 Nov 2026 → Sat 9 Jan 2027. Reg 15(5): the later of 12 months beginning with the making
    // (31 Jan 2025 → 30 Jan 2026) and 3 months beginning with the transfer (→ 27 Feb 2027).
    given(ehcpDecider)
      .when(importing(sent))
      .then([
        { type: 'PlanImported', data: sent },
        started('transfer-notice:t-1', 'transfer-notice', '2026-11-28', '2027-01-09'),
        started('transfer-review:t-1', 'transfer-review', '2026-11-28', '2027-02-27'),
      ]);
  });

  it('counts the review from the plan’s last review when it carries one (Reg 15(5)(a))', () => {
    // Reviewed 15 Oct 2026: 12 months beginning with it end on 14 Oct 2027, later than 27 Feb 2027.
    const reviewed = { ...sent, lastReviewedOn: '2026-10-15' };
    given(ehcpDecider)
      .when(importing(reviewed))
      .then([
        { type: 'PlanImported', data: reviewed },
        started('transfer-notice:t-1', 'transfer-notice', '2026-11-28', '2027-01-09'),
        started('transfer-review:t-1', 'transfer-review', '2026-11-28', '2027-10-14'),
      ]);
  });

  it('folds the transfer as accepted by the receiving LA on the day of the import', () => {
    const state = fold(ehcpDecider, [{ type: 'PlanImported', data: { ...sent, lastReviewedOn: '2026-10-15' } }]);
    expect(state).toMatchObject({
      transfer: {
        accepted: [{ transferId, fromLa: '202', toLa: '203', acceptedOn: '2026-11-28' }],
        lastReviewedOn: '2026-10-15',
      },
    });
  });
});

describe('final', () => {
  it('records nothing when the same plan is imported again', () => {
    given(ehcpDecider, imported).when(importing()).then([]);
  });

  it('refuses another plan on a case that already has one', () => {
    const other = { ...received, provenance: { ...received.provenance, sha256: 'b'.repeat(64) } };
    given(ehcpDecider, imported).when(importing(other)).thenThrows(E.IMPORT_CASE_EXISTS);
  });
});
