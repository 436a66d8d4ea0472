/**
 * Domain errors carry a stable code (EHCP.REPRESENTATION_PERIOD_OPEN); the HTTP edge maps them to
 * problem+json, the Kafka edge to a dead-letter reason. Nothing below the edge knows about status codes:
 * the domain says only whether a rule refused the command (DomainError, 422) or the command named
 * something that does not exist (NotFoundError, 404).
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/**
 * "No such thing" rather than "a rule refused it": an unknown case, dispute, advice request, setting or
 * plan version. The one way to say not found, in the domain and at the edge alike; the HTTP edge maps
 * this class, and this class alone, to 404 (docs/conventions.md).
 */
export class NotFoundError extends DomainError {
  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
    this.name = 'NotFoundError';
  }
}

/** The stream moved on since the caller read it: HTTP 409. */
export class ConcurrencyError extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | 'no-stream',
  ) {
    super(`stream ${streamId} is at ${actual}, expected ${String(expected)}`);
    this.name = 'ConcurrencyError';
  }
}

/** 'no-stream': must not exist; 'any': no check; a number: the revision of the stream's last event. */
export type ExpectedRevision = number | 'no-stream' | 'any';

/** docs/api.md "Conventions": the one code, in every context, for a business date after the day of handling. */
export const DATE_IN_THE_FUTURE = 'DATE.IN_THE_FUTURE';

/**
 * A refusal typed by a context's own code table, so a context can only refuse with its codes. Each
 * context binds the two functions below to its code union (`const refuse: Refusal<AssessmentErrorCode>
 * = refuseWith`); the explicit type is what lets the compiler narrow after a call.
 */
export type Refusal<C extends string> = (code: C, message: string, details?: Record<string, unknown>) => never;

/** A rule refuses the command (HTTP 422). */
export const refuseWith: Refusal<string> = (code, message, details) => {
  throw new DomainError(code, message, details);
};

/** The command names something that does not exist (HTTP 404). */
export const notFoundWith: Refusal<string> = (code, message, details) => {
  throw new NotFoundError(code, message, details);
};
