import { DomainError, foldEvents, type Decider, type DomainEvent } from '@send/kernel';

/**
 * Decider tests read as given (past events) / when (a command) / then (the events it decides, or the
 * refusal) — docs/conventions.md §8. Pure: no store, no clock; the state is folded as the write path folds it
 * (`foldEvents`: the decider's evolveAll where it has one).
 */
export interface Then<E> {
  /** The full list of emitted events, compared with toEqual. */
  then(expected: readonly E[]): void;
  /** The command is refused with this DomainError code; returns the error so details can be checked. */
  thenThrows(code: string): DomainError;
}

export interface When<C, E> {
  when(command: C): Then<E>;
}

export interface Given<C, E> extends When<C, E> {
  /** More history, appended after what was given. */
  and(...events: readonly (E | readonly E[])[]): Given<C, E>;
}

export function fold<C, E extends DomainEvent, S>(decider: Decider<C, E, S>, events: readonly E[]): S {
  return foldEvents(decider, decider.initialState(), events);
}

export function given<C, E extends DomainEvent, S>(
  decider: Decider<C, E, S>,
  ...history: readonly (E | readonly E[])[]
): Given<C, E> {
  const past = history.flat() as E[];
  return {
    and: (...more) => given(decider, ...past, ...(more.flat() as E[])),
    when: (command) => {
      const run = () => decider.decide(command, fold(decider, past));
      return {
        then: (expected) => {
          expect(run()).toEqual(expected);
        },
        thenThrows: (code) => {
          let emitted: readonly E[];
          try {
            emitted = run();
          } catch (error) {
            expect(error).toBeInstanceOf(DomainError);
            expect((error as DomainError).code).toBe(code);
            return error as DomainError;
          }
          throw new Error(`expected ${code}, but the command was accepted: ${JSON.stringify(emitted)}`);
        },
      };
    },
  };
}
