import type { CreateRun, LatencyRun } from './distributed-bench.js';
import type { KafkaOptions, KafkaOutcome, KafkaResults } from './kafka-bench.js';
import { type Latency, int, ms, rate, ratio } from './stats.js';

export interface KafkaRun {
  readonly seconds: number;
  readonly loadBefore: number[];
  readonly loadAfter: number[];
}

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const lat = (l: Latency) => `p50 ${ms(l.p50)} / p95 ${ms(l.p95)} / p99 ${ms(l.p99)} ms`;
const latMax = (l: Latency) => `${lat(l)} (max ${ms(l.max)})`;
const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' / ');
const us = (n: number) => `${Math.round(n).toLocaleString('en-GB')} µs`;
const achieved = (r: LatencyRun) => `${r.targetRate}/s (achieved ${r.achievedRate.toFixed(1)}/s)`;
/** The services' default read-your-writes bound (READ_YOUR_WRITES_MS), which caps the HTTP answer's wait. */
const READ_YOUR_WRITES_MS = Number(process.env.READ_YOUR_WRITES_MS ?? 5_000);
const setting = (value: string) =>
  value === '9223372036854775807' ? `${value} (Long.MAX_VALUE: Kafka forces no fsync per message)` : value;

/** The "## Kafka" section: the method for its rows, the rows, a detail table and what dominates. */
export function renderKafka(outcome: KafkaOutcome, cfg: KafkaOptions, run: KafkaRun): string[] {
  const lines: string[] = ['## Kafka (same run)', ''];
  if (!outcome.ran) {
    lines.push(
      `**Kafka section NOT RUN: ${outcome.reason}.** No Kafka figure was measured in this run. ` +
        'Start the local broker with `bash infra/kafka/kafka.sh up` (or point `KAFKA_BROKERS` at one) and rerun.',
      '',
    );
    return lines;
  }
  const k = outcome.results;
  const d = cfg.distributed;
  const N = int(k.messages);
  const linger = k.brokerConfig['group.coordinator.append.linger.ms'];
  lines.push(
    `Broker: ${k.brokers.join(', ')} (\`KAFKA_BROKERS\`; the local single-node KRaft broker of \`infra/kafka/kafka.sh\`, replication 1` +
      `${linger === undefined ? '' : `, \`group.coordinator.append.linger.ms\` = ${linger} as the broker reports it`}). ` +
      `PostgreSQL: ${k.pgUrl} for the forwarder, the same server for the services' databases. ` +
      `The section took ${run.seconds.toFixed(0)} s; load average (1 / 5 / 15 min) at its start ${load(run.loadBefore)}, at its end ${load(run.loadAfter)}: ` +
      'the broker, PostgreSQL and the three services share the same cores with the load generator and with anything else running.',
    '',
  );

  lines.push('### Method', '');
  lines.push(
    `- **Messages.** The ${N} events of ${int(k.messages / cfg.perStream)} case streams of ${cfg.perStream} built with \`buildRecords\` as in the store section, ` +
      `put on the wire by \`toWire\` (the whole envelope, personal data sealed) exactly as the services forward them: ` +
      `${int(k.messageBytes.mean)} bytes of key + value on average (${int(k.messageBytes.min)}–${int(k.messageBytes.max)}), five headers, keyed by case id. ` +
      `Every topic has ${k.partitions} partitions (the bus's default); topics and groups are fresh, uniquely named, and deleted at the end.`,
    `- **Raw produce (baseline).** kafkajs 2.2.4 directly with the producer settings of \`KafkaMessageBus\` (idempotent, \`maxInFlightRequests\` 1, ` +
      '`acks` -1, the default partitioner), connected and its topics created first, 500 warm-up sends to another topic; then ' +
      `${N} messages with one awaited \`send\` each, then the same ${N} in sends of ${cfg.batch}, then in sends of ${k.producePage.batch} ` +
      "(the SubscriptionRunner's page, what the forwarder publishes at once). " +
      'Rate = messages acknowledged after the first send ÷ time from the first acknowledgement to the last.',
    `- **Raw consume (baseline).** A kafkajs consumer in a new group reading the one-send-per-message topic from the beginning, ` +
      '`autoCommit` off, one partition at a time, an awaited `commitOffsets` (offset + 1) after every message; ' +
      `all ${N} messages. Rate = messages after the first ÷ time from the first \`eachMessage\` to the last; each commit's round trip is timed too.`,
    `- **\`KafkaMessageBus.consume\`.** The product's batch path as \`KafkaFeeder\` uses it (parse, a \`batchHandler\` given up to 500 messages of a ` +
      'partition at once, heartbeat timer, the offsets of the batches handled committed together within 100 ms) with a batch handler that does nothing, on the same topic ' +
      `in another group, the first ${int(cfg.busConsume)} messages. Each batch is stamped when it reaches the handler; rate = messages after the first ` +
      'batch ÷ time from the first batch to the last.',
    `- **Forwarder.** \`PostgresEventStore.open(url, { schema })\` on a fresh schema, pre-filled (untimed) with the same ${N} events, one append per stream; ` +
      "`EventForwarder` (context 'assessment', a unique topic, `toWire`, a `KafkaMessageBus`, its checkpoint in a TypeORM `DataSource` on a fresh schema " +
      `holding \`CheckpointEntity\`) fed by \`store.subscribeToAllInBatches(checkpoint)\` one page of the log (up to ${k.producePage.batch} events) per \`handleBatch()\`, ` +
      "which is what `SubscriptionRunner` does: one awaited publish and one checkpoint upsert per page. The bus's producer connected and the topics " +
      'created before the clock starts, and one untimed pass of the same events to another topic under another checkpoint name first (the raw ' +
      'side is measured warm too). Then the two sides in alternating passes (which goes first alternating too), each forwarder pass from ' +
      "checkpoint 0 again: rate = the pass's events ÷ time from its start to its last acknowledged publish, and each side's figure is its median " +
      `pass of ${k.forwarder.ran ? k.forwarder.value.rounds : '–'}. ` +
      'Checked: the checkpoint ends at the head and the topic holds every event. Afterwards the checkpoint write alone (`saveCheckpoint`, one ' +
      `INSERT … ON CONFLICT DO UPDATE) is timed on the same \`DataSource\`. Baseline: raw kafkajs with the same producer settings, ` +
      `one awaited send per ${k.producePage.batch} messages of the same bytes, one untimed pass first, then its passes between the forwarder's; rate as for the forwarder.`,
    `- **Kafka hop (floor).** ${int(cfg.hop.messages)} single messages sent with kafkajs at ${cfg.hop.rate}/s to a topic whose consumer (another ` +
      'group, already joined) runs in the same process; latency = `send` call to `eachMessage`, one clock.',
    '- **End to end.** The assessment, ehcp and gateway processes started from `dist/` with the environment `infra/start-distributed.mjs` gives them ' +
      '(`SEND_MODE=distributed`, PostgreSQL stores, the gateway with `EVENT_STORE=none` and the two service URLs), on fresh databases ' +
      '`send_b<random>_assessment|ehcp|gateway` (created and dropped with `pg`), a fresh `KAFKA_NAMESPACE` `b<random>.`, a temp `DATA_DIR` and free ports; ' +
      "the demo token secret and personal-data key are written into that `DATA_DIR` before the start, so the three processes' first starts " +
      'cannot race to create them. Each must answer `/ready`; a token comes from the gateway (caseworker@202). ' +
      `Then \`POST /api/v1/cases\` goes straight to the **assessment service** over loopback, open loop at a fixed rate (request *k* sent at t₀ + *k*/rate ` +
      `whatever the earlier ones are doing, at most ${d.maxInFlight} in flight), ${d.warmup} warm-up requests first. ` +
      "A watcher in the bench LISTENs on the gateway's database, where the bench adds a trigger on its `inbox` table (consumer `read-models`: the row commits " +
      'in the same transaction as the projections) that sends one `NOTIFY` per new row; PostgreSQL delivers it once that transaction has committed, and the ' +
      'bench stamps the event id with its clock on arrival (no polling: a poller would stamp up to one interval late and take CPU from the measured processes). ' +
      'After the warm-up the three databases are `ANALYZE`d: fresh tables have no planner statistics until autovacuum first analyzes them, and ' +
      'without them PostgreSQL reads an inbox look-up by (consumer, event id) as a scan of every row of the consumer. ' +
      "Latency = that stamp − the send time of the request whose answer listed the event; 'first event' is the write's first event (AssessmentRequested), " +
      "'all events' the last of its events to arrive. Every response must be 201 and every event must arrive, or the run fails.",
    '- **Its baseline** is the HTTP answer of the same requests. In distributed mode that answer already waits (read-your-writes, bounded by ' +
      `\`READ_YOUR_WRITES_MS\`, ${READ_YOUR_WRITES_MS / 1000} s) until the assessment service's *own* read models have applied every event of the write, which they take ` +
      "from the service's own store (not through Kafka); the gateway is fed through the broker at the same time, so its first event can land before the answer does.",
    `- **Process manager.** ${d.pmCases + 5} cases walked to "assessing" on the assessment service (untimed), 5 warm-up outcomes, then ${d.pmCases} ` +
      `\`POST …/assessment/outcome\` with \`issue-plan\` at ${d.pmRate}/s; a second watcher (a trigger notifying each insert of that type) sees the ehcp service's \`event_store.events\` gain \`PlanOpened\` ` +
      "of each case (the ehcp process manager's reaction, appended in ehcp's own store). Baseline: those requests' HTTP answers.",
    `- **Overload.** Last, ${d.overload.requests} more creations at ${d.overload.rate}/s, measured the same way, to show where the system stops keeping up; ` +
      'an achieved rate below the target means the in-flight bound was reached.',
    "- Everything is stopped (SIGTERM, SIGKILL after 15 s), the databases are dropped, and the namespace's topics and groups are deleted.",
    '',
  );

  lines.push('### Results', '');
  lines.push(row(['Measure', 'Work', 'Measured', 'Baseline (same run)', 'Baseline figure', 'Ratio']));
  lines.push(row(['---', '---', '---:', '---', '---:', '---:']));
  const fw = k.forwarder;
  lines.push(
    row([
      '`EventForwarder`, PostgreSQL store → Kafka',
      fw.ran ? `${N} events in ${int(fw.value.publishes)} pages, one awaited publish + checkpoint each` : `${N} events`,
      fw.ran ? rate(fw.value.rate.perSecond, 'events/s') : `NOT RUN: ${fw.reason}`,
      `kafkajs, ${k.producePage.batch} messages per awaited \`send\`, same bytes`,
      fw.ran ? rate(fw.value.baseline.perSecond, 'msg/s') : '–',
      fw.ran ? ratio(fw.value.rate.perSecond, fw.value.baseline.perSecond) : '–',
    ]),
  );
  lines.push(
    row([
      `kafkajs produce, ${k.produceBatch.batch} messages per send`,
      `${N} messages`,
      rate(k.produceBatch.perSecond, 'msg/s'),
      'kafkajs, one awaited `send` per message',
      rate(k.produce1.perSecond, 'msg/s'),
      ratio(k.produceBatch.perSecond, k.produce1.perSecond),
    ]),
  );
  lines.push(
    row([
      `kafkajs produce, ${k.producePage.batch} messages per send`,
      `${N} messages`,
      rate(k.producePage.perSecond, 'msg/s'),
      'kafkajs, one awaited `send` per message',
      rate(k.produce1.perSecond, 'msg/s'),
      ratio(k.producePage.perSecond, k.produce1.perSecond),
    ]),
  );
  lines.push(
    row([
      '`KafkaMessageBus.consume`, batch path, no-op batch handler',
      `${int(cfg.busConsume)} messages in ${int(k.busConsume.batches)} batches, commits within 100 ms`,
      rate(k.busConsume.perSecond, 'msg/s'),
      'kafkajs consumer, `commitOffsets` per message by hand',
      rate(k.rawConsume.perSecond, 'msg/s'),
      ratio(k.busConsume.perSecond, k.rawConsume.perSecond),
    ]),
  );
  const dist = k.distributed;
  if (dist.ran) {
    const v = dist.value;
    lines.push(
      row([
        'End to end: `POST /api/v1/cases` (assessment) → applied in the gateway read model',
        `${int(v.creates.requests)} requests at ${achieved(v.creates)}, first event`,
        lat(v.creates.gatewayFirst),
        'HTTP answer of the same requests',
        lat(v.creates.http),
        `${ratio(v.creates.gatewayFirst.p50, v.creates.http.p50)} (p50)`,
      ]),
    );
    lines.push(
      row([
        'Process manager: `POST …/assessment/outcome` issue-plan → `PlanOpened` in the ehcp store',
        `${int(v.planOpened.requests)} requests at ${achieved(v.planOpened)}`,
        lat(v.planOpened.reaction),
        'HTTP answer of the same requests',
        lat(v.planOpened.http),
        `${ratio(v.planOpened.reaction.p50, v.planOpened.http.p50)} (p50)`,
      ]),
    );
  } else {
    lines.push(row(['End to end through the distributed system', '–', `NOT RUN: ${dist.reason}`, '–', '–', '–']));
  }
  lines.push('');

  lines.push(...whatDominates(k, cfg));

  lines.push('### Kafka detail (same run)', '');
  lines.push(row(['Measure', 'Figure']));
  lines.push(row(['---', '---:']));
  lines.push(row(['kafkajs, one awaited `send` per message: time per send', us(1e6 / k.produce1.perSecond)]));
  lines.push(row(['Raw consumer: `commitOffsets` round trip', latMax(k.rawConsume.commit)]));
  lines.push(row(['Raw consumer: joining the new group', `${int(k.rawConsume.joinMs)} ms`]));
  for (const [name, value] of Object.entries(k.brokerConfig)) lines.push(row([`Broker setting \`${name}\``, setting(value)]));
  if (fw.ran) {
    const f = fw.value;
    lines.push(row(['Forwarder: events per publish (mean)', (k.messages / f.publishes).toFixed(1)]));
    lines.push(row(['Forwarder: time inside `KafkaMessageBus.publish` per event', us(f.publishUs)]));
    lines.push(row(['Forwarder: time per event outside publish (read, `toWire`, checkpoint)', us(f.otherUs)]));
    lines.push(
      row([`Checkpoint write alone (\`saveCheckpoint\`, one upsert), ${int(f.checkpointSaves)} writes`, us(f.checkpointSaveUs)]),
    );
    lines.push(row(['PostgreSQL `synchronous_commit` of that connection', f.synchronousCommit]));
    lines.push(row([`Pre-filling the store (${N} events, one append per stream), untimed`, `${int(f.prefillMs)} ms`]));
  }
  lines.push(
    row([
      `Kafka hop, kafkajs produce → consumer, ${int(k.hop.messages)} messages at ${k.hop.targetRate}/s (achieved ${k.hop.achievedRate.toFixed(1)}/s)`,
      latMax(k.hop.latency),
    ]),
  );
  if (dist.ran) {
    const v = dist.value;
    const c = v.creates;
    lines.push(row(['Three services started until all answer `/ready`', `${(v.startupMs / 1000).toFixed(1)} s`]));
    lines.push(row([`Creation → gateway, first event: ${c.requests} requests at ${achieved(c)}`, latMax(c.gatewayFirst)]));
    lines.push(row([`Creation → gateway, all ${c.eventsPerRequest} events of the write`, latMax(c.gatewayAll)]));
    lines.push(
      row([
        "Creation → the gateway's own `processedAt` stamp of the first event (wall clock, ms, before its commit)",
        latMax(c.gatewayStamp),
      ]),
    );
    lines.push(row(['Creation, HTTP answer of the assessment service', latMax(c.http)]));
    lines.push(overloadRow('Overload', v.overload));
    lines.push(row(['Overload, HTTP answer', latMax(v.overload.http)]));
    lines.push(
      row(['Overload, time from the last send until the gateway had applied everything', `${int(v.overload.drainMs)} ms`]),
    );
  }
  lines.push('');
  return lines;
}

