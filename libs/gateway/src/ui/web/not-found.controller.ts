import { Controller, Get, Next, Req, Res } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { hasItsOwnNotFound } from './page-paths.js';
import { PageController, PublicPage, renderPage } from './pages.js';
import { notFoundModel } from './not-found.view-model.js';

/**
 * Any other page path (docs/ui.md "Errors are pages"): the GOV.UK "Page not found" page, 404, signed in or
 * not. Registered last, so every page route is tried first. The API, its docs, the operations routes and the
 * assets keep their own 404 (problem+json): their requests are passed on, never answered here.
 */
@PageController()
@Controller()
export class NotFoundController {
  @Get('*path')
  @PublicPage()
  async notFound(@Req() req: Request, @Res() res: Response, @Next() next: NextFunction) {
    if (hasItsOwnNotFound(req)) return next();
    await renderPage(req, res, 'not-found.njk', notFoundModel({ signedIn: req.session?.user !== undefined }), 404);
  }
}
