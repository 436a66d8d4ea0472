import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable } from 'rxjs';
import { InvalidRequestError } from './problem.filter.js';

/** No request of this API nests deeper than a plan's sections; 32 leaves room and stops stack exhaustion. */
export const MAX_BODY_DEPTH = 32;

/** Depth of a parsed JSON value, measured without recursion so a hostile body cannot exhaust the stack. */
export function jsonDepth(value: unknown, limit = Infinity): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * Runs before validation (interceptors precede pipes): class-transformer and canonical JSON recurse,
 * and a body nested thousands deep would overflow the stack and answer 500 instead of 400.
 */
@Injectable()
export class BodyDepthInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const body = context.switchToHttp().getRequest().body;
    if (jsonDepth(body, MAX_BODY_DEPTH) > MAX_BODY_DEPTH) {
      throw new InvalidRequestError(
        [{ field: 'body', message: `the body nests deeper than ${MAX_BODY_DEPTH} levels` }],
        'REQUEST.TOO_DEEP',
      );
    }
    return next.handle();
  }
}
