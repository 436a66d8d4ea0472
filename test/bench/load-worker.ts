import { parentPort } from 'node:worker_threads';

/**
 * The HTTP load generator. It runs in a worker thread so that the client's own work (fetch, JSON) has
 * its own event loop and does not queue behind the server's on the main thread.
 */

export type JobKind = 'health' | 'create' | 'decide';

export interface Job {
  readonly kind: JobKind;
  readonly baseUrl: string;
  readonly token: string;
  readonly n: number;
  readonly concurrency: number;
  /** Cases to decide on (kind 'decide'); request k uses caseIds[k]. */
  readonly caseIds?: readonly string[];
  /** Offset added to the request number in create bodies, so every child's name differs. */
  readonly seq?: number;
  /**
   * Open loop: request k is sent at t0 + k / rate whatever the earlier ones are doing (at most `concurrency` in
   * flight; a request that would pass that bound waits and the achieved rate shows it). Unset: closed loop.
   */
  readonly rate?: number;
}

export interface JobResult {
  readonly ms: number;
  readonly latencies: Float64Array;
  readonly statuses: Record<string, number>;
  readonly caseIds: string[];
  readonly events: number;
  readonly firstError?: string;
}

function request(job: Job, k: number): { url: string; init: RequestInit } {
  const headers = { authorization: `Bearer ${job.token}`, 'content-type': 'application/json' };
  switch (job.kind) {
    case 'health':
      return { url: `${job.baseUrl}/health`, init: { method: 'GET' } };
    case 'create': {
      const body = {
        child: { givenName: 'Amara', familyName: `Okafor-${(job.seq ?? 0) + k}`, dateOfBirth: '2016-03-01' },
        la: '202',
        requestedBy: 'parent',
        receivedOn: '2024-02-29',
      };
      return { url: `${job.baseUrl}/api/v1/cases`, init: { method: 'POST', headers, body: JSON.stringify(body) } };
    }
    case 'decide': {
      const caseId = job.caseIds?.[k];
      if (!caseId) throw new Error(`no case for decision ${k}`);
      const body = {
        decision: 'assess',
        decidedOn: '2024-04-01',
        reason: 'Evidence suggests the child may have special educational needs.',
      };
      return {
        url: `${job.baseUrl}/api/v1/cases/${caseId}/assessment/decision`,
        init: { method: 'POST', headers, body: JSON.stringify(body) },
      };
    }
  }
}

async function run(job: Job): Promise<JobResult> {
  const latencies = new Float64Array(job.n);
  const statuses: Record<string, number> = {};
  const caseIds: string[] = new Array(job.n);
  let events = 0;
  let firstError: string | undefined;
  let next = 0;
  const t0 = performance.now();
  const worker = async () => {
    // Bounded: each of `concurrency` loops takes request numbers until all n are issued.
    while (next < job.n) {
      const k = next++;
      const { url, init } = request(job, k);
      if (job.rate !== undefined) {
        const due = t0 + (k * 1000) / job.rate;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      }
      // Open loop: latency counts from when the request was due, so a late send is not hidden.
      const start = job.rate !== undefined ? Math.min(performance.now(), t0 + (k * 1000) / job.rate) : performance.now();
      let status = 'network-error';
      let text: string;
      try {
        const res = await fetch(url, init);
        text = await res.text();
        status = String(res.status);
      } catch (error) {
        text = String(error);
      }
      latencies[k] = performance.now() - start;
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status.startsWith('2')) {
        if (job.kind !== 'health') {
          const body = JSON.parse(text) as { caseId: string; events: unknown[] };
          caseIds[k] = body.caseId;
          events += body.events.length;
        }
      } else {
        firstError ??= `${init.method} ${url} -> ${status}: ${text.slice(0, 500)}`;
      }
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: job.concurrency }, worker));
  const ms = performance.now() - start;
  return { ms, latencies, statuses, caseIds, events, ...(firstError === undefined ? {} : { firstError }) };
}

parentPort?.on('message', (job: Job) => {
  run(job).then(
    (result) => parentPort?.postMessage({ ok: true, result }),
    (error: unknown) => parentPort?.postMessage({ ok: false, error: String(error) }),
  );
});
