import type { Page } from 'playwright-core';
import { RULES } from '@send/statutory';
import { accessibilityViolations, callApi, screenshot, signIn, startUi, type UiHarness } from './browser.js';

/**
 * The annual review through the pages (docs/ui.md "Screens"): a case brought to a final plan through the API
 * (for speed), then the pages only: the plan tab's "Start an annual review", the report, a decision without
 * the step-down answer (the API's 400 beside its field and in the summary), the full decision with progress
 * per outcome, checked before it is recorded; the plan tab and the deadlines tab afterwards. With and without
 * JavaScript, axe on every page. Today is 28 November 2026.
 */
type Json = Record<string, any>;

let ui: UiHarness;
const CW = 'caseworker@202';

beforeAll(async () => {
  ui = await startUi();
});
afterAll(async () => ui?.close());

const api = (path: string, body?: unknown): Promise<any> => callApi(ui.baseUrl, `/api/v1${path}`, CW, body);

const SECTIONS = {
  A: 'Amara loves drawing and wants to be a vet.',
  B: { primaryNeed: 'SLCN', secondaryNeeds: ['SEMH'], description: 'Severe expressive language disorder.' },
  C: 'No health needs relating to SEN.',
  D: 'No social care needs relating to SEN.',
  E: ['By the end of Key Stage 2 Amara will speak in sentences of five words or more.', 'Amara will read a page aloud.'],
  F: [
    {
      provision: 'Speech and language therapy, individual sessions on expressive language',
      hours: 1,
      frequency: 'weekly',
      deliveredBy: 'specialist speech and language therapist',
    },
  ],
  G: 'None.',
  H1: 'None.',
  H2: 'None.',
  J: 'No personal budget requested.',
  K: ['Advice from the educational psychologist'],
};

