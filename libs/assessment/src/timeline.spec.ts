import { storedEvent } from '@send/testing';
import { assessmentTimeline } from './timeline.js';

const entries = (...events: ReturnType<typeof storedEvent>[]) => assessmentTimeline.entriesOf(events);

describe('the assessment part of the evidential timeline', () => {
  it('tells each of its acts in plain English, with business dates, reason and source', () => {
    const told = entries(
      storedEvent('AssessmentRequested', { caseId: 'c1', la: '202', child: {}, requestedBy: 'parent', receivedOn: '2026-01-05' }),
      storedEvent('AssessmentDecided', { decision: 'refuse', decidedOn: '2026-02-10', reason: 'needs met by the school' }),
      storedEvent('AdviceRequested', { adviceId: 'a1', adviser: 'educational-psychologist', requestedOn: '2026-02-11' }),
      storedEvent('AdviceReceived', { adviceId: 'a1', receivedOn: '2026-03-01' }),
      storedEvent('TimescaleExceptionRecorded', {
        exceptionId: 'x1',
        ground: 'school-closure',
        from: '2026-01-10',
        evidence: 'closure notice',
        familyNotified: true,
        recordedOn: '2026-01-12',
        deadlineIds: ['assessment-decision'],
      }),
      storedEvent('PlanIssueDecided', { outcome: 'no-plan', decidedOn: '2026-04-01', reason: 'needs can be met' }),
      storedEvent('DeadlineExcepted', {
        deadlineId: 'assessment-decision',
        rule: 'assessment-decision',
        exceptionId: 'x1',
        ground: 'school-closure',
        exceptedOn: '2026-01-12',
        source: 'SEND Regulations 2014 reg 5(4)',
      }),
    );
    expect(told.map((e) => [e.at, e.kind, e.title])).toEqual([
      ['2026-01-05', 'request', 'Request for an EHC needs assessment received (from the parent)'],
      ['2026-02-10', 'decision', 'Decision not to assess'],
      ['2026-02-11', 'evidence', 'Advice requested from the educational psychologist'],
      ['2026-03-01', 'evidence', 'Advice received from the educational psychologist'],
      ['2026-01-12', 'evidence', 'Exception to the timescales recorded (school closure)'],
      ['2026-04-01', 'decision', 'Decision not to issue an EHC plan'],
      ['2026-01-12', 'deadline', '6-week decision deadline excepted (school closure)'],
    ]);
    expect(told[1]).toMatchObject({ reason: 'needs met by the school', source: 'SEND Regulations 2014 reg 4(1), 5(1)' });
    expect(told[6].deadline?.exception).toMatchObject({ evidence: 'closure notice' });
    expect(JSON.stringify(told)).not.toMatch(/AssessmentDecided|givenName/);
  });

  it("tells a tribunal's order to assess after a refusal as an order, on the day it was made", () => {
    const [told] = entries(storedEvent('AssessmentOrderedByTribunal', { orderId: 'o1', madeOn: '2026-05-04' }, { id: 'ev-o' }));
    expect(told).toMatchObject({
      at: '2026-05-04',
      kind: 'order',
      title: "Refusal to assess set aside by the tribunal's order of 2026-05-04: the LA must assess",
      source: 'SEND Regulations 2014 reg 44(2)(b)',
      eventIds: ['ev-o'],
    });
  });

  it('leaves out an event it does not know, rather than failing the read', () => {
    expect(entries(storedEvent('SomethingRetired', {}))).toEqual([]);
  });
});

describe('a decision citing a national standard, in the timeline', () => {
  const criterion = {
    id: 'crit-slcn-primary',
    version: 1,
    kind: 'plan-criterion',
    need: 'SLCN',
    title: 'Little progress after two terms',
    effectiveFrom: '2024-09-01',
  };
  const oap = { ...criterion, id: 'oap-asd-primary', kind: 'ordinarily-available', title: 'Predictable routines' };

  it('tells the standard as the decision recorded it, beside the panel', () => {
    const panel = { recommendation: 'assess', meetingOn: '2025-10-01' };
    const [assess, noPlan] = entries(
      storedEvent('AssessmentDecided', { decision: 'assess', decidedOn: '2025-10-03', reason: 'r', panel, standard: criterion }),
      storedEvent('PlanIssueDecided', { outcome: 'no-plan', decidedOn: '2026-01-12', reason: 'r', standard: oap }),
    );
    expect(assess.details).toEqual([
      'Multi-agency panel on 2025-10-01 recommended assessing',
      "Criterion for an EHC plan: crit-slcn-primary v1 'Little progress after two terms' (in force from 2024-09-01)",
    ]);
    expect(noPlan.details).toEqual([
      "Needs can be met from ordinarily available provision: oap-asd-primary v1 'Predictable routines' (in force from 2024-09-01)",
    ]);
  });

  it('adds no details to a decision that cites nothing', () => {
    const [refusal] = entries(storedEvent('AssessmentDecided', { decision: 'refuse', decidedOn: '2025-10-03', reason: 'r' }));
    expect(refusal).not.toHaveProperty('details');
  });
});
