/**
 * The pages in the distributed mode (docs/ui.md): the gateway process serves them and they act through its API,
 * which forwards writes to the services. Driven in Debian's Chromium against the REAL cluster (from dist/).
 */
import { type Browser, chromium } from 'playwright-core';
import { Cluster, distributedSuite } from './cluster.js';
import { CHROMIUM, accessibilityViolations, signIn } from '../e2e/ui/browser.js';

const suite = await distributedSuite('pages.e2e-spec.ts');

suite('distributed: the pages served by the gateway', () => {
  const c = new Cluster();
  let browser: Browser;
  const familyName = `Pagesby${Math.random().toString(36).slice(2, 8)}`;

  beforeAll(async () => {
    await c.start();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await c.close();
  }, 60_000);

  for (const javaScript of [true, false]) {
    it(
      `signs in, records a request through the gateway and finds it in the work queue (${javaScript ? 'with' : 'without'} JavaScript)`,
      c.guard(async () => {
        const context = await browser.newContext({ baseURL: c.url('gateway'), javaScriptEnabled: javaScript });
        const page = await context.newPage();
        await signIn(page, 'caseworker@202');
        expect(new URL(page.url()).pathname).toBe('/');
        await expect(page.locator('.govuk-generic-header').textContent()).resolves.toContain('Camden Council');

        await page.goto('/cases/new');
        await page.getByLabel('First name').fill('Ines');
        await page.getByLabel('Last name').fill(`${familyName}${javaScript ? 'J' : 'N'}`);
        const dob = page.getByRole('group', { name: 'Date of birth' });
        await dob.getByLabel('Day').fill('2');
        await dob.getByLabel('Month').fill('9');
        await dob.getByLabel('Year').fill('2017');
        await page.getByLabel('A parent').check();
        const received = page.getByRole('group', { name: /When did the council receive/ });
        const today = new Date();
        await received.getByLabel('Day').fill(String(today.getUTCDate()));
        await received.getByLabel('Month').fill(String(today.getUTCMonth() + 1));
        await received.getByLabel('Year').fill(String(today.getUTCFullYear()));
        await page.getByRole('button', { name: 'Record the request' }).click();
        const caseId = new URL(page.url()).pathname.split('/')[2];
        expect(caseId).toMatch(/^[0-9a-f-]{36}$/);

        // The assessment service took the write; the gateway's own copy of the case is fed by Kafka.
        const cw = await c.auth('caseworker@202');
        const seen = await c.http.get(`/api/v1/cases/${caseId}`).set(cw);
        expect(seen.status).toBe(200);
        expect(seen.body.child.familyName).toBe(`${familyName}${javaScript ? 'J' : 'N'}`);
        await page.goto('/');
        await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Work queue');
        // axe runs on the pages of the embedded suites (test/e2e/ui), with and without JavaScript.
        if (javaScript) expect(await accessibilityViolations(page)).toEqual([]);
        await context.close();
      }),
      60_000,
    );
  }
});
