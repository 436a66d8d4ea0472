import { DomainEvent } from './envelope.js';

/**
 * A context's write model: pure functions over its own events (docs/conventions.md §1).
 * decide throws DomainError when a rule refuses the command.
 */
export interface Decider<C, E extends DomainEvent, S> {
  readonly initialState: () => S;
  readonly evolve: (state: S, event: E) => S;
  readonly decide: (command: C, state: S) => readonly E[];
}

/** Compile-time exhaustiveness check for a switch over a union (docs/conventions.md §2). */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}
