import type { Request, Response } from 'express';
import { caseReferenceOf } from '@send/kernel';
import { ApiClient, ApiError } from '../../web/api-client.js';
import { type AnswerRow, checkAnswersModel, isConfirmed } from '../../web/check-answers.js';
import { type FieldIds, type FieldLabels, type FormErrors, formErrorsFrom, formKeyOf, newFormKey } from '../../web/forms.js';
import { redirectTo, renderPage } from '../../web/pages.js';
import type { SessionData } from '../../web/session.js';

/**
 * One case form's parts (docs/ui.md "Forms"): pure functions from the posted body to the values, from the
 * values to the API's body and to the view's model, and what the check-your-answers page lists. The
 * controller only wires them to the API; every rule is the API's.
 */
export interface CaseForm<V> {
  readonly view: string;
  /** The page's own path, e.g. "/cases/:caseId/assessment/decision" with the ids filled in. */
  path(ids: CaseFormIds): string;
  /** The API route the form posts to. */
  apiPath(ids: CaseFormIds): string;
  read(body: Readonly<Record<string, unknown>>): V;
  apiBody(values: V): unknown;
  model(ids: CaseFormIds, values: V, idempotencyKey: string, errors?: FormErrors): object;
  fields(values: V): FieldIds;
  labels(values: V): FieldLabels;
  /** The field a refusal without field errors (a 422) is shown against. */
  readonly firstField: string;
  banner(values: V): NonNullable<SessionData['flash']>;
  /** Where a success returns to, when not the case summary (the review forms return to the plan tab). */
  returnPath?(ids: CaseFormIds): string;
  /** Irreversible steps: what the check-your-answers page lists before anything is recorded. */
  check?(values: V): { pageTitle: string; rows: readonly AnswerRow[]; warning?: string; confirmText?: string };
}

export interface CaseFormIds {
  readonly caseId: string;
  readonly [id: string]: string;
}

/** "Case 3F2B9C1E", shown above each form's title. */
export const caseCaption = (caseId: string): string => `Case ${caseReferenceOf(caseId)}`;

/** Where every case form returns after a success: the case summary (docs/ui.md URL scheme). */
export const caseSummaryPath = (caseId: string): string => `/cases/${caseId}`;

/** GET: the case must be one the user may see (the API answers 404 otherwise), then the empty form. */
export async function showCaseForm<V>(api: ApiClient, req: Request, res: Response, form: CaseForm<V>, ids: CaseFormIds) {
  await api.get(req, `/api/v1/cases/${encodeURIComponent(ids.caseId)}`);
  await renderPage(req, res, form.view, form.model(ids, form.read({}), newFormKey()));
}

/**
 * POST: check your answers first when the step is irreversible ("change" re-renders the form filled in),
 * then the API; a 400 or 422 re-renders the form with the API's words, a success redirects to the case (or
 * the form's returnPath).
 */
export async function submitCaseForm<V>(
  api: ApiClient,
  req: Request,
  res: Response,
  form: CaseForm<V>,
  ids: CaseFormIds,
  body: Record<string, unknown>,
) {
  const values = form.read(body);
  if (form.check && body.change === 'yes') return renderPage(req, res, form.view, form.model(ids, values, newFormKey()));
  if (form.check && !isConfirmed(body)) {
    const check = form.check(values);
    const model = checkAnswersModel({ ...check, caption: caseCaption(ids.caseId), action: form.path(ids), body });
    return renderPage(req, res, 'check-answers.njk', model);
  }
  try {
    await api.post(req, form.apiPath(ids), form.apiBody(values), formKeyOf(body));
    await redirectTo(req, res, form.returnPath?.(ids) ?? caseSummaryPath(ids.caseId), form.banner(values));
  } catch (error) {
    if (!(error instanceof ApiError) || ![400, 422].includes(error.status)) throw error;
    const errors = formErrorsFrom(inFieldTerms(error), form.fields(values), form.firstField, form.labels(values));
    await renderPage(req, res, form.view, form.model(ids, values, newFormKey(), errors), error.status);
  }
}

/**
 * The API words a nested field's message by its last name ("frequency must be non-empty text" for
 * sections.F.items[0].frequency, "section A must be …" for sections.A); this names the whole field instead,
 * so that the form's label for it (FieldLabels) takes its place. Pure: unit tested.
 */
export function inFieldTerms(error: ApiError): ApiError {
  if (!error.problem.errors?.length) return error;
  const errors = error.problem.errors.map((e) => {
    if (e.message.startsWith(e.field)) return e;
    const section = /^(?:.+\.)?([A-K]\d?)$/.exec(e.field)?.[1];
    const lead = section ? `section ${section}` : (e.field.split('.').pop() ?? '').replace(/\[\d+\]$/, '');
    return lead && e.message.startsWith(lead) ? { ...e, message: e.field + e.message.slice(lead.length) } : e;
  });
  return new ApiError({ ...error.problem, errors });
}

/** The fields the model passes every form view: its errors in the layout's names. */
export function errorModel(errors?: FormErrors) {
  return { errorSummary: errors?.summary ?? [], fieldErrors: errors?.fields ?? {}, errorCode: errors?.code };
}

/** Radio items with the chosen one checked. */
export function radioItems(options: readonly { value: string; text: string }[], chosen: string | undefined) {
  return options.map((o) => ({ value: o.value, text: o.text, checked: o.value === chosen }));
}

/** The text of a chosen option, for check-your-answers. */
export function textOfOption(options: readonly { value: string; text: string }[], value: string | undefined): string {
  return options.find((o) => o.value === value)?.text ?? value ?? '';
}
