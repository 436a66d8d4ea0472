import type { Page } from 'playwright-core';
import { planSections } from '../fixtures.js';
import { accessibilityViolations, screenshot, signIn, startUi, type UiHarness, callApi } from './browser.js';

/** The manager's team view in the browser: overdue cases by stage, 20-week timeliness for a period. */

let ui: UiHarness;

/** Seeding through the public API (browser.ts callApi). */
const api = (path: string, user: string, body?: unknown) => callApi(ui.baseUrl, path, user, body);

/** The sections the API suites draft with (../fixtures.ts). */
const SECTIONS = planSections();

async function openCase(receivedOn: string, user = 'caseworker@202', la = '202'): Promise<string> {
  const body = {
    child: { givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2016-03-01' },
    la,
    requestedBy: 'parent',
    receivedOn,
  };
  return (await api('/api/v1/cases', user, body)).caseId;
}

const on = (caseId: string, path: string, body: unknown) => api(`/api/v1/cases/${caseId}${path}`, 'caseworker@202', body);

async function finalPlan(receivedOn: string, decidedOn: string, outcomeOn: string, draftOn: string, finalOn: string) {
  const caseId = await openCase(receivedOn);
  await on(caseId, '/assessment/decision', {
    decision: 'assess',
    decidedOn,
    reason: 'Decision to assess, as sent to the family',
  });
  await on(caseId, '/assessment/outcome', { outcome: 'issue-plan', decidedOn: outcomeOn, reason: 'Outcome issue-plan, as sent' });
  await on(caseId, '/plan/draft', { issuedOn: draftOn, sections: SECTIONS });
  await on(caseId, '/plan/final', { issuedOn: finalOn, I: { type: 'mainstream' } });
}

beforeAll(async () => {
  ui = await startUi(new Date('2026-11-28T10:00:00Z'));
  // Reg 13(2): 20 weeks from the request. On time: due 20 July 2026, issued 25 June.
  await finalPlan('2026-03-02', '2026-04-06', '2026-06-01', '2026-06-08', '2026-06-25');
  // Late: due 25 May 2026, issued 29 June.
  await finalPlan('2026-01-05', '2026-02-09', '2026-05-11', '2026-05-18', '2026-06-29');
  // Overdue: the decision whether to assess (due 12 November 2026).
  await openCase('2026-10-01');
  // Overdue while assessing: the 16- and 20-week clocks have passed.
  const assessing = await openCase('2026-05-04');
  await on(assessing, '/assessment/decision', {
    decision: 'assess',
    decidedOn: '2026-06-08',
    reason: 'Decision to assess, as sent',
  });
  // Another LA's overdue case is not this manager's.
  await openCase('2026-10-01', 'caseworker@203', '203');
}, 60_000);
afterAll(async () => ui?.close());

const overdueRows = (page: Page) =>
  page
    .locator('main table tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) =>
        Array.from(tr.querySelectorAll('th, td'), (c: { textContent: string | null }) => (c.textContent ?? '').trim()),
      ),
    );
const timeliness = (page: Page) =>
  page.locator('.govuk-summary-list__row').evaluateAll((rs) => rs.map((r) => (r.textContent ?? '').replace(/\s+/g, ' ').trim()));

describe('the team view', () => {
  for (const javaScript of [true, false]) {
    it(`shows the manager overdue cases by stage and the 20-week timeliness for a chosen period (${javaScript ? 'with' : 'without'} JavaScript)`, async () => {
      const page = await (await ui.context({ javaScript })).newPage();
      await signIn(page, 'manager@202');
      await page.getByRole('link', { name: 'Team' }).click();
      expect(new URL(page.url()).pathname).toBe('/team');
      expect(await accessibilityViolations(page)).toEqual([]);
      if (javaScript) await screenshot(page, 'team');

      await expect(page.locator('caption').textContent()).resolves.toContain('Open cases overdue on 28 November 2026: 2');
      const counts = Object.fromEntries((await overdueRows(page)).map(([stage, n]) => [stage, n]));
      expect(counts).toMatchObject({ 'Request received': '1', 'Being assessed': '1', 'Final plan issued': '0' });
      await expect(page.locator('#timeliness-period').textContent()).resolves.toContain(
        'from 29 November 2025 to 28 November 2026',
      );
      expect(await timeliness(page)).toEqual([
        'Final plans issued 2',
        'Issued within 20 weeks 50%',
        'Issued within 20 weeks, leaving out lawful exceptions 50%',
      ]);

      const from = page.getByRole('group', { name: 'From' });
      await from.getByLabel('Day').fill('1');
      await from.getByLabel('Month').fill('6');
      await from.getByLabel('Year').fill('2026');
      const to = page.getByRole('group', { name: 'To' });
      await to.getByLabel('Day').fill('27');
      await to.getByLabel('Month').fill('6');
      await to.getByLabel('Year').fill('2026');
      await page.getByRole('button', { name: 'Show this period' }).click();
      expect(await timeliness(page)).toEqual([
        'Final plans issued 1',
        'Issued within 20 weeks 100%',
        'Issued within 20 weeks, leaving out lawful exceptions 100%',
      ]);
      expect(await accessibilityViolations(page)).toEqual([]);

      await page.getByRole('group', { name: 'From' }).getByLabel('Month').fill('7');
      await page.getByRole('button', { name: 'Show this period' }).click();
      await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain(
        'The start of the period must be on or before the last day of the period.',
      );
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  }

  it('is refused to a caseworker with the 403 page', async () => {
    const page = await (await ui.context({ javaScript: false })).newPage();
    await signIn(page, 'caseworker@202');
    expect((await page.goto('/team'))?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('You cannot see this page');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
