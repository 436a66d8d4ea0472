import { CONTEXTS, type StoredEvent } from '@send/kernel';
import type { CaseReplayer } from '@send/read-models';
import { storedEvent } from '@send/testing';
import { oneReplayerPerContext } from './case-replay.js';
import { diffCase, jsonPointer } from './case-replay-diff.js';

const event = (streamId: string, revision: number, recordedAt: string, type = `E${revision}`) =>
  storedEvent(type, {}, { id: `${streamId}#${revision}`, streamId, revision, recordedAt });

/** A replayer whose state names what it folded, so a diff shows which events each context gained. */
const listing = (context: CaseReplayer['context']): CaseReplayer => ({
  context,
  fold: (events) => ({
    ...(context === 'assessment' ? { stage: events.length > 1 ? 'assessing' : 'requested' } : {}),
    state: { count: events.length, types: events.map((e) => e.type), ...(events.length ? { last: events.at(-1)!.type } : {}) },
  }),
});

const replayers = oneReplayerPerContext(CONTEXTS.map(listing));
const streams = new Map<string, StoredEvent[]>([
  [
    'assessment-c1',
    [
      event('assessment-c1', 0, '2026-01-01T10:00:00.000Z', 'Requested'),
      event('assessment-c1', 1, '2026-01-02T10:00:00.000Z', 'Decided'),
      event('assessment-c1', 2, '2026-01-03T10:00:00.000Z', 'Advised'),
    ],
  ],
  ['ehcp-c1', [event('ehcp-c1', 0, '2026-01-02T10:00:00.000Z', 'Opened')]],
  ['deadlines-c1', [event('deadlines-c1', 0, '2026-01-02T12:00:00.000Z', 'DeadlineBreached')]],
  ['assessment-c2', [event('assessment-c2', 0, '2026-01-02T10:00:00.000Z')]],
]);
const at = (iso: string) => new Date(iso);

describe('the diff of a case between two instants', () => {
  const d = diffCase(streams, 'c1', at('2026-01-01T10:00:00Z'), at('2026-01-02T12:00:00Z'), replayers);

  it('names, per context, the events recorded after from and up to to (one recorded at to counts)', () => {
    expect(Object.keys(d.contexts)).toEqual([...CONTEXTS]);
    expect(d.contexts.assessment.events.map((e) => e.id)).toEqual(['assessment-c1#1']);
    expect(d.contexts.ehcp.events.map((e) => e.type)).toEqual(['Opened']);
    expect(d.contexts.placement.events).toEqual([]);
    expect(d.deadlines.events.map((e) => e.type)).toEqual(['DeadlineBreached']);
  });

  it("gives each named event's id, type, revision, dates and actor", () => {
    expect(d.contexts.assessment.events[0]).toEqual({
      id: 'assessment-c1#1',
      type: 'Decided',
      revision: 1,
      occurredAt: '2024-02-29',
      recordedAt: '2026-01-02T10:00:00.000Z',
      actor: { id: 'u', role: 'caseworker' },
    });
  });

  it('gives the revision each context stood at, at either instant', () => {
    expect(d.contexts.assessment).toMatchObject({ fromRevision: 0, toRevision: 1 });
    expect(d.contexts.ehcp).toMatchObject({ fromRevision: -1, toRevision: 0 });
    expect(d.contexts.funding).toMatchObject({ fromRevision: -1, toRevision: -1, changes: [] });
    expect(d.deadlines).toMatchObject({ fromRevision: -1, toRevision: 0 });
  });

  it('describes each change of the replayed state by its path: added, removed or changed', () => {
    expect(d.contexts.assessment.changes).toEqual(
      expect.arrayContaining([
        { path: '/stage', kind: 'changed', from: 'requested', to: 'assessing' },
        { path: '/state/count', kind: 'changed', from: 1, to: 2 },
        { path: '/state/types/1', kind: 'added', to: 'Decided' },
        { path: '/state/last', kind: 'changed', from: 'Requested', to: 'Decided' },
      ]),
    );
    expect(d.contexts.ehcp.changes).toEqual(expect.arrayContaining([{ path: '/state/last', kind: 'added', to: 'Opened' }]));
  });

  it('reads a removal when a later state drops what an earlier one held', () => {
    const shrinking: CaseReplayer = { context: 'mediation', fold: (events) => ({ state: events.length ? {} : { open: true } }) };
    const r = oneReplayerPerContext([...CONTEXTS.filter((c) => c !== 'mediation').map(listing), shrinking]);
    const s = new Map([['mediation-c1', [event('mediation-c1', 0, '2026-01-02T10:00:00.000Z')]]]);
    const m = diffCase(s, 'c1', at('2026-01-01T00:00:00Z'), at('2026-01-03T00:00:00Z'), r).contexts.mediation;
    expect(m.changes).toEqual([{ path: '/state/open', kind: 'removed', from: true }]);
  });

  it('is empty between two instants with nothing recorded in between', () => {
    const quiet = diffCase(streams, 'c1', at('2026-01-04T00:00:00Z'), at('2026-02-01T00:00:00Z'), replayers);
    for (const context of CONTEXTS) expect(quiet.contexts[context]).toMatchObject({ events: [], changes: [] });
    expect(quiet.contexts.assessment).toMatchObject({ fromRevision: 2, toRevision: 2 });
  });

  it("never takes another case's events", () => {
    const all = diffCase(streams, 'c1', at('2025-01-01T00:00:00Z'), at('2027-01-01T00:00:00Z'), replayers);
    expect(all.contexts.assessment.events.map((e) => e.id)).toEqual(['assessment-c1#0', 'assessment-c1#1', 'assessment-c1#2']);
  });
});

describe('paths', () => {
  it('are JSON Pointers: ~ and / inside a key are escaped', () => {
    expect(jsonPointer(['state', 'deadlines', 'a/b~c', 0])).toBe('/state/deadlines/a~1b~0c/0');
    expect(jsonPointer([])).toBe('');
  });
});
