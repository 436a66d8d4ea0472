import {
  accessibilityViolations,
  apiAs,
  callApi,
  collectPageErrors,
  screenshot,
  signIn,
  startUi,
  type UiHarness,
} from './browser.js';
import { planSections } from '../fixtures.js';

/**
 * The family's pages in a real browser (docs/ui.md "The family's pages"): a caseworker invites the family
 * from the case page and sees the code once; the family sets up its account with it, sees its case and sends
 * its views on the draft. Worked dates: request 5 January 2026, draft issued 1 April 2026, so the family's
 * 15 days run to 15 April; today is 6 April.
 */

let ui: UiHarness;
const CW = 'caseworker@202';
const PASSWORD = 'correct horse battery';

beforeAll(async () => {
  ui = await startUi(new Date('2026-04-06T09:00:00Z'));
  const elm = await api('/settings', {
    la: '202',
    name: 'Elm Primary',
    phases: ['primary'],
    needs: ['SLCN'],
    type: 'mainstream',
    capacity: 30,
  });
  // The LA's local inclusion plan is where the tailored list draws its settings from.
  const put = await apiAs(ui.baseUrl, CW);
  await put('PUT', '/api/v1/inclusion-plans/202', { publishedOn: '2026-03-01', settingIds: [elm.settingId] });
});
afterAll(async () => ui?.close());

const api = (path: string, body?: unknown): Promise<any> => callApi(ui.baseUrl, `/api/v1${path}`, CW, body);

