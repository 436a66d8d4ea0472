import { storedEvent } from '@send/testing';
import { type CaseSummaryRow, evolveCaseSummary } from './case-summary.projection.js';

const event = (streamId: string, revision: number, type: string, data: unknown) =>
  storedEvent(type, data, { streamId, revision });
const requested = event('assessment-c1', 0, 'AssessmentRequested', {
  caseId: 'c1',
  la: '202',
  child: { givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2016-03-01' },
  requestedBy: 'parent',
  receivedOn: '2024-02-29',
});
const final = event('ehcp-c1', 3, 'FinalPlanIssued', {
  version: 2,
  issuedOn: '2024-06-18',
  sections: { B: { primaryNeed: 'SLCN' }, I: { type: 'mainstream', name: 'Oak Primary' } },
});
const erased = event('assessment-c1', 9, 'PersonalDataErased', {
  ground: 'right-to-erasure',
  source: 'UK GDPR Art. 17(1)(a)',
  erasedOn: '2026-11-28',
  scope: 'key-destroyed',
});
const fold = (events = [requested, final, erased]) =>
  events.reduce<CaseSummaryRow | null>((row, e) => evolveCaseSummary(row, e), null);

describe('case summary after an erasure', () => {
  it("drops the child's identity and keeps what the case is: stage, plan, need, setting", () => {
    expect(fold()).toMatchObject({
      givenName: '[erased]',
      familyName: '[erased]',
      dateOfBirth: '',
      stage: 'plan-final',
      planVersion: 2,
      primaryNeed: 'SLCN',
      requestedOn: '2024-02-29',
    });
  });

  it('changes nothing when applied twice', () => {
    const once = fold();
    expect(evolveCaseSummary(once, erased)).toEqual({ ...once, lastPosition: erased.position.toString() });
  });
});
