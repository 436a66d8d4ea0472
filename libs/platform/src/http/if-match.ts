import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import { InvalidRequestError } from './problem.filter.js';

/**
 * The revision the caller last saw, from If-Match ("3", 3 or W/"3"); undefined when absent.
 * It names the revision of the stream the route writes (returned by every write and by GET as ETag).
 */
export function readIfMatch(request: { headers: Record<string, string | string[] | undefined> }): number | undefined {
  const raw = request.headers['if-match'];
  if (raw === undefined || raw === '*') return undefined;
  const match = String(raw)
    .trim()
    .match(/^(?:W\/)?"?(-?\d+)"?$/);
  if (!match) throw new InvalidRequestError([{ field: 'If-Match', message: 'If-Match must be a revision number' }]);
  return Number(match[1]);
}

export const IfMatch = createParamDecorator((_: unknown, ctx: ExecutionContext) => readIfMatch(ctx.switchToHttp().getRequest()));
