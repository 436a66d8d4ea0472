import { ExecutionContext, HttpCode, applyDecorators, createParamDecorator } from '@nestjs/common';
import { ApiHeader, ApiOperation } from '@nestjs/swagger';
import { NotFoundError } from '@send/kernel';
import { Roles } from '../auth/roles.decorator.js';
import type { User } from '../auth/users.js';
import { ApiProblems, ApiWriteAnswer, type ProblemSpec } from '../http/api-contract.js';
import { readIfMatch } from '../http/if-match.js';
import type { CaseRequestContext } from './case-request.js';
import { readCorrelationId } from './correlation.js';

/**
 * A family's write about its own case (docs/api.md "Family access"): the case is the one the family's
 * account is bound to, never one named in the URL, so there is no other case id to try.
 */
export const FamilyRequest = createParamDecorator((_: unknown, ctx: ExecutionContext): CaseRequestContext => {
  const request = ctx.switchToHttp().getRequest();
  const user: User | undefined = request.user;
  if (user?.role !== 'family' || !user.caseId) throw new NotFoundError('CASE.NOT_FOUND', 'No case is bound to this account.');
  const expectedRevision = readIfMatch(request);
  return {
    caseId: user.caseId,
    user,
    correlationId: readCorrelationId(request),
    ...(expectedRevision === undefined ? {} : { expectedRevision }),
  };
});

/** The declaration of a family write: 201, role family alone, the write answer and the errors it can give. */
export function FamilyWrite(summary: string, problems: ProblemSpec = {}) {
  const listed = (codes: true | readonly string[] | undefined) => (codes === undefined || codes === true ? [] : codes);
  return applyDecorators(
    HttpCode(201),
    Roles('family'),
    ApiOperation({ summary }),
    ApiHeader({ name: 'If-Match', required: false, description: 'The revision of the stream this route writes, as last seen' }),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key records nothing twice' }),
    ApiWriteAnswer(),
    ApiProblems({
      400: true,
      401: true,
      403: true,
      409: true,
      413: true,
      ...problems,
      404: ['CASE.NOT_FOUND', ...listed(problems[404])],
      422: ['IDEMPOTENCY.KEY_REUSED', ...listed(problems[422])],
    }),
  );
}