/** Request 5 Jan 2026 → assess → issue a plan → draft → final plan on 30 Mar 2026, all through the API. */
async function caseWithFinalPlan(familyName: string): Promise<string> {
  const { caseId } = await api('/cases', {
    child: { givenName: 'Amara', familyName, dateOfBirth: '2016-03-01' },
    la: '202',
    requestedBy: 'parent',
    receivedOn: '2026-01-05',
  });
  const at = (path: string, body: Json) => api(`/cases/${caseId}${path}`, body);
  await at('/assessment/decision', { decision: 'assess', decidedOn: '2026-02-02', reason: 'Evidence of needs' });
  await at('/assessment/outcome', { outcome: 'issue-plan', decidedOn: '2026-03-02', reason: 'Needs cannot be met otherwise' });
  await at('/plan/draft', { issuedOn: '2026-03-09', sections: SECTIONS });
  await at('/plan/final', {
    issuedOn: '2026-03-30',
    I: { type: 'mainstream', settingId: 'urn-100001', name: 'Hillside Primary' },
  });
  return caseId;
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

async function onPlanTab(page: Page, caseId: string, banner: string): Promise<void> {
  expect(new URL(page.url()).pathname).toBe(`/cases/${caseId}/plan`);
  await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain(banner);
  await accessible(page);
}

for (const javaScript of [true, false]) {
  const mode = javaScript ? 'with JavaScript' : 'without JavaScript';

  it(`reviews a final plan through the pages: meeting, report, decision with progress per outcome (${mode})`, async () => {
    const caseId = await caseWithFinalPlan(javaScript ? 'Reviewed' : 'Plainreview');
    const page = await (await ui.context({ javaScript })).newPage();
    page.setDefaultTimeout(10_000);
    await signIn(page, CW);

    // The plan tab offers the review.
    await page.goto(`/cases/${caseId}/plan`);
    await expect(page.locator('#no-reviews').textContent()).resolves.toBe('No review recorded yet.');
    await accessible(page);
    await page.getByRole('link', { name: 'Start an annual review' }).click();

    // The meeting, with invitations sent late (a finding, not a refusal).
    expect(new URL(page.url()).pathname).toBe(`/cases/${caseId}/reviews/new`);
    await accessible(page);
    await fillDate(page, /When was the review meeting held/, '2026-10-16');
    await fillDate(page, /When were the invitations sent/, '2026-10-09');
    await page.getByRole('button', { name: 'Start the review' }).click();
    await onPlanTab(page, caseId, 'Annual review started');
    const review = page.locator('.app-review').first();
    await expect(review.locator('.govuk-summary-card__title').textContent()).resolves.toBe('Review meeting on 16 October 2026');
    await expect(review.textContent()).resolves.toContain('less than 2 weeks');

    // The report.
    await review.getByRole('link', { name: 'Record the review report' }).click();
    await accessible(page);
    await fillDate(page, /When was the report of the meeting sent/, '2026-10-23');
    await page.getByRole('button', { name: 'Record the report' }).click();
    await onPlanTab(page, caseId, 'Review report recorded');

    // The decision without the step-down answer: the API names it beside its field and in the summary.
    await page.locator('.app-review').first().getByRole('link', { name: 'Record the review decision' }).click();
    await accessible(page);
    await page.getByLabel('Keep the plan as it is').check();
    await fillDate(page, /When was the decision made/, '2026-11-06');
    await page.getByLabel('Reason for the decision').fill('Needs remain; the provision is working.');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Check the review decision before it is recorded');
    await page.getByRole('button', { name: 'Record the decision' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    const links = await summary.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['#stepDownConsidered', '#stepDownRationale']));
    await expect(page.locator('#stepDownConsidered-error').textContent()).resolves.toContain(
      'Whether a step down to targeted support was considered',
    );
    await expect(page.locator('#stepDownRationale-error').textContent()).resolves.toContain('The reason a step down');
    await expect(page.getByLabel('Reason for the decision').inputValue()).resolves.toBe(
      'Needs remain; the provision is working.',
    );
    if (javaScript) await screenshot(page, 'review-decision-errors');
    await accessible(page);

    // The full decision, with progress towards each outcome, checked first.
    await page
      .getByRole('group', { name: /Was a step down to targeted support considered/ })
      .getByLabel('Yes')
      .check();
    await page
      .getByLabel('Why a step down is or is not right')
      .fill('Targeted support alone would not meet the need for weekly therapy.');
    await page
      .getByRole('group', { name: /^Outcome 1:/ })
      .getByLabel('Progressing')
      .check();
    await page
      .getByRole('group', { name: /^Outcome 2:/ })
      .getByLabel('Achieved')
      .check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Check the review decision before it is recorded');
    const answers = await page.locator('.govuk-summary-list').textContent();
    expect(answers).toContain('Keep the plan as it is');
    expect(answers).toContain('Progressing');
    expect(answers).toContain('Achieved');
    if (javaScript) await screenshot(page, 'review-decision-check');
    await accessible(page);
    await page.getByRole('button', { name: 'Record the decision' }).click();
    await onPlanTab(page, caseId, 'Review decision recorded: keep the plan');

    // The plan tab tells the review, its progress in words; a new review may start.
    const decided = ((await page.locator('.app-review').first().textContent()) ?? '').replace(/\s+/g, ' ');
    expect(decided).toContain('Keep the plan as it is, decided on 6 November 2026');
    expect(decided).toContain('Report sent on 23 October 2026');
    expect(decided).toContain('Yes: Targeted support alone would not meet the need for weekly therapy.');
    expect(decided).toMatch(/Outcome 1: By the end of Key Stage 2.* Progressing/);
    expect(decided).toMatch(/Outcome 2: Amara will read a page aloud\. Achieved/);
    await expect(page.locator('.app-review a').count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Start an annual review' }).count()).resolves.toBe(1);
    await expect(page.locator('#proposed-phase-transfers').textContent()).resolves.toContain('Primary to secondary school');
    if (javaScript) await screenshot(page, 'plan-reviews');

    // The deadlines tab: the decision met, the first annual review met, the next one running.
    await page.goto(`/cases/${caseId}/deadlines`);
    await accessible(page);
    const rows = await page.locator('#deadlines tbody tr').allInnerTexts();
    const row = (title: string, due: string) => rows.find((r) => r.startsWith(title) && r.includes(due)) ?? '';
    expect(row(RULES['review-decision'].title, '13 November 2026')).toContain('Met');
    expect(row(RULES['review-report'].title, '30 October 2026')).toContain('Met');
    expect(row(RULES['annual-review'].title, '29 March 2027')).toContain('Met');
    expect(row(RULES['annual-review'].title, '5 November 2027')).toContain('Open');

    // The record, as the API holds it.
    const plan = await api(`/cases/${caseId}/plan`);
    expect(plan.reviews).toEqual([
      expect.objectContaining({
        meetingOn: '2026-10-16',
        reportSentOn: '2026-10-23',
        decision: 'maintain',
        decidedOn: '2026-11-06',
        stepDownConsidered: true,
        outcomesProgress: [
          { outcomeId: plan.sections.E[0].outcomeId, progress: 'progressing' },
          { outcomeId: plan.sections.E[1].outcomeId, progress: 'achieved' },
        ],
      }),
    ]);
  }, 90_000);
}

it('offers the review forms to casework roles only, and answers an unknown review as not found', async () => {
  const caseId = await caseWithFinalPlan('Readonly');
  const auditor = await (await ui.context()).newPage();
  auditor.setDefaultTimeout(10_000);
  await signIn(auditor, 'auditor');
  await auditor.goto(`/cases/${caseId}/plan`);
  await expect(auditor.locator('#no-reviews').textContent()).resolves.toBe('No review recorded yet.');
  await expect(auditor.locator('#plan-life a').count()).resolves.toBe(0);
  const refused = await auditor.goto(`/cases/${caseId}/reviews/new`);
  expect(refused?.status()).toBe(403);

  const page = await (await ui.context()).newPage();
  page.setDefaultTimeout(10_000);
  await signIn(page, CW);
  const missing = await page.goto(`/cases/${caseId}/reviews/00000000-0000-4000-8000-000000000000/decision`);
  expect(missing?.status()).toBe(404);
  await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
  await accessible(page);
}, 60_000);
