import type { Page } from 'playwright-core';
import { accessibilityViolations, screenshot, signIn, startUi, type UiHarness, callApi } from './browser.js';

/** The work queue in the browser: the API's order, tags and days left, filters, reference search, page 2. */

let ui: UiHarness;
const refs: Record<string, string> = {};

/** Seeding through the public API (browser.ts callApi). */
const api = (path: string, user: string, body?: unknown) => callApi(ui.baseUrl, path, user, body);

async function openCase(name: string, receivedOn: string, user = 'caseworker@202', la = '202'): Promise<string> {
  const [givenName, familyName] = name.split(' ');
  const { caseId } = await api('/api/v1/cases', user, {
    child: { givenName, familyName, dateOfBirth: '2016-03-01' },
    la,
    requestedBy: 'parent',
    receivedOn,
  });
  refs[name] = caseId.slice(0, 8).toUpperCase();
  return caseId;
}

beforeAll(async () => {
  ui = await startUi(new Date('2026-11-28T10:00:00Z'));
  // Decision whether to assess: 6 weeks from the request (Reg 4(2)).
  await openCase('Bola Overdue', '2026-10-01'); // due 12 November 2026
  const excepted = await openCase('Eli Excepted', '2026-10-05'); // due 16 November 2026, excepted
  await api(`/api/v1/cases/${excepted}/assessment/exceptions`, 'caseworker@202', {
    ground: 'exceptional-personal-circumstances',
    from: '2026-10-10',
    evidence: 'Hospital admission',
    familyNotified: true,
  });
  await openCase('Sara Soon', '2026-10-20'); // due 1 December 2026
  await openCase('Tom Track', '2026-11-20'); // due 1 January 2027
  for (let i = 1; i <= 18; i++) await openCase(`Filler ${String(i).padStart(2, '0')}`, '2026-11-27');
  await openCase('Zed Other', '2026-10-01', 'caseworker@203', '203');
}, 60_000);
afterAll(async () => ui?.close());

const rows = (page: Page) =>
  page
    .locator('main tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) =>
        Array.from(tr.querySelectorAll('td'), (td: { textContent: string | null }) => (td.textContent ?? '').trim()),
      ),
    );

describe('the work queue', () => {
  for (const javaScript of [true, false]) {
    it(`lists the LA's open cases soonest deadline first, with tags and days left, filtered, searched and paged (${javaScript ? 'with' : 'without'} JavaScript)`, async () => {
      const page = await (await ui.context({ javaScript })).newPage();
      await signIn(page, 'caseworker@202');
      expect(new URL(page.url()).pathname).toBe('/');
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Work queue');
      expect(await accessibilityViolations(page)).toEqual([]);
      if (javaScript) await screenshot(page, 'work-queue');

      const first = await rows(page);
      expect(first).toHaveLength(20);
      expect(first.slice(0, 4).map((r) => [r[1], r[2], r[4], r[5], r[6]])).toEqual([
        ['Bola Overdue', 'Request received', '12 November 2026', '16 days overdue', 'Overdue'],
        ['Eli Excepted', 'Request received', '16 November 2026', 'Exception applies', 'Excepted'],
        ['Sara Soon', 'Request received', '1 December 2026', '3 days left', 'Due within 10 days'],
        ['Tom Track', 'Request received', '1 January 2027', '34 days left', 'On track'],
      ]);
      expect(first[0][3]).toBe('Decision whether to secure an EHC needs assessment');
      expect(first.map((r) => r[1])).not.toContain('Zed Other');
      await expect(page.locator('caption').textContent()).resolves.toContain('22 open cases, showing 1 to 20');

      await page
        .getByRole('navigation', { name: /Pagination/i })
        .getByRole('link', { name: /Next/ })
        .click();
      expect(new URL(page.url()).searchParams.get('page')).toBe('2');
      const second = (await rows(page)).map((r) => r[1]);
      expect(second).toHaveLength(2);
      expect(new Set([...first.map((r) => r[1]), ...second]).size).toBe(22);
      expect(await accessibilityViolations(page)).toEqual([]);

      await page.goto('/');
      const due = page.getByRole('group', { name: 'Due before' });
      await due.getByLabel('Day').fill('2');
      await due.getByLabel('Month').fill('12');
      await due.getByLabel('Year').fill('2026');
      await page.getByRole('button', { name: 'Apply filters' }).click();
      // Due before leaves out a clock under a lawful exception.
      expect((await rows(page)).map((r) => r[1])).toEqual(['Bola Overdue', 'Sara Soon']);
      expect(await accessibilityViolations(page)).toEqual([]);

      await page.getByRole('link', { name: 'Clear filters' }).click();
      await page.getByLabel('Case reference').fill(refs['Tom Track'].toLowerCase());
      await page.getByRole('button', { name: 'Apply filters' }).click();
      const found = await rows(page);
      expect(found.map((r) => [r[0], r[1]])).toEqual([[refs['Tom Track'], 'Tom Track']]);
      if (javaScript) await screenshot(page, 'work-queue-search');

      await page.getByLabel('Case reference').fill(refs['Zed Other']);
      await page.getByRole('button', { name: 'Apply filters' }).click();
      expect(await rows(page)).toEqual([]);

      await page.getByLabel('Case reference').fill('not a reference');
      await page.getByRole('button', { name: 'Apply filters' }).click();
      await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain('The case reference must be');
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  }

  it('filters by deadline: the cases whose 20-week clock runs', async () => {
    const page = await (await ui.context({ javaScript: false })).newPage();
    await signIn(page, 'caseworker@202');
    await page.getByLabel('Deadline').selectOption('final-plan');
    await page.getByLabel('Stage').selectOption('assessing');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page.locator('caption').textContent()).resolves.toBe('No open cases match');
    await page.getByLabel('Stage').selectOption('');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page.locator('caption').textContent()).resolves.toContain('22 open cases match');
  });

  it("shows caseworker@203 only LA 203's cases, and refuses them the team view", async () => {
    const page = await (await ui.context()).newPage();
    await signIn(page, 'caseworker@203');
    expect((await rows(page)).map((r) => r[1])).toEqual(['Zed Other']);
    const res = await page.goto('/team');
    expect(res?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('You cannot see this page');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('is "Cases" for an auditor, every LA with its code', async () => {
    const page = await (await ui.context()).newPage();
    await signIn(page, 'auditor');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Cases');
    await expect(page.locator('caption').textContent()).resolves.toContain('23 open cases');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('counts days from today as the clock moves on', async () => {
    ui.clock.set(new Date('2026-12-03T10:00:00Z'));
    try {
      const page = await (await ui.context({ javaScript: false })).newPage();
      await signIn(page, 'caseworker@202');
      const sara = (await rows(page)).find((r) => r[1] === 'Sara Soon')!;
      expect([sara[5], sara[6]]).toEqual(['2 days overdue', 'Overdue']);
    } finally {
      ui.clock.set(new Date('2026-11-28T10:00:00Z'));
    }
  });
});
