import {
  type ArgumentsHost,
  applyDecorators,
  Catch,
  type CanActivate,
  type ExceptionFilter,
  type ExecutionContext,
  HttpException,
  Injectable,
  Logger,
  SetMetadata,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Role } from '@send/kernel';
import { Public } from '@send/platform';
import { ApiError } from './api-client.js';
import { layoutModel } from './layout.js';
import { renderView } from './render.js';
import type { SessionData } from './session.js';

/**
 * How a page answers (docs/ui.md "How a page is made"): render a view with its model inside the layout, or
 * redirect after a post (post-redirect-get, with a one-time success banner). The session is saved first,
 * so a new CSRF token or a consumed banner is never lost.
 */
export async function renderPage(req: Request, res: Response, view: string, model: object, status = 200): Promise<void> {
  const html = renderView(view, { ...layoutModel(req, res), ...model });
  await req.session?.save();
  res.status(status).type('html').send(html);
}

export async function redirectTo(req: Request, res: Response, url: string, flash?: SessionData['flash']): Promise<void> {
  if (flash && req.session) req.session.flash = flash;
  await req.session?.save();
  res.redirect(303, url);
}

/** Only a path on this site may be returned to after sign-in (no open redirect). */
export function safeReturnPath(value: unknown): string {
  return typeof value === 'string' && /^\/(?!\/)[\w\-./?=&%]*$/.test(value) && !value.startsWith('/sign-') ? value : '/';
}

class SignInRequired extends Error {}

const PAGE_ROLES = 'send:page-roles';

/** A signed-in session, and one of the page's roles; the API still checks every call on its own. */
@Injectable()
export class SignedInGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    const user = req.session?.user;
    if (!user) throw new SignInRequired();
    const roles = this.reflector.getAllAndOverride<Role[]>(PAGE_ROLES, [context.getHandler(), context.getClass()]) ?? [];
    if (!roles.includes(user.role)) throw new ApiError({ status: 403, code: 'UI.ROLE_NOT_ALLOWED' });
    return true;
  }
}

const MESSAGES: Record<number, { title: string; message: string }> = {
  403: {
    title: 'You cannot see this page',
    message: 'Your role or your local authority does not allow it. Nothing was changed.',
  },
  404: { title: 'Page not found', message: 'There is no such case or page, or it is not visible to you.' },
  409: {
    title: 'The case changed while you were working',
    message: 'Someone else recorded something on this case. Reload it and try again.',
  },
  500: { title: 'Sorry, there is a problem with the service', message: 'Nothing was lost. Try again later.' },
  503: { title: 'Sorry, the service is unavailable', message: 'A part of the service is not ready. Try again in a few minutes.' },
};

/** Errors on pages are pages: sign-in when signed out, a plain explanation otherwise, never a stack trace. */
@Catch()
export class PageErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ui');

  async catch(error: unknown, host: ArgumentsHost): Promise<void> {
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    if (error instanceof SignInRequired || (error instanceof ApiError && error.status === 401)) {
      if (req.session) {
        delete req.session.user;
        delete req.session.token;
      }
      const back = req.method === 'GET' ? `?returnTo=${encodeURIComponent(req.originalUrl)}` : '';
      return redirectTo(req, res, `/sign-in${back}`);
    }
    const status = error instanceof ApiError ? error.status : error instanceof HttpException ? error.getStatus() : 500;
    const shown = MESSAGES[status] ?? (status < 500 ? MESSAGES[404] : MESSAGES[500]);
    if (status >= 500) this.logger.error(`page ${req.method} ${req.route?.path ?? ''} failed: ${(error as Error)?.message}`);
    const code = error instanceof ApiError ? error.problem.code : undefined;
    await renderPage(req, res, 'error.njk', { pageTitle: shown.title, message: shown.message, code }, status);
  }
}

/** Marks a controller or route as a page for these roles: session sign-in instead of a bearer token. */
export const Page = (...roles: Role[]) =>
  applyDecorators(Public(), SetMetadata(PAGE_ROLES, roles), UseGuards(SignedInGuard), UseFilters(PageErrorFilter));

/** A page anyone may open (sign-in, checking a bundle's code): no session user needed. */
export const PublicPage = () => applyDecorators(Public(), UseFilters(PageErrorFilter));

/** Page controllers are not part of the API description. */
export const PageController = ApiExcludeController;
