import { ParseUUIDPipe } from '@nestjs/common';
import { InvalidRequestError } from '@send/platform';

/** The disputeId path parameter, a UUID; anything else is a 400 that names it. */
export const disputeIdPipe = () =>
  new ParseUUIDPipe({
    exceptionFactory: () => new InvalidRequestError([{ field: 'disputeId', message: 'disputeId must be a UUID' }]),
  });
