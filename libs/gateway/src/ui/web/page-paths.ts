/**
 * Which requests are pages (session, CSRF, page error handling) and which are the API or operations routes,
 * which keep their bearer tokens and problem+json answers untouched (docs/ui.md).
 */
const NOT_PAGES = /^\/(api|health|ready|metrics)(\/|$)/;

/**
 * The request's own path. Middleware sees `req.path` relative to where it was mounted, so it reads the
 * original URL instead.
 */
export function requestPath(req: { originalUrl?: string; url: string }): string {
  return (req.originalUrl ?? req.url).split('?')[0];
}

export function isPageRequest(req: { originalUrl?: string; url: string }): boolean {
  return !NOT_PAGES.test(requestPath(req));
}

/**
 * Paths whose 404 is not the pages': the API (its docs page included) and the operations routes answer
 * problem+json, the assets their own 404; the pages' catch-all passes them on untouched.
 */
const NOT_PAGE_NOT_FOUND = /^\/(api|health|ready|metrics|assets)(\/|$)/;

export function hasItsOwnNotFound(req: { originalUrl?: string; url: string }): boolean {
  return NOT_PAGE_NOT_FOUND.test(requestPath(req));
}
