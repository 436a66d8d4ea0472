import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import { randomUUID } from 'node:crypto';

const SAFE = /^[A-Za-z0-9._:-]{1,100}$/;

/** X-Correlation-Id from the caller when it is a plain token, else a new one; it travels with every event. */
export function readCorrelationId(request: { headers: Record<string, string | string[] | undefined> }): string {
  const header = request.headers['x-correlation-id'];
  return typeof header === 'string' && SAFE.test(header) ? header : randomUUID();
}

export const CorrelationId = createParamDecorator((_: unknown, ctx: ExecutionContext) =>
  readCorrelationId(ctx.switchToHttp().getRequest()),
);
