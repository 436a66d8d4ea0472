import { storedEvent } from '@send/testing';
import { ehcpTimeline } from './timeline.js';

describe('the plan part of the evidential timeline', () => {
  it('tells drafts as notices and final plans as plans, by version', () => {
    const sections = { I: { type: 'mainstream', name: 'Oak Primary' } };
    const told = ehcpTimeline.entriesOf([
      storedEvent('PlanOpened', { caseId: 'c1', la: '202', requestedOn: '2026-01-05', decidedOn: '2026-02-10' }),
      storedEvent('DraftPlanIssued', { version: 1, issuedOn: '2026-03-01', sections }),
      storedEvent('RepresentationsReceived', { draftVersion: 1, receivedOn: '2026-03-10', nothingFurther: true }),
      storedEvent('SettingNamed', { setting: sections.I, namedOn: '2026-03-12', sourceEventId: 'p1' }),
      storedEvent('FinalPlanIssued', { version: 2, issuedOn: '2026-04-01', sections }),
      storedEvent('FinalPlanIssued', { version: 3, issuedOn: '2026-09-01', sections }),
    ]);
    expect(told.map((e) => [e.kind, e.title])).toEqual([
      ['notice', 'Draft EHC plan issued (version 1)'],
      ['evidence', 'Representations received on the draft plan (version 1)'],
      ['plan', 'Setting named in section I: Oak Primary'],
      ['plan', 'Final EHC plan issued (version 2)'],
      ['plan', 'Amended final EHC plan issued (version 3)'],
    ]);
    expect(told[3]).toMatchObject({ at: '2026-04-01', source: 'SEND Regulations 2014 reg 13(2)' });
  });
});

describe('a transfer between LAs in the timeline', () => {
  it('tells the old LA’s transfer and the new LA’s acceptance, naming LAs and dates only', () => {
    const told = ehcpTimeline.entriesOf([
      storedEvent(
        'PlanTransferRequested',
        { transferId: 't1', fromLa: '202', toLa: '203', movedOn: '2025-12-22', learnedOn: '2025-12-19' },
        { occurredAt: '2026-01-05T10:00:00.000Z' },
      ),
      storedEvent(
        'PlanTransferAccepted',
        { transferId: 't1', fromLa: '202', toLa: '203', acceptedOn: '2026-01-12' },
        { la: '203' },
      ),
    ]);
    expect(told.map((e) => [e.at, e.kind, e.title, e.source])).toEqual([
      ['2025-12-19', 'plan', 'EHC plan transferred to LA 203', 'SEND Regulations 2014 reg 15(2)'],
      ['2026-01-12', 'plan', 'Transfer accepted by LA 203', 'SEND Regulations 2014 reg 15(3)'],
    ]);
    expect(told[0].details).toEqual(['From LA 202', 'Moved on 2025-12-22; LA 202 learned of the move on 2025-12-19']);
    expect(told[1].details).toEqual(['LA 203 maintains the plan from 2026-01-12, in place of LA 202']);
  });
});

describe('the new LA’s notice and a withdrawn transfer in the timeline', () => {
  it('tells the Reg 15(4) notice and the withdrawal in plain English, naming LAs and dates only', () => {
    const told = ehcpTimeline.entriesOf([
      storedEvent('TransferNoticeSent', { transferId: 't1', la: '203', sentOn: '2026-02-20' }, { la: '203' }),
      storedEvent('PlanTransferWithdrawn', {
        transferId: 't2',
        fromLa: '203',
        toLa: '204',
        withdrawnOn: '2026-05-04',
        reason: 'The family decided not to move',
      }),
    ]);
    expect(told.map((e) => [e.at, e.kind, e.title, e.source])).toEqual([
      ['2026-02-20', 'notice', 'LA 203 told the family the plan has been transferred', 'SEND Regulations 2014 reg 15(4)'],
      ['2026-05-04', 'plan', 'Transfer to LA 204 withdrawn', 'SEND Regulations 2014 reg 15(1)'],
    ]);
    expect(told[1]).toMatchObject({ reason: 'The family decided not to move', details: ['LA 203 goes on maintaining the plan'] });
  });
});

