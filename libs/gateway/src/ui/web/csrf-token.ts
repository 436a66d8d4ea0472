import type { Request } from 'express';
import { csrfSync } from 'csrf-sync';

/** The form field every page form carries its CSRF token in. */
export const CSRF_FIELD = '_csrf';

/** The synchroniser token pattern (csrf-sync), the token kept in the sealed session. */
export const csrf = csrfSync({
  getTokenFromState: (req) => (req as Request).session?.csrfToken,
  storeTokenInState: (req, token) => {
    const session = (req as Request).session;
    if (session) session.csrfToken = token ?? undefined;
  },
  getTokenFromRequest: (req) => {
    const body = (req as Request).body as Record<string, unknown> | undefined;
    // A file upload's body is read after this check, so its form carries the token in its action's query.
    const multipart = /^multipart\/form-data/i.test((req as Request).headers['content-type'] ?? '');
    const value = multipart ? (req as Request).query?.[CSRF_FIELD] : body?.[CSRF_FIELD];
    return typeof value === 'string' ? value : undefined;
  },
});

/** The token for the forms of the page being rendered (made once per session, then reused). */
export function csrfTokenFor(req: Request): string {
  return csrf.generateToken(req, false);
}
