import type { Page } from 'playwright-core';
import { accessibilityViolations, apiAs, screenshot, signIn, startUi, type UiHarness } from './browser.js';

/**
 * The assessment and plan forms beyond the pathway (docs/ui.md "Forms"): check your answers and changing
 * them, a domain refusal (422) shown in the form's words with its code and nothing recorded, and a role the
 * forms are not for. Cases are set up through the API; the forms are driven in Chromium.
 */
type Json = Record<string, any>;

let ui: UiHarness;

beforeAll(async () => {
  ui = await startUi(new Date('2026-06-10T11:00:00Z'));
});
afterAll(async () => ui?.close());

/** The API as the caseworker, signed in again for each call (browser.ts apiAs). */
async function call(method: string, path: string, body?: Json): Promise<any> {
  return (await apiAs(ui.baseUrl, 'caseworker@202'))(method, `/api/v1${path}`, body);
}

async function openCase(receivedOn: string): Promise<string> {
  const created = await call('POST', '/cases', {
    child: { givenName: 'Grace', familyName: 'Forms', dateOfBirth: '2015-12-09' },
    la: '202',
    requestedBy: 'parent',
    receivedOn,
  });
  return created.caseId;
}

async function fillDate(page: Page, legend: RegExp, date: string): Promise<void> {
  const [year, month, day] = date.split('-');
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(String(Number(day)));
  await group.getByLabel('Month').fill(String(Number(month)));
  await group.getByLabel('Year').fill(year);
}

async function accessible(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([]);
}

for (const javaScript of [true, false]) {
  const mode = javaScript ? 'with JavaScript' : 'without JavaScript';

  it(`records an exception after checking, changing an answer on the way (${mode})`, async () => {
    const caseId = await openCase('2026-06-01');
    const page = await (await ui.context({ javaScript })).newPage();
    page.setDefaultTimeout(5000);
    await signIn(page, 'caseworker@202');
    await page.goto(`/cases/${caseId}/assessment/exceptions`);
    await accessible(page);
    await page.getByLabel('Exceptional personal circumstances of the child or the family').check();
    await fillDate(page, /When did it begin/, '2026-06-03');
    await page.getByLabel('Evidence').fill('A letter from the family');
    await page.getByLabel('Yes', { exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();

    await expect(page.locator('h1').textContent()).resolves.toBe('Check the exception before it is recorded');
    await expect(page.locator('.govuk-summary-list').textContent()).resolves.toContain('3 June 2026');
    await accessible(page);
    await page.getByRole('button', { name: 'Change your answers' }).click();

    // Back on the form, filled in as typed; nothing was recorded yet.
    await expect(page.getByLabel('Evidence').inputValue()).resolves.toBe('A letter from the family');
    await expect(page.getByLabel('Yes', { exact: true }).isChecked()).resolves.toBe(true);
    expect((await call('GET', `/cases/${caseId}/deadlines`)).find((d: Json) => d.rule === 'assessment-decision').status).toBe(
      'open',
    );
    await accessible(page);
    await page.getByLabel('Evidence').fill('A letter from the family’s doctor');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('.govuk-summary-list').textContent()).resolves.toContain('A letter from the family’s doctor');
    if (javaScript) await screenshot(page, 'assessment-exception-check');
    await page.getByRole('button', { name: 'Record the exception' }).click();

    expect(new URL(page.url()).pathname).toBe(`/cases/${caseId}`);
    const history = (await call('GET', `/cases/${caseId}/history`)) as Json[];
    const recorded = history.filter((e) => /Exception/.test(e.type));
    expect(recorded).toHaveLength(1);
    expect(JSON.stringify(recorded[0])).toContain('A letter from the family’s doctor');
  });

  it(`shows the API's refusal of a final plan while the family's 15 days run, recording nothing (${mode})`, async () => {
    const caseId = await openCase('2026-06-01');
    await call('POST', `/cases/${caseId}/assessment/decision`, { decision: 'assess', decidedOn: '2026-06-02', reason: 'Needs' });
    await call('POST', `/cases/${caseId}/assessment/outcome`, {
      outcome: 'issue-plan',
      decidedOn: '2026-06-05',
      reason: 'Needs',
    });
    const text = 'None.';
    await call('POST', `/cases/${caseId}/plan/draft`, {
      issuedOn: '2026-06-08',
      sections: {
        A: 'Views',
        B: { primaryNeed: 'MLD', description: 'Learning' },
        C: text,
        D: text,
        E: 'Outcomes',
        F: [{ provision: 'Small group maths teaching', hours: 1, frequency: 'weekly', deliveredBy: 'specialist teacher' }],
        G: text,
        H1: text,
        H2: text,
        J: text,
        K: 'Advice',
      },
    });
    const page = await (await ui.context({ javaScript })).newPage();
    page.setDefaultTimeout(5000);
    await signIn(page, 'caseworker@202');
    await page.goto(`/cases/${caseId}/plan/final`);
    await fillDate(page, /When is the final plan issued/, '2026-06-10');
    await page.getByLabel('Mainstream school or college').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Issue the final plan' }).click();

    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    await expect(summary.locator('a').getAttribute('href')).resolves.toBe('#issuedOn-day');
    await expect(page.locator('#error-code').textContent()).resolves.toContain('EHCP.REPRESENTATION_PERIOD_OPEN');
    await expect(page.getByLabel('Mainstream school or college').isChecked()).resolves.toBe(true);
    if (javaScript) await screenshot(page, 'plan-final-refused');
    await accessible(page);
    expect((await call('GET', `/cases/${caseId}`)).plan).toMatchObject({ version: 1, status: 'draft' });
  });
}

it('does not offer the forms to an auditor', async () => {
  const caseId = await openCase('2026-06-01');
  const page = await (await ui.context()).newPage();
  await signIn(page, 'auditor');
  const res = await page.goto(`/cases/${caseId}/assessment/decision`);
  expect(res?.status()).toBe(403);
  await expect(page.locator('h1').textContent()).resolves.toContain('You cannot see this page');
  await accessible(page);
});
