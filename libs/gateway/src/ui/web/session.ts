import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { Request, Response, NextFunction } from 'express';
import { getIronSession, type IronSession } from 'iron-session';
import { hkdfSync } from 'node:crypto';
import { CLOCK, type Clock, type Role } from '@send/kernel';
import { APP_CONFIG, type AppConfig } from '@send/platform';
import { isPageRequest, requestPath } from './page-paths.js';

/**
 * The pages' session (docs/ui.md "Sessions"): one sealed, encrypted cookie (iron-session), httpOnly and
 * SameSite=Lax, Secure in production. It holds who signed in, their API token (the pages act through the
 * same API as every client), the CSRF token and a one-time banner. Idle for `uiIdleMinutes` and it is
 * cleared; every request moves the idle clock on. Nothing is kept on the server, so any gateway can serve it.
 */
export interface SessionData {
  user?: { id: string; role: Role; la?: string };
  /** The bearer token the pages send to the API for this user. */
  token?: string;
  /** When the user last did anything, in ms since the epoch (the idle timeout). */
  seenAt?: number;
  /** csrf-sync keeps its synchroniser token here. */
  csrfToken?: string;
  /** A success banner shown once on the page a post redirects to. */
  flash?: { title: string; html?: string; text?: string };
  /** Set when the idle timeout signed the user out, for the sign-in page to say so. */
  timedOut?: boolean;
}

export type UiSession = IronSession<SessionData>;

export const SESSION_COOKIE = 'send_session';

declare module 'express-serve-static-core' {
  interface Request {
    session?: UiSession;
  }
}

/** The session's sealing password, derived from the token secret so that no second secret is needed. */
export function sessionPassword(tokenSecret: string): string {
  return Buffer.from(hkdfSync('sha256', tokenSecret, 'send-casework', 'ui session cookie', 32)).toString('hex');
}

@Injectable()
export class SessionMiddleware implements NestMiddleware {
  private readonly password: string;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.password = sessionPassword(config.tokenSecret);
  }

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    if (!isPageRequest(req)) return next();
    try {
      const session = await getIronSession<SessionData>(req, res, {
        password: this.password,
        cookieName: SESSION_COOKIE,
        ttl: this.config.tokenTtlSeconds,
        cookieOptions: { httpOnly: true, sameSite: 'lax', secure: this.config.secureCookies, path: '/' },
      });
      const now = this.clock.now().getTime();
      if (session.user && session.seenAt !== undefined && now - session.seenAt > this.config.uiIdleMinutes * 60_000) {
        delete session.user;
        delete session.token;
        session.timedOut = true;
      }
      // The asset requests a page makes are not activity; everything else is.
      if (session.user && !requestPath(req).startsWith('/assets/')) session.seenAt = now;
      req.session = session;
      res.locals.ui = { idleMinutes: this.config.uiIdleMinutes, councilNames: this.config.councilNames, demo: this.config.demo };
      next();
    } catch (error) {
      next(error);
    }
  }
}
