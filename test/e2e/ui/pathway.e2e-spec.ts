import type { Page } from 'playwright-core';
import { accessibilityViolations, callApi, screenshot, signIn, startUi, type UiHarness } from './browser.js';

/**
 * The 20-week pathway through the pages (docs/ui.md "Forms"): request → decision to assess → advice asked
 * for and received → outcome issue-plan → draft plan with section F built one item at a time → the
 * family's representations → final plan, each step's form reached by its link in the case summary's Actions
 * panel, with and without JavaScript, axe on every page. The clock moves between steps as the business dates require; the final state is read from
 * the API itself.
 */
type Json = Record<string, any>;

let ui: UiHarness;

beforeAll(async () => {
  ui = await startUi(new Date('2026-06-01T09:00:00Z'));
});
afterAll(async () => ui?.close());

/** A read of the API as the caseworker, with a token of today's (the clock moves by weeks). */
async function api(path: string): Promise<any> {
  return callApi(ui.baseUrl, `/api/v1${path}`, 'caseworker@202');
}

/**
 * Another working day: the clock moves to midday (London) on a business date, and the caseworker signs in
 * again (a session ends after minutes idle, so weeks later it has long ended).
 */
async function today(page: Page, date: string): Promise<void> {
  ui.clock.set(new Date(`${date}T11:00:00Z`));
  await signIn(page, 'caseworker@202');
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

/**
 * After a recorded step: redirected to the case summary, with the success banner once that page exists
 * (it is built apart from these forms), and the step's effect as the API reports it.
 */
async function expectRecorded(page: Page, caseId: string, banner: string, effect: () => Promise<void>): Promise<void> {
  expect(new URL(page.url()).pathname).toBe(`/cases/${caseId}`);
  if ((await page.locator('.govuk-template').count()) > 0) {
    await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain(banner);
    await accessible(page);
  }
  await effect();
}

/**
 * The form of a step, reached as a caseworker reaches it: the case summary (axe-checked), then the link of
 * that name in its Actions panel.
 */
async function action(page: Page, caseId: string, link: string): Promise<void> {
  await page.goto(`/cases/${caseId}`);
  await accessible(page);
  await page.locator('.app-case-actions').getByRole('link', { name: link, exact: true }).click();
  await page.waitForLoadState('domcontentloaded');
}

const stageIs = (caseId: string, stage: string) => async () => expect((await api(`/cases/${caseId}`)).stage).toBe(stage);

async function deadline(caseId: string, rule: string): Promise<Json | undefined> {
  return ((await api(`/cases/${caseId}/deadlines`)) as Json[]).find((d) => d.rule === rule);
}

async function confirm(page: Page, heading: string, button: string): Promise<void> {
  await expect(page.locator('h1').textContent()).resolves.toBe(heading);
  await accessible(page);
  await page.getByRole('button', { name: button }).click();
}

for (const javaScript of [true, false]) {
  const mode = javaScript ? 'with JavaScript' : 'without JavaScript';

  it(`takes one case from the request to the final plan through the forms (${mode})`, async () => {
    const page = await (await ui.context({ javaScript })).newPage();
    page.setDefaultTimeout(5000);
    await today(page, '2026-06-01');

    // The request: the case starts here.
    await page.getByRole('link', { name: 'New request', exact: true }).click();
    await accessible(page);
    await page.getByLabel('First name').fill('Ada');
    await page.getByLabel('Last name').fill(javaScript ? 'Pathway' : 'Plainform');
    await fillDate(page, /Date of birth/, '2016-03-27');
    await page.getByLabel('A parent').check();
    await fillDate(page, /When did the council receive/, '2026-06-01');
    await page.getByRole('button', { name: 'Record the request' }).click();
    const caseId = /^\/cases\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname)?.[1] ?? '';
    expect(caseId).not.toBe('');
    const base = `/cases/${caseId}`;

    // The decision whether to assess, checked before it is recorded.
    await today(page, '2026-07-06');
    await action(page, caseId, 'Record the decision whether to assess');
    expect(new URL(page.url()).pathname).toBe(`${base}/assessment/decision`);
    await accessible(page);
    await page.getByLabel('Carry out an EHC needs assessment').check();
    await fillDate(page, /When was the decision made/, '2026-07-06');
    await page.getByLabel('Reason for the decision').fill('Evidence of speech and language needs from the school.');
    await page.getByRole('button', { name: 'Continue' }).click();
    if (javaScript) await screenshot(page, 'assessment-decision-check');
    await confirm(page, 'Check the decision before it is recorded', 'Record the decision');
    await expectRecorded(page, caseId, 'Decision recorded: assess', stageIs(caseId, 'assessing'));

    // A bad form: nothing chosen, nothing typed; the API names both fields.
    await today(page, '2026-07-07');
    await action(page, caseId, 'Request advice');
    await accessible(page);
    await page.getByRole('button', { name: 'Request advice' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    const links = await summary.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['#adviser', '#requestedOn-day']));
    await expect(page.locator('#requestedOn-error').textContent()).resolves.toContain('The date advice was requested');
    if (javaScript) await screenshot(page, 'assessment-advice-errors');
    await accessible(page);

    // Advice asked for, then received.
    await page.getByLabel('Educational psychologist').check();
    await fillDate(page, /When was the advice requested/, '2026-07-07');
    await page.getByRole('button', { name: 'Request advice' }).click();
    let adviceId = '';
    await expectRecorded(page, caseId, 'Advice requested: Educational psychologist', async () => {
      const advice = await deadline(caseId, 'advice');
      expect(advice).toMatchObject({ startedOn: '2026-07-07', status: 'open' });
      adviceId = String(advice?.deadlineId).replace(/^advice:/, '');
    });

    await today(page, '2026-08-10');
    await action(page, caseId, 'Record advice received');
    expect(new URL(page.url()).pathname).toBe(`${base}/assessment/advice/${adviceId}/received`);
    await accessible(page);
    await fillDate(page, /When was the advice received/, '2026-08-10');
    await page.getByRole('button', { name: 'Record advice received' }).click();
    await expectRecorded(page, caseId, 'Advice received', async () =>
      expect(await deadline(caseId, 'advice')).toMatchObject({ status: 'met', closedOn: '2026-08-10' }),
    );

    // The outcome: issue a plan.
    await today(page, '2026-08-24');
    await action(page, caseId, 'Record the outcome of the assessment');
    await accessible(page);
    await page.getByLabel('Issue an EHC plan', { exact: true }).check();
    await fillDate(page, /When was the decision made/, '2026-08-24');
    await page.getByLabel('Reason for the decision').fill('Needs cannot be met from SEN support alone.');
    await page.getByRole('button', { name: 'Continue' }).click();
    await confirm(page, 'Check the outcome before it is recorded', 'Record the outcome');
    await expectRecorded(page, caseId, 'Outcome recorded: issue an EHC plan', stageIs(caseId, 'plan-to-issue'));

    // The draft plan: section F added one item at a time.
    await today(page, '2026-09-01');
    await action(page, caseId, 'Issue the draft plan');
    await accessible(page);
    await page.getByLabel(/Section A:/).fill('Ada loves drawing and wants to be a vet.');
    await page.getByLabel('Primary need').selectOption('SLCN');
    await page.getByLabel('Description of the needs').fill('Severe expressive language disorder.');
    await page
      .getByLabel('Provision', { exact: true })
      .fill('Speech and language therapy, individual sessions on expressive language');
    await page.getByLabel('Hours each time (optional)').fill('1');
    await page.getByLabel('How often').fill('weekly');
    await page.getByLabel('Delivered by').fill('specialist speech and language therapist');
    await page.getByRole('button', { name: 'Add another item' }).click();
    await expect(page.locator('.govuk-summary-card__title').allInnerTexts()).resolves.toEqual(['Provision item 1']);
    await expect(page.getByLabel(/Section A:/).inputValue()).resolves.toBe('Ada loves drawing and wants to be a vet.');
    await expect(page.getByLabel('Provision', { exact: true }).inputValue()).resolves.toBe('');
    await accessible(page);
    await page
      .getByLabel('Provision', { exact: true })
      .fill('Literacy teaching in a small group, using a structured phonics programme');
    await page.getByLabel('Hours each time (optional)').fill('2');
    await page.getByLabel('How often').fill('weekly');
    await page.getByLabel('Delivered by').fill('specialist teacher');
    await page.getByRole('button', { name: 'Add another item' }).click();
    await expect(page.locator('.govuk-summary-card__title').allInnerTexts()).resolves.toEqual([
      'Provision item 1',
      'Provision item 2',
    ]);
    for (const [label, text] of [
      [/Section C:/, 'No health needs relating to SEN.'],
      [/Section D:/, 'No social care needs relating to SEN.'],
      [/Section E: the outcomes sought/, 'By the end of Key Stage 2 Ada will speak in sentences of five words.'],
      [/Section G:/, 'None.'],
      [/Section H1:/, 'None.'],
      [/Section H2:/, 'None.'],
      [/Section J:/, 'No personal budget requested.'],
      [/Section K:/, 'Educational psychologist advice, 10 August 2026'],
    ] as const)
      await page.getByLabel(label).fill(text);
    await fillDate(page, /When is the draft issued/, '2026-09-01');
    if (javaScript) await screenshot(page, 'plan-draft');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('main').textContent()).resolves.toContain('Section F: provision item 2');
    await confirm(page, 'Check the draft plan before it is issued', 'Issue the draft plan');
    await expectRecorded(page, caseId, 'Draft EHC plan issued', stageIs(caseId, 'draft-issued'));

    // The family's representations: nothing further.
    await today(page, '2026-09-04');
    await action(page, caseId, 'Record representations');
    await accessible(page);
    await fillDate(page, /When were the representations received/, '2026-09-04');
    await page.getByLabel('The family has said they have nothing further to add').check();
    await page.getByRole('button', { name: 'Record the representations' }).click();
    await expectRecorded(page, caseId, 'Representations recorded', async () =>
      expect(await deadline(caseId, 'draft-representations')).toMatchObject({ status: 'met', closedOn: '2026-09-04' }),
    );

    // The final plan, naming the type of setting.
    await today(page, '2026-09-07');
    await action(page, caseId, 'Issue the final plan');
    await accessible(page);
    await fillDate(page, /When is the final plan issued/, '2026-09-07');
    await page.getByLabel('Special school or college').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await confirm(page, 'Check the final plan before it is issued', 'Issue the final plan');
    await expectRecorded(page, caseId, 'Final EHC plan issued', stageIs(caseId, 'plan-final'));

    // The record, read through the API.
    const summaryNow = await api(`/cases/${caseId}`);
    expect(summaryNow).toMatchObject({
      caseId,
      stage: 'plan-final',
      plan: { version: 2, status: 'final', setting: { type: 'special' } },
    });
    // Every statutory clock of the pathway is closed; the final plan opens the family's appeal window and
    // starts the first annual review (CFA s.44(1)).
    expect((summaryNow.openDeadlines as Json[]).map((d) => d.rule)).toEqual(['appeal-window', 'annual-review']);
    const plan = await api(`/cases/${caseId}/plan`);
    expect(plan.sections.B).toMatchObject({ primaryNeed: 'SLCN', description: 'Severe expressive language disorder.' });
    expect(plan.sections.F.items).toEqual([
      {
        provision: 'Speech and language therapy, individual sessions on expressive language',
        hours: 1,
        frequency: 'weekly',
        deliveredBy: 'specialist speech and language therapist',
      },
      {
        provision: 'Literacy teaching in a small group, using a structured phonics programme',
        hours: 2,
        frequency: 'weekly',
        deliveredBy: 'specialist teacher',
      },
    ]);
    const deadlines = Object.fromEntries(((await api(`/cases/${caseId}/deadlines`)) as Json[]).map((d) => [d.rule, d]));
    expect(deadlines['assessment-decision']).toMatchObject({ status: 'met', closedOn: '2026-07-06' });
    expect(deadlines.advice).toMatchObject({ status: 'met', closedOn: '2026-08-10' });
    expect(deadlines['no-plan-decision'].status).toBe('not-applicable');
    expect(deadlines['final-plan']).toMatchObject({ dueOn: '2026-10-19', status: 'met', closedOn: '2026-09-07' });
  }, 150_000);
}