async function caseWithDraft(): Promise<string> {
  const { caseId } = await api('/cases', {
    child: { givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2016-03-01' },
    la: '202',
    requestedBy: 'parent',
    receivedOn: '2026-01-05',
  });
  await api(`/cases/${caseId}/assessment/decision`, { decision: 'assess', decidedOn: '2026-02-10', reason: 'Evidence of needs' });
  await api(`/cases/${caseId}/assessment/outcome`, {
    outcome: 'issue-plan',
    decidedOn: '2026-03-20',
    reason: 'Needs cannot be met from what the school has',
  });
  await api(`/cases/${caseId}/plan/draft`, {
    issuedOn: '2026-04-01',
    // The shared sections, with E and K as lists (the form the family's page shows them in).
    sections: planSections({
      B: { primaryNeed: 'SLCN', secondaryNeeds: [], description: 'Severe expressive language disorder.' },
      E: ['By the end of Key Stage 2 Amara will speak in sentences of five words or more.'],
      K: ['Advice from the educational psychologist'],
    }),
  });
  await api(`/cases/${caseId}/placement/tailored-list`, {
    producedOn: '2026-04-02',
    dateOfBirth: '2016-03-01',
    primaryNeed: 'SLCN',
  });
  return caseId;
}

describe.each([true, false])("the family's pages, in a real browser (JavaScript %s)", (javaScript) => {
  it('invite from the case page → set up the account → see the case → send views on the draft', async () => {
    const caseId = await caseWithDraft();
    const username = `parent-${javaScript ? 'js' : 'nojs'}@example.org`;

    // The caseworker invites the family from the case page and is shown the code once.
    const staff = await (await ui.context({ javaScript })).newPage();
    await signIn(staff, CW);
    await staff.goto(`/cases/${caseId}`);
    await staff.getByRole('link', { name: 'Invite the family or manage their access' }).click();
    expect(await accessibilityViolations(staff)).toEqual([]);
    await staff.getByRole('button', { name: 'Invite the family' }).click();
    const code = (await staff.locator('#invitation-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[A-Za-z0-9_-]{64}$/);
    await expect(staff.locator('main').textContent()).resolves.toContain('20 April 2026');
    expect(await accessibilityViolations(staff)).toEqual([]);
    if (javaScript) await screenshot(staff, 'family-invited');
    // Going back to the access page never shows the code again.
    await staff.goto(`/cases/${caseId}/family`);
    await expect(staff.locator('main').textContent()).resolves.not.toContain(code);
    await expect(staff.locator('#family-invitations').textContent()).resolves.toContain('Not used yet');

    // The family: a wrong code first, then the right one.
    const context = await ui.context({ javaScript });
    const family = await context.newPage();
    const errors = collectPageErrors(family);
    await family.goto('/sign-in');
    await family.getByRole('link', { name: 'set up your account' }).click();
    expect(new URL(family.url()).pathname).toBe('/family/join');
    expect(await accessibilityViolations(family)).toEqual([]);
    await family.getByLabel('Invitation code').fill('A'.repeat(64));
    await family.getByLabel('Choose a username').fill(username);
    await family.getByLabel('Choose a password', { exact: true }).fill(PASSWORD);
    await family.getByRole('button', { name: 'Set up account' }).click();
    await expect(family.locator('.govuk-error-summary').textContent()).resolves.toContain('That code is not right');
    expect(await accessibilityViolations(family)).toEqual([]);

    await family.getByLabel('Invitation code').fill(code);
    await family.getByLabel('Choose a password', { exact: true }).fill(PASSWORD);
    await family.getByRole('button', { name: 'Set up account' }).click();
    expect(new URL(family.url()).pathname).toBe('/family');
    await expect(family.locator('.govuk-notification-banner').textContent()).resolves.toContain('Your account is ready');

    // What the family sees: its rights with dates, the decisions, the council's deadlines, the draft plan.
    await expect(family.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Your case');
    const main = (await family.locator('main').textContent()) ?? '';
    expect(main).toContain("Family's representations on the draft plan: until 15 April 2026");
    expect(main).toContain("Decided by: The council's SEND team");
    expect(main).toContain('Why: Evidence of needs');
    expect(main).toContain('Met on 10 February 2026');
    expect(main).toContain('Amara loves drawing and wants to be a vet.');
    expect(main).not.toContain('caseworker@202');
    expect(await accessibilityViolations(family)).toEqual([]);
    if (javaScript) await screenshot(family, 'family-home');

    // Sending views on the draft: recorded as from the family, today.
    await family.getByLabel('Your views on the draft plan').fill('Amara needs her speech therapy in school, not after it.');
    await family.getByLabel('I have nothing more to add').check();
    await family.getByRole('button', { name: 'Send my views on the draft plan' }).click();
    await expect(family.locator('.govuk-notification-banner').textContent()).resolves.toContain('Your views were sent');
    const history: any[] = await api(`/cases/${caseId}/history`);
    const received = history.find((e) => e.type === 'RepresentationsReceived');
    expect(received).toMatchObject({
      actor: { role: 'family' },
      data: { receivedOn: '2026-04-06', nothingFurther: true },
      readable: { data: { views: 'Amara needs her speech therapy in school, not after it.' } },
    });
    // Their words are personal data: encrypted at rest, like the child's name.
    expect(received.data.views.personal).toMatch(/^pd1:/);

    // Preferences: chosen from the tailored list the council gave, by name, not typed as setting numbers.
    await expect(family.locator('#tailored-list').textContent()).resolves.toContain('Elm Primary');
    await family.getByLabel('First choice', { exact: true }).selectOption({ label: 'Elm Primary' });
    await family.getByRole('button', { name: 'Send my preferences' }).click();
    await expect(family.locator('.govuk-notification-banner').textContent()).resolves.toContain('Your preferences were sent');
    await expect(family.locator('#preferences-sent').textContent()).resolves.toContain('6 April 2026');
    await expect(family.locator('#preferences-ranked').textContent()).resolves.toContain('Elm Primary');
    expect(await accessibilityViolations(family)).toEqual([]);
    const preferred = (await api(`/cases/${caseId}/history`)).find((e: any) => e.type === 'PreferencesExpressed');
    expect(preferred).toMatchObject({ actor: { role: 'family' }, data: { ranked: [expect.stringMatching(/.+/)] } });

    // A family may not open staff pages.
    const refused = await family.goto(`/cases/${caseId}`);
    expect(refused?.status()).toBe(403);

    // Signing out and in again with the new account lands on the family's page.
    await family.getByRole('button', { name: /Sign out/ }).click();
    await signIn(family, username, PASSWORD);
    expect(new URL(family.url()).pathname).toBe('/family');
    // The refused code (422) and the staff page (403) are answered on purpose; nothing else may fail.
    expect(errors.filter((e) => !/status of (422|403)/.test(e))).toEqual([]);
  }, 90_000);
});
