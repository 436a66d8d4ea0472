import type { Page } from 'playwright-core';
import { ISSUES, MEDIATION_STEPS, TRIBUNAL_ORDERS } from '@send/mediation';
import { CONSULTATION_ANSWERS, OBJECTION_GROUNDS, PHASES } from '@send/placement';
import {
  ISSUE_CHOICES,
  MEDIATION_STEP_CHOICES,
  TRIBUNAL_ORDER_CHOICES,
} from '../../../libs/gateway/src/ui/forms/disputes/disputes.view-model.js';
import { PHASE_CHOICES } from '../../../libs/gateway/src/ui/forms/placement/settings.view-model.js';
import {
  CONSULTATION_ANSWER_CHOICES,
  OBJECTION_GROUND_CHOICES,
} from '../../../libs/gateway/src/ui/forms/placement/placement.view-model.js';
import { planSections } from '../fixtures.js';
import { type Api, accessibilityViolations, apiAs, screenshot, signIn, startUi, type UiHarness } from './browser.js';

type Json = Record<string, any>;

/**
 * Placement, disputes and the tribunal through the pages (docs/ui.md "Tests"): a case is brought to a final
 * plan through the API, then a setting is consulted and answers, the family disagrees, mediation is declined
 * and certified, the appeal is registered (refused first without a certificate) and the tribunal orders.
 * What the pages recorded is read back through the API.
 */
