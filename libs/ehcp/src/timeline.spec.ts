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
