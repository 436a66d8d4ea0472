import { copyingWriter, foldDrafted, type RecordWriter } from './fold-draft.js';

/** A tally of named counts: the smallest state whose record grows with its stream. */
interface Tally {
  readonly total: number;
  readonly counts: Readonly<Record<string, number>>;
}
type Counted = { readonly name: string };

const evolve = (state: Tally, event: Counted, writer: RecordWriter): Tally => ({
  total: state.total + 1,
  counts: writer.set(state.counts, event.name, (state.counts[event.name] ?? 0) + 1),
});
const oneByOne = (state: Tally, events: readonly Counted[]) => events.reduce((s, e) => evolve(s, e, copyingWriter), state);
const events: Counted[] = ['a', 'b', 'a', 'c', 'b', 'a'].map((name) => ({ name }));
const empty: Tally = { total: 0, counts: {} };

describe('copyingWriter', () => {
  it('sets a key on a new record and leaves the one it was given as it was', () => {
    const before = { a: 1 };
    const after = copyingWriter.set(before, 'b', 2);
    expect(after).toEqual({ a: 1, b: 2 });
    expect(before).toEqual({ a: 1 });
  });
});

describe('foldDrafted', () => {
  it('gives the state evolving the events one by one gives, for every prefix of them', () => {
    for (let n = 0; n <= events.length; n++) {
      expect(foldDrafted(empty, events.slice(0, n), evolve)).toEqual(oneByOne(empty, events.slice(0, n)));
    }
  });

  it('keeps the keys in the order one by one gives them, so the state reads the same as JSON', () => {
    expect(JSON.stringify(foldDrafted(empty, events, evolve))).toBe(JSON.stringify(oneByOne(empty, events)));
  });

  it('leaves the state it started from as it was', () => {
    const start = oneByOne(empty, events.slice(0, 2));
    foldDrafted(start, events.slice(2), evolve);
    expect(start).toEqual({ total: 2, counts: { a: 1, b: 1 } });
  });

  it('returns records that are frozen, which a later fold from them copies rather than changes', () => {
    const first = foldDrafted(empty, events.slice(0, 3), evolve);
    expect(Object.isFrozen(first.counts)).toBe(true);
    expect(() => {
      (first.counts as Record<string, number>).a = 9;
    }).toThrow(TypeError);
    const later = foldDrafted(first, events.slice(3), evolve);
    expect(first.counts).toEqual({ a: 2, b: 1 });
    expect(later.counts).toEqual({ a: 3, b: 2, c: 1 });
    expect(later.counts).not.toBe(first.counts);
  });

  it('copies a record once however many events write to it', () => {
    let copies = 0;
    const counting = (state: Tally, event: Counted, writer: RecordWriter): Tally => {
      const counts = writer.set(state.counts, event.name, (state.counts[event.name] ?? 0) + 1);
      if (counts !== state.counts) copies += 1;
      return { total: state.total + 1, counts };
    };
    foldDrafted(empty, events, counting);
    expect(copies).toBe(1);
  });
});
