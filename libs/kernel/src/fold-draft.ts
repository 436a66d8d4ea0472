/**
 * How an evolve sets one key of a record in its state (the advice of a case, its deadline book). Evolving
 * one event copies the record, so the state before stays as it was; folding a stream that way copies a
 * record of n entries on each of n events. A fold of many events at once (`foldDrafted`) copies a record
 * the first time it sets a key and sets keys of its copy in place after that: the same state, in O(n).
 * docs/conventions.md §1.
 */
export interface RecordWriter {
  set<V>(record: Readonly<Record<string, V>>, key: string, value: V): Readonly<Record<string, V>>;
}

/** One event at a time: every set is a new record. */
export const copyingWriter: RecordWriter = {
  set: (record, key, value) => ({ ...record, [key]: value }),
};

/** A fold's own copies: only records it made itself are ever written in place. */
class FoldDraft implements RecordWriter {
  private readonly drafts = new Set<object>();

  set<V>(record: Readonly<Record<string, V>>, key: string, value: V): Readonly<Record<string, V>> {
    if (this.drafts.has(record)) {
      (record as Record<string, V>)[key] = value;
      return record;
    }
    const copy = { ...record, [key]: value };
    this.drafts.add(copy);
    return copy;
  }

  /** The fold is over: what it wrote in place is frozen, so no caller can see it change (or change it). */
  finish(): void {
    for (const draft of this.drafts) Object.freeze(draft);
    this.drafts.clear();
  }
}

/**
 * Folds events with an evolve that writes its records through the writer it is given, equal to evolving
 * them one by one with `copyingWriter`. The states between the events share the fold's drafts and are never
 * seen outside it; the state returned holds no record that anything will write to again.
 */
export function foldDrafted<S, E>(state: S, events: readonly E[], evolve: (state: S, event: E, writer: RecordWriter) => S): S {
  const draft = new FoldDraft();
  let folded = state;
  for (const event of events) folded = evolve(folded, event, draft);
  draft.finish();
  return folded;
}
