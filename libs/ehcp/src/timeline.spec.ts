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
