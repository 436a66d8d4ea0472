import { randomBytes } from 'node:crypto';
import type { StoredEvent } from '@send/kernel';
import { buildRecords } from '@send/event-store';
import type { ConsumeOptions, InboundMessage, MessageBus } from '@send/messaging';
import type { CheckpointedProcessManager } from '@send/read-models';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import type { PersonalDataCipher } from '../personal-data/personal-data.js';
import { KafkaFeeder } from './kafka-feeder.js';
import { toWire } from './wire-event.js';

const key = randomBytes(32);
const [requested, decided] = buildRecords(
  'assessment-c1',
  undefined,
  [
    { type: 'AssessmentRequested', data: { caseId: 'c1', la: '202', child: { givenName: 'Amara' }, receivedOn: '2024-02-29' } },
    { type: 'PlanIssueDecided', data: { decision: 'issue', decidedOn: '2024-05-01', reason: 'needs provision' } },
  ],
  {
    caseId: 'c1',
    la: '202',
    actor: { id: 'caseworker@202', role: 'caseworker' },
    correlationId: 'k',
    causationId: 'k',
    recordedAt: new Date('2026-01-01T00:00:00Z'),
  },
).map((r, i): StoredEvent => ({ ...r, position: BigInt(i + 1) }));

/** A message as the bus hands it to a handler: the wire value, parsed. */
const inbound = (event: StoredEvent): InboundMessage => {
  const wire = toWire(event, key);
  return {
    topic: 'send.assessment.events',
    partition: 0,
    offset: String(event.position),
    key: wire.key,
    value: JSON.parse(JSON.stringify(wire.value)) as unknown,
    headers: wire.headers,
  };
};

describe('KafkaFeeder: a process manager consumer', () => {
  it('passes by an event of a type the manager does not react to without opening it, and opens and hands over the rest', async () => {
    const consumers: ConsumeOptions[] = [];
    const bus = {
      consume: async (options: ConsumeOptions) => {
        consumers.push(options);
        return { stop: async () => undefined };
      },
    } as unknown as MessageBus;
    const opened: string[] = [];
    const cipher = {
      open: async (events: readonly StoredEvent[]) => {
        opened.push(...events.map((e) => e.type));
        return events;
      },
    } as unknown as PersonalDataCipher;
    const reacted: string[] = [];
    const pm = {
      name: 'open-plan',
      mayReactTo: (type: string) => type === 'PlanIssueDecided',
      reactTo: async (event: StoredEvent) => {
        reacted.push(`${event.type}:${(event.data as { reason?: string }).reason}`);
        return true;
      },
    } as unknown as CheckpointedProcessManager;
    const config = {
      contexts: ['assessment', 'ehcp'],
      kafkaNamespace: 't.',
      service: 'ehcp',
      personalDataKey: key,
    } as unknown as AppConfig;
    const feeder = new KafkaFeeder(bus, {} as DataSource, config, [], [pm], cipher, [], ['ehcp']);
    feeder.onApplicationBootstrap();
    // The consumers start one after another in the background.
    for (let i = 0; i < 10 && consumers.length < 2; i++) await new Promise((resolve) => setImmediate(resolve));

    const pmConsumer = consumers.find((c) => c.groupId === 't.ehcp.open-plan');
    expect(pmConsumer?.topics).toEqual(['t.send.assessment.events', 't.send.ehcp.events']);
    await pmConsumer!.handler(inbound(requested));
    expect(opened).toEqual([]);
    expect(reacted).toEqual([]);

    await pmConsumer!.handler(inbound(decided));
    expect(opened).toEqual(['PlanIssueDecided']);
    // Opened from the wire: the sealed reason reaches the manager in clear.
    expect(reacted).toEqual(['PlanIssueDecided:needs provision']);
    await feeder.onApplicationShutdown();
  });
});
