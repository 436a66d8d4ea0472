// Round-trip check of the local broker with the project's kafkajs (run from anywhere inside the repo):
//
//   node infra/kafka/smoke.mjs roundtrip [topic]   create a 3-partition topic, produce 100 keyed
//                                                  messages, consume them in a group, commit
//   node infra/kafka/smoke.mjs verify [topic]      topic + committed offsets still there; the group
//                                                  resumes from its commit (gets only new messages)
//   node infra/kafka/smoke.mjs txn [topic]         idempotent + transactional producer, read_committed
//
// Exits non-zero on any failure. Every wait is bounded. Broker: KAFKA_BROKERS (default 127.0.0.1:9092).
import { Kafka, logLevel } from 'kafkajs';

const [phase = 'roundtrip', topicArg] = process.argv.slice(2);
const topic = topicArg ?? 'infra-smoke';
const groupId = `${topic}-group`;
const brokers = (process.env.KAFKA_BROKERS ?? `127.0.0.1:${process.env.KAFKA_PORT ?? 9092}`).split(',');
const N = 100;

const warnings = [];
const kafka = new Kafka({
  clientId: 'infra-smoke',
  brokers,
  connectionTimeout: 3000,
  requestTimeout: 10000,
  retry: { retries: 5 },
  logLevel: logLevel.WARN,
  logCreator: () => ({ level, log }) => {
    const { message, logger, timestamp, ...extra } = log;
    const line = `${['', 'ERROR', 'WARN', 'INFO', 'DEBUG'][level] ?? level} [${logger ?? ''}] ${message} ${JSON.stringify(extra)}`;
    warnings.push(line);
    console.error(`  kafkajs: ${line}`);
  },
});

const t0 = Date.now();
const ms = () => `${Date.now() - t0}ms`;
const fail = (msg) => {
  throw new Error(msg);
};
const withTimeout = (p, timeoutMs, what) =>
  Promise.race([p, new Promise((_, rej) => setTimeout(() => rej(new Error(`timeout: ${what} after ${timeoutMs}ms`)), timeoutMs).unref())]);

async function offsets(admin) {
  const hw = await admin.fetchTopicOffsets(topic);
  const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
  const high = hw.reduce((s, p) => s + Number(p.high), 0);
  const comm = committed.partitions.reduce((s, p) => s + Math.max(0, Number(p.offset)), 0);
  return { high, committed: comm, perPartition: hw.map((p) => `${p.partition}:${p.high}`).join(' ') };
}

// consume with the group until `expected` messages arrived (then wait a little more for extras)
async function consume(expected) {
  const consumer = kafka.consumer({ groupId, sessionTimeout: 10000, heartbeatInterval: 1000, maxWaitTimeInMs: 500 });
  const got = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  consumer.on(consumer.events.GROUP_JOIN, (e) => console.log(`  joined group as ${e.payload.memberId.slice(0, 24)}… in ${e.payload.duration}ms (${ms()})`));
  let done;
  const finished = new Promise((r) => (done = r));
  await consumer.run({
    autoCommit: false,
    eachMessage: async ({ partition, message }) => {
      got.push({ partition, key: message.key?.toString(), offset: message.offset });
      await consumer.commitOffsets([{ topic, partition, offset: String(Number(message.offset) + 1) }]);
      if (got.length >= expected) done();
    },
  });
  try {
    if (expected > 0) await withTimeout(finished, 60000, `consuming ${expected} messages`);
    console.log(`  got ${got.length}/${expected} (${ms()})`);
    await new Promise((r) => setTimeout(r, 1500)); // extras would show up here
  } finally {
    await consumer.disconnect();
    console.log(`  consumer disconnected (${ms()})`);
  }
  return got;
}

async function produce(count, prefix) {
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  const messages = Array.from({ length: count }, (_, i) => ({ key: `key-${i % 10}`, value: JSON.stringify({ prefix, i }) }));
  const res = await producer.send({ topic, acks: -1, messages });
  await producer.disconnect();
  return res;
}

