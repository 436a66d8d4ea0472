import type { NextFunction, Request, Response } from 'express';
import { Readable } from 'node:stream';
import type { ContextName } from '@send/kernel';

/** Which context takes which write (distributed mode); everything else is answered by the gateway itself. */
const ROUTES: readonly { method?: string; path: RegExp; context: ContextName }[] = [
  { method: 'POST', path: /^\/api\/v1\/cases\/?(\?.*)?$/, context: 'assessment' },
  { path: /^\/api\/v1\/cases\/[^/?]+\/assessment(\/|\?|$)/, context: 'assessment' },
  { path: /^\/api\/v1\/cases\/[^/?]+\/erasure(\/|\?|$)/, context: 'assessment' },
  { path: /^\/api\/v1\/admin\/retention(\/|\?|$)/, context: 'assessment' },
  { path: /^\/api\/v1\/cases\/[^/?]+\/plan(\/|\?|$)/, context: 'ehcp' },
  { path: /^\/api\/v1\/plan-imports(\/|\?|$)/, context: 'ehcp' },
  { path: /^\/api\/v1\/cases\/[^/?]+\/(reassessment|reviews|phase-transfer|transfer)(\/|\?|$)/, context: 'ehcp' },
  { path: /^\/api\/v1\/admin\/ceasing(\/|\?|$)/, context: 'ehcp' },
  // Uploads and withdrawals are the plan's; the gateway answers the reads, which the access log records.
  { method: 'POST', path: /^\/api\/v1\/cases\/[^/?]+\/attachments(\/|\?|$)/, context: 'ehcp' },
  { path: /^\/api\/v1\/cases\/[^/?]+\/placement(\/|\?|$)/, context: 'placement' },
  { path: /^\/api\/v1\/(settings|inclusion-plans)(\/|\?|$)/, context: 'placement' },
  { path: /^\/api\/v1\/cases\/[^/?]+\/(disputes|mediation)(\/|\?|$)/, context: 'mediation' },
  { path: /^\/api\/v1\/cases\/[^/?]+\/funding(\/|\?|$)/, context: 'funding' },
  { path: /^\/api\/v1\/funding(\/|\?|$)/, context: 'funding' },
  // The family's own writes go to the context whose command they send (docs/api.md "Family access").
  { path: /^\/api\/v1\/family\/plan(\/|\?|$)/, context: 'ehcp' },
  { path: /^\/api\/v1\/family\/placement(\/|\?|$)/, context: 'placement' },
  { path: /^\/api\/v1\/standards(\/|\?|$)/, context: 'assessment' },
];

/** Headers that carry meaning across the hop; hop-by-hop headers stay behind. */
const FORWARDED_REQUEST = ['authorization', 'content-type', 'idempotency-key', 'if-match', 'x-correlation-id', 'accept'];
const FORWARDED_RESPONSE = ['content-type', 'etag', 'idempotent-replayed'];

export interface ProxyOptions {
  readonly serviceUrls: Readonly<Record<ContextName, string>>;
  /** After a successful write: wait (bounded) until the gateway's own read models hold its events. */
  /** Resolves false when the bound ran out first: the answer then says `viewsBehind: true`. */
  readonly afterWrite: (eventIds: string[]) => Promise<boolean>;
  readonly timeoutMs?: number;
  /**
   * Whether the caller's token still stands where only the gateway can tell: a family account revoked since
   * its token was issued (the accounts are the gateway's). false answers 401 before anything is forwarded.
   */
  readonly admit?: (authorization: string | undefined) => Promise<boolean>;
}

export function contextOf(method: string, url: string): ContextName | undefined {
  return ROUTES.find((r) => (!r.method || r.method === method) && r.path.test(url))?.context;
}

/**
 * The gateway's write path in the distributed mode: a context's routes go to the service that owns them,
 * which authenticates, validates and decides exactly as in the embedded mode. Runs before body parsing, so
 * the body is streamed through untouched. A service that does not answer is a 503 problem, never a hang.
 */
export function serviceProxy(options: ProxyOptions) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const context = contextOf(req.method, req.originalUrl);
    if (!context) return next();
    if (options.admit && !(await options.admit(req.headers.authorization))) {
      res
        .status(401)
        .type('application/problem+json')
        .send(
          JSON.stringify({
            type: 'https://send-casework.example/problems/unauthenticated',
            title: 'Unauthorized',
            status: 401,
            code: 'AUTH.UNAUTHENTICATED',
            detail: 'This family account is closed.',
          }),
        );
      return;
    }
    const base = options.serviceUrls[context];
    const headers: Record<string, string> = {};
    for (const h of FORWARDED_REQUEST) if (typeof req.headers[h] === 'string') headers[h] = req.headers[h] as string;
    try {
      const hasBody = !['GET', 'HEAD'].includes(req.method);
      const answer = await fetch(new URL(req.originalUrl, base), {
        method: req.method,
        headers,
        body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
        duplex: 'half',
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      } as RequestInit);
      let text = await answer.text();
      if (answer.ok && hasBody && !(await options.afterWrite(eventIdsOf(text)))) text = markViewsBehind(text);
      res.status(answer.status);
      for (const h of FORWARDED_RESPONSE) {
        const v = answer.headers.get(h);
        if (v !== null) res.setHeader(h, v);
      }
      res.send(text);
    } catch (error) {
      res
        .status(503)
        .type('application/problem+json')
        .send(
          JSON.stringify({
            type: 'https://send-casework.example/problems/service-unavailable',
            title: 'Service unavailable',
            status: 503,
            code: 'GATEWAY.SERVICE_UNAVAILABLE',
            detail: `The ${context} service did not answer (${(error as Error).name}); the write may or may not have been recorded: retry with the same Idempotency-Key, which records nothing twice.`,
          }),
        );
    }
  };
}

/** The write is stored; only the gateway's views are behind (the broker is down or slow): said, not failed. */
function markViewsBehind(body: string): string {
  try {
    const parsed = JSON.parse(body) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return body;
    return JSON.stringify({ ...parsed, viewsBehind: true });
  } catch {
    return body;
  }
}

function eventIdsOf(body: string): string[] {
  try {
    const parsed = JSON.parse(body) as { events?: { id?: unknown }[] };
    return (parsed.events ?? []).map((e) => e.id).filter((id): id is string => typeof id === 'string');
  } catch {
    return [];
  }
}
