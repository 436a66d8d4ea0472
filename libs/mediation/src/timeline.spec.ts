import { storedEvent } from '@send/testing';
import { mediationTimeline } from './timeline.js';

describe('the disputes part of the evidential timeline', () => {
  it('tells appeal rights, mediation, certificate, appeal and orders', () => {
    const step = (type: string, on: string) => storedEvent(type, { disputeId: 'd1', on });
    const told = mediationTimeline.entriesOf([
      storedEvent('AppealRightsOpened', {
        rightsId: 'r1',
        decision: 'refusal-to-assess',
        decisionLetterOn: '2026-02-10',
        windowEndsOn: '2026-04-10',
        deadlineId: 'appeal-window:r1',
      }),
      storedEvent('AppealRightsLinked', { rightsId: 'r1', sourceEventId: 'e' }),
      storedEvent('DisagreementRaised', {
        disputeId: 'd1',
        about: ['refusal-to-assess'],
        decisionLetterOn: '2026-02-10',
        raisedOn: '2026-02-12',
      }),
      step('MediationAdviserContacted', '2026-02-13'),
      step('MediationDeclined', '2026-02-14'),
      step('MediationRequested', '2026-02-15'),
      step('MediationHeld', '2026-02-16'),
      step('MediationAgreementReached', '2026-02-17'),
      storedEvent('CertificateIssued', { disputeId: 'd1', issuedOn: '2026-02-18' }),
      storedEvent('AppealRegistered', {
        disputeId: 'd1',
        registeredOn: '2026-03-01',
        windowEndsOn: '2026-04-10',
        inTime: true,
        extensionGranted: false,
        policy: 'current-law',
      }),
      storedEvent('TribunalOrderMade', {
        disputeId: 'd1',
        orderId: 'o1',
        order: 'assess',
        madeOn: '2026-06-01',
        steps: [{ step: 'notify-assessment', dueOn: '2026-06-15' }],
      }),
      storedEvent('OrderComplied', {
        orderId: 'o1',
        disputeId: 'd1',
        step: 'notify-assessment',
        compliedOn: '2026-06-10',
        sourceEventId: 'e',
      }),
      storedEvent('PanelRecommendationRecorded', { recommendationId: 'p', recommendation: 'assess', meetingOn: '2026-01-20' }),
    ]);
    expect(told.map((e) => [e.kind, e.title])).toEqual([
      ['notice', 'Right of appeal against the decision not to assess (until 2026-04-10)'],
      ['dispute', 'Disagreement raised by the family'],
      ['dispute', 'Mediation adviser contacted'],
      ['dispute', 'Mediation declined'],
      ['dispute', 'Mediation requested'],
      ['dispute', 'Mediation held'],
      ['dispute', 'Mediation agreement reached'],
      ['notice', 'Mediation certificate issued'],
      ['dispute', 'Appeal registered'],
      ['order', 'Tribunal order: the LA must assess'],
      ['order', 'Tribunal order complied with: notify assessment'],
      ['evidence', 'Multi-agency panel recommended assessing'],
    ]);
    expect(told[9]).toMatchObject({ at: '2026-06-01', source: 'SEND Regulations 2014 reg 44(2), reg 42(2)' });
  });

  it('tells agreements that count as orders, agreements done, late mediation and the new appeal rights', () => {
    const told = mediationTimeline.entriesOf([
      storedEvent('AppealRightsOpened', {
        rightsId: 'r2',
        decision: 'review-decision',
        decisionLetterOn: '2026-03-02',
        windowEndsOn: '2026-05-05',
        deadlineId: 'appeal-window:r2',
      }),
      storedEvent('AppealRightsOpened', {
        rightsId: 'r3',
        decision: 'refusal-to-reassess',
        decisionLetterOn: '2026-03-02',
        windowEndsOn: '2026-05-05',
        deadlineId: 'appeal-window:r3',
      }),
      storedEvent('MediationAgreementReached', {
        disputeId: 'd1',
        on: '2026-07-22',
        agreementId: 'a1',
        order: 'amend-provision',
        steps: [{ step: 'amended-plan', dueOn: '2026-08-26' }],
      }),
      storedEvent('MediationAgreementReached', { disputeId: 'd2', on: '2026-08-20', agreedDueOn: '2026-10-01' }),
      storedEvent('AgreementCompleted', { disputeId: 'd2', doneOn: '2026-09-03' }),
      storedEvent('MediationNotArranged', {
        disputeId: 'd3',
        on: '2027-01-01',
        by: 'breach',
        certificateDueOn: '2027-01-06',
        appealWindow: { deadlineId: 'appeal-window:r1:2', endsOn: '2027-02-08' },
      }),
      storedEvent('MediationNotArranged', { disputeId: 'd4', on: '2026-12-23', by: 'la', certificateDueOn: '2026-12-30' }),
      storedEvent('OrderComplied', {
        orderId: 'a1',
        disputeId: 'd1',
        step: 'amended-plan',
        compliedOn: '2026-08-20',
        sourceEventId: 'e',
        of: 'agreement',
      }),
    ]);
    expect(told.map((e) => [e.at, e.title, e.source, e.details])).toEqual([
      [
        '2026-03-02',
        'Right of appeal against the decision not to amend the EHC plan after its review (until 2026-05-05)',
        expect.any(String),
        undefined,
      ],
      ['2026-03-02', 'Right of appeal against the decision not to re-assess (until 2026-05-05)', expect.any(String), undefined],
      [
        '2026-07-22',
        'Mediation agreement reached',
        'SEND Regulations 2014 reg 42(2)',
        ['Counts as a tribunal order: the LA must amend the needs or provision in the plan', 'amended plan by 2026-08-26'],
      ],
      [
        '2026-08-20',
        'Mediation agreement reached',
        'SEND Regulations 2014 reg 42(3)',
        ['To be done by 2026-10-01, as agreed in writing'],
      ],
      ['2026-09-03', 'What the mediation agreement required was done', 'SEND Regulations 2014 reg 42(3)', undefined],
      [
        '2027-01-01',
        'Mediation was not arranged within 30 days',
        'SEND Regulations 2014 reg 37',
        ['Mediation certificate owed to the family by 2027-01-06', 'Appeal window now ends 2027-02-08'],
      ],
      [
        '2026-12-23',
        'The LA could not arrange mediation within 30 days',
        'SEND Regulations 2014 reg 37',
        ['Mediation certificate owed to the family by 2026-12-30'],
      ],
      ['2026-08-20', 'Mediation agreement complied with: amended plan', expect.any(String), undefined],
    ]);
  });
});
