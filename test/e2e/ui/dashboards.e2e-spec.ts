import type { Page } from 'playwright-core';
import { accessibilityViolations, callApi, screenshot, signIn, startUi, type UiHarness } from './browser.js';

/**
 * The inclusion dashboard in the browser (docs/ui.md "Dashboards"): cases seeded through the API, then the page
 * as Camden's manager (exact figures, labelled management information) and as the regions group (England and
 * every LA under disclosure control, then one LA), with JavaScript on and off, axe on every page. Today is
 * 28 November 2026; the API's default period is 1 January 2026 to today.
 */
let ui: UiHarness;

const api = (path: string, user: string, body?: unknown) => callApi(ui.baseUrl, path, user, body);

const SECTIONS = {
  A: 'Amara loves drawing and wants to be a vet.',
  B: { primaryNeed: 'ASD', secondaryNeeds: [], description: 'Autism; needs a predictable day.' },
  C: 'No health needs relating to SEN.',
  D: 'No social care needs relating to SEN.',
  E: 'By the end of Key Stage 2 Amara will ask for help in class.',
  F: [{ provision: 'Teaching assistant support in class', hours: 10, frequency: 'weekly', deliveredBy: 'teaching assistant' }],
  G: 'None.',
  H1: 'None.',
  H2: 'None.',
  J: 'No personal budget requested.',
  K: 'Advice from the educational psychologist.',
};

