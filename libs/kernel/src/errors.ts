/**
 * Domain errors carry a stable code (EHCP.REPRESENTATION_PERIOD_OPEN); the HTTP edge maps them to
 * problem+json, the Kafka edge to a dead-letter reason. Nothing below the edge knows about status codes.
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

export class NotFoundError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** 'no-stream': must not exist; 'any': no check; a number: the revision of the stream's last event. */
export type ExpectedRevision = number | 'no-stream' | 'any';
