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
});
