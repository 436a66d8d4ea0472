import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ConcurrencyError, DomainError, NotFoundError } from '@send/kernel';
import { UnreadableEventError } from '@send/event-store';
import { TooManyAttemptsError } from '../auth/login-throttle.js';

export interface FieldError {
  readonly field: string;
  readonly message: string;
}

export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly errors?: readonly FieldError[];
  readonly [extra: string]: unknown;
}

/** Thrown by the validation pipe and by edge checks: a 400 that names every bad field. */
export class InvalidRequestError extends Error {
  constructor(
    readonly errors: readonly FieldError[],
    readonly code = 'REQUEST.INVALID',
  ) {
    super(`Invalid field(s): ${[...new Set(errors.map((e) => e.field))].join(', ')}.`);
  }
}

/**
 * Something the answer depends on cannot be reached or written now (503), with a stable code of its own
 * rather than the generic `HTTP.503` (docs/api.md "Errors"); `details` go beside the code in the problem.
 */
export class UnavailableError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'UnavailableError';
  }
}

/**
 * A refusal at the edge with a status of its own beside 400 and 422 (an upload too large, 413, or of a type
 * not accepted, 415), and a stable code; nothing was recorded.
 */
export class EdgeRefusal extends Error {
  constructor(
    readonly status: 413 | 415,
    readonly code: string,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'EdgeRefusal';
  }
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorised',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable request',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Service unavailable',
};

export function toProblem(error: unknown): Problem {
  const problem = (status: number, code: string, detail: string, extra: object = {}): Problem => ({
    type: `https://send-casework.example/problems/${code.toLowerCase().replace(/[._]/g, '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    code,
    detail,
    ...extra,
  });
  if (error instanceof InvalidRequestError) return problem(400, error.code, error.message, { errors: error.errors });
  if (error instanceof TooManyAttemptsError)
    return problem(429, 'AUTH.TOO_MANY_ATTEMPTS', error.message, { retryAfterSeconds: error.retryAfterSeconds });
  // Damage in the store, not in the request: named by stream and revision (never its content) for the operator.
  if (error instanceof UnreadableEventError)
    return problem(
      500,
      'STORE.UNREADABLE_EVENT',
      `${error.message}. GET …/verify names the damage; the rest of the store is unaffected.`,
      {
        streamId: error.streamId,
        revision: error.revision,
      },
    );
  if (error instanceof EdgeRefusal) return problem(error.status, error.code, error.message, error.details);
  if (error instanceof UnavailableError) return problem(503, error.code, error.message, error.details);
  // "That thing does not exist" (404) is a NotFoundError, whoever says it; any other refusal is a 422.
  if (error instanceof DomainError) {
    const status = error instanceof NotFoundError ? 404 : 422;
    const errors = (error.details?.errors as FieldError[] | undefined) ?? undefined;
    return problem(status, error.code, error.message, { ...(errors ? { errors } : {}), ...withoutErrors(error.details) });
  }
  if (error instanceof ConcurrencyError) {
    return problem(409, 'CONCURRENCY.STALE_REVISION', 'The case changed since you read it; reload and try again.', {
      currentRevision: error.actual === 'no-stream' ? -1 : error.actual,
    });
  }
  // Express hands body-parser failures to Nest wrapped in an HttpException, the parser's error as cause.
  const parser = (error instanceof HttpException ? error.cause : error) as { type?: string } | undefined;
  if (parser?.type === 'entity.parse.failed') return problem(400, 'REQUEST.MALFORMED_JSON', 'The body is not valid JSON.');
  if (parser?.type === 'entity.too.large') return problem(413, 'REQUEST.TOO_LARGE', 'The body is too large.');
  if (error instanceof HttpException) return fromHttpException(error, problem);
  return problem(500, 'INTERNAL', 'Something went wrong on our side; it has been logged.');
}

function withoutErrors(details?: Record<string, unknown>): Record<string, unknown> {
  if (!details) return {};
  const { errors: _errors, ...rest } = details;
  return rest;
}

function fromHttpException(error: HttpException, problem: (s: number, c: string, d: string) => Problem): Problem {
  const status = error.getStatus();
  const codes: Record<number, string> = {
    400: 'REQUEST.INVALID',
    401: 'AUTH.UNAUTHENTICATED',
    403: 'AUTH.FORBIDDEN',
    404: 'NOT_FOUND',
    413: 'REQUEST.TOO_LARGE',
    415: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  };
  return problem(status, codes[status] ?? `HTTP.${status}`, error.message);
}

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(error: unknown, host: ArgumentsHost): void {
    const body = toProblem(error);
    if (body.status >= HttpStatus.INTERNAL_SERVER_ERROR) this.logger.error(error instanceof Error ? error.stack : String(error));
    const response = host.switchToHttp().getResponse();
    // RFC 9110 §10.2.3: a 429 says when to come back.
    if (typeof body.retryAfterSeconds === 'number') response.setHeader('Retry-After', String(body.retryAfterSeconds));
    response.status(body.status).type('application/problem+json').send(JSON.stringify(body));
  }
}
