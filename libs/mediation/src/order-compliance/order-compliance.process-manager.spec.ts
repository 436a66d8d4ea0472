import { mediationStream } from '../mediation.stream.js';
import { FakeCommandBus, InMemoryWriter, noDatabase, otherContextEvent } from '@send/testing';
import { OrderComplianceProcessManager, orderActsIn } from './order-compliance.process-manager.js';
import {
  RecordOrderStepDoneCommand,
  RecordOrderStepDoneHandler,
  RecordOrderStepNotNeededCommand,
  RecordOrderStepNotNeededHandler,
} from './record-order-step.command.js';
import { mediationDecider, type Issue, type MediationCommand } from '../domain/index.js';

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
      // A first final plan meets an order to assess or to make a plan, never an order to amend.
      [{ kind: 'done', step: 'final-plan', on: '2027-05-20' }],
    ],
    ['AmendedPlanIssued', { issuedOn: '2027-03-15' }, [{ kind: 'done', step: 'amended-plan', on: '2027-03-15' }]],
    [
      'AmendedPlanIssued',
      { version: 3, issuedOn: '2027-03-15', sections: {}, noticeId: 'n-1' },
      [{ kind: 'done', step: 'amended-plan', on: '2027-03-15' }],
    ],
    ['PlanCeased', { decidedOn: '2027-03-01' }, [{ kind: 'done', step: 'cease-plan', on: '2027-03-01' }]],
    [
      'PlanCeased',
      { ceasedOn: '2027-03-02', reason: '3', why: 'appeal dismissed' },
      [{ kind: 'done', step: 'cease-plan', on: '2027-03-02' }],
    ],
    [
      'ReassessmentDecided',
      { reassessmentId: 'ra-1', decision: 'reassess', decidedOn: '2027-03-10' },
      [{ kind: 'done', step: 'notify-assessment', on: '2027-03-10' }],
    ],
    ['ReassessmentDecided', { reassessmentId: 'ra-1', decision: 'refuse', decidedOn: '2027-03-10' }, []],
    // The cease decision is appealable; it complies with nothing.
    ['CeaseDecided', { decidedOn: '2027-03-01', reason: '3' }, []],
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

