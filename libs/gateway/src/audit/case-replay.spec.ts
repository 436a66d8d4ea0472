import { CONTEXTS, type StoredEvent } from '@send/kernel';
import type { CaseReplayer } from '@send/read-models';
import { oneReplayerPerContext, replayCase } from './case-replay.js';

const event = (streamId: string, revision: number, recordedAt: string) =>
  ({ streamId, revision, recordedAt, type: `E${revision}` }) as unknown as StoredEvent;

/** A replayer whose state is the types it folded, so a test sees which events each context was given. */
const counting = (context: CaseReplayer['context']): CaseReplayer => ({
  context,
  fold: (events) => ({
    ...(context === 'assessment' ? { stage: `after-${events.length}` } : {}),
    state: events.map((e) => e.type),
  }),
});

describe('replay of a case', () => {
  const replayers = oneReplayerPerContext([...CONTEXTS].reverse().map(counting));
  const streams = new Map([
    ['assessment-c1', [event('assessment-c1', 0, '2026-01-01T10:00:00Z'), event('assessment-c1', 1, '2026-01-02T10:00:00Z')]],
    ['placement-c1', [event('placement-c1', 0, '2026-01-03T10:00:00Z')]],
    ['deadlines-c1', [event('deadlines-c1', 0, '2026-01-01T10:00:00Z')]],
    ['funding-c2', [event('funding-c2', 0, '2026-01-01T10:00:00Z')]],
  ]);

  it('folds each context from its own stream of the case, in pathway order', () => {
    const replay = replayCase(streams, 'c1', new Date('2026-02-01T00:00:00Z'), replayers);
    expect(Object.keys(replay)).toEqual([...CONTEXTS]);
    expect(replay.assessment).toEqual({ revision: 1, stage: 'after-2', state: ['E0', 'E1'] });
    expect(replay.placement).toEqual({ revision: 0, state: ['E0'] });
    expect(replay.ehcp).toEqual({ revision: -1, state: [] });
    expect(replay.funding).toEqual({ revision: -1, state: [] });
  });

  it('leaves out what was recorded after the instant; an event recorded at the instant counts', () => {
    const replay = replayCase(streams, 'c1', new Date('2026-01-02T10:00:00Z'), replayers);
    expect(replay.assessment).toMatchObject({ revision: 1 });
    expect(replay.placement).toMatchObject({ revision: -1 });
  });

  it('needs one replayer for every context', () => {
    expect(() => oneReplayerPerContext(CONTEXTS.filter((c) => c !== 'mediation').map(counting))).toThrow(/mediation context/);
    expect(() => oneReplayerPerContext([...CONTEXTS, 'ehcp' as const].map(counting))).toThrow(/ehcp context, and was given 2/);
  });
});
