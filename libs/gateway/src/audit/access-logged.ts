import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  Logger,
  type NestInterceptor,
  SetMetadata,
  UseInterceptors,
  applyDecorators,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type Observable, concatMap } from 'rxjs';
import { CLOCK, type Clock } from '@send/kernel';
import type { EventStore } from '@send/event-store';
import { AUDIT_STORE, CaseAccess, UnavailableError, type User, readCorrelationId } from '@send/platform';
import { type CaseReadKind, LOGGED_READERS, readQueryOf, recordRead } from './access-log.js';

const ACCESS_LOGGED = 'send:access-logged';

/** The 503 of a read that could not be recorded (docs/api.md "Errors"). */
export const ACCESS_LOG_UNAVAILABLE = 'AUDIT.ACCESS_LOG_UNAVAILABLE';

interface CaseReadRequest {
  readonly user?: User;
  readonly params?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, unknown>>;
  readonly headers: Record<string, string | string[] | undefined>;
}

/**
 * Marks a route of `…/cases/:caseId/…` as a read of the case that an auditor's or tribunal user's call
 * records in the case's access log (docs/api.md "Audit", access-log). The route must return its body
 * (a StreamableFile for a download), never write to the response itself: the read is recorded after the
 * route has produced its answer and before the answer is sent.
 */
export const AccessLogged = (what: CaseReadKind) =>
  applyDecorators(SetMetadata(ACCESS_LOGGED, what), UseInterceptors(AccessLogInterceptor));

/**
 * Records the read, then lets the answer go. A read whose record cannot be written is refused (503,
 * AUDIT.ACCESS_LOG_UNAVAILABLE), not answered unrecorded: the access log is how the authority shows who
 * saw a child's record (UK GDPR Art. 5(2), accountability). A read the route refused (400, 404) is not
 * recorded: nothing was read.
 */
@Injectable()
export class AccessLogInterceptor implements NestInterceptor {
  private readonly logger = new Logger('access-log');

  constructor(
    private readonly reflector: Reflector,
    @Inject(AUDIT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly access: CaseAccess,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const what = this.reflector.get<CaseReadKind | undefined>(ACCESS_LOGGED, context.getHandler());
    const request = context.switchToHttp().getRequest<CaseReadRequest>();
    const user = request.user;
    if (!what || !user || !LOGGED_READERS.has(user.role)) return next.handle();
    return next.handle().pipe(
      concatMap(async (body: unknown) => {
        await this.record(request, user, what);
        return body;
      }),
    );
  }

  private async record(request: CaseReadRequest, user: User, what: CaseReadKind): Promise<void> {
    try {
      // A family's routes name no case: the one it is bound to is the one read.
      const caseId = request.params?.caseId ?? (user.role === 'family' ? user.caseId : undefined);
      if (!caseId) throw new Error(`the ${what} route names no case`);
      await recordRead(this.store, {
        caseId,
        la: await this.access.laOf(user, caseId),
        reader: { id: user.id, role: user.role },
        what,
        query: readQueryOf(request.query),
        at: this.clock.now(),
        correlationId: readCorrelationId(request),
      });
    } catch (error) {
      this.logger.error(`a ${what} read by ${user.id} could not be recorded: ${String(error)}`);
      throw new UnavailableError(
        ACCESS_LOG_UNAVAILABLE,
        "This read could not be recorded in the case's access log, so it is not given; try again later.",
      );
    }
  }
}
