import type { Request, Response } from 'express';
import { caseReferenceOf } from '@send/kernel';
import { type ApiClient, ApiError } from '../../web/api-client.js';
import { checkAnswersModel, isConfirmed } from '../../web/check-answers.js';
import { formErrorsFrom, formKeyOf, newFormKey } from '../../web/forms.js';
import { redirectTo, renderPage } from '../../web/pages.js';
import {
  type StepFormSpec,
  type StepValues,
  firstFieldOf,
  stepAnswerRows,
  stepFieldIds,
  stepFieldLabels,
  stepFormModel,
  stepValuesFrom,
} from './step-form.js';

export const STEP_VIEW = 'forms/placement/step-form.njk';

/** "Case 3F2B9C1E", the caption over every case form. */
export const caseCaption = (caseId: string) => `Case ${caseReferenceOf(caseId)}`;

export async function renderStepForm(req: Request, res: Response, spec: StepFormSpec, values: StepValues = {}) {
  await renderPage(req, res, STEP_VIEW, stepFormModel(spec, values, newFormKey()));
}

export interface StepSubmission {
  readonly spec: StepFormSpec;
  readonly body: Record<string, unknown>;
  /** The API path the step posts to (PUT for a new version of a whole document). */
  readonly path: string;
  readonly method?: 'POST' | 'PUT';
  /** The API's body from the form's values, as typed. */
  readonly apiBody: (values: StepValues) => unknown;
  /** Where to go after it was recorded, and the banner to show there. */
  readonly then: (answer: Record<string, unknown>) => { url: string; title: string; text?: string };
  /** Irreversible: check your answers first (docs/ui.md "Forms"). */
  readonly checkAnswers?: { pageTitle: string; warning?: string; confirmText?: string };
}

/**
 * Post-redirect-get for a step: the API's 400 or 422 re-renders the form with its errors; check-your-answers
 * before an irreversible step ("change" goes back to the form filled in). Other refusals are error pages.
 */
export async function submitStep(api: ApiClient, req: Request, res: Response, step: StepSubmission) {
  const { spec, body } = step;
  const values = stepValuesFrom(spec, body);
  if (step.checkAnswers && body.change === 'yes') return renderStepForm(req, res, spec, values);
  if (step.checkAnswers && !isConfirmed(body)) {
    const model = checkAnswersModel({
      ...step.checkAnswers,
      caption: spec.caption,
      action: spec.action,
      rows: stepAnswerRows(spec, values),
      body,
    });
    return renderPage(req, res, 'check-answers.njk', model);
  }
  try {
    const answer = await api.call<Record<string, unknown>>(req, step.method ?? 'POST', step.path, {
      body: step.apiBody(values),
      idempotencyKey: formKeyOf(body),
    });
    const next = step.then(answer ?? {});
    await redirectTo(req, res, next.url, { title: next.title, text: next.text });
  } catch (error) {
    if (!(error instanceof ApiError) || ![400, 422].includes(error.status)) throw error;
    const errors = formErrorsFrom(error, stepFieldIds(spec), firstFieldOf(spec), stepFieldLabels(spec));
    await renderPage(req, res, STEP_VIEW, stepFormModel(spec, values, newFormKey(), errors), error.status);
  }
}
