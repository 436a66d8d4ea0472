import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { randomBytes } from 'node:crypto';
import { csrf } from './csrf-token.js';
import { layoutModel } from './layout.js';
import { isPageRequest, requestPath } from './page-paths.js';
import { renderView } from './render.js';

/**
 * Security headers for every response (docs/ui.md "Security"), by helmet. Pages get a strict CSP: scripts
 * only from this origin or with the page's nonce (the one inline line GOV.UK Frontend's template needs), no
 * inline styles, forms posting only here, no framing. The API docs page (Swagger UI) inlines its styles, so
 * under /api/docs inline styles are allowed and nothing else is relaxed.
 */
const docsPath = (req: Request) => requestPath(req).startsWith('/api/docs');

const headers = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      'default-src': ["'self'"],
      'script-src': ["'self'", (_req, res) => `'nonce-${(res as Response).locals.cspNonce}'`],
      'style-src': [(req) => (docsPath(req as Request) ? "'self' 'unsafe-inline'" : "'self'")],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
    },
  },
  // Pages hold children's records: never cached by a shared machine's browser history beyond the session.
  referrerPolicy: { policy: 'same-origin' },
});

/**
 * Express middleware, installed by setupOpenApi before the docs routes so that it covers every response,
 * the docs page included. A page's nonce is made here for its one inline script.
 */
export function securityHeaders(req: Request, res: Response, next: NextFunction): void {
  res.locals.cspNonce = randomBytes(16).toString('base64');
  if (isPageRequest(req) && !requestPath(req).startsWith('/assets/')) res.setHeader('Cache-Control', 'no-store');
  headers(req, res, next);
}

/** Every page POST must carry the session's token; a missing or wrong one is a 403 that changes nothing. */
@Injectable()
export class CsrfMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    if (!isPageRequest(req) || req.method !== 'POST') return next();
    csrf.csrfSynchronisedProtection(req, res, (error?: unknown) => {
      if (!error) return next();
      res
        .status(403)
        .type('html')
        .send(
          renderView('error.njk', {
            ...layoutModel(req, res),
            pageTitle: 'The form was out of date',
            message: 'Nothing was saved. Go back, reload the page and try again.',
          }),
        );
    });
  }
}
