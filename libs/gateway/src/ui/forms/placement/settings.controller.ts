import { Body, Controller, Get, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient } from '../../web/api-client.js';
import { Page, PageController } from '../../web/pages.js';
import type { SettingOption } from './placement.view-model.js';
import { inclusionPlanSpec, registerSettingSpec, wholeNumberFrom } from './settings.view-model.js';
import { renderStepForm, submitStep } from './step-page.js';

type FormBody = Record<string, unknown>;

/** A manager keeps the council's registry and inclusion plan, which tailored lists are drawn from. */
@PageController()
@Controller('settings')
export class SettingsFormsController {
  constructor(private readonly api: ApiClient) {}

  private la = (req: Request) => req.session?.user?.la;

  @Get()
  @Page('manager')
  async form(@Req() req: Request, @Res() res: Response) {
    await renderStepForm(req, res, registerSettingSpec());
  }

  @Post()
  @Page('manager')
  async register(@Req() req: Request, @Res() res: Response, @Body() body: FormBody) {
    await submitStep(this.api, req, res, {
      spec: registerSettingSpec(),
      body,
      path: '/api/v1/settings',
      apiBody: (v) => ({
        la: this.la(req),
        name: v.name,
        type: v.type,
        phases: v.phases,
        needs: v.needs,
        capacity: wholeNumberFrom(v.capacity as string | undefined),
        ...(v.academyTrust ? { academyTrust: v.academyTrust } : {}),
      }),
      then: () => ({ url: '/settings/inclusion-plan', title: 'Setting registered', text: 'Add it to the local inclusion plan.' }),
    });
  }

  private settings(req: Request) {
    return this.api.get<SettingOption[]>(req, '/api/v1/settings', { la: this.la(req) });
  }

  @Get('inclusion-plan')
  @Page('manager')
  async planForm(@Req() req: Request, @Res() res: Response) {
    await renderStepForm(req, res, inclusionPlanSpec(await this.settings(req)));
  }

  @Post('inclusion-plan')
  @Page('manager')
  async publish(@Req() req: Request, @Res() res: Response, @Body() body: FormBody) {
    await submitStep(this.api, req, res, {
      spec: inclusionPlanSpec(await this.settings(req)),
      body,
      method: 'PUT',
      path: `/api/v1/inclusion-plans/${this.la(req)}`,
      apiBody: (v) => ({ publishedOn: v.publishedOn, settingIds: v.settingIds }),
      then: () => ({ url: '/settings', title: 'Local inclusion plan published' }),
    });
  }
}
