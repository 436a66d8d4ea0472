import { ExecutionContext, HttpCode, Injectable, Type, applyDecorators, createParamDecorator } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOperation, ApiParam } from '@nestjs/swagger';
import { CASEWORK, Roles } from '../auth/roles.decorator.js';
import type { User } from '../auth/users.js';
import { InvalidRequestError } from '../http/problem.filter.js';
import { ApiProblems, ApiWriteAnswer, type ProblemSpec, WriteAnswerDto } from '../http/api-contract.js';
import { readIfMatch } from '../http/if-match.js';
import { CaseAccess } from './case-access.js';
import type { CaseCommandClass } from './case-command.js';
import type { WriteResult } from './case-writer.js';
import { readCorrelationId } from './correlation.js';

/** Who writes to which case, on what revision, under which correlation: read once from the request. */
export interface CaseRequestContext {
  readonly caseId: string;
  readonly user: User;
  readonly correlationId: string;
  readonly expectedRevision?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export const CaseRequest = createParamDecorator((_: unknown, ctx: ExecutionContext): CaseRequestContext => {
  const request = ctx.switchToHttp().getRequest();
  const caseId: string = request.params.caseId;
  if (!UUID.test(caseId ?? '')) throw new InvalidRequestError([{ field: 'caseId', message: 'caseId must be a UUID' }]);
  const expectedRevision = readIfMatch(request);
  return {
    caseId,
    user: request.user,
    correlationId: readCorrelationId(request),
    ...(expectedRevision === undefined ? {} : { expectedRevision }),
  };
});

/**
 * The declaration every casework write shares: 201, casework roles, and its OpenAPI description: the write
 * answer (or the route's subclass of it) and the errors every case write can answer with, beside the route's
 * own codes (`problems`: its 422 refusals, any 404 of a thing within the case).
 */
export function CaseWrite(summary: string, options: { answer?: Type<WriteAnswerDto>; problems?: ProblemSpec } = {}) {
  const own = options.problems ?? {};
  const listed = (codes: true | readonly string[] | undefined) => (codes === undefined || codes === true ? [] : codes);
  return applyDecorators(
    HttpCode(201),
    Roles(...CASEWORK),
    ApiOperation({ summary }),
    ApiParam({ name: 'caseId', format: 'uuid' }),
    ApiHeader({ name: 'If-Match', required: false, description: 'The revision of the stream this route writes, as last seen' }),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key records nothing twice' }),
    ApiWriteAnswer(options.answer),
    ApiProblems({
      400: true,
      401: true,
      403: true,
      409: true,
      413: true,
      ...own,
      404: ['CASE.NOT_FOUND', ...listed(own[404])],
      422: ['DATE.IN_THE_FUTURE', 'IDEMPOTENCY.KEY_REUSED', ...listed(own[422])],
    }),
  );
}

/** Sends a command about an existing case after the LA check every case route makes. */
@Injectable()
export class CaseCommands {
  constructor(
    private readonly commands: CommandBus,
    private readonly access: CaseAccess,
  ) {}

  /**
   * incoming: the route by which the LA a pending transfer goes to accepts it (Reg 15); the command carries
   * that LA, so the envelope of what it writes names the new LA.
   */
  async send<I>(
    request: CaseRequestContext,
    Command: CaseCommandClass<I>,
    input: I,
    options: { incoming?: boolean } = {},
  ): Promise<WriteResult> {
    const la = options.incoming
      ? await this.access.laOfOrIncoming(request.user, request.caseId)
      : await this.access.laOf(request.user, request.caseId);
    const { caseId, user, correlationId, expectedRevision } = request;
    return this.commands.execute(new Command({ caseId, la, input, user, correlationId, expectedRevision }));
  }
}
