import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nunjucks from 'nunjucks';
import { daysLeftText, formatDate, formatDateTime } from '../format.js';

/**
 * The pages' templates (docs/ui.md "How a page is made"): Nunjucks over our own views, GOV.UK Frontend's
 * macros (`govuk/components/…/macro.njk`) and MoJ Frontend's (`moj/components/…/macro.njk`). Templates only
 * lay out a view model built by a pure function; autoescape is on, so text from a case can never be markup.
 */
const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

/** Our views; the build copies them beside the compiled code (infra/build-ui.mjs). */
export const VIEWS_DIR = join(here, '..', 'views');
/** The package roots the design systems' templates are found under. */
export const GOVUK_FRONTEND_DIR = join(dirname(require.resolve('govuk-frontend')), '..');
export const MOJ_FRONTEND_DIR = join(dirname(require.resolve('@ministryofjustice/frontend')), '..');

export function createTemplates(): nunjucks.Environment {
  const env = new nunjucks.Environment(
    new nunjucks.FileSystemLoader([VIEWS_DIR, GOVUK_FRONTEND_DIR, MOJ_FRONTEND_DIR], { noCache: false }),
    { autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true },
  );
  env.addFilter('date', (value: string | undefined) => formatDate(value));
  env.addFilter('dateTime', (value: string | undefined) => formatDateTime(value));
  env.addFilter('daysLeft', (value: number) => daysLeftText(value));
  env.addGlobal('dateItems', dateItems);
  return env;
}

/**
 * The three items of a GOV.UK date input (its ids become "<id>-day", "-month", "-year", which the error
 * summary links to), with the typed parts and the error style when the date was refused.
 */
export function dateItems(parts: { day?: string; month?: string; year?: string } = {}, error?: unknown) {
  const cls = (width: number) => `govuk-input--width-${width}${error ? ' govuk-input--error' : ''}`;
  return [
    { name: 'day', label: 'Day', classes: cls(2), value: parts.day ?? '' },
    { name: 'month', label: 'Month', classes: cls(2), value: parts.month ?? '' },
    { name: 'year', label: 'Year', classes: cls(4), value: parts.year ?? '' },
  ];
}

let shared: nunjucks.Environment | undefined;

/** Renders one view with its model; one environment per process (it caches compiled templates). */
export function renderView(view: string, model: object): string {
  shared ??= createTemplates();
  return shared.render(view, model);
}
