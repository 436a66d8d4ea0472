import { eventually } from '@send/testing';
import type { ConsumerHandle, InboundMessage } from '../message-bus.port.js';
import { InProcessMessageBus } from './in-process-message-bus.js';

describe('InProcessMessageBus', () => {
  let bus: InProcessMessageBus;
  const handles: ConsumerHandle[] = [];
  const consume = async (...args: Parameters<InProcessMessageBus['consume']>) => {
    const handle = await bus.consume(...args);
    handles.push(handle);
    return handle;
  };

  beforeEach(() => {
    bus = new InProcessMessageBus();
  });
  afterEach(async () => {
    await Promise.all(handles.splice(0).map((h) => h.stop()));
    await bus.close();
  });

  it('delivers key, parsed value and headers, with the partition and offset it was stored at', async () => {
    const got: InboundMessage[] = [];
    await consume({ groupId: 'g', topics: ['t'], handler: async (m) => void got.push(m) });
    await bus.publish('t', [{ key: 'case-1', value: { n: 1, at: '2026-01-01' }, headers: { 'event-id': 'e1' } }]);
    await eventually('the message', () => got.length === 1);
    expect(got[0]).toEqual({
      topic: 't',
      partition: expect.any(Number),
      offset: '0',
      key: 'case-1',
      value: { n: 1, at: '2026-01-01' },
      headers: { 'event-id': 'e1' },
    });
  });

  it('keeps the order of each key even when handlers take different times', async () => {
    const seen = new Map<string, number[]>();
    await consume({
      groupId: 'g',
      topics: ['t'],
      handler: async (m) => {
        const { key, n } = m.value as { key: string; n: number };
        await new Promise((r) => setTimeout(r, n % 3));
        seen.set(key, [...(seen.get(key) ?? []), n]);
      },
    });
    const keys = ['a', 'b', 'c', 'd', 'e'];
    for (let n = 0; n < 100; n++) {
      const key = keys[n % keys.length];
      await bus.publish('t', [{ key, value: { key, n }, headers: {} }]);
    }
    await eventually('all 100', () => [...seen.values()].flat().length === 100);
    for (const key of keys) {
      const ns = seen.get(key)!;
      expect(ns).toEqual([...ns].sort((x, y) => x - y));
      expect(ns).toHaveLength(20);
    }
  });

  it('retries a failing message, then dead-letters it with the error and moves on to the next one', async () => {
    const attempts = new Map<string, number>();
    const handled: string[] = [];
    await consume({
      groupId: 'g',
      topics: ['t'],
      maxAttempts: 3,
      retryBackoffMs: 1,
      handler: async (m) => {
        const id = (m.value as { id: string }).id;
        attempts.set(id, (attempts.get(id) ?? 0) + 1);
        if (id === 'poison') throw new Error('cannot apply');
        handled.push(id);
      },
    });
    // Same key: all three share a partition, so "moves on" is about the poison's own partition.
    await bus.publish(
      't',
      ['ok-1', 'poison', 'ok-2'].map((id) => ({ key: 'k', value: { id }, headers: { h: id } })),
    );
    await eventually('ok-2 after the poison', () => handled.includes('ok-2'));
    expect(handled).toEqual(['ok-1', 'ok-2']);
    expect(attempts.get('poison')).toBe(3);
    const [letter] = bus.read('t.dlq');
    expect(JSON.parse(letter.value!)).toEqual({ id: 'poison' });
    expect(letter.key).toBe('k');
    expect(letter.headers).toMatchObject({
      h: 'poison',
      'x-error': 'failed 3 times: Error: cannot apply',
      'x-original-topic': 't',
      'x-original-partition': String(letter.partition),
      'x-original-offset': '1',
    });
    expect(Date.parse(letter.headers['x-error-at'])).not.toBeNaN();
  });

  it('handles a message that succeeds on a retry once, without dead-lettering it', async () => {
    let calls = 0;
    await consume({
      groupId: 'g',
      topics: ['t'],
      deadLetterTopic: 'errors',
      retryBackoffMs: 1,
      handler: async () => {
        calls += 1;
        if (calls < 3) throw new Error('transient');
      },
    });
    await bus.publish('t', [{ key: 'k', value: 1, headers: {} }]);
    await eventually('the third attempt', () => calls === 3);
    await bus.publish('t', [{ key: 'k', value: 2, headers: {} }]);
    await eventually('the next message', () => calls === 4);
    expect(bus.read('errors')).toEqual([]);
  });

  it('lets a new consumer of the group resume after the last handled message, and other groups start afresh', async () => {
    const first: number[] = [];
    const h1 = await bus.consume({ groupId: 'g', topics: ['t'], handler: async (m) => void first.push(m.value as number) });
    await bus.publish(
      't',
      [1, 2, 3].map((n) => ({ key: 'k', value: n, headers: {} })),
    );
    await eventually('three', () => first.length === 3);
    await h1.stop();
    await bus.publish(
      't',
      [4, 5].map((n) => ({ key: 'k', value: n, headers: {} })),
    );
    const second: number[] = [];
    const other: number[] = [];
    await consume({ groupId: 'g', topics: ['t'], handler: async (m) => void second.push(m.value as number) });
    await consume({ groupId: 'other', topics: ['t'], handler: async (m) => void other.push(m.value as number) });
    await eventually('the rest', () => second.length === 2 && other.length === 5);
    expect(second).toEqual([4, 5]);
    expect(other).toEqual([1, 2, 3, 4, 5]);
  });

  it('does not commit a message whose retries were cut short by stop(), so the next consumer gets it', async () => {
    let attempts = 0;
    const h1 = await bus.consume({
      groupId: 'g',
      topics: ['t'],
      retryBackoffMs: 60_000,
      handler: async () => {
        attempts += 1;
        throw new Error('down');
      },
    });
    await bus.publish('t', [{ key: 'k', value: 'x', headers: {} }]);
    await eventually('the first attempt', () => attempts === 1);
    await h1.stop(); // returns at once although the back-off is a minute
    const got: unknown[] = [];
    await consume({ groupId: 'g', topics: ['t'], handler: async (m) => void got.push(m.value) });
    await eventually('the redelivery', () => got.length === 1);
    expect(bus.read('t.dlq')).toEqual([]);
  });

  it('refuses a second live consumer in the same group, and a value JSON cannot carry', async () => {
    await consume({ groupId: 'g', topics: ['t'], handler: async () => undefined });
    await expect(bus.consume({ groupId: 'g', topics: ['t'], handler: async () => undefined })).rejects.toThrow(/already/);
    await expect(bus.publish('t', [{ key: 'k', value: undefined, headers: {} }])).rejects.toThrow(/JSON/);
  });
});
