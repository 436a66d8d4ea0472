import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { PlanAnswer } from '../../case/case-api.js';
import { ApiClient, ApiError } from '../../web/api-client.js';
import { Page, PageController } from '../../web/pages.js';
import { showCaseForm, submitCaseForm } from '../assessment/case-form.js';
import { type DecisionContext, planOutcomes, reviewDecisionForm } from './decision.view-model.js';
import { reviewReportForm, startReviewForm } from './review.view-model.js';

/**
 * The annual review's forms (docs/ui.md "Forms"): the meeting, its report and the council's decision. Each
 * posts through the API (ApiClient) and returns to the plan tab. The report and decision pages read the
 * review, and the decision page section E's outcomes, from GET …/plan: a review the plan does not list is
 * the page's 404.
 */
@PageController()
@Controller('cases/:caseId/reviews')
export class ReviewFormsController {
  constructor(private readonly api: ApiClient) {}

  @Get('new')
  @Page('caseworker', 'manager')
  startPage(@Req() req: Request, @Res() res: Response, @Param('caseId') caseId: string) {
    return showCaseForm(this.api, req, res, startReviewForm, { caseId });
  }

  @Post('new')
  @Page('caseworker', 'manager')
  start(@Req() req: Request, @Res() res: Response, @Param('caseId') caseId: string, @Body() body: Record<string, unknown>) {
    return submitCaseForm(this.api, req, res, startReviewForm, { caseId }, body);
  }

  @Get(':reviewId/report')
  @Page('caseworker', 'manager')
  async reportPage(
    @Req() req: Request,
    @Res() res: Response,
    @Param('caseId') caseId: string,
    @Param('reviewId') reviewId: string,
  ) {
    const review = await this.review(req, caseId, reviewId);
    return showCaseForm(this.api, req, res, reviewReportForm(review), { caseId, reviewId });
  }

  @Post(':reviewId/report')
  @Page('caseworker', 'manager')
  async report(
    @Req() req: Request,
    @Res() res: Response,
    @Param('caseId') caseId: string,
    @Param('reviewId') reviewId: string,
    @Body() body: Record<string, unknown>,
  ) {
    const review = await this.review(req, caseId, reviewId);
    return submitCaseForm(this.api, req, res, reviewReportForm(review), { caseId, reviewId }, body);
  }

  @Get(':reviewId/decision')
  @Page('caseworker', 'manager')
  async decisionPage(
    @Req() req: Request,
    @Res() res: Response,
    @Param('caseId') caseId: string,
    @Param('reviewId') reviewId: string,
  ) {
    const review = await this.review(req, caseId, reviewId);
    return showCaseForm(this.api, req, res, reviewDecisionForm(review), { caseId, reviewId });
  }

  @Post(':reviewId/decision')
  @Page('caseworker', 'manager')
  async decide(
    @Req() req: Request,
    @Res() res: Response,
    @Param('caseId') caseId: string,
    @Param('reviewId') reviewId: string,
    @Body() body: Record<string, unknown>,
  ) {
    const review = await this.review(req, caseId, reviewId);
    return submitCaseForm(this.api, req, res, reviewDecisionForm(review), { caseId, reviewId }, body);
  }

  /** The review as GET …/plan lists it, with the outcomes of the plan's section E. */
  private async review(req: Request, caseId: string, reviewId: string): Promise<DecisionContext> {
    const plan = await this.api.get<PlanAnswer>(req, `/api/v1/cases/${encodeURIComponent(caseId)}/plan`);
    const review = plan.reviews?.find((r) => r.reviewId === reviewId);
    if (!review) throw new ApiError({ status: 404, code: 'UI.REVIEW_NOT_FOUND' });
    return { meetingOn: review.meetingOn, outcomes: planOutcomes(plan.sections) };
  }
}