describe('OrderComplianceProcessManager: orders and agreements met by the plan after it is final', () => {
  const TODAY = '2027-06-30';
  const cmd = <T extends MediationCommand['type']>(type: T, data: Extract<MediationCommand, { type: T }>['data']) =>
    ({ type, data, today: TODAY }) as MediationCommand;
  const appealed = (about: Issue[], letterOn: string): MediationCommand[] => [
    cmd('RaiseDispute', { disputeId: 'd-1', rightsId: 'r-1', about, decisionLetterOn: letterOn, raisedOn: letterOn }),
    cmd('RecordCertificate', { disputeId: 'd-1', issuedOn: letterOn }),
    cmd('RegisterAppeal', { disputeId: 'd-1', registeredOn: letterOn, extensionGranted: false, policy: 'current-law' }),
  ];

  async function setUp(history: MediationCommand[]) {
    const writer = new InMemoryWriter(TODAY);
    const stream = mediationStream('c1');
    for (const c of history) await writer.execute(mediationDecider, stream, c);
    const bus = new FakeCommandBus()
      .register(RecordOrderStepDoneCommand, new RecordOrderStepDoneHandler(writer.asWriter()))
      .register(RecordOrderStepNotNeededCommand, new RecordOrderStepNotNeededHandler(writer.asWriter()));
    const pm = new OrderComplianceProcessManager(bus.asBus(), noDatabase);
    const events = () => writer.streams.get(stream) ?? [];
    const deadline = (id: string) => events().filter((e) => (e.data as { deadlineId?: string }).deadlineId === id);
    return { pm, events, deadline };
  }

  it('an order to amend the provision (5 weeks) is met by the amended plan, once however often delivered', async () => {
    // Made Monday 2027-03-01: due Monday 2027-04-05 (Reg 44(2)).
    const { pm, events, deadline } = await setUp([
      ...appealed(['section-f'], '2026-11-02'),
      cmd('RecordTribunalOrder', { disputeId: 'd-1', orderId: 'o-1', order: 'amend-provision', madeOn: '2027-03-01' }),
    ]);
    const amended = otherContextEvent('AmendedPlanIssued', { version: 3, issuedOn: '2027-04-05', sections: {} }, 'ev-amended');
    await pm.reactTo(amended);
    const length = events().length;
    await pm.reactTo(amended);
    expect(events().length).toBe(length);
    expect(deadline('order-compliance:o-1:amended-plan').map((e) => [e.type, e.data])).toEqual([
      ['DeadlineStarted', expect.objectContaining({ dueOn: '2027-04-05' })],
      ['DeadlineMet', { deadlineId: 'order-compliance:o-1:amended-plan', rule: 'order-compliance', metOn: '2027-04-05' }],
    ]);
  });

  it('an order to amend the setting (2 weeks over Christmas) is closed late by an amended plan in January; a final plan does not meet it', async () => {
    // Made Monday 2026-12-21: due Monday 2027-01-04; orders have no Christmas rule.
    const { pm, deadline } = await setUp([
      ...appealed(['section-i'], '2026-10-05'),
      cmd('RecordTribunalOrder', { disputeId: 'd-1', orderId: 'o-1', order: 'amend-setting', madeOn: '2026-12-21' }),
    ]);
    await pm.reactTo(otherContextEvent('FinalPlanIssued', { version: 2, issuedOn: '2026-12-30', sections: {} }, 'ev-final'));
    expect(deadline('order-compliance:o-1:amended-plan').map((e) => e.type)).toEqual(['DeadlineStarted']);
    await pm.reactTo(otherContextEvent('AmendedPlanIssued', { version: 3, issuedOn: '2027-01-06', sections: {} }, 'ev-am'));
    expect(deadline('order-compliance:o-1:amended-plan').at(-1)).toMatchObject({
      type: 'DeadlineClosedLate',
      data: { closedOn: '2027-01-06', dueOn: '2027-01-04' },
    });
  });

  it('an appeal against ceasing dismissed: the plan ceasing that day meets the order (Reg 44(2)(a))', async () => {
    const { pm, deadline } = await setUp([
      ...appealed(['cease'], '2026-10-05'),
      cmd('RecordTribunalOrder', { disputeId: 'd-1', orderId: 'o-1', order: 'cease-dismissed', madeOn: '2027-03-01' }),
    ]);
    await pm.reactTo(
      otherContextEvent('PlanCeased', { ceasedOn: '2027-03-01', reason: '3', why: 'appeal dismissed' }, 'ev-ceased'),
    );
    expect(deadline('order-compliance:o-1:cease-plan').at(-1)).toMatchObject({
      type: 'DeadlineMet',
      data: { metOn: '2027-03-01' },
    });
  });

  it('an order to re-assess is notified by the decision to re-assess', async () => {
    const { pm, deadline } = await setUp([
      ...appealed(['refusal-to-reassess'], '2026-10-05'),
      cmd('RecordTribunalOrder', { disputeId: 'd-1', orderId: 'o-1', order: 'assess', madeOn: '2027-03-01' }),
    ]);
    await pm.reactTo(
      otherContextEvent('ReassessmentDecided', { reassessmentId: 'ra', decision: 'reassess', decidedOn: '2027-03-08' }, 'ev-ra'),
    );
    expect(deadline('order-compliance:o-1:notify-assessment').at(-1)).toMatchObject({
      type: 'DeadlineMet',
      data: { metOn: '2027-03-08' },
    });
  });

  it('a mediation agreement that counts as an order to amend the provision is met by the amended plan (Reg 42(2))', async () => {
    // Agreement Wednesday 2026-07-22: 5 weeks → Wednesday 2026-08-26 (no August rule for compliance).
    const { pm, events, deadline } = await setUp([
      cmd('RaiseDispute', {
        disputeId: 'd-1',
        rightsId: 'r-1',
        about: ['section-f'],
        decisionLetterOn: '2026-06-15',
        raisedOn: '2026-06-16',
      }),
      cmd('RecordMediationStep', { disputeId: 'd-1', step: 'requested', on: '2026-06-17' }),
      cmd('RecordMediationStep', { disputeId: 'd-1', step: 'held', on: '2026-07-15' }),
      cmd('RecordMediationStep', {
        disputeId: 'd-1',
        step: 'agreement',
        on: '2026-07-22',
        order: 'amend-provision',
        agreementId: 'a-1',
      }),
    ]);
    expect(deadline('order-compliance:a-1:amended-plan')[0].data).toMatchObject({ dueOn: '2026-08-26' });
    const amended = otherContextEvent('AmendedPlanIssued', { version: 3, issuedOn: '2026-08-20', sections: {} }, 'ev-am');
    await pm.reactTo(amended);
    await pm.reactTo(amended);
    expect(
      events()
        .filter((e) => e.type === 'OrderComplied')
        .map((e) => e.data),
    ).toEqual([
      {
        orderId: 'a-1',
        disputeId: 'd-1',
        step: 'amended-plan',
        compliedOn: '2026-08-20',
        sourceEventId: 'ev-am',
        of: 'agreement',
      },
    ]);
    expect(deadline('order-compliance:a-1:amended-plan').at(-1)?.type).toBe('DeadlineMet');
  });
});
