import type { StoredEvent } from '@send/kernel';
import { bundleBody, plainText } from './bundle-content.js';

const ev = (type: string, data: object, revision: number, reason?: string): StoredEvent =>
  ({
    id: `e${revision}`,
    type,
    streamId: 's-1',
    revision,
    recordedAt: `2025-01-0${revision + 1}T10:00:00.000Z`,
    position: BigInt(revision + 1),
    actor: { id: 'manager@202', role: 'manager' },
    data,
    ...(reason ? { reason } : {}),
  }) as unknown as StoredEvent;

describe('the bundle body', () => {
  const streams = new Map([
    [
      's-1',
      [
        ev('AssessmentDecided', { decision: 'refuse', decidedOn: '2025-02-10' }, 0, 'Needs met from ordinary resources'),
        ev('AdviceRequested', { adviceId: 'a1', adviser: 'health', requestedOn: '2025-02-11' }, 1),
        ev('AdviceReceived', { adviceId: 'a1', receivedOn: '2025-03-01' }, 2),
        ev(
          'FinalPlanIssued',
          { version: 2, issuedOn: '2025-06-01', sections: { A: 'Views', F: [{ provision: 'SLT', hours: 1 }] } },
          3,
        ),
        ev(
          'TribunalOrderMade',
          { order: 'assess', madeOn: '2025-07-01', steps: [{ step: 'notify-assessment', dueOn: '2025-07-15' }] },
          4,
        ),
      ],
    ],
  ]);
  const body = bundleBody({
    streams,
    timeline: [],
    deadlines: [
      {
        deadlineId: 'd1',
        rule: 'final-plan',
        source: 'SEND Regs 2014 reg 13(2)',
        startedOn: '2025-01-31',
        dueOn: '2025-06-20',
        status: 'excepted',
        exception: { ground: 'reg-10-4-a', from: '2025-03-01', source: 'reg 10(4)(a)' },
      },
    ],
  });

  it('states each decision with who made it and the reason given', () => {
    expect(body.decisions).toEqual([
      {
        lead: '2025-02-10',
        text: 'Decision not to assess (SEND Regs 2014 reg 5). Decided by manager@202 (manager). Reason given: Needs met from ordinary resources',
      },
    ]);
  });

  it('prints every issued plan version with each section', () => {
    expect(body.plan[0].text).toBe('Final EHC plan issued (version 2), by manager@202 (manager).');
    expect(body.plan.slice(1)).toEqual([
      { lead: 'Section A', text: 'Views' },
      { lead: 'Section F', text: 'provision: SLT, hours: 1' },
    ]);
  });

  it('lists advice with its adviser and dates, deadlines with outcomes and exceptions, orders with steps', () => {
    expect(body.evidence.map((p) => p.lead)).toEqual(['2025-02-11', '2025-03-01']);
    expect(body.evidence[1].text).toContain('health adviser');
    expect(body.deadlines[0].text).toContain('Outcome: excepted');
    expect(body.deadlines[0].text).toContain('ground reg-10-4-a (reg 10(4)(a))');
    expect(body.orders[0].text).toContain('notify-assessment by 2025-07-15');
  });

  it('says so when a section has nothing, rather than leaving it blank', () => {
    expect(body.timeline).toEqual([{ text: 'Nothing is recorded.' }]);
    expect(plainText(undefined)).toBe('');
  });

  it("prints a plan section's own words without field names, and leaves out the record's internal ids", () => {
    expect(plainText({ text: 'Amara loves drawing.' })).toBe('Amara loves drawing.');
    expect(plainText([{ outcomeId: 'o-1', text: 'Speak in sentences', area: 'education' }])).toBe(
      'Speak in sentences, area: education',
    );
    expect(plainText({ items: [{ provision: 'SLT', hours: 1 }] })).toBe('provision: SLT, hours: 1');
    expect(plainText([{ title: 'EP advice', date: '2025-03-10' }])).toBe('EP advice, date: 2025-03-10');
    expect(plainText({ primaryNeed: 'SLCN', secondaryNeeds: ['SEMH'] })).toBe('primaryNeed: SLCN, secondaryNeeds: SEMH');
  });
});

describe('a decision citing a national standard, in the bundle', () => {
  it('names the standard as the decision recorded it, before who decided', () => {
    const standard = {
      id: 'oap-slcn-primary',
      version: 2,
      kind: 'ordinarily-available',
      need: 'SLCN',
      title: 'Language-rich classroom',
      effectiveFrom: '2025-09-01',
    };
    const streams = new Map([
      ['s-1', [ev('PlanIssueDecided', { outcome: 'no-plan', decidedOn: '2025-10-01', standard }, 0, 'Met at SEN support')]],
    ]);
    const [decision] = bundleBody({ streams, timeline: [], deadlines: [] }).decisions;
    expect(decision).toEqual({
      lead: '2025-10-01',
      text:
        'Decision not to issue an EHC plan (SEND Regs 2014 reg 10). Needs can be met from ordinarily available provision: ' +
        "oap-slcn-primary v2 'Language-rich classroom' (in force from 2025-09-01). Decided by manager@202 (manager). " +
        'Reason given: Met at SEN support',
    });
  });
});
