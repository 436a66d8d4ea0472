import { accessibilityViolations, collectPageErrors, screenshot, signIn, startUi, type UiHarness } from './browser.js';

describe('signing in, in a real browser', () => {
  let ui: UiHarness;
  beforeAll(async () => {
    ui = await startUi();
  });
  afterAll(async () => ui?.close());

  for (const javaScript of [true, false]) {
    describe(javaScript ? 'with JavaScript' : 'without JavaScript', () => {
      it('sends a signed-out visitor to sign-in, then to the work queue under the council’s name', async () => {
        const context = await ui.context({ javaScript });
        const page = await context.newPage();
        const errors = collectPageErrors(page);
        await page.goto('/');
        expect(new URL(page.url()).pathname).toBe('/sign-in');
        expect(await accessibilityViolations(page)).toEqual([]);
        if (javaScript) await screenshot(page, 'sign-in');

        await signIn(page, 'caseworker@202');
        expect(new URL(page.url()).pathname).toBe('/');
        await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Work queue');
        await expect(page.locator('.govuk-generic-header').textContent()).resolves.toContain('Camden Council');
        expect(await page.locator('.govuk-header__logotype, svg.govuk-logo').count()).toBe(0);
        expect(await accessibilityViolations(page)).toEqual([]);
        expect(errors).toEqual([]);

        const cookies = await context.cookies();
        const session = cookies.find((c) => c.name === 'send_session');
        expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
      });

      it('shows the error summary for a wrong password and does not sign in', async () => {
        const context = await ui.context({ javaScript });
        const page = await context.newPage();
        await page.goto('/sign-in');
        await page.getByLabel('Username').fill('caseworker@202');
        await page.getByLabel('Password', { exact: true }).fill('not-the-password');
        await page.getByRole('button', { name: 'Sign in' }).click();
        await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain(
          'The username or password is not right',
        );
        expect(await page.title()).toMatch(/^Error: /);
        expect(await accessibilityViolations(page)).toEqual([]);
        await page.goto('/');
        expect(new URL(page.url()).pathname).toBe('/sign-in');
      });
    });
  }

  it('refuses a form post without the session’s CSRF token, changing nothing', async () => {
    const context = await ui.context();
    const page = await context.newPage();
    await signIn(page, 'caseworker@202');
    const response = await page.request.post('/sign-out', { form: { _csrf: 'forged' } });
    expect(response.status()).toBe(403);
    await page.goto('/');
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('signs out with the button, and the old session no longer opens pages', async () => {
    const context = await ui.context();
    const page = await context.newPage();
    await signIn(page, 'manager@202');
    await page.getByRole('button', { name: /Sign out/ }).click();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.goto('/');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  });

  it('signs out after the idle timeout and says why', async () => {
    const context = await ui.context();
    const page = await context.newPage();
    await signIn(page, 'caseworker@202');
    const before = ui.clock.now();
    ui.clock.set(new Date(before.getTime() + 21 * 60_000));
    await page.goto('/');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await expect(page.locator('main').textContent()).resolves.toContain('You were signed out');
    ui.clock.set(before);
  });

  it('keeps the API docs page working under the content security policy', async () => {
    const context = await ui.context();
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto('/api/docs');
    await page.locator('.swagger-ui .info .title').waitFor();
    expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  });
});
