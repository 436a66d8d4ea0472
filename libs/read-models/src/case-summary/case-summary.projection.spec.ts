import { StoredEvent } from '@send/kernel';
import { storedEvent } from '@send/testing';
import { CaseSummaryRow, evolveCaseSummary } from './case-summary.projection.js';

const event = (streamId: string, revision: number, type: string, data: unknown) =>
  storedEvent(type, data, { streamId, revision });
const fold = (events: StoredEvent[]) => events.reduce<CaseSummaryRow | null>((row, e) => evolveCaseSummary(row, e), null);

const requested = event('assessment-c1', 0, 'AssessmentRequested', {
  caseId: 'c1',
  la: '202',
  child: { givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2016-03-01' },
  requestedBy: 'parent',
  receivedOn: '2024-02-29',
});
const assess = event('assessment-c1', 4, 'AssessmentDecided', { decision: 'assess', decidedOn: '2024-04-01', reason: 'r' });
const refuse = event('assessment-c1', 4, 'AssessmentDecided', { decision: 'refuse', decidedOn: '2024-04-01', reason: 'r' });
const issuePlan = event('assessment-c1', 6, 'PlanIssueDecided', { outcome: 'issue-plan', decidedOn: '2024-05-01', reason: 'r' });
const noPlan = event('assessment-c1', 6, 'PlanIssueDecided', { outcome: 'no-plan', decidedOn: '2024-05-01', reason: 'r' });
const I = { type: 'mainstream', name: 'Oak Primary' };
const draft = event('ehcp-c1', 1, 'DraftPlanIssued', { version: 1, issuedOn: '2024-06-03', sections: {} });
const final = event('ehcp-c1', 3, 'FinalPlanIssued', { version: 2, issuedOn: '2024-06-18', sections: { I } });

const review = event('ehcp-c1', 5, 'ReviewStarted', { reviewId: 'r1', meetingOn: '2025-05-01', findings: [] });
const amend = event('ehcp-c1', 8, 'ReviewDecided', { reviewId: 'r1', decision: 'amend', decidedOn: '2025-05-20' });
const maintain = event('ehcp-c1', 8, 'ReviewDecided', { reviewId: 'r1', decision: 'maintain', decidedOn: '2025-05-20' });
const notice = event('ehcp-c1', 9, 'AmendmentNoticeSent', { noticeId: 'r1', sentOn: '2025-05-20' });
const special = { type: 'special', name: 'Oakwood School' };
const amended = event('ehcp-c1', 12, 'AmendedPlanIssued', { version: 3, issuedOn: '2025-06-20', sections: { I: special } });

describe('case summary projection', () => {
  it.each([
    [[review], 'plan-review'],
    [[review, maintain], 'plan-final'],
    [[review, amend, notice], 'plan-amendment'],
    [[review, amend, notice, amended], 'plan-final'],
  ])('follows a review and an amendment of the final plan (%#)', (events, stage) => {
    expect(fold([requested, assess, issuePlan, draft, final, ...events])?.stage).toBe(stage);
  });

  it('shows the amended plan as the current version, final, with its setting', () => {
    expect(fold([requested, assess, issuePlan, draft, final, review, amend, notice, amended])).toMatchObject({
      planVersion: 3,
      planStatus: 'final',
      planSetting: JSON.stringify(special),
      ehcpRevision: 12,
    });
  });

  it('opens the row from the request with the child and the request date', () => {
    expect(fold([requested])).toMatchObject({
      caseId: 'c1',
      la: '202',
      stage: 'requested',
      givenName: 'Amara',
      familyName: 'Okafor',
      dateOfBirth: '2016-03-01',
      requestedBy: 'parent',
      requestedOn: '2024-02-29',
      assessmentRevision: 0,
      ehcpRevision: -1,
      planVersion: null,
    });
  });

  it.each([
    [[assess], 'assessing'],
    [[refuse], 'assessment-refused'],
    [[assess, issuePlan], 'plan-to-issue'],
    [[assess, noPlan], 'no-plan'],
    [[assess, issuePlan, draft], 'draft-issued'],
    [[assess, issuePlan, draft, final], 'plan-final'],
  ])('moves the stage with each decision (%#)', (events, stage) => {
    expect(fold([requested, ...events])?.stage).toBe(stage);
  });

  it('shows a plan with a cease decision as ceasing, then ceased, and never moves back after a late draft event', () => {
    const decided = event('ehcp-c1', 4, 'CeaseDecided', { decidedOn: '2026-06-10', reason: '3', consultedOn: '2026-05-20' });
    const ceased = event('ehcp-c1', 5, 'PlanCeased', { ceasedOn: '2026-09-02', reason: '3', why: 'appeal-window-closed' });
    const base = [requested, assess, issuePlan, draft, final];
    expect(fold([...base, decided])).toMatchObject({ stage: 'ceasing', planStatus: 'ceasing', planVersion: 2 });
    expect(fold([...base, decided, ceased])).toMatchObject({ stage: 'ceased', planStatus: 'ceased' });
    expect(fold([requested, decided, ceased, assess, issuePlan])?.stage).toBe('ceased');
  });

  it('shows the latest issued plan version with its setting', () => {
    expect(fold([requested, assess, issuePlan, draft, final])).toMatchObject({
      planVersion: 2,
      planStatus: 'final',
      planSetting: JSON.stringify(I),
      assessmentRevision: 6,
      ehcpRevision: 3,
    });
  });

  it('gives the same row when the two contexts arrive in the other order', () => {
    const inOrder = fold([requested, assess, issuePlan, draft, final]);
    const crossed = fold([final, draft, issuePlan, requested, assess]);
    expect({ ...crossed, lastPosition: '' }).toEqual({ ...inOrder, lastPosition: '' });
  });

  it('changes nothing when an event is applied twice', () => {
    const once = fold([requested, assess, issuePlan, draft]);
    const twice = fold([requested, assess, assess, issuePlan, draft, draft]);
    expect({ ...twice, lastPosition: '' }).toEqual({ ...once, lastPosition: '' });
  });

  it('ignores events of streams that are not a context of the case', () => {
    expect(evolveCaseSummary(null, event('deadlines-c1', 0, 'DeadlineBreached', {}))).toBeNull();
  });

  it('makes no case of a context stream that is not a case’s (the national standards catalogue)', () => {
    const loaded = storedEvent(
      'StandardLoaded',
      { id: 'oap-slcn-primary', version: 1 },
      { streamId: 'standards-catalogue', revision: 0 },
    );
    expect(evolveCaseSummary(null, loaded)).toBeNull();
  });

  it('names the LA a pending transfer goes to, then moves the case to it and remembers the old LA', () => {
    const toLa = { transferId: 't1', fromLa: '202', toLa: '203' };
    const requestedTransfer = event('ehcp-c1', 4, 'PlanTransferRequested', {
      ...toLa,
      movedOn: '2025-12-22',
      learnedOn: '2025-12-19',
    });
    const accepted = storedEvent(
      'PlanTransferAccepted',
      { ...toLa, acceptedOn: '2026-01-12' },
      { streamId: 'ehcp-c1', revision: 6, la: '203' },
    );
    const base = [requested, assess, issuePlan, draft, final];
    expect(fold([...base, requestedTransfer])).toMatchObject({ la: '202', transferTo: '203', formerLas: null });
    expect(fold([...base, requestedTransfer, accepted])).toMatchObject({ la: '203', transferTo: null, formerLas: '["202"]' });
    const back = storedEvent(
      'PlanTransferAccepted',
      { transferId: 't2', fromLa: '203', toLa: '202', acceptedOn: '2026-05-01' },
      { streamId: 'ehcp-c1', revision: 9, la: '202' },
    );
    expect(fold([...base, requestedTransfer, accepted, back])).toMatchObject({ la: '202', formerLas: '["203"]' });
  });

  it('forgets the LA a transfer was going to when the old LA withdraws it: the case stays the old LA’s', () => {
    const toLa = { transferId: 't1', fromLa: '202', toLa: '203' };
    const requestedTransfer = event('ehcp-c1', 4, 'PlanTransferRequested', {
      ...toLa,
      movedOn: '2025-12-22',
      learnedOn: '2025-12-19',
    });
    const withdrawn = event('ehcp-c1', 6, 'PlanTransferWithdrawn', { ...toLa, withdrawnOn: '2026-01-05', reason: 'Not moving' });
    const base = [requested, assess, issuePlan, draft, final];
    expect(fold([...base, requestedTransfer, withdrawn])).toMatchObject({ la: '202', transferTo: null, formerLas: null });
    expect(fold([...base, requestedTransfer, withdrawn, withdrawn])).toMatchObject({ la: '202', transferTo: null });
  });
});