async function openCase(receivedOn: string, la: string): Promise<string> {
  const body = {
    child: { givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2016-03-01' },
    la,
    requestedBy: 'parent',
    receivedOn,
  };
  return (await api('/api/v1/cases', `caseworker@${la}`, body)).caseId;
}

async function finalPlan(la: string, dates: [string, string, string, string, string]): Promise<void> {
  const [receivedOn, decidedOn, outcomeOn, draftOn, finalOn] = dates;
  const caseId = await openCase(receivedOn, la);
  const on = (path: string, body: unknown) => api(`/api/v1/cases/${caseId}${path}`, `caseworker@${la}`, body);
  await on('/assessment/decision', { decision: 'assess', decidedOn, reason: 'Evidence of needs' });
  await on('/assessment/outcome', { outcome: 'issue-plan', decidedOn: outcomeOn, reason: 'Needs cannot be met otherwise' });
  await on('/plan/draft', { issuedOn: draftOn, sections: SECTIONS });
  await on('/plan/final', { issuedOn: finalOn, I: { type: 'mainstream', settingId: 'urn-100001', name: 'Hillside Primary' } });
}

beforeAll(async () => {
  ui = await startUi(new Date('2026-11-28T10:00:00Z'));
  // Camden (202). Reg 13(2), 20 weeks from the request: 2 March → 25 June is 16 weeks 3 days (within 20).
  await finalPlan('202', ['2026-03-02', '2026-04-06', '2026-06-01', '2026-06-08', '2026-06-25']);
  // 5 January → 29 June is 25 weeks: the 20 to 52 weeks band.
  await finalPlan('202', ['2026-01-05', '2026-02-09', '2026-05-11', '2026-05-18', '2026-06-29']);
  // A third request, still open; Camden's requests: 3, all from a parent.
  await openCase('2026-10-01', '202');
  // Greenwich (203): one plan within 20 weeks.
  await finalPlan('203', ['2026-03-02', '2026-04-06', '2026-06-01', '2026-06-08', '2026-06-25']);
}, 90_000);
afterAll(async () => ui?.close());

async function accessible(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([]);
}

/** A table's body rows as the cells' texts. */
const rows = (page: Page, tableId: string) =>
  page
    .locator(`#${tableId} tbody tr`)
    .evaluateAll((trs) =>
      trs.map((tr) =>
        Array.from(tr.querySelectorAll('th, td'), (c: { textContent: string | null }) => (c.textContent ?? '').trim()),
      ),
    );
const chartTitles = (page: Page) => page.locator('svg[role="img"] > title').allTextContents();
const text = (page: Page, selector: string) => page.locator(selector).first().textContent();

async function fillDate(page: Page, legend: string, [year, month, day]: string[]): Promise<void> {
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(day);
  await group.getByLabel('Month').fill(month);
  await group.getByLabel('Year').fill(year);
}

describe('the inclusion dashboard', () => {
  for (const javaScript of [true, false]) {
    const how = javaScript ? 'with' : 'without';

    it(`shows Camden's manager exact figures as charts with tables, against England (${how} JavaScript)`, async () => {
      const page = await (await ui.context({ javaScript })).newPage();
      await signIn(page, 'manager@202');
      await page.getByRole('link', { name: 'Dashboards' }).click();
      expect(new URL(page.url()).pathname).toBe('/dashboards');
      await accessible(page);
      if (javaScript) await screenshot(page, 'dashboard');

      await expect(text(page, 'h1')).resolves.toBe('Inclusion dashboard: Camden Council');
      await expect(text(page, '#disclosure')).resolves.toContain("Management information: exact figures for your LA's own use");
      await expect(text(page, '#dashboard-period')).resolves.toContain('Figures from 1 January 2026 to 28 November 2026');
      const titles = await chartTitles(page);
      expect(titles).toEqual(
        expect.arrayContaining([
          'Final plans by weeks from request to plan, leaving out cases with a lawful exception',
          'Final plans issued within 20 weeks by local authority, leaving out exceptions',
          'Requests received and final plans issued each month in Camden Council',
          'EHC plans in force by primary need',
          'Spend committed for 2026-27 by funding band, against the budget',
        ]),
      );
      // Camden: 1 of 2 plans within 20 weeks, 1 in 20 to 52 weeks; England (3 plans) under disclosure control.
      const timeliness = await rows(page, 'timeliness-excludingExceptions-table');
      expect(timeliness.map((r) => r.slice(0, 3))).toEqual([
        ['Within 20 weeks', '1', '50.0%'],
        ['20 to 52 weeks', '1', '50.0%'],
        ['Over 52 weeks', '0', '0.0%'],
        ['Total', '2', '100.0%'],
      ]);
      expect(timeliness[0].slice(3)).toEqual(['c', 'c']);
      await expect(text(page, '#timeliness-excludingExceptions-summary')).resolves.toBe(
        '50.0% of final plans were issued within 20 weeks in Camden Council, against c in England (leaving out cases with a lawful exception).',
      );
      await expect(text(page, '#timeliness-excludingExceptions-chart desc')).resolves.toContain('50.0% of final plans');
      await expect(text(page, '#suppression-note')).resolves.toContain('c: a count from 1 to 4');
      // The three requests, all from a parent.
      expect((await rows(page, 'requests-by-requester-table'))[0].slice(0, 3)).toEqual(['A parent', '3', '100.0%']);
      // Plans in force on 28 November 2026: Camden's two, both ASD.
      const need = await rows(page, 'caseload-need-table');
      expect(need.find((r) => r[0].startsWith('Autistic'))?.slice(1, 3)).toEqual(['2', '100.0%']);

      // A shorter period (1 January to 27 June) leaves out the late plan of 29 June: 1 of 1 within 20 weeks.
      await fillDate(page, 'To', ['2026', '6', '27']);
      await page.getByRole('button', { name: 'Show these figures' }).click();
      expect((await rows(page, 'timeliness-excludingExceptions-table'))[0].slice(0, 3)).toEqual([
        'Within 20 weeks',
        '1',
        '100.0%',
      ]);
      await accessible(page);

      // A period not over yet is refused by the API, and said beside the field.
      await fillDate(page, 'To', ['2027', '1', '31']);
      await page.getByRole('button', { name: 'Show these figures' }).click();
      await expect(text(page, '.govuk-error-summary')).resolves.toContain('is after today');
      expect(await page.locator('svg[role="img"]').count()).toBe(0);
      await accessible(page);
    });

    it(`lands the regions group on England and every LA, small counts shown as "c", then one LA (${how} JavaScript)`, async () => {
      const page = await (await ui.context({ javaScript })).newPage();
      await signIn(page, 'regions');
      expect(new URL(page.url()).pathname).toBe('/dashboards');
      await accessible(page);
      if (javaScript) await screenshot(page, 'dashboard-regions');

      await expect(text(page, 'h1')).resolves.toBe('Inclusion dashboard: England');
      expect(await page.locator('#disclosure').count()).toBe(0);
      await expect(text(page, '#suppression-note')).resolves.toBe(
        'c: a count from 1 to 4, or one that would reveal one, is not shown.',
      );
      // England: 3 plans; Camden 2, Greenwich 1: every count of 1–4 hidden.
      const byLa = await rows(page, 'local-authorities-table');
      expect(byLa.map((r) => r[0])).toEqual(['England', 'Camden Council', 'Greenwich Council']);
      for (const r of byLa) expect(r.slice(2, 4)).toEqual(['c', 'c']);

      await page.getByLabel('Local authority', { exact: true }).selectOption('202');
      await page.getByRole('button', { name: 'Show these figures' }).click();
      await expect(text(page, 'h1')).resolves.toBe('Inclusion dashboard: Camden Council');
      expect(await page.locator('#disclosure').count()).toBe(0);
      const timeliness = await rows(page, 'timeliness-excludingExceptions-table');
      expect(timeliness[0]).toEqual(['Within 20 weeks', 'c', 'c', 'c', 'c']);
      await expect(text(page, '#timeliness-excludingExceptions-summary')).resolves.toContain(
        'The share of final plans issued within 20 weeks in Camden Council is not shown (c)',
      );
      await expect(page.getByLabel('Local authority').inputValue()).resolves.toBe('202');
      await accessible(page);

      // The work queue has nothing for them: its address brings them back to the dashboards.
      await page.goto('/');
      expect(new URL(page.url()).pathname).toBe('/dashboards');
    });
  }

  it("is in the caseworker's navigation, and refused to a tribunal user with the 403 page", async () => {
    const page = await (await ui.context({ javaScript: false })).newPage();
    await signIn(page, 'caseworker@202');
    await page.getByRole('link', { name: 'Dashboards' }).click();
    await expect(text(page, 'h1')).resolves.toBe('Inclusion dashboard: Camden Council');
    await accessible(page);
    const tribunal = await (await ui.context({ javaScript: false })).newPage();
    await signIn(tribunal, 'tribunal');
    expect((await tribunal.goto('/dashboards'))?.status()).toBe(403);
    await accessible(tribunal);
  });
});
