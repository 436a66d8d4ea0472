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

/** With the u flag a surrogate pair is one code point, so this matches only a surrogate standing alone. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * Every field of a parsed body (keys included) holding text that is not well-formed UTF-16: a lone
 * surrogate such as "\udfff" cannot be written as canonical JSON, so the hash chain could not store it.
 * Walked without recursion, after the depth check has bounded the body.
 */
export function malformedTextFields(value: unknown): string[] {
  const bad: string[] = [];
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (typeof node === 'string') {
      if (LONE_SURROGATE.test(node)) bad.push(path || 'body');
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    for (const [key, child] of Object.entries(node)) {
      const childPath = Array.isArray(node) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      if (LONE_SURROGATE.test(key)) bad.push(`${path || 'body'} (a key)`);
      stack.push([child, childPath]);
    }
  }
  return bad.sort();
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
    const malformed = malformedTextFields(body);
    if (malformed.length > 0) {
      throw new InvalidRequestError(
        malformed.map((field) => ({ field, message: 'contains a lone UTF-16 surrogate, which is not text' })),
        'REQUEST.MALFORMED_TEXT',
      );
    }
    return next.handle();
  }
}
