import { ConcurrencyError, DomainError, NotFoundError } from '@send/kernel';
import { EdgeRefusal, UnavailableError, toProblem } from './problem.filter.js';

describe('toProblem: one status for each kind of error', () => {
  it('a NotFoundError, from the domain or a read, is a 404 with its code and details', () => {
    const problem = toProblem(new NotFoundError('MEDIATION.DISPUTE_NOT_FOUND', 'no dispute d-9 on this case', { id: 'd-9' }));
    expect(problem).toMatchObject({ status: 404, code: 'MEDIATION.DISPUTE_NOT_FOUND', title: 'Not found', id: 'd-9' });
    expect(toProblem(new NotFoundError('CASE.NOT_FOUND', 'No case.'))).toMatchObject({ status: 404, code: 'CASE.NOT_FOUND' });
  });

  it('any other refusal is a 422, whatever its code says: only the class decides 404', () => {
    const problem = toProblem(new DomainError('X.THING_NOT_FOUND', 'refused', { field: 'on' }));
    expect(problem).toMatchObject({ status: 422, code: 'X.THING_NOT_FOUND', field: 'on' });
  });

  it('field errors of a refusal are listed under errors', () => {
    const errors = [{ field: 'F.0', message: 'say how often' }];
    expect(toProblem(new DomainError('EHCP.SECTION_F_NOT_SPECIFIC', 'vague', { errors }))).toMatchObject({ status: 422, errors });
  });

  it('an EdgeRefusal keeps its own status (413, 415) and stable code, with its details', () => {
    expect(toProblem(new EdgeRefusal(413, 'ATTACHMENT.TOO_LARGE', 'too big', { limit: 10 }))).toMatchObject({
      status: 413,
      title: 'Payload too large',
      code: 'ATTACHMENT.TOO_LARGE',
      limit: 10,
    });
    expect(toProblem(new EdgeRefusal(415, 'ATTACHMENT.UNSUPPORTED_TYPE', 'not a photo'))).toMatchObject({
      status: 415,
      title: 'Unsupported media type',
    });
  });

  it('a stale revision is a 409 with the current revision', () => {
    expect(toProblem(new ConcurrencyError('s', 1, 'no-stream'))).toMatchObject({ status: 409, currentRevision: -1 });
  });

  it('an UnavailableError is a 503 with its own stable code and details, never the generic HTTP.503', () => {
    const problem = toProblem(new UnavailableError('AUDIT.ACCESS_LOG_UNAVAILABLE', 'not recorded', { retry: true }));
    expect(problem).toMatchObject({
      status: 503,
      title: 'Service unavailable',
      code: 'AUDIT.ACCESS_LOG_UNAVAILABLE',
      type: 'https://send-casework.example/problems/audit-access-log-unavailable',
      detail: 'not recorded',
      retry: true,
    });
  });
});
