import AxeBuilder from '@axe-core/playwright';
import type { INestApplication } from '@nestjs/common';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { FixedClock } from '@send/kernel';
import { loadConfig } from '@send/platform';
import { createEmbeddedApp } from '../../../apps/embedded/src/bootstrap.js';

/**
 * The pages in a real browser (docs/ui.md "Tests"): Debian's Chromium driven by playwright-core, against the
 * embedded application listening on a real port with a fresh DATA_DIR. Never a downloaded browser.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Where the suite saves its screenshots (the key ones are copied under docs/screenshots by hand). */
export const SCREENSHOTS = join(process.cwd(), '.var', 'screenshots');

export interface UiHarness {
  readonly app: INestApplication;
  readonly baseUrl: string;
  readonly clock: FixedClock;
  readonly dataDir: string;
  /** A fresh browser context (its own cookies), with or without JavaScript. */
  context(options?: { javaScript?: boolean }): Promise<BrowserContext>;
  close(): Promise<void>;
}

export async function startUi(now = new Date('2026-11-28T10:00:00Z')): Promise<UiHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'send-ui-'));
  const clock = new FixedClock(now);
  const app = await createEmbeddedApp(loadConfig({ DATA_DIR: dataDir, PORT: '0', DEADLINE_WATCH_INTERVAL_MS: '3600000' }), clock);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  const contexts: BrowserContext[] = [];
  return {
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    clock,
    dataDir,
    async context(options = {}) {
      const context = await browser.newContext({
        javaScriptEnabled: options.javaScript ?? true,
        baseURL: `http://127.0.0.1:${port}`,
        locale: 'en-GB',
        timezoneId: 'Europe/London',
      });
      contexts.push(context);
      if (options.javaScript === false) withoutScript.add(context);
      return context;
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Every demo user's password (README "Demo users"). */
const DEMO_PASSWORD = 'demo';

/**
 * Signs in through the sign-in page, as a demo user or with a family account's own password; lands on the work
 * queue, the family's page, or where it was sent.
 */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForLoadState('domcontentloaded');
}

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const withoutScript = new WeakSet<BrowserContext>();

/**
 * axe-core with the WCAG 2.2 AA tags: the violations on the page as it is now (none expected). axe runs
 * inside the page (its legacy mode: the pages have no frames). A page opened without JavaScript cannot run
 * axe, so its exact HTML, scripts removed, is checked in a page of a JavaScript-enabled context.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  let target = page;
  let helper: BrowserContext | undefined;
  if (withoutScript.has(page.context())) {
    const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
    helper = await page
      .context()
      .browser()!
      .newContext({ baseURL: new URL(page.url()).origin });
    target = await helper.newPage();
    await target.route(page.url(), (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
    await target.goto(page.url());
  }
  try {
    let timer: NodeJS.Timeout | undefined;
    const results = await Promise.race([
      new AxeBuilder({ page: target }).setLegacyMode(true).withTags(WCAG_22_AA).analyze(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`axe did not finish on ${page.url()} within 20 s`)), 20_000);
      }),
    ]).finally(() => clearTimeout(timer));
    return results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  } finally {
    await helper?.close();
  }
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Everything the browser reported as a Content-Security-Policy violation or a script error on a page. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** A demo user's API token, as any client gets one: fresh each time, so a suite whose clock moves on asks again. */
export async function apiToken(baseUrl: string, user: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: user, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`${user} could not sign in to the API: ${res.status}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/** A call of the public API as one user: the answer's JSON ({} for none); anything but a 2xx fails with its answer. */
export type Api = (method: string, path: string, body?: unknown) => Promise<any>;

/**
 * The public API as a demo user, with one token, as any client calls it, for seeding a suite's cases and
 * reading back what the pages recorded (the pages are what the suites test).
 */
export async function apiAs(baseUrl: string, user: string): Promise<Api> {
  const token = await apiToken(baseUrl, user);
  return async (method, path, body) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${JSON.stringify(json)}`);
    return json;
  };
}

/** One call of the public API as a demo user, with a token of its own: GET without a body, POST with one. */
export async function callApi(baseUrl: string, path: string, user: string, body?: unknown): Promise<any> {
  const api = await apiAs(baseUrl, user);
  return api(body === undefined ? 'GET' : 'POST', path, body);
}
