import { CONTEXTS, type StoredEvent, type TimelineEntry } from '@send/kernel';
import type { CaseTimeline } from '@send/read-models';
import { storedEvent } from '@send/testing';
import { buildTimeline, oneTimelinePerContext, parseKinds } from './timeline.js';

/** A teller that makes one entry per event, dated by the event's occurredAt, its kind in the data. */
const teller = (context: CaseTimeline['context']): CaseTimeline => ({
  context,
  entriesOf: (events: readonly StoredEvent[]): TimelineEntry[] =>
    events.map((e) => ({
      at: e.occurredAt,
      kind: (e.data as { kind: TimelineEntry['kind'] }).kind,
      title: `${context} ${e.type}`,
      actor: e.actor,
      eventIds: [e.id],
      recordedAt: e.recordedAt,
    })),
});

const ev = (streamId: string, type: string, occurredAt: string, recordedAt: string, kind = 'decision') =>
  storedEvent(type, { kind }, { streamId, occurredAt, recordedAt });

describe('the evidential timeline of a case', () => {
  const timelines = oneTimelinePerContext([...CONTEXTS].reverse().map(teller));
  const streams = new Map<string, StoredEvent[]>([
    [
      'assessment-c1',
      [
        ev('assessment-c1', 'A', '2026-01-05', '2026-01-05T09:00:00Z', 'request'),
        ev('assessment-c1', 'B', '2026-02-01', '2026-02-01T09:00:00Z'),
      ],
    ],
    ['ehcp-c1', [ev('ehcp-c1', 'D', '2026-01-20', '2026-01-21T09:00:00Z', 'notice')]],
    [
      'deadlines-c1',
      [
        storedEvent(
          'DeadlineBreached',
          { deadlineId: 'assessment-decision', rule: 'assessment-decision', dueOn: '2026-02-16', breachedOn: '2026-02-17' },
          { streamId: 'deadlines-c1', recordedAt: '2026-02-17T06:00:00Z', actor: { id: 'deadline-watcher', role: 'system' } },
        ),
      ],
    ],
    ['funding-c2', [ev('funding-c2', 'X', '2026-01-01', '2026-01-01T09:00:00Z')]],
  ]);

  it('merges every context and the watcher oldest first by business date', () => {
    const { entries } = buildTimeline(streams, 'c1', timelines);
    expect(entries.map((e) => e.title)).toEqual([
      'assessment A',
      'ehcp D',
      'assessment B',
      '6-week decision deadline breached (due 2026-02-16)',
    ]);
  });

  it('filters by business dates (inclusive) and kinds, and reads as of an instant', () => {
    expect(buildTimeline(streams, 'c1', timelines, { from: '2026-01-20', to: '2026-02-01' }).entries).toHaveLength(2);
    expect(buildTimeline(streams, 'c1', timelines, { kinds: ['deadline', 'request'] }).entries.map((e) => e.kind)).toEqual([
      'request',
      'deadline',
    ]);
    expect(buildTimeline(streams, 'c1', timelines, { asOf: new Date('2026-01-21T09:00:00Z') }).entries).toHaveLength(2);
  });

  it('checks the kinds asked for', () => {
    expect(parseKinds(undefined)).toBeUndefined();
    expect(parseKinds('plan,order')).toEqual(['plan', 'order']);
    expect(parseKinds('plan,gossip')).toEqual({ unknown: ['gossip'] });
  });

  it('needs one timeline for every context', () => {
    expect(() => oneTimelinePerContext(CONTEXTS.filter((c) => c !== 'funding').map(teller))).toThrow(/funding context/);
  });
});
