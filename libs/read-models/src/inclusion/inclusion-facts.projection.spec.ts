import { storedEvent } from '@send/testing';
import { INCLUSION_FACT_READERS, evolveInclusionFact, inclusionFactKeyOf } from './inclusion-facts.projection.js';

const sections = {
  B: { primaryNeed: 'ASD', secondaryNeeds: ['SLCN'], description: 'd' },
  E: [
    { outcomeId: 'o1', text: 't' },
    { outcomeId: 'o2', text: 'u' },
  ],
  I: { type: 'special', settingId: 'urn-1', name: 'Oakwood School' },
  A: { text: 'private views' },
};

/** One event of each type read, with the business date and the fields the row must keep. */
const CASES: [string, unknown, string, Record<string, unknown>][] = [
  [
    'AssessmentRequested',
    {
      caseId: 'c1',
      la: '202',
      child: { givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2016-03-01' },
      requestedBy: 'parent',
      receivedOn: '2024-02-29',
    },
    '2024-02-29',
    { child: { givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2016-03-01' }, requestedBy: 'parent' },
  ],
  ['AssessmentDecided', { decision: 'assess', decidedOn: '2024-04-01', reason: 'r' }, '2024-04-01', { decision: 'assess' }],
  [
    'TimescaleExceptionRecorded',
    {
      exceptionId: 'x',
      ground: 'reg-10-4-a',
      from: '2024-04-02',
      evidence: 'e',
      familyNotified: true,
      recordedOn: '2024-04-03',
      deadlineIds: [],
    },
    '2024-04-03',
    { ground: 'reg-10-4-a' },
  ],
  ['PlanIssueDecided', { outcome: 'no-plan', decidedOn: '2024-05-01', reason: 'r' }, '2024-05-01', { outcome: 'no-plan' }],
  ['AssessmentOrderedByTribunal', { orderId: 'o', madeOn: '2024-06-01' }, '2024-06-01', { orderId: 'o' }],
  [
    'DraftPlanIssued',
    { version: 1, issuedOn: '2024-06-03', sections },
    '2024-06-03',
    { version: 1, primaryNeed: 'ASD', secondaryNeeds: ['SLCN'], setting: { type: 'special', settingId: 'urn-1' }, outcomes: 2 },
  ],
  [
    'FinalPlanIssued',
    { version: 2, issuedOn: '2024-06-18', sections },
    '2024-06-18',
    { version: 2, primaryNeed: 'ASD', outcomes: 2 },
  ],
  [
    'AmendedPlanIssued',
    { version: 3, issuedOn: '2025-06-20', sections, noticeId: 'n1' },
    '2025-06-20',
    { version: 3, noticeId: 'n1' },
  ],
  [
    'SettingNamed',
    { setting: { type: 'mainstream', settingId: 'urn-2', name: 'Oak' }, namedOn: '2024-07-01', sourceEventId: 's' },
    '2024-07-01',
    { type: 'mainstream', settingId: 'urn-2' },
  ],
  ['ReviewStarted', { reviewId: 'r1', meetingOn: '2025-05-01', findings: [] }, '2025-05-01', { reviewId: 'r1' }],
  [
    'ReviewDecided',
    {
      reviewId: 'r1',
      decision: 'amend',
      decidedOn: '2025-05-20',
      meetingOn: '2025-05-01',
      stepDownConsidered: false,
      stepDownRationale: 's',
      rationale: 'r',
      outcomesProgress: [
        { outcomeId: 'o1', progress: 'achieved' },
        { outcomeId: 'o2', progress: 'not-started' },
      ],
    },
    '2025-05-20',
    { reviewId: 'r1', decision: 'amend', progress: ['achieved', 'not-started'] },
  ],
  [
    'AmendmentNoticeSent',
    { noticeId: 'n1', sentOn: '2025-05-20', proposedAmendments: 'p', reason: 'r' },
    '2025-05-20',
    { noticeId: 'n1' },
  ],
  [
    'PhaseTransferStarted',
    {
      transferId: 't',
      transfer: 'primary-to-secondary',
      transferOn: '2026-09-01',
      dueOn: '2026-02-15',
      proposed: false,
      recordedOn: '2025-09-01',
    },
    '2025-09-01',
    { transferId: 't', dueOn: '2026-02-15' },
  ],
  [
    'CeaseDecided',
    { decidedOn: '2026-06-10', reason: '3', consultedOn: '2026-05-20', appealWindowEndsOn: '2026-08-10' },
    '2026-06-10',
    { reason: '3' },
  ],
  ['PlanCeased', { ceasedOn: '2026-09-02', reason: '3', why: 'appeal-window-closed' }, '2026-09-02', { reason: '3' }],
  [
    'PlanTransferAccepted',
    { transferId: 't', fromLa: '202', toLa: '203', acceptedOn: '2025-10-01' },
    '2025-10-01',
    { fromLa: '202', toLa: '203' },
  ],
  [
    'AppealRightsOpened',
    { rightsId: 'a', decision: 'refuse-assessment', decisionLetterOn: '2024-04-01', windowEndsOn: '2024-06-01', deadlineId: 'd' },
    '2024-04-01',
    { decision: 'refuse-assessment' },
  ],
  [
    'DisagreementRaised',
    { disputeId: 'd1', about: [], decisionLetterOn: '2024-04-01', raisedOn: '2024-04-10' },
    '2024-04-10',
    { disputeId: 'd1' },
  ],
  ['MediationRequested', { disputeId: 'd1', on: '2024-04-11' }, '2024-04-11', { disputeId: 'd1' }],
  ['MediationHeld', { disputeId: 'd1', on: '2024-05-01', notes: 'private' }, '2024-05-01', { disputeId: 'd1' }],
  ['CertificateIssued', { disputeId: 'd1', issuedOn: '2024-05-02' }, '2024-05-02', { disputeId: 'd1' }],
  [
    'AppealRegistered',
    {
      disputeId: 'd1',
      registeredOn: '2024-05-10',
      windowEndsOn: '2024-06-01',
      inTime: true,
      extensionGranted: false,
      policy: 'current-law',
    },
    '2024-05-10',
    { disputeId: 'd1' },
  ],
  [
    'TribunalOrderMade',
    { disputeId: 'd1', orderId: 'o1', order: 'assess', madeOn: '2024-07-01', steps: [] },
    '2024-07-01',
    { orderId: 'o1' },
  ],
  [
    'OrderComplied',
    { orderId: 'o1', disputeId: 'd1', step: 'assess', compliedOn: '2024-07-10', sourceEventId: 's' },
    '2024-07-10',
    { orderId: 'o1', step: 'assess' },
  ],
  [
    'PlanPriced',
    {
      planVersion: 2,
      issuedOn: '2024-06-18',
      band: { id: 'b3', name: 'Band 3' },
      annualPence: 900000,
      lines: [],
      setting: { type: 'special' },
    },
    '2024-06-18',
    { planVersion: 2, bandId: 'b3', bandName: 'Band 3', annualPence: 900000, settingType: 'special' },
  ],
  [
    'TopUpCommitted',
    { planVersion: 2, financialYear: '2024-25', pence: 300000, placeFundingPence: 1000000 },
    '2024-06-18',
    { financialYear: '2024-25', pence: 300000 },
  ],
  ['FundingEnded', { ceasedOn: '2026-09-02', planVersion: 2, sourceEventId: 's' }, '2026-09-02', { planVersion: 2 }],
  [
    'HighNeedsBudgetSet',
    { financialYear: '2026-27', budgetPence: 5000000, setOn: '2026-03-01' },
    '2026-03-01',
    { budgetPence: 5000000 },
  ],
];

describe('inclusion facts projection', () => {
  it('reads every type it declares, and only those', () => {
    expect(CASES.map(([type]) => type).sort()).toEqual(Object.keys(INCLUSION_FACT_READERS).sort());
    expect(inclusionFactKeyOf(storedEvent('AdviceRequested', {}))).toBeUndefined();
  });

  it.each(CASES)('keeps %s with its business date and the fields the figures read', (type, data, on, kept) => {
    const e = storedEvent(type, data, { occurredAt: '2024-06-18T09:00:00.000Z' });
    expect(inclusionFactKeyOf(e)).toBe(e.id);
    const row = evolveInclusionFact(null, e)!;
    expect(row).toMatchObject({
      eventId: e.id,
      la: '202',
      type,
      on,
      position: e.position.toString(),
      lastPosition: e.position.toString(),
    });
    expect(row.caseId).toBe(type === 'HighNeedsBudgetSet' ? '' : 'c1');
    expect(JSON.parse(row.data)).toMatchObject(kept);
  });

  it.each(CASES)('applies %s twice as once', (type, data) => {
    const e = storedEvent(type, data);
    const once = evolveInclusionFact(null, e);
    expect(evolveInclusionFact(once, e)).toEqual(once);
    expect(evolveInclusionFact(once, { ...e, data: { changed: true } })).toBe(once);
  });

  it('keeps no plan text, evidence or free-text reasons', () => {
    for (const [type, data] of CASES) {
      const row = evolveInclusionFact(null, storedEvent(type, data))!;
      expect(row.data).not.toMatch(/private|Oakwood School|"reason":"r"|evidence/);
    }
  });
});
