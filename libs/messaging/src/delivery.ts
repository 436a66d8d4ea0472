import {
  type ConsumeOptions,
  DEFAULT_MAX_ATTEMPTS,
  type InboundMessage,
  DEFAULT_RETRY_BACKOFF_MS,
  MAX_RETRY_BACKOFF_MS,
  deadLetterTopicFor,
} from './message-bus.port.js';

/** A message as it sits in the log: the value is still the raw text, so a dead letter keeps the exact bytes. */
export interface RawMessage {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: string;
  readonly value: string | null;
  readonly headers: Record<string, string>;
}

export interface DeadLetter {
  readonly topic: string;
  readonly key: string;
  readonly value: string | null;
  readonly headers: Record<string, string>;
}

/** 'stopped' means the consumer is shutting down mid-retry: do not commit, the next consumer gets the message again. */
export type Outcome = 'handled' | 'dead-lettered' | 'stopped';

/** Lets stop() cut a retry back-off short instead of waiting it out. */
export class StopSignal {
  private stoppedFlag = false;
  private readonly wakers = new Set<() => void>();

  get stopped(): boolean {
    return this.stoppedFlag;
  }

  stop(): void {
    this.stoppedFlag = true;
    for (const wake of this.wakers) wake();
    this.wakers.clear();
  }

  /** Resolves after `ms` or as soon as stop() is called. */
  sleep(ms: number): Promise<void> {
    if (this.stoppedFlag) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.wakers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.wakers.add(wake);
    });
  }
}

export function backoffMs(attempt: number, initialMs: number): number {
  return Math.min(initialMs * 2 ** (attempt - 1), MAX_RETRY_BACKOFF_MS);
}

/**
 * The delivery rule both adapters share: parse, try the handler up to maxAttempts times with bounded back-off,
 * then dead-letter. The caller commits the offset on 'handled' and 'dead-lettered' only, so a crash anywhere
 * before that means redelivery (at least once), never a silent loss. A dead letter is published before the
 * commit for the same reason: if the publish fails the caller throws and the message is tried again.
 */
export async function deliver(
  raw: RawMessage,
  options: ConsumeOptions,
  signal: StopSignal,
  sendDeadLetter: (letter: DeadLetter) => Promise<void>,
): Promise<Outcome> {
  if (signal.stopped) return 'stopped';
  let value: unknown;
  try {
    if (raw.value === null) throw new Error('message has no value');
    value = JSON.parse(raw.value);
  } catch (error) {
    // Retrying cannot make bad bytes parse: straight to the dead-letter topic.
    await sendDeadLetter(deadLetterOf(raw, options, `value is not valid JSON: ${describe(error)}`));
    return 'dead-lettered';
  }
  const message = { ...raw, value, headers: { ...raw.headers } };
  const maxAttempts = Math.max(1, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
  let lastError: unknown;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    try {
      await options.handler(message);
      return 'handled';
    } catch (error) {
      lastError = error;
    }
    if (attempt < maxAttempts) await signal.sleep(backoffMs(attempt, options.retryBackoffMs ?? DEFAULT_RETRY_BACKOFF_MS));
    if (signal.stopped) return 'stopped';
  }
  await sendDeadLetter(deadLetterOf(raw, options, `failed ${maxAttempts} times: ${describe(lastError)}`));
  return 'dead-lettered';
}

/**
 * Messages of one partition, in order: handed to the batch handler at once when there is one and every value
 * parses; otherwise, or when the batch handler throws (it applies all or nothing), each goes through deliver()
 * so that a poison message is retried and dead-lettered alone. Returns how many leading messages are done
 * (handled or dead-lettered): the caller commits the offset after the last of them and nothing further.
 */
export async function deliverBatch(
  raws: readonly RawMessage[],
  options: ConsumeOptions,
  signal: StopSignal,
  sendDeadLetter: (letter: DeadLetter) => Promise<void>,
): Promise<number> {
  if (signal.stopped || raws.length === 0) return 0;
  const batch = options.batchHandler;
  const parsed = batch ? raws.flatMap((raw) => parsedOf(raw) ?? []) : [];
  if (batch && parsed.length === raws.length) {
    try {
      await batch(parsed);
      return raws.length;
    } catch (error) {
      console.warn(`${options.groupId}: a batch of ${raws.length} failed (${describe(error)}); delivering one at a time`);
    }
  }
  let done = 0;
  for (const raw of raws) {
    if ((await deliver(raw, options, signal, sendDeadLetter)) === 'stopped') break;
    done += 1;
  }
  return done;
}

function parsedOf(raw: RawMessage): InboundMessage | undefined {
  if (raw.value === null) return undefined;
  try {
    return { ...raw, value: JSON.parse(raw.value) as unknown, headers: { ...raw.headers } };
  } catch {
    return undefined;
  }
}

function deadLetterOf(raw: RawMessage, options: ConsumeOptions, error: string): DeadLetter {
  return {
    topic: deadLetterTopicFor(raw.topic, options),
    key: raw.key,
    value: raw.value,
    headers: {
      ...raw.headers,
      'x-error': error.slice(0, 2000),
      'x-error-at': new Date().toISOString(),
      'x-original-topic': raw.topic,
      'x-original-partition': String(raw.partition),
      'x-original-offset': raw.offset,
      // Each group dead-letters its own copy: say whose handler gave up, so an operator replays to that one.
      'x-consumer-group': options.groupId,
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Refuses what JSON cannot carry (undefined, a function) at publish time rather than dead-lettering it later. */
export function serialise(value: unknown): string {
  const text = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  if (text === undefined) throw new TypeError('message value is not JSON-serialisable');
  return text;
}
