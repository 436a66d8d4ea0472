import { randomUUID } from 'node:crypto';
import { accessibilityViolations, collectPageErrors, screenshot, signIn, startUi, type UiHarness } from './browser.js';

/**
 * "Page not found" (docs/ui.md "Errors are pages"): an unknown page path answers 404 with the GOV.UK page in
 * the layout, signed in or not, with and without JavaScript; the API, its docs, the operations routes and the
 * assets keep their own answers (problem+json for the API's 404).
 */
describe('a page that does not exist, in a real browser', () => {
  let ui: UiHarness;
  beforeAll(async () => {
    ui = await startUi();
  });
  afterAll(async () => ui?.close());

  for (const javaScript of [true, false]) {
    describe(javaScript ? 'with JavaScript' : 'without JavaScript', () => {
      it('answers 404 "Page not found" to a signed-out visitor, with a way to sign in', async () => {
        const page = await (await ui.context({ javaScript })).newPage();
        // The page's own 404 is logged by the browser; its styles, scripts and icons must all load.
        const errors = collectPageErrors(page);
        const failed: string[] = [];
        page.on('response', (r) => {
          if (r.status() >= 400 && r.request().resourceType() !== 'document') failed.push(r.url());
        });
        const res = await page.goto('/no-such-page');
        expect(res?.status()).toBe(404);
        expect(res?.headers()['content-type']).toMatch(/^text\/html/);
        await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page not found');
        expect(await page.title()).toMatch(/^Page not found/);
        expect(await accessibilityViolations(page)).toEqual([]);
        await page.getByRole('link', { name: 'Sign in', exact: true }).click();
        expect(new URL(page.url()).pathname).toBe('/sign-in');
        expect(failed).toEqual([]);
        expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
      });

      it('answers 404 "Page not found" to a signed-in caseworker, in the layout, with the way back to the work queue', async () => {
        const page = await (await ui.context({ javaScript })).newPage();
        await signIn(page, 'caseworker@202');
        for (const path of ['/no-such-page', `/cases/${randomUUID()}/nonsense`, '/cases/x/y/z']) {
          const res = await page.goto(path);
          expect(res?.status()).toBe(404);
          await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page not found');
          await expect(page.locator('.govuk-generic-header').textContent()).resolves.toContain('Camden Council');
          expect(await accessibilityViolations(page)).toEqual([]);
        }
        if (javaScript) await screenshot(page, 'not-found');
        await page.getByRole('link', { name: 'Go to the work queue' }).click();
        await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Work queue');
      });
    });
  }

  it('leaves the API, its docs, the operations routes and the assets their own answers', async () => {
    const api = await fetch(`${ui.baseUrl}/api/v1/nope`);
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await api.json()).toMatchObject({ status: 404, code: 'NOT_FOUND' });

    const unknownCase = await fetch(`${ui.baseUrl}/api/v1/cases/${randomUUID()}/nonsense`);
    expect(unknownCase.status).toBe(404);
    expect(unknownCase.headers.get('content-type')).toMatch(/^application\/problem\+json/);

    const health = await fetch(`${ui.baseUrl}/health`);
    expect(health.status).toBe(200);
    expect(health.headers.get('content-type')).toMatch(/^application\/json/);
    const metrics = await fetch(`${ui.baseUrl}/metrics`);
    expect(metrics.status).toBe(200);

    const docs = await fetch(`${ui.baseUrl}/api/docs`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('swagger');

    const asset = await fetch(`${ui.baseUrl}/assets/no-such-file.css`);
    expect(asset.status).toBe(404);
    expect(asset.headers.get('content-type')).not.toMatch(/^text\/html/);
  });
});
