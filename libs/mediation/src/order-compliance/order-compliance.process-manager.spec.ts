import { mediationStream } from '../mediation.stream.js';
import { FakeCommandBus, InMemoryWriter, noDatabase, otherContextEvent } from '@send/testing';
import { OrderComplianceProcessManager, orderActsIn } from './order-compliance.process-manager.js';
import {
  RecordOrderStepDoneCommand,
  RecordOrderStepDoneHandler,
  RecordOrderStepNotNeededCommand,
  RecordOrderStepNotNeededHandler,
} from './record-order-step.command.js';
import { mediationDecider, type MediationCommand } from '../domain/index.js';

describe('orderActsIn', () => {
  it.each([
    [
      'AssessmentDecided',
      { decision: 'assess', decidedOn: '2027-03-10' },
      [{ kind: 'done', step: 'notify-assessment', on: '2027-03-10' }],
    ],
    [
      'PlanIssueDecided',
      { outcome: 'no-plan', decidedOn: '2027-05-12' },
      [{ kind: 'done', step: 'decision-not-to-issue', on: '2027-05-12' }],
    ],
    [
      'PlanIssueDecided',
      { outcome: 'issue-plan', decidedOn: '2027-04-20' },
      [
        {
          kind: 'not-needed',
          step: 'decision-not-to-issue',
          on: '2027-04-20',
          why: 'the LA decided to issue a plan (Reg 44(2)(b))',
        },
      ],
    ],
    ['DraftPlanIssued', { version: 1, issuedOn: '2027-04-01' }, [{ kind: 'done', step: 'draft-plan', on: '2027-04-01' }]],
    [
      'FinalPlanIssued',
      { version: 2, issuedOn: '2027-05-20' },
      [
        { kind: 'done', step: 'final-plan', on: '2027-05-20' },
        { kind: 'done', step: 'amended-plan', on: '2027-05-20' },
      ],
    ],
    ['AmendedPlanIssued', { issuedOn: '2027-03-15' }, [{ kind: 'done', step: 'amended-plan', on: '2027-03-15' }]],
    ['PlanCeased', { decidedOn: '2027-03-01' }, [{ kind: 'done', step: 'cease-plan', on: '2027-03-01' }]],
    ['AssessmentDecided', { decision: 'refuse', decidedOn: '2027-03-10' }, []],
    ['TribunalOrderMade', { madeOn: '2027-03-01' }, []],
  ])('%s %j', (type, data, acts) => {
    expect(orderActsIn({ type, data })).toEqual(acts);
  });
});

describe('OrderComplianceProcessManager', () => {
  const TODAY = '2027-06-30';
  const cmd = <T extends MediationCommand['type']>(type: T, data: Extract<MediationCommand, { type: T }>['data']) =>
    ({ type, data, today: TODAY }) as MediationCommand;
  /** An order to make a plan, made 2027-03-01 after an appeal: draft due 2027-04-05, final 2027-05-17. */
  const history: MediationCommand[] = [
    cmd('RaiseDispute', {
      disputeId: 'd-1',
      rightsId: 'r-1',
      about: ['no-plan'],
      decisionLetterOn: '2026-10-05',
      raisedOn: '2026-10-06',
    }),
    cmd('RecordCertificate', { disputeId: 'd-1', issuedOn: '2026-10-08' }),
    cmd('RegisterAppeal', { disputeId: 'd-1', registeredOn: '2026-11-02', extensionGranted: false, policy: 'current-law' }),
    cmd('RecordTribunalOrder', { disputeId: 'd-1', orderId: 'o-1', order: 'make-plan', madeOn: '2027-03-01' }),
  ];

  async function setUp() {
    const writer = new InMemoryWriter(TODAY);
    const stream = mediationStream('c1');
    for (const c of history) await writer.execute(mediationDecider, stream, c);
    const bus = new FakeCommandBus()
      .register(RecordOrderStepDoneCommand, new RecordOrderStepDoneHandler(writer.asWriter()))
      .register(RecordOrderStepNotNeededCommand, new RecordOrderStepNotNeededHandler(writer.asWriter()));
    const pm = new OrderComplianceProcessManager(bus.asBus(), noDatabase);
    const events = () => writer.streams.get(stream) ?? [];
    return { bus, pm, recorded: () => events().slice(-3), length: () => events().length };
  }

  it('closes the draft step when the ehcp context issues the draft, naming its event, once only', async () => {
    const { pm, recorded, length, bus } = await setUp();
    const draft = otherContextEvent('DraftPlanIssued', { version: 1, issuedOn: '2027-04-01', sections: {} }, 'ev-draft');
    await expect(pm.reactTo(draft)).resolves.toBe(true);
    expect(bus.sent[0]).toMatchObject({
      user: { id: 'process:mediation.order-compliance', role: 'system' },
      causationId: 'ev-draft',
    });
    const before = length();
    expect(recorded().slice(-2)).toEqual([
      {
        type: 'OrderComplied',
        data: { orderId: 'o-1', disputeId: 'd-1', step: 'draft-plan', compliedOn: '2027-04-01', sourceEventId: 'ev-draft' },
      },
      {
        type: 'DeadlineMet',
        data: { deadlineId: 'order-compliance:o-1:draft-plan', rule: 'order-compliance', metOn: '2027-04-01' },
      },
    ]);
    await pm.reactTo(draft);
    expect(length()).toBe(before);
  });

  it('closes the final plan step late when the plan comes after 11 weeks', async () => {
    const { pm, recorded } = await setUp();
    await pm.reactTo(otherContextEvent('FinalPlanIssued', { version: 2, issuedOn: '2027-05-20', sections: {} }, 'ev-final'));
    expect(recorded().slice(-1)).toEqual([
      {
        type: 'DeadlineClosedLate',
        data: {
          deadlineId: 'order-compliance:o-1:final-plan',
          rule: 'order-compliance',
          closedOn: '2027-05-20',
          dueOn: '2027-05-17',
        },
      },
    ]);
  });

  it('records nothing for an act no order awaits', async () => {
    const { pm, length } = await setUp();
    const before = length();
    await pm.reactTo(otherContextEvent('PlanCeased', { decidedOn: '2027-04-01' }));
    await pm.reactTo(otherContextEvent('AssessmentDecided', { decision: 'refuse', decidedOn: '2027-04-01' }));
    expect(length()).toBe(before);
  });
});
