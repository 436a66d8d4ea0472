import { DomainEvent } from './envelope.js';

/**
 * A context's write model: pure functions over its own events (docs/conventions.md §1).
 * decide throws DomainError when a rule refuses the command.
 */
export interface Decider<C, E extends DomainEvent, S> {
  readonly initialState: () => S;
  readonly evolve: (state: S, event: E) => S;
  /**
   * The same as evolve applied to each event in turn, where folding a long stream one event at a time would
   * copy the same records over and over (fold-draft.ts). Read streams through `foldEvents`, which uses it.
   */
  readonly evolveAll?: (state: S, events: readonly E[]) => S;
  readonly decide: (command: C, state: S) => readonly E[];
}

/** The state after events: by the decider's evolveAll if it has one, otherwise evolve one by one. */
export function foldEvents<E extends DomainEvent, S>(
  decider: Pick<Decider<unknown, E, S>, 'evolve' | 'evolveAll'>,
  state: S,
  events: readonly E[],
): S {
  return decider.evolveAll ? decider.evolveAll(state, events) : events.reduce((s, e) => decider.evolve(s, e), state);
}

/** Compile-time exhaustiveness check for a switch over a union (docs/conventions.md §2). */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}