async function roundtrip(admin) {
  const existing = await admin.listTopics();
  if (existing.includes(topic)) {
    await admin.deleteTopics({ topics: [topic], timeout: 10000 });
    await new Promise((r) => setTimeout(r, 1000));
  }
  const created = await admin.createTopics({ topics: [{ topic, numPartitions: 3, replicationFactor: 1 }], waitForLeaders: true });
  const meta = await admin.fetchTopicMetadata({ topics: [topic] });
  const parts = meta.topics[0].partitions.length;
  console.log(`createTopics=${created} partitions=${parts} (${ms()})`);
  if (parts !== 3) fail(`expected 3 partitions, got ${parts}`);

  await produce(N, 'roundtrip');
  let o = await offsets(admin);
  console.log(`produced ${N}: high watermarks ${o.perPartition} sum=${o.high} (${ms()})`);
  if (o.high !== N) fail(`expected ${N} messages on the topic, found ${o.high}`);

  const got = await consume(N);
  const byKey = new Set(got.map((m) => m.key));
  // keyed messages: each key must land on exactly one partition
  const keyParts = new Map();
  for (const m of got) (keyParts.get(m.key) ?? keyParts.set(m.key, new Set()).get(m.key)).add(m.partition);
  const splitKeys = [...keyParts].filter(([, s]) => s.size > 1).length;
  console.log(`consumed ${got.length} messages, ${byKey.size} distinct keys, keys split across partitions: ${splitKeys} (${ms()})`);
  if (got.length !== N) fail(`expected ${N} consumed, got ${got.length}`);
  if (splitKeys) fail('a key was spread over several partitions');

  o = await offsets(admin);
  console.log(`committed offsets sum=${o.committed} (high=${o.high})`);
  if (o.committed !== N) fail(`expected committed ${N}, got ${o.committed}`);
  const groups = await admin.describeGroups([groupId]);
  console.log(`group ${groupId}: state=${groups.groups[0].state} protocolType=${groups.groups[0].protocolType}`);
}

async function verify(admin) {
  const topics = await admin.listTopics();
  if (!topics.includes(topic)) fail(`topic ${topic} is gone`);
  const meta = await admin.fetchTopicMetadata({ topics: [topic] });
  let o = await offsets(admin);
  console.log(`topic ${topic} present, partitions=${meta.topics[0].partitions.length}, high=${o.high}, committed=${o.committed} (${ms()})`);
  if (o.committed !== o.high || o.high < N) fail('committed offsets did not survive');
  await produce(5, 'verify');
  const got = await consume(5);
  console.log(`after producing 5 more the group consumed ${got.length} (resumed from its commit) (${ms()})`);
  if (got.length !== 5) fail(`expected exactly 5, got ${got.length}`);
  o = await offsets(admin);
  if (o.committed !== o.high) fail(`committed ${o.committed} != high ${o.high}`);
  console.log(`committed=${o.committed} high=${o.high}`);
}

async function txn(admin) {
  const t = `${topic}-txn`;
  if (!(await admin.listTopics()).includes(t)) await admin.createTopics({ topics: [{ topic: t, numPartitions: 3 }], waitForLeaders: true });
  const idem = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await idem.connect();
  await idem.send({ topic: t, acks: -1, messages: [{ key: 'a', value: 'idempotent' }] });
  await idem.disconnect();
  console.log(`idempotent producer ok (${ms()})`);
  const tp = kafka.producer({ transactionalId: `${t}-tx`, idempotent: true, maxInFlightRequests: 1 });
  await tp.connect();
  const tx = await tp.transaction();
  await tx.send({ topic: t, messages: [{ key: 'b', value: 'committed-in-txn' }] });
  await tx.sendOffsets({ consumerGroupId: `${t}-group`, topics: [{ topic: t, partitions: [{ partition: 0, offset: '0' }] }] });
  await tx.commit();
  const tx2 = await tp.transaction();
  await tx2.send({ topic: t, messages: [{ key: 'c', value: 'aborted' }] });
  await tx2.abort();
  await tp.disconnect();
  console.log(`transactional producer: commit + sendOffsets + abort ok (${ms()})`);
}

const admin = kafka.admin();
try {
  await withTimeout(admin.connect(), 20000, 'admin connect');
  const cluster = await admin.describeCluster();
  console.log(`connected: cluster ${cluster.clusterId}, brokers ${cluster.brokers.map((b) => `${b.host}:${b.port}`).join(',')} (${ms()})`);
  if (phase === 'roundtrip') await roundtrip(admin);
  else if (phase === 'verify') await verify(admin);
  else if (phase === 'txn') await txn(admin);
  else fail(`unknown phase ${phase}`);
  console.log(`OK ${phase} in ${ms()}; kafkajs warnings/errors logged: ${warnings.length}`);
} catch (e) {
  console.error(`FAILED ${phase}: ${e.stack ?? e}`);
  process.exitCode = 1;
} finally {
  await admin.disconnect().catch(() => {});
}
