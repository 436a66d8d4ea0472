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

describe("KafkaFeeder: the process managers' consumer", () => {
  it('passes by an event no manager reacts to without opening it, and hands the rest, opened once, to those that react', async () => {
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
    const manager = (name: string, types: readonly string[]) =>
      ({
        name,
        mayReactTo: (type: string) => types.includes(type),
        reactTo: async (event: StoredEvent) => {
          reacted.push(`${name} ${event.type}:${(event.data as { reason?: string }).reason}`);
          return true;
        },
      }) as unknown as CheckpointedProcessManager;
    const pms = [manager('ehcp.open-plan', ['PlanIssueDecided']), manager('ehcp.name-setting', ['PlaceAllocated'])];
    const config = {
      contexts: ['assessment', 'ehcp'],
      kafkaNamespace: 't.',
      service: 'ehcp',
      personalDataKey: key,
    } as unknown as AppConfig;
    const feeder = new KafkaFeeder(bus, {} as DataSource, config, [], pms, cipher, [], ['ehcp']);
    feeder.onApplicationBootstrap();
    // The consumers start one after another in the background.
    for (let i = 0; i < 10 && consumers.length < 2; i++) await new Promise((resolve) => setImmediate(resolve));

    // One group for all of them, carrying on from the groups each had of its own.
    const pmConsumer = consumers.find((c) => c.groupId === 't.ehcp.process-managers');
    expect(pmConsumer?.topics).toEqual(['t.send.assessment.events', 't.send.ehcp.events']);
    expect(pmConsumer?.takeOverFrom).toEqual(['t.ehcp.ehcp.open-plan', 't.ehcp.ehcp.name-setting']);
    await pmConsumer!.handler(inbound(requested));
    expect(opened).toEqual([]);
    expect(reacted).toEqual([]);

    await pmConsumer!.handler(inbound(decided));
    expect(opened).toEqual(['PlanIssueDecided']);
    // Opened from the wire: the sealed reason reaches the manager in clear.
    expect(reacted).toEqual(['ehcp.open-plan PlanIssueDecided:needs provision']);
    await feeder.onApplicationShutdown();
  });
});
