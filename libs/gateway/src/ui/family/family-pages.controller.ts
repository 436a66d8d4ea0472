import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CLOCK, type Clock } from '@send/kernel';
import { TokenService } from '@send/platform';
import type { FamilyView } from '../../family/family-view.js';
import { ApiClient, ApiError } from '../web/api-client.js';
import { formKeyOf, newFormKey, textOf } from '../web/forms.js';
import { Page, PageController, PublicPage, redirectTo, renderPage } from '../web/pages.js';
import { type FamilyAccessAnswer, familyAccessModel, familyHomeModel, joinModel } from './family.view-model.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function caseIdOf(value: string): string {
  if (!UUID.test(value)) throw new ApiError({ status: 404, code: 'UI.NOT_FOUND' });
  return value.toLowerCase();
}

/**
 * The family's pages and the caseworker's family-access page (docs/ui.md "The family's pages"), all through
 * the API (docs/api.md "Family access"): the API decides what the family may see, and logs every read.
 */
@PageController()
@Controller()
export class FamilyPagesController {
  constructor(
    private readonly api: ApiClient,
    private readonly tokens: TokenService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('family/join')
  @PublicPage()
  async joinForm(@Req() req: Request, @Res() res: Response) {
    await renderPage(req, res, 'family/join.njk', joinModel({}));
  }

  /** Redeems the code and signs the family in at once, with the token the redemption answers. */
  @Post('family/join')
  @PublicPage()
  @HttpCode(200)
  async join(@Req() req: Request, @Res() res: Response, @Body() body: Record<string, unknown>) {
    const code = textOf(body, 'code') ?? '';
    const username = textOf(body, 'username') ?? '';
    const password = typeof body.password === 'string' ? body.password : '';
    try {
      const made = await this.api.post<{ username: string; accessToken: string }>(req, '/api/v1/family/invitations/redeem', {
        code,
        username,
        password,
      });
      const accessToken = made.accessToken;
      const user = this.tokens.verify(accessToken);
      if (!user) throw new ApiError({ status: 401, code: 'AUTH.INVALID_TOKEN' });
      const session = req.session!;
      session.token = accessToken;
      session.user = { id: made.username, role: user.role, ...(user.la ? { la: user.la } : {}) };
      session.seenAt = this.clock.now().getTime();
      delete session.csrfToken;
      return redirectTo(req, res, '/family', { title: 'Your account is ready', text: `Sign in next time as ${made.username}.` });
    } catch (error) {
      if (!(error instanceof ApiError) || error.status >= 500) throw error;
      const status = error.status === 400 ? 400 : 422;
      return renderPage(req, res, 'family/join.njk', joinModel({ code, username, problem: error.problem }), status);
    }
  }

  @Get('family')
  @Page('family')
  async home(@Req() req: Request, @Res() res: Response) {
    const view = await this.api.get<FamilyView>(req, '/api/v1/family/case');
    await renderPage(req, res, 'family/home.njk', { ...familyHomeModel(view), formKey: newFormKey() });
  }

  @Post('family/representations')
  @Page('family')
  async representations(@Req() req: Request, @Res() res: Response, @Body() body: Record<string, unknown>) {
    const requestedSettingId = textOf(body, 'requestedSettingId');
    const views = textOf(body, 'views');
    const answer = {
      ...(views ? { views } : {}),
      ...(body.nothingFurther === 'yes' ? { nothingFurther: true } : {}),
      ...(requestedSettingId ? { requestedSettingId } : {}),
    };
    await this.send(req, res, '/api/v1/family/plan/representations', answer, formKeyOf(body), {
      title: 'Your views were sent to the council',
      text: 'They are recorded with today’s date.',
    });
  }

  @Post('family/preferences')
  @Page('family')
  async preferences(@Req() req: Request, @Res() res: Response, @Body() body: Record<string, unknown>) {
    // Each choice from the list, or the number of a setting that is not on it (the number wins when both are given).
    const ranked = ['first', 'second', 'third']
      .map((n) => textOf(body, `${n}Other`) ?? textOf(body, n))
      .filter((v): v is string => v !== undefined);
    await this.send(req, res, '/api/v1/family/placement/preferences', { ranked }, formKeyOf(body), {
      title: 'Your preferences were sent to the council',
      text: 'They replace any you sent before.',
    });
  }

  /** A refused family write shows the home page again with the council's reason at the top. */
  private async send(
    req: Request,
    res: Response,
    path: string,
    body: object,
    key: string | undefined,
    flash: { title: string; text: string },
  ) {
    try {
      await this.api.post(req, path, body, key);
      return redirectTo(req, res, '/family', flash);
    } catch (error) {
      if (!(error instanceof ApiError) || ![400, 422].includes(error.status)) throw error;
      const view = await this.api.get<FamilyView>(req, '/api/v1/family/case');
      const text = error.problem.detail ?? 'The council could not record this. Check what you entered.';
      await renderPage(
        req,
        res,
        'family/home.njk',
        { ...familyHomeModel(view), formKey: newFormKey(), errorSummary: [{ text, href: '#send-views' }] },
        error.status,
      );
    }
  }

  @Get('cases/:caseId/family')
  @Page('caseworker', 'manager')
  async access(@Req() req: Request, @Res() res: Response, @Param('caseId') id: string) {
    const caseId = caseIdOf(id);
    const answer = await this.api.get<FamilyAccessAnswer>(req, `/api/v1/cases/${caseId}/family-access`);
    await renderPage(req, res, 'family/access.njk', { ...familyAccessModel(answer), formKey: newFormKey() });
  }

  /** Shows the new code once, on this answer alone: never stored in the session, never cached. */
  @Post('cases/:caseId/family/invitations')
  @Page('caseworker', 'manager')
  @HttpCode(200)
  async invite(@Req() req: Request, @Res() res: Response, @Param('caseId') id: string, @Body() body: Record<string, unknown>) {
    const caseId = caseIdOf(id);
    // The form's key makes a resubmission (a reload) record nothing twice; its answer then has no code.
    const made = await this.api.post<{ code?: string; expiresOn: string }>(
      req,
      `/api/v1/cases/${caseId}/family-invitations`,
      {},
      formKeyOf(body),
    );
    res.setHeader('Cache-Control', 'no-store');
    await renderPage(req, res, 'family/invited.njk', {
      pageTitle: made.code ? 'Invitation code' : 'Invitation code already shown',
      caseId,
      code: made.code ?? '',
      expiresOn: made.expiresOn,
    });
  }

  @Post('cases/:caseId/family/revoke')
  @Page('caseworker', 'manager')
  async revoke(@Req() req: Request, @Res() res: Response, @Param('caseId') id: string) {
    const caseId = caseIdOf(id);
    const done = await this.api.post<{ accountsClosed: number }>(req, `/api/v1/cases/${caseId}/family-access/revoke`, {});
    await redirectTo(req, res, `/cases/${caseId}/family`, {
      title: "The family's access was revoked",
      text: `${done.accountsClosed} account${done.accountsClosed === 1 ? '' : 's'} closed; unused codes no longer work.`,
    });
  }
}