describe('the plan after it is final, in plain English', () => {
  it('tells reviews, decisions, notices, amended plans and phase transfers', () => {
    const sections = { I: { type: 'mainstream', name: 'Oakwood Academy' } };
    const told = ehcpTimeline.entriesOf([
      storedEvent('ReviewStarted', {
        reviewId: 'r1',
        meetingOn: '2025-08-22',
        invitationsSentOn: '2025-08-11',
        findings: ['Invitations were sent on 2025-08-11, less than 2 weeks before the meeting'],
      }),
      storedEvent('ReviewReportSent', { reviewId: 'r1', sentOn: '2025-09-05' }),
      storedEvent('ReviewDecided', {
        reviewId: 'r1',
        decision: 'amend',
        decidedOn: '2025-09-12',
        meetingOn: '2025-08-22',
        stepDownConsidered: true,
        stepDownRationale: 'Targeted support would not meet the need',
        rationale: 'Needs remain',
        proposedAmendments: 'Section F: 2 hours weekly',
        outcomesProgress: [{ outcomeId: 'o-1', progress: 'achieved' }],
      }),
      storedEvent('AmendmentNoticeSent', {
        noticeId: 'r1',
        sentOn: '2025-09-12',
        proposedAmendments: 'Section F: 2 hours weekly',
        reason: 'Needs remain',
        reviewId: 'r1',
      }),
      storedEvent('RepresentationsReceived', { draftVersion: 2, noticeId: 'r1', receivedOn: '2025-09-20', nothingFurther: true }),
      storedEvent('AmendedPlanIssued', { version: 3, issuedOn: '2025-09-29', sections, noticeId: 'r1' }),
      storedEvent('ReviewDecided', {
        reviewId: 'r2',
        decision: 'maintain',
        decidedOn: '2026-06-12',
        meetingOn: '2026-06-01',
        stepDownConsidered: false,
        stepDownRationale: 'Not appropriate yet',
        rationale: 'Plan still right',
        outcomesProgress: [],
      }),
      storedEvent('AmendmentNoticeSent', {
        noticeId: 'n2',
        sentOn: '2026-07-01',
        proposedAmendments: 'Section I',
        reason: 'Move',
      }),
      storedEvent('DecidedNotToAmend', { noticeId: 'n2', decidedOn: '2026-07-20', reason: 'Family withdrew the request' }),
      storedEvent('PhaseTransferStarted', {
        transferId: 't1',
        transfer: 'primary-to-secondary',
        transferOn: '2027-09-01',
        dueOn: '2027-02-14',
        proposed: false,
        recordedOn: '2026-10-01',
      }),
    ]);
    expect(told.map((e) => [e.at, e.kind, e.title])).toEqual([
      ['2025-08-22', 'evidence', 'Annual review meeting held'],
      ['2025-09-05', 'evidence', 'Report of the review meeting sent'],
      ['2025-09-12', 'decision', 'Review decision: amend the plan'],
      ['2025-09-12', 'notice', 'Notice of proposed amendments sent'],
      ['2025-09-20', 'evidence', 'Representations received on the proposed amendments'],
      ['2025-09-29', 'plan', 'Amended EHC plan issued (version 3)'],
      ['2026-06-12', 'decision', 'Review decision: keep the plan as it is'],
      ['2026-07-01', 'notice', 'Notice of proposed amendments sent'],
      ['2026-07-20', 'decision', 'Decided not to amend the plan'],
      ['2026-10-01', 'plan', 'Phase transfer from primary to secondary school on 2027-09-01: plan to be amended by 2027-02-14'],
    ]);
    expect(told[0]?.details).toEqual(['Invitations were sent on 2025-08-11, less than 2 weeks before the meeting']);
    expect(told[2]).toMatchObject({
      reason: 'Needs remain',
      source: 'SEND Regulations 2014 reg 20(10)',
      details: [
        'Step down to targeted support considered: Targeted support would not meet the need',
        'Proposed amendments: Section F: 2 hours weekly',
        'Outcome o-1: achieved',
      ],
    });
    expect(told[4]).toMatchObject({ source: 'SEND Regulations 2014 reg 22(2)' });
    expect(told[5]).toMatchObject({ source: 'SEND Regulations 2014 reg 22(3)', details: ['Section I: Oakwood Academy'] });
  });
});

describe('ceasing and re-assessment in the timeline', () => {
  it('tells each step in plain English, with its source', () => {
    const told = ehcpTimeline.entriesOf([
      storedEvent('CeaseDecided', {
        decidedOn: '2026-06-10',
        reason: '3',
        consultedOn: '2026-05-20',
        appealWindowEndsOn: '2026-09-01',
      }),
      storedEvent('CeaseChallengeNoted', { step: 'disputed', disputeId: 'd1', on: '2026-06-15', sourceEventId: 'e1' }),
      storedEvent('CeaseChallengeNoted', { step: 'appeal-registered', disputeId: 'd1', on: '2026-07-01', sourceEventId: 'e2' }),
      storedEvent('PlanCeased', { ceasedOn: '2026-10-15', reason: '3', why: 'appeal-dismissed', sourceEventId: 'e3' }),
      storedEvent('ReassessmentRequested', { reassessmentId: 'r1', requestedOn: '2026-12-20', requestedBy: 'parent' }),
      storedEvent('ReassessmentDecided', {
        reassessmentId: 'r1',
        decision: 'reassess',
        decidedOn: '2027-01-04',
        reason: 'New EP advice',
      }),
      storedEvent('ReassessmentDecided', {
        reassessmentId: 'r2',
        decision: 'refuse',
        decidedOn: '2027-06-04',
        reason: 'No change',
      }),
    ]);
    expect(told.map((e) => [e.at, e.kind, e.title])).toEqual([
      ['2026-06-10', 'decision', 'Decision to cease the EHC plan (reason: special educational needs met without an EHC plan)'],
      ['2026-06-15', 'dispute', 'The family disputes the decision to cease the EHC plan: it stays maintained meanwhile'],
      ['2026-07-01', 'dispute', 'Appeal against the decision to cease registered: the plan stays maintained until it is decided'],
      ['2026-10-15', 'plan', 'EHC plan ceased'],
      ['2026-12-20', 'request', 'Request for a re-assessment, by the parent'],
      ['2027-01-04', 'decision', 'Decision to re-assess'],
      ['2027-06-04', 'decision', 'Decision not to re-assess'],
    ]);
    expect(told[0]).toMatchObject({ source: 'Children and Families Act 2014 s.45; SEND Regulations 2014 reg 31' });
    expect(told[3]).toMatchObject({
      source: 'SEND Regulations 2014 reg 44(2)(a)',
      details: ['The tribunal dismissed the appeal against ceasing'],
    });
    expect(told[5]).toMatchObject({ reason: 'New EP advice' });
  });
});
