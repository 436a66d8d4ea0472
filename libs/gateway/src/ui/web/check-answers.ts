/**
 * Check your answers before an irreversible step (docs/ui.md "Forms"): the form posts once without
 * `confirmed`, the page shows what will be recorded with every typed value carried in hidden fields, and
 * only the second post, with `confirmed=yes`, reaches the API. "Change" goes back to the form, filled in.
 */
export interface AnswerRow {
  readonly key: string;
  readonly value: string;
}

export interface CheckAnswersInput {
  readonly pageTitle: string;
  /** Shown above the title, e.g. "Case 3F2B9C1E". */
  readonly caption?: string;
  /** Where the form posts (the same page). */
  readonly action: string;
  /** What will be recorded, in the form's words. */
  readonly rows: readonly AnswerRow[];
  /** The submitted form, replayed as hidden fields (the CSRF token is added by the view). */
  readonly body: Readonly<Record<string, unknown>>;
  /** A sentence on what recording it does, e.g. "This starts the family's 15 days for representations." */
  readonly warning?: string;
  readonly confirmText?: string;
}

/** Whether this post is the confirmation of a check-your-answers page. */
export function isConfirmed(body: Readonly<Record<string, unknown>>): boolean {
  return body.confirmed === 'yes';
}

/** The check-your-answers page's model (render with view "check-answers.njk"). Pure: unit tested. */
export function checkAnswersModel(input: CheckAnswersInput) {
  const hidden: { name: string; value: string }[] = [];
  for (const [name, value] of Object.entries(input.body)) {
    if (name === '_csrf' || name === 'confirmed' || name === 'change') continue;
    for (const v of Array.isArray(value) ? value : [value]) {
      if (typeof v === 'string') hidden.push({ name, value: v });
    }
  }
  return {
    pageTitle: input.pageTitle,
    caption: input.caption,
    action: input.action,
    rows: input.rows.map((r) => ({ key: { text: r.key }, value: { text: r.value || 'Not given' } })),
    hidden,
    warning: input.warning,
    confirmText: input.confirmText ?? 'Confirm and record',
  };
}