function overloadRow(label: string, r: CreateRun): string {
  return row([`${label}: ${r.requests} creations at ${achieved(r)} → gateway, first event`, latMax(r.gatewayFirst)]);
}

/** A paragraph built from this run's own numbers. */
function whatDominates(k: KafkaResults, cfg: KafkaOptions): string[] {
  const parts: string[] = [];
  if (k.forwarder.ran) {
    const f = k.forwarder.value;
    const perEvent = 1e6 / f.rate.perSecond;
    parts.push(
      `The forwarder spends ${us(perEvent)} per event: ${us(f.publishUs)} inside the awaited, acknowledged publish of its page ` +
        `(${(k.messages / f.publishes).toFixed(0)} events per publish on average) and ${us(f.otherUs)} outside it (reading the page, \`toWire\`, ` +
        `one checkpoint upsert per page, which alone took ${us(f.checkpointSaveUs)} with \`synchronous_commit\` ${f.synchronousCommit}). ` +
        `So it runs at ${ratio(f.rate.perSecond, f.baseline.perSecond)} the rate of raw sends of ${k.producePage.batch} messages measured next to it, and ` +
        `${ratio(f.rate.perSecond, k.produce1.perSecond)} the rate of one awaited send per message.`,
    );
  }
  const commit = k.rawConsume.commit.p50;
  const linger = k.brokerConfig['group.coordinator.append.linger.ms'];
  parts.push(
    `A member that commits every message is bound by that round trip: the raw \`commitOffsets\` had a median of ${ms(commit)} ms` +
      (linger !== undefined && Number(linger) > 0
        ? `, above the broker's \`group.coordinator.append.linger.ms\` of ${linger} ms (the Kafka 4 group coordinator waits up to that long to batch ` +
          'offset writes before appending them)'
        : linger !== undefined
          ? ` with the broker's \`group.coordinator.append.linger.ms\` at ${linger} (offset writes appended at once)`
          : '') +
      `, so it tops out near ${int(1000 / commit)} msg/s whatever its handler does; the raw consumer made ${rate(k.rawConsume.perSecond, 'msg/s')}. ` +
      `The bus commits at most one request per 100 ms for all the batches handled meanwhile instead (${int(k.busConsume.batches)} batches for ${int(cfg.busConsume)} messages here) and made ` +
      `${rate(k.busConsume.perSecond, 'msg/s')}; every read model of a service applies such a batch in one transaction with its inbox rows.`,
  );
  if (k.distributed.ran) {
    const v = k.distributed.value;
    const c = v.creates;
    const o = v.overload;
    parts.push(
      `End to end at ${c.achievedRate.toFixed(1)} creations/s (${int(c.achievedRate * c.eventsPerRequest)} events/s into every consumer group), ` +
        `the gateway had applied a creation's first event ${ms(c.gatewayFirst.p50)} ms after it was sent (median), against ${ms(k.hop.latency.p50)} ms for one bare ` +
        `Kafka hop and ${ms(c.http.p50)} ms for the assessment service's own answer, which waits for its own read models, fed from its store. ` +
        (c.http.p50 >= 0.95 * READ_YOUR_WRITES_MS
          ? `That answer sat at the ${READ_YOUR_WRITES_MS / 1000} s read-your-writes bound: in this run the services were not keeping up even at ` +
            `${c.targetRate}/s (see the load average above), so these latencies are queueing, not the path's own cost. `
          : '') +
        `At ${o.targetRate}/s (${int(o.targetRate * o.eventsPerRequest)} events/s into each group) the system ` +
        (o.achievedRate < 0.95 * o.targetRate || o.gatewayFirst.p50 > 10 * c.gatewayFirst.p50
          ? `no longer kept up: ${o.achievedRate.toFixed(1)}/s achieved, the gateway's median went to ${ms(o.gatewayFirst.p50)} ms and it needed ` +
            `${(o.drainMs / 1000).toFixed(1)} s after the last send to catch up.`
          : `still kept up (achieved ${o.achievedRate.toFixed(1)}/s, gateway median ${ms(o.gatewayFirst.p50)} ms).`),
    );
  }
  return [`**What dominates.** ${parts.join(' ')}`, ''];
}
