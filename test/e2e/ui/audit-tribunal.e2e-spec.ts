import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { accessibilityViolations, collectPageErrors, screenshot, signIn, startUi, type UiHarness, callApi } from './browser.js';

/**
 * The auditor's and the tribunal's pages in a real browser (docs/ui.md "Tests"): a case seeded through the
 * API at two moments of a summer day (BST), replayed and compared through the pages, verified; the bundle
 * downloaded through the page and its code checked, then checked again once a stored byte is altered.
 */
describe('the auditor’s and the tribunal’s pages', () => {
  // Each journey visits many pages, and axe runs on every one of them.
  const JOURNEY_MS = 90_000;
  let ui: UiHarness;
  let caseId: string;

  const api = (path: string, user: string, body?: unknown) => callApi(ui.baseUrl, path, user, body);

  beforeAll(async () => {
    // 10:00 in London (BST) on 1 June: the request; 14:00 on 10 June: the decision to assess.
    ui = await startUi(new Date('2026-06-01T09:00:00Z'));
    const created = await api('/api/v1/cases', 'caseworker@202', {
      child: { givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2016-03-01' },
      la: '202',
      requestedBy: 'parent',
      receivedOn: '2026-06-01',
    });
    caseId = created.caseId;
    ui.clock.set(new Date('2026-06-10T13:00:00Z'));
    await api(`/api/v1/cases/${caseId}/assessment/decision`, 'caseworker@202', {
      decision: 'assess',
      decidedOn: '2026-06-10',
      reason: 'Decision to assess, with reasons as sent to the family',
    });
  });
  afterAll(async () => ui?.close());

  async function fillInstant(page: Page, legend: string, day: string, month: string, year: string, time: string) {
    const group = page.getByRole('group', { name: legend, exact: true });
    await group.getByLabel('Day').fill(day);
    await group.getByLabel('Month').fill(month);
    await group.getByLabel('Year').fill(year);
    await group.getByLabel('Time').fill(time);
  }

  const main = (page: Page) => page.locator('main').innerText();

  for (const javaScript of [true, false]) {
    const how = javaScript ? 'with JavaScript' : 'without JavaScript';

    it(
      `replays the case as of a time in BST, compares two instants and verifies it (${how})`,
      async () => {
        const page = await (await ui.context({ javaScript })).newPage();
        const errors = collectPageErrors(page);
        await signIn(page, 'auditor');
        await page.goto(`/cases/${caseId}/replay`);
        expect(await accessibilityViolations(page)).toEqual([]);

        // 13:30 in London on 10 June is 12:30 UTC: before the decision (13:00 UTC). Read as UTC, it would be after.
        await fillInstant(page, 'Replay the case as of', '10', '6', '2026', '13:30');
        await page.getByRole('button', { name: 'Replay' }).click();
        await page.locator('#replayed').waitFor();
        expect(await page.locator('#replayed').innerText()).toBe('The case as of 10 June 2026 at 1:30pm');
        const before = await main(page);
        expect(before).toMatch(/Stage\s+Requested/);
        expect(before).not.toContain('"status"');
        expect(await accessibilityViolations(page)).toEqual([]);

        await fillInstant(page, 'Replay the case as of', '10', '6', '2026', '2:30pm');
        await page.getByRole('button', { name: 'Replay' }).click();
        await page.locator('#replayed').waitFor();
        expect(await page.locator('#replayed').innerText()).toBe('The case as of 10 June 2026 at 2:30pm');
        expect(await main(page)).toMatch(/Stage\s+Assessing/);
        if (javaScript) await screenshot(page, 'audit-replay');

        await fillInstant(page, 'Replay the case as of', '31', '6', '2026', '25:00');
        await page.getByRole('button', { name: 'Replay' }).click();
        const summary = page.locator('.govuk-error-summary');
        await summary.waitFor();
        expect(await summary.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
          '#asOf-day',
          '#asOfTime',
        ]);
        expect(await accessibilityViolations(page)).toEqual([]);

        await page.getByRole('link', { name: 'Compare two instants' }).click();
        await fillInstant(page, 'From', '10', '6', '2026', '13:30');
        await fillInstant(page, 'To', '10', '6', '2026', '14:30');
        await page.getByRole('button', { name: 'Compare' }).click();
        await page.locator('#changes').waitFor();
        const changes = await main(page);
        expect(changes).toContain('Changes after 10 June 2026 at 1:30pm, up to 10 June 2026 at 2:30pm');
        expect(changes).toMatch(/Stage\s+Changed\s+requested\s+assessing/);
        expect(changes).toContain('caseworker@202 (caseworker)');
        expect(await accessibilityViolations(page)).toEqual([]);
        if (javaScript) await screenshot(page, 'audit-replay-diff');

        await page.getByRole('link', { name: 'Verify', exact: true }).click();
        const verified = await main(page);
        expect(verified).toContain("Every stream's hash chain was recomputed");
        expect(verified).toMatch(/Assessment\s+Valid\s+\d+\s+None/);
        expect(await accessibilityViolations(page)).toEqual([]);
        if (javaScript) await screenshot(page, 'audit-verify');

        await page.getByRole('link', { name: 'Access log' }).click();
        expect(await main(page)).toMatch(/auditor\s+Auditor\s+Replay/);
        expect(await accessibilityViolations(page)).toEqual([]);

        await page.getByRole('link', { name: 'Verify the record' }).click();
        expect(await main(page)).toContain('npm run audit -- verify');
        expect(await accessibilityViolations(page)).toEqual([]);
        await page.getByLabel('Case reference or case id').fill(caseId.slice(0, 8).toUpperCase());
        await page.getByRole('button', { name: 'Verify the case' }).click();
        expect(new URL(page.url()).pathname).toBe(`/cases/${caseId}/verify`);
        // A refused form is answered 400, which the browser notes; anything else (a CSP refusal, a script error) fails.
        expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
      },
      JOURNEY_MS,
    );
  }

  it('refuses the auditor’s pages to a caseworker, and the access log is not theirs either', async () => {
    const page = await (await ui.context()).newPage();
    await signIn(page, 'caseworker@202');
    const res = await page.goto(`/cases/${caseId}/replay`);
    expect(res?.status()).toBe(403);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect((await page.goto(`/cases/${caseId}/access-log`))?.status()).toBe(403);
    expect((await page.goto(`/cases/${caseId}/bundle`))?.status()).toBe(403);
  });

  let code = '';

  for (const javaScript of [true, false]) {
    const how = javaScript ? 'with JavaScript' : 'without JavaScript';

    it(
      `downloads the bundle through the page, shows its code and checks it (${how})`,
      async () => {
        const page = await (await ui.context({ javaScript })).newPage();
        await signIn(page, 'tribunal');
        await page.goto(`/cases/${caseId}/bundle`);
        expect(await accessibilityViolations(page)).toEqual([]);
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'Download the bundle (PDF)' }).click(),
        ]);
        const file = await download.path();
        expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');

        await page.reload();
        code = (await page.locator('.app-verification-code').first().innerText()).trim();
        expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-F]{6}$/);
        expect(await accessibilityViolations(page)).toEqual([]);
        if (javaScript) await screenshot(page, 'tribunal-bundle');

        await page.getByRole('link', { name: `Check the code ${code}` }).click();
        await page.locator('.govuk-panel').waitFor();
        const shown = await main(page);
        expect(shown).toContain('The bundle is valid');
        expect(shown).toContain(caseId.slice(0, 8).toUpperCase());
        expect(shown).not.toContain('Amara');
        expect(shown).not.toContain(caseId);
        expect(await accessibilityViolations(page)).toEqual([]);
        if (javaScript) await screenshot(page, 'bundle-check-valid');

        // Signed out, the page and the check are open to anyone who holds the bundle, linked from the footer.
        const outside = await (await ui.context({ javaScript })).newPage();
        await outside.goto('/sign-in');
        await outside.getByRole('contentinfo').getByRole('link', { name: 'Check a tribunal bundle' }).click();
        expect(new URL(outside.url()).pathname).toBe('/bundles/check');
        expect(await accessibilityViolations(outside)).toEqual([]);
        await outside.getByLabel('Verification code').fill(code.toLowerCase());
        await outside.getByRole('button', { name: 'Check the code' }).click();
        const publicAnswer = await main(outside);
        expect(publicAnswer).toContain('The bundle is valid');
        expect(publicAnswer).not.toContain('Amara');
        expect(publicAnswer).not.toContain(caseId);
        expect(await accessibilityViolations(outside)).toEqual([]);

        await outside.getByLabel('Verification code').fill('00000-00000-000000');
        await outside.getByRole('button', { name: 'Check the code' }).click();
        await expect(outside.locator('.govuk-error-summary').innerText()).resolves.toContain(
          'No bundle has the code 00000-00000-000000',
        );
        expect(await accessibilityViolations(outside)).toEqual([]);
      },
      JOURNEY_MS,
    );
  }

  it(
    'says the bundle is not valid once a stored event is altered',
    async () => {
      const db = new Database(join(ui.dataDir, 'send.sqlite'));
      try {
        db.pragma('busy_timeout = 5000');
        db.exec('DROP TRIGGER IF EXISTS events_append_only_update');
        const row = db.prepare('SELECT data FROM events WHERE stream_id = ? AND revision = 0').get(`assessment-${caseId}`) as {
          data: string;
        };
        // The request date, which is stored in clear (the child's name is encrypted at rest).
        const altered = { ...JSON.parse(row.data), receivedOn: '2000-01-01' };
        db.prepare('UPDATE events SET data = ? WHERE stream_id = ? AND revision = 0').run(
          JSON.stringify(altered),
          `assessment-${caseId}`,
        );
      } finally {
        db.close();
      }
      for (const javaScript of [true, false]) {
        // An auditor reads bundles' codes as the tribunal does, and verifies the case itself.
        const page = await (await ui.context({ javaScript })).newPage();
        await signIn(page, 'auditor');
        await page.goto(`/bundles/check?code=${code}`);
        const shown = await main(page);
        expect(shown).toContain('The bundle is not valid');
        expect(shown).toMatch(/Assessment\s+\d+\s+Changed/);
        expect(await accessibilityViolations(page)).toEqual([]);
        if (javaScript) await screenshot(page, 'bundle-check-invalid');

        await page.goto(`/cases/${caseId}/verify`);
        expect(await main(page)).toMatch(/Assessment\s+Broken\s+\d+\s+0/);
        expect(await accessibilityViolations(page)).toEqual([]);
      }
    },
    JOURNEY_MS,
  );
});
