import { Body, Controller, Get, HttpCode, Inject, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CLOCK, type Clock } from '@send/kernel';
import { TokenService } from '@send/platform';
import { ApiClient, ApiError } from '../web/api-client.js';
import { textOf } from '../web/forms.js';
import { homePathFor } from '../web/layout.js';
import { PageController, PublicPage, redirectTo, renderPage, safeReturnPath } from '../web/pages.js';
import { signInModel } from './sign-in.view-model.js';

/**
 * Sign-in and sign-out (docs/ui.md "Sessions"): the same users as the API's token route (demo users in demo
 * mode), exchanged through that route for a token kept in the sealed session cookie.
 */
@PageController()
@Controller()
export class SignInController {
  constructor(
    private readonly api: ApiClient,
    private readonly tokens: TokenService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('sign-in')
  @PublicPage()
  async form(
    @Req() req: Request,
    @Res() res: Response,
    @Query('returnTo') returnTo?: string,
    @Query('timedOut') timedOut?: string,
  ) {
    const session = req.session!;
    const wasTimedOut = session.timedOut === true || timedOut === '1';
    delete session.timedOut;
    if (session.user && !wasTimedOut) return redirectTo(req, res, safeReturnPath(returnTo));
    await renderPage(req, res, 'sign-in.njk', signInModel({ returnTo: safeReturnPath(returnTo), timedOut: wasTimedOut }));
  }

  @Post('sign-in')
  @PublicPage()
  @HttpCode(200)
  async signIn(@Req() req: Request, @Res() res: Response, @Body() body: Record<string, unknown>) {
    const username = textOf(body, 'username');
    const password = typeof body.password === 'string' ? body.password : undefined;
    const returnTo = safeReturnPath(body.returnTo);
    const missing = { username: !username, password: !password };
    if (missing.username || missing.password) {
      return renderPage(req, res, 'sign-in.njk', signInModel({ returnTo, username, missing }), 400);
    }
    try {
      const { accessToken } = await this.api.post<{ accessToken: string }>(req, '/api/v1/auth/token', { username, password });
      const user = this.tokens.verify(accessToken);
      if (!user) throw new ApiError({ status: 401, code: 'AUTH.INVALID_TOKEN' });
      const session = req.session!;
      session.token = accessToken;
      // A family's token names its account by invitation; the pages show the username it signs in with.
      const shownAs = user.role === 'family' ? (username ?? user.id).toLowerCase() : user.id;
      session.user = { id: shownAs, role: user.role, ...(user.la ? { la: user.la } : {}) };
      session.seenAt = this.clock.now().getTime();
      delete session.csrfToken; // a new session gets a new CSRF token (no fixation)
      return redirectTo(req, res, returnTo === '/' ? homePathFor(user.role) : returnTo);
    } catch (error) {
      if (error instanceof ApiError && error.status === 429) {
        return renderPage(req, res, 'sign-in.njk', signInModel({ returnTo, username, throttled: true }), 429);
      }
      if (!(error instanceof ApiError) || (error.status !== 401 && error.status !== 400)) throw error;
      return renderPage(req, res, 'sign-in.njk', signInModel({ returnTo, username, refused: true }), 401);
    }
  }

  @Post('sign-out')
  @PublicPage()
  async signOut(@Req() req: Request, @Res() res: Response) {
    req.session?.destroy();
    res.redirect(303, '/sign-in');
  }

  /** The idle-timeout warning's "Stay signed in": any request moves the idle clock on; this one does nothing else. */
  @Get('session/keep-alive')
  @PublicPage()
  async keepAlive(@Req() req: Request, @Res() res: Response) {
    await req.session?.save();
    res.status(req.session?.user ? 204 : 401).end();
  }
}
