/** Small, dependency-free helpers for timing and formatting the benchmark's figures. */

export interface Latency {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function latency(samples: ArrayLike<number>): Latency {
  const sorted = Float64Array.from(samples).sort();
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: percentile(sorted, 100) };
}

/** Times an async or sync body once with performance.now(); returns milliseconds. */
export async function timed(body: () => Promise<void> | void): Promise<number> {
  const start = performance.now();
  await body();
  return performance.now() - start;
}

export function perSecond(count: number, ms: number): number {
  return (count * 1000) / ms;
}

export function int(n: number): string {
  return Math.round(n).toLocaleString('en-GB');
}

export function rate(n: number, unit: string): string {
  if (n >= 100) return `${int(n)} ${unit}`;
  return `${n.toPrecision(3)} ${unit}`;
}

export function ms(n: number): string {
  return n >= 100 ? `${Math.round(n)}` : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}

export function ratio(value: number, baseline: number): string {
  const r = value / baseline;
  return r >= 0.1 ? `${r.toFixed(2)}×` : `${r.toFixed(3)}×`;
}

/** Deterministic PRNG (mulberry32) so the store and its baseline read the same random streams. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Progress goes to stderr so stdout carries only the report. */
export function progress(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Rejects when `promise` has not settled within `ms`, naming what was awaited: every wait in the bench is bounded. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Rate over the span from the first to the last timestamp: units completed after the first ÷ that span. */
export function spanRate(times: ArrayLike<number>, unitsAfterFirst: number): { count: number; ms: number; perSecond: number } {
  const ms = times[times.length - 1] - times[0];
  return { count: unitsAfterFirst, ms, perSecond: perSecond(unitsAfterFirst, ms) };
}
