import { FakeCommandBus, InMemoryWriter, noDatabase, otherContextEvent } from '@send/testing';
import { assessmentStream } from '../assessment.stream.js';
import { type AssessmentCommand, assessmentDecider } from '../domain/index.js';
import { RECEIVED_ON, child, command } from '../domain/assessment.fixtures.js';
import { NoteTribunalOrderToAssessCommand, NoteTribunalOrderToAssessHandler } from './note-tribunal-order.command.js';
import { NoteTribunalOrderProcessManager } from './note-tribunal-order.process-manager.js';

describe('NoteTribunalOrderProcessManager', () => {
  const TODAY = '2025-01-15';
  /** A case requested 2024-02-29 that the LA refused to assess on 2024-04-02; the family appealed. */
  const history: AssessmentCommand[] = [
    command('RequestAssessment', { caseId: 'c1', la: '202', child, requestedBy: 'parent', receivedOn: RECEIVED_ON }),
    command('DecideWhetherToAssess', { decision: 'refuse', decidedOn: '2024-04-02', reason: 'needs met at SEN support' }),
  ];
  const order = (data: Record<string, unknown>, id = 'ev-order') =>
    otherContextEvent('TribunalOrderMade', { disputeId: 'd1', orderId: 'o1', madeOn: '2024-09-02', steps: [], ...data }, id);

  async function setUp() {
    const writer = new InMemoryWriter(TODAY);
    const stream = assessmentStream('c1');
    for (const c of history) await writer.execute(assessmentDecider, stream, c);
    const bus = new FakeCommandBus().register(
      NoteTribunalOrderToAssessCommand,
      new NoteTribunalOrderToAssessHandler(writer.asWriter()),
    );
    const events = () => writer.streams.get(stream) ?? [];
    return { bus, pm: new NoteTribunalOrderProcessManager(bus.asBus(), noDatabase), events, writer, stream };
  }

  it('notes an order to assess on the assessment stream, as the process, so the LA can now decide to assess', async () => {
    const { bus, pm, events, writer, stream } = await setUp();
    await expect(pm.reactTo(order({ order: 'assess' }))).resolves.toBe(true);
    const [sent] = bus.sent as NoteTribunalOrderToAssessCommand[];
    expect(sent).toMatchObject({
      caseId: 'c1',
      input: { orderId: 'o1', madeOn: '2024-09-02' },
      user: { id: 'process:assessment.note-tribunal-order', role: 'system' },
      causationId: 'ev-order',
    });
    expect(events().slice(-1)).toEqual([
      expect.objectContaining({ type: 'AssessmentOrderedByTribunal', data: { orderId: 'o1', madeOn: '2024-09-02' } }),
    ]);
    await writer.execute(
      assessmentDecider,
      stream,
      command('DecideWhetherToAssess', { decision: 'assess', decidedOn: '2024-09-10', reason: 'as ordered' }, TODAY),
    );
    expect(events().at(-1)).toMatchObject({ type: 'AssessmentDecided', data: { decision: 'assess' } });
  });

  it('notes it once however often the order is delivered', async () => {
    const { pm, events } = await setUp();
    await pm.reactTo(order({ order: 'assess' }));
    const length = events().length;
    await pm.reactTo(order({ order: 'assess' }));
    expect(events()).toHaveLength(length);
  });

  it.each([[{ order: 'make-plan' }], [{ order: 'amend-provision' }], [{ order: 'assess', madeOn: undefined }]])(
    'sends nothing for an order %j',
    async (data) => {
      const { bus, pm } = await setUp();
      await expect(pm.reactTo(order(data))).resolves.toBe(false);
      expect(bus.sent).toEqual([]);
    },
  );
});
