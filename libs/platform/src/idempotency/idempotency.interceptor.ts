import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
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

/**
 * Idempotency-Key on writes (docs/api.md "Conventions"): the first successful response is stored with a
 * hash of the request; a retry with the same key and the same request gets that response and records
 * nothing; the same key with a different request is refused. Retries racing each other in this process
 * are serialised per key, so the second waits for the first and then replays it.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

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
        return next.handle().pipe(
          switchMap(async (body) => {
            const status = http.getResponse().statusCode;
            await serialised(this.db, () =>
              this.repo().insert({
                scopedKey,
                requestHash,
                status,
                body: JSON.stringify(body),
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
