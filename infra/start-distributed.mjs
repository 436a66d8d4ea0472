#!/usr/bin/env node
// Starts the distributed mode on one machine: the five context services and the gateway, each its
// own process, against the local Kafka broker (npm run infra:up) and PostgreSQL. Ctrl-C stops them all.
import { spawn } from 'node:child_process';
import { createConnection } from 'node:net';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pg = process.env.PG_BASE_URL ?? 'postgres://postgres@127.0.0.1:5432';
const brokers = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';
const common = {
  ...process.env,
  SEND_MODE: 'distributed',
  KAFKA_BROKERS: brokers,
  DATA_DIR: process.env.DATA_DIR ?? join(root, 'data', 'distributed'),
  KAFKAJS_NO_PARTITIONER_WARNING: '1',
};
const ports = {
  assessment: process.env.ASSESSMENT_PORT ?? '3101',
  ehcp: process.env.EHCP_PORT ?? '3102',
  placement: process.env.PLACEMENT_PORT ?? '3103',
  mediation: process.env.MEDIATION_PORT ?? '3104',
  funding: process.env.FUNDING_PORT ?? '3105',
};
const contexts = Object.keys(ports);
const services = [
  ...contexts.map((name) => ({
    name,
    entry: `apps/${name}/src/main.js`,
    env: { PORT: ports[name], EVENT_STORE: 'postgres', DATABASE_URL: `${pg}/send_${name}` },
  })),
  {
    name: 'gateway',
    entry: 'apps/gateway/src/main.js',
    env: {
      PORT: process.env.PORT ?? '3000',
      EVENT_STORE: 'none',
      DATABASE_URL: `${pg}/send_gateway`,
      ...Object.fromEntries(contexts.map((c) => [`${c.toUpperCase()}_URL`, `http://127.0.0.1:${ports[c]}`])),
    },
  },
];

function reachable(hostPort) {
  const [host, port] = hostPort.split(':');
  return new Promise((resolve) => {
    const socket = createConnection({ host, port: Number(port), timeout: 2000 }, () => (socket.end(), resolve(true)));
    socket.on('error', () => resolve(false)).on('timeout', () => (socket.destroy(), resolve(false)));
  });
}

if (!(await reachable(brokers.split(',')[0]))) {
  console.error(`No Kafka broker at ${brokers}: run "npm run infra:up" first.`);
  process.exit(1);
}

const children = services.map(({ name, entry, env }) => {
  const child = spawn(process.execPath, [join(root, 'dist', entry)], { env: { ...common, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (stream, out) => stream.on('data', (chunk) => out.write(chunk.toString().replace(/^(?=.)/gm, `[${name}] `)));
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    console.error(`[${name}] exited (${signal ?? code})`);
    if (!stopping) stop(1);
  });
  return child;
});

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  const force = setTimeout(() => children.forEach((c) => c.exitCode === null && c.kill('SIGKILL')), 10_000);
  Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.on('exit', r))))).then(() => {
    clearTimeout(force);
    process.exit(code);
  });
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
