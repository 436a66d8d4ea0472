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
