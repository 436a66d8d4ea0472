import { accessibilityViolations, signIn, startUi, type UiHarness } from './browser.js';

describe('recording a request through the pages', () => {
  let ui: UiHarness;
  beforeAll(async () => {
    ui = await startUi(new Date('2026-06-10T09:00:00Z'));
  });
  afterAll(async () => ui?.close());

  for (const javaScript of [true, false]) {
    it(`names every missing field, then records the case and lists it in the work queue (${javaScript ? 'with' : 'without'} JavaScript)`, async () => {
      const page = await (await ui.context({ javaScript })).newPage();
      await signIn(page, 'caseworker@202');
      await page.getByRole('link', { name: 'New request' }).click();
      expect(await accessibilityViolations(page)).toEqual([]);

      await page.getByRole('button', { name: 'Record the request' }).click();
      const summary = page.locator('.govuk-error-summary');
      await summary.waitFor();
      const links = await summary.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual(
        expect.arrayContaining(['#givenName', '#familyName', '#dateOfBirth-day', '#requestedBy', '#receivedOn-day']),
      );
      expect(await accessibilityViolations(page)).toEqual([]);

      await page.getByLabel('First name').fill('Ada');
      await page.getByLabel('Last name').fill(javaScript ? 'Lovelace' : 'Byron');
      const dob = page.getByRole('group', { name: 'Date of birth' });
      await dob.getByLabel('Day').fill('27');
      await dob.getByLabel('Month').fill('3');
      await dob.getByLabel('Year').fill('2016');
      await page.getByLabel('A parent').check();
      const received = page.getByRole('group', { name: /When did the council receive/ });
      await received.getByLabel('Day').fill('1');
      await received.getByLabel('Month').fill('6');
      await received.getByLabel('Year').fill('2026');
      await page.getByRole('button', { name: 'Record the request' }).click();
      expect(new URL(page.url()).pathname).toMatch(/^\/cases\/[0-9a-f-]{36}$/);

      await page.goto('/');
      await expect(page.locator('main').textContent()).resolves.toContain(javaScript ? 'Ada Lovelace' : 'Ada Byron');
    });
  }

  it('refuses a request dated in the future with the domain’s own message, recording nothing', async () => {
    const page = await (await ui.context()).newPage();
    await signIn(page, 'caseworker@203');
    await page.goto('/cases/new');
    await page.getByLabel('First name').fill('Grace');
    await page.getByLabel('Last name').fill('Hopper');
    const dob = page.getByRole('group', { name: 'Date of birth' });
    await dob.getByLabel('Day').fill('9');
    await dob.getByLabel('Month').fill('12');
    await dob.getByLabel('Year').fill('2015');
    await page.getByLabel('A parent').check();
    const received = page.getByRole('group', { name: /When did the council receive/ });
    await received.getByLabel('Day').fill('1');
    await received.getByLabel('Month').fill('7');
    await received.getByLabel('Year').fill('2026');
    await page.getByRole('button', { name: 'Record the request' }).click();
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain(
      'The date the request was received 1 July 2026 is after today (10 June 2026).',
    );
    await page.goto('/');
    await expect(page.locator('main').textContent()).resolves.not.toContain('Grace Hopper');
  });
});
