import { CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import { Observable, from, of, switchMap, tap } from 'rxjs';
import { DataSource } from 'typeorm';
import { serialised } from '@send/read-models';
import { DomainError } from '@send/kernel';
import { InvalidRequestError } from '../http/problem.filter.js';
import { IdempotencyRecordEntity } from './idempotency-record.entity.js';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const SHOWN_ONCE = 'send:shown-once';

/**
 * Fields of a write's answer given once and never stored (a family invitation's code): the idempotency record
 * keeps the answer without them, so a retry with the same key records nothing twice and answers
 * `withheld: [fields]` instead of the secret (docs/api.md "Family access").
 */
export const ShownOnce = (...fields: string[]) => SetMetadata(SHOWN_ONCE, fields);

/**
 * Idempotency-Key on writes (docs/api.md "Conventions"): the first successful response is stored with a
 * hash of the request; a retry with the same key and the same request gets that response and records
 * nothing; the same key with a different request is refused. Retries racing each other in this process
 * are serialised per key, so the second waits for the first and then replays it.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest();
    const key: string | undefined = request.headers['idempotency-key'];
    if (!WRITE_METHODS.has(request.method) || key === undefined) return next.handle();
    if (key.length === 0 || key.length > 200) {
      throw new InvalidRequestError([{ field: 'Idempotency-Key', message: 'Idempotency-Key must be 1 to 200 characters' }]);
    }
    const scopedKey = `${request.user?.id ?? 'anonymous'}:${key}`;
    const requestHash = createHash('sha256')
      .update(`${request.method} ${request.originalUrl ?? request.url}\n${canonicalize(request.body ?? null) ?? ''}`)
      .digest('hex');
    const previous = this.inFlight.get(scopedKey) ?? Promise.resolve();
    let release: () => void = () => undefined;
    const mine = new Promise<void>((r) => (release = r));
    const chained = previous.then(() => mine);
    this.inFlight.set(scopedKey, chained);
    const cleanup = () => {
      release();
      if (this.inFlight.get(scopedKey) === chained) this.inFlight.delete(scopedKey);
    };
    return from(previous.then(() => this.repo().findOneBy({ scopedKey }))).pipe(
      switchMap((stored) => {
        if (stored) {
          cleanup();
          if (stored.requestHash !== requestHash) {
            throw new DomainError('IDEMPOTENCY.KEY_REUSED', 'This Idempotency-Key was already used for a different request.');
          }
          http.getResponse().status(stored.status).setHeader('Idempotent-Replayed', 'true');
          return of(JSON.parse(stored.body));
        }
        const shownOnce = this.reflector.get<string[] | undefined>(SHOWN_ONCE, context.getHandler()) ?? [];
        return next.handle().pipe(
          switchMap(async (body) => {
            const status = http.getResponse().statusCode;
            const kept = shownOnce.length === 0 ? body : withheld(body, shownOnce);
            await serialised(this.db, () =>
              this.repo().insert({
                scopedKey,
                requestHash,
                status,
                body: JSON.stringify(kept),
                createdAt: new Date().toISOString(),
              }),
            );
            return body;
          }),
          tap({ finalize: cleanup }),
        );
      }),
    );
  }

  private repo() {
    return this.db.getRepository(IdempotencyRecordEntity);
  }
}

function withheld(body: unknown, fields: readonly string[]): unknown {
  if (typeof body !== 'object' || body === null) return body;
  const kept = Object.fromEntries(Object.entries(body).filter(([key]) => !fields.includes(key)));
  return { ...kept, withheld: fields };
}