describe('placement and disputes through the pages', () => {
  let ui: UiHarness;
  let api: Api;
  let oakwood: string;

  /** Request → assess → issue-plan → draft → (15 days) → final plan naming a type of setting. */
  async function caseWithFinalPlan(givenName: string): Promise<string> {
    const { caseId } = await api('POST', '/api/v1/cases', {
      child: { givenName, familyName: 'Okafor', dateOfBirth: '2016-03-01' },
      la: '202',
      requestedBy: 'parent',
      receivedOn: '2026-03-02',
    });
    const c = `/api/v1/cases/${caseId}`;
    await api('POST', `${c}/assessment/decision`, { decision: 'assess', decidedOn: '2026-04-06', reason: 'Evidence of SEN' });
    await api('POST', `${c}/assessment/outcome`, { outcome: 'issue-plan', decidedOn: '2026-06-01', reason: 'Plan needed' });
    await api('POST', `${c}/plan/draft`, { issuedOn: '2026-06-08', sections: SECTIONS });
    await api('POST', `${c}/plan/final`, { issuedOn: '2026-07-01', I: { type: 'mainstream' } });
    return caseId;
  }

  beforeAll(async () => {
    ui = await startUi(new Date('2026-11-20T10:00:00Z'));
    api = await apiAs(ui.baseUrl, 'caseworker@202');
    ({ settingId: oakwood } = await api('POST', '/api/v1/settings', {
      la: '202',
      name: 'Oakwood Primary',
      type: 'mainstream',
      phases: ['primary'],
      needs: ['SLCN'],
      capacity: 30,
    }));
    await api('PUT', '/api/v1/inclusion-plans/202', { publishedOn: '2026-01-05', settingIds: [oakwood] });
  });
  afterAll(async () => ui?.close());

  it('offers exactly the API’s values on its forms', () => {
    expect(CONSULTATION_ANSWER_CHOICES.map((c) => c.value)).toEqual([...CONSULTATION_ANSWERS]);
    expect(OBJECTION_GROUND_CHOICES.map((c) => c.value)).toEqual([...OBJECTION_GROUNDS]);
    expect(ISSUE_CHOICES.map((c) => c.value)).toEqual([...ISSUES]);
    expect(MEDIATION_STEP_CHOICES.map((c) => c.value)).toEqual([...MEDIATION_STEPS]);
    expect(TRIBUNAL_ORDER_CHOICES.map((c) => c.value)).toEqual([...TRIBUNAL_ORDERS]);
    expect(PHASE_CHOICES.map((c) => c.value)).toEqual([...PHASES]);
  });

  it('lets a manager register a setting and publish it in the local inclusion plan, without JavaScript', async () => {
    const page = await (await ui.context({ javaScript: false })).newPage();
    await signIn(page, 'manager@202');
    await page.getByRole('link', { name: 'Settings' }).click();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'settings-register');
    await page.getByLabel('Name of the setting').fill('Birchwood Academy');
    await page.getByLabel('mainstream').check();
    await page.getByLabel('Primary', { exact: true }).check();
    await page.getByLabel('SLCN').check();
    await page.getByLabel('Places for children with EHC plans').fill('twelve');
    await page.getByRole('button', { name: 'Register the setting' }).click();
    await expect(page.locator('.govuk-error-summary a').first().getAttribute('href')).resolves.toBe('#capacity');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Places for children with EHC plans').fill('12');
    await submit(page, 'Register the setting');
    expect(new URL(page.url()).pathname).toBe('/settings/inclusion-plan');
    await page.getByLabel('Birchwood Academy (mainstream)').check();
    await page.getByLabel('Oakwood Primary (mainstream)').check();
    await fillDate(page, 'When is it published?', '1', '9', '2026');
    await submit(page, 'Publish the plan');
    const plan = await api('GET', '/api/v1/inclusion-plans/202');
    expect(plan.settingIds).toHaveLength(2);
    expect(plan.publishedOn).toBe('2026-09-01');
  });

  async function fillDate(page: Page, group: string | RegExp, day: string, month: string, year: string) {
    const g = page.getByRole('group', { name: group });
    await g.getByLabel('Day').fill(day);
    await g.getByLabel('Month').fill(month);
    await g.getByLabel('Year').fill(year);
  }

  async function visit(page: Page, path: string, shot?: string) {
    await page.goto(path);
    expect(await accessibilityViolations(page)).toEqual([]);
    if (shot) await screenshot(page, shot);
  }

  /** After a post: the page it lands on (the case's tab, possibly not built yet) is checked too. */
  async function submit(page: Page, button: string) {
    await page.getByRole('button', { name: button }).click();
    await page.waitForLoadState('domcontentloaded');
    const refused = await page.locator('.govuk-error-summary').count();
    if (refused) throw new Error(`${button} was refused: ${await page.locator('main').textContent()}`);
    // The case's tabs are pages of their own; until they exist here the redirect lands on the API's plain 404.
    if ((await page.locator('main').count()) > 0) expect(await accessibilityViolations(page)).toEqual([]);
  }

  for (const javaScript of [true, false]) {
    it(`consults a setting, records a disagreement, mediation, the appeal and an order (${javaScript ? 'with' : 'without'} JavaScript)`, async () => {
      const caseId = await caseWithFinalPlan(javaScript ? 'Amara' : 'Bola');
      const c = `/api/v1/cases/${caseId}`;
      const page = await (await ui.context({ javaScript })).newPage();
      await signIn(page, 'caseworker@202');
      const shot = (name: string) => (javaScript ? name : undefined);

      // A consultation sent to a setting, and its answer.
      await visit(page, `/cases/${caseId}/placement/consultations`, shot('placement-consultation'));
      await page.getByLabel('Setting consulted').selectOption(oakwood);
      await fillDate(page, 'When was the consultation sent?', '6', '7', '2026');
      await submit(page, 'Record the consultation');
      expect(new URL(page.url()).pathname).toBe(`/cases/${caseId}/placement`);
      const consulted = (await api('GET', `${c}/history`)).find((e: Json) => e.type === 'SettingConsulted');
      expect(consulted?.data).toMatchObject({ settingId: oakwood, sentOn: '2026-07-06' });

      await visit(
        page,
        `/cases/${caseId}/placement/consultations/${consulted.data.consultationId}/answer`,
        shot('placement-answer'),
      );
      await page.getByLabel('The setting can meet the child’s needs').check();
      await fillDate(page, 'When did the setting answer?', '13', '7', '2026');
      await submit(page, 'Record the answer');
      const answered = (await api('GET', `${c}/history`)).find((e: Json) => e.type === 'ConsultationAnswered');
      expect(answered?.data).toMatchObject({ answer: 'can-meet', answeredOn: '2026-07-13' });

      // A disagreement with section F of the final plan (section I alone would need no certificate).
      await visit(page, `/cases/${caseId}/disputes/new`, shot('disputes-new'));
      await page.getByLabel('Section F: the special educational provision').check();
      await fillDate(page, 'Date of the decision letter', '1', '7', '2026');
      await fillDate(page, 'When did the family raise the disagreement?', '20', '7', '2026');
      await submit(page, 'Record the disagreement');
      expect(new URL(page.url()).pathname).toBe(`/cases/${caseId}/disputes`);
      const [dispute] = (await api('GET', `${c}/disputes`)).disputes as Json[];
      expect(dispute).toMatchObject({ about: ['section-f'] });
      const d = `/cases/${caseId}/disputes/${dispute.disputeId}`;

      // One bad form: an appeal before any certificate is refused with the API's plain message.
      await visit(page, `${d}/appeal`);
      await fillDate(page, 'When did the tribunal register the appeal?', '3', '8', '2026');
      await page.getByRole('button', { name: 'Record the appeal' }).click();
      const summary = page.locator('.govuk-error-summary');
      await summary.waitFor();
      await expect(page.locator('main').textContent()).resolves.toContain('MEDIATION.CERTIFICATE_REQUIRED');
      expect(await accessibilityViolations(page)).toEqual([]);
      if (javaScript) await screenshot(page, 'disputes-appeal-refused');

      // Mediation declined, then the certificate, then the appeal.
      for (const [step, day] of [
        ['The family contacted the mediation adviser', '22'],
        ['The family declined mediation', '23'],
      ]) {
        await visit(page, `${d}/mediation`, shot('disputes-mediation'));
        await page.getByLabel(step).check();
        await fillDate(page, 'When did it happen?', day, '7', '2026');
        await submit(page, 'Record the step');
      }
      await visit(page, `${d}/certificate`);
      await fillDate(page, 'When was the certificate issued?', '24', '7', '2026');
      await submit(page, 'Record the certificate');
      await visit(page, `${d}/appeal`);
      await fillDate(page, 'When did the tribunal register the appeal?', '3', '8', '2026');
      await submit(page, 'Record the appeal');

      // The order: checked before it is recorded.
      await visit(page, `${d}/orders`, shot('disputes-order'));
      await page.getByLabel('Amend the special educational provision').check();
      await fillDate(page, 'When was the order made?', '2', '11', '2026');
      await submit(page, 'Continue');
      await expect(page.locator('h1').textContent()).resolves.toContain('Check the tribunal order');
      await expect(page.locator('.govuk-summary-list').textContent()).resolves.toContain('2 November 2026');
      if (javaScript) await screenshot(page, 'disputes-order-check');
      await submit(page, 'Confirm and record');
      expect(new URL(page.url()).pathname).toBe(`/cases/${caseId}/disputes`);

      const recorded = (await api('GET', `${c}/disputes/${dispute.disputeId}`)) as Json;
      expect(recorded.orders).toEqual([expect.objectContaining({ order: 'amend-provision', madeOn: '2026-11-02' })]);
      expect(JSON.stringify(recorded)).toContain('2026-08-03');
    }, 90_000);
  }

  it('ranks preferences from the tailored list with numbered selects', async () => {
    const caseId = await caseWithFinalPlan('Chidi');
    const page = await (await ui.context({ javaScript: false })).newPage();
    await signIn(page, 'caseworker@202');
    await visit(page, `/cases/${caseId}/placement/preferences`, 'placement-preferences');
    await page.getByRole('button', { name: 'Record the preferences' }).click();
    await expect(page.locator('.govuk-error-summary a').first().getAttribute('href')).resolves.toBe('#rank-1');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('First preference').selectOption(oakwood);
    await fillDate(page, /When did the family express/, '6', '7', '2026');
    await submit(page, 'Record the preferences');
    const events = (await api('GET', `/api/v1/cases/${caseId}/history`)) as Json[];
    expect(events.find((e) => e.type === 'PreferencesExpressed')?.data).toMatchObject({ ranked: [oakwood] });
  });

  it('applies a local adjustment to the top-up after checking it, in pounds as typed', async () => {
    const caseId = await caseWithFinalPlan('Dayo');
    const page = await (await ui.context({ javaScript: true })).newPage();
    await signIn(page, 'caseworker@202');
    await visit(page, `/cases/${caseId}/funding/adjustments`, 'funding-adjustment');
    await page.getByLabel('Amount').fill('1,250.50');
    await page.getByLabel('Reason for the adjustment').fill('Extra transport support agreed at panel');
    await page.getByLabel('Who approved it?').fill('Head of SEND');
    await fillDate(page, 'When was it approved?', '10', '7', '2026');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('.govuk-summary-list').textContent()).resolves.toContain('1,250.50');
    expect(await accessibilityViolations(page)).toEqual([]);
    await submit(page, 'Confirm and record');
    expect(new URL(page.url()).pathname).toBe(`/cases/${caseId}/funding`);
    const funding = await api('GET', `/api/v1/cases/${caseId}/funding`);
    expect(funding.adjustments).toEqual([
      expect.objectContaining({ amountPence: 125050, approvedBy: 'Head of SEND', approvedOn: '2026-07-10' }),
    ]);
  });
});

/** The sections the API suites draft with (../fixtures.ts). */
const SECTIONS = planSections();
