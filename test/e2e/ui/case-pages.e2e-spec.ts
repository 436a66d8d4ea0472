import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { caseReferenceOf } from '@send/kernel';
import { accessibilityViolations, apiAs, collectPageErrors, screenshot, signIn, startUi, type UiHarness } from './browser.js';

/**
 * The case overview in a real browser (docs/ui.md "Screens"): a case seeded through the public API to a
 * draft plan, every tab opened through the sub-navigation with JavaScript on and off, axe on each; the API's
 * LA check refuses another LA's caseworker; the auditor and the tribunal read without the actions panel.
 */
type Json = Record<string, any>;

/** Request → assess → advice → exception → outcome → draft, and a consultation still awaited. */
async function seedDraftPlanCase(baseUrl: string): Promise<string> {
  const api = await apiAs(baseUrl, 'caseworker@202');
  const setting = await api('POST', '/api/v1/settings', {
    name: 'Oakwood Primary',
    la: '202',
    type: 'mainstream',
    phases: ['primary'],
    needs: ['SLCN'],
    capacity: 30,
  });
  await api('PUT', '/api/v1/inclusion-plans/202', { publishedOn: '2026-04-01', settingIds: [setting.settingId] });
  const { caseId } = await api('POST', '/api/v1/cases', {
    child: { givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2016-03-01' },
    la: '202',
    requestedBy: 'parent',
    receivedOn: '2026-06-01',
  });
  const at = (path: string) => `/api/v1/cases/${caseId}${path}`;
  await api('POST', at('/assessment/decision'), { decision: 'assess', decidedOn: '2026-07-06', reason: 'Evidence of need' });
  const advice = await api('POST', at('/assessment/advice'), { adviser: 'educational-psychologist', requestedOn: '2026-07-07' });
  await api('POST', at(`/assessment/advice/${advice.adviceId}/received`), { receivedOn: '2026-07-20' });
  await api('POST', at('/assessment/exceptions'), {
    ground: 'school-closure',
    from: '2026-07-22',
    to: '2026-09-01',
    evidence: 'Summer closure notice from the school',
    familyNotified: true,
  });
  await api('POST', at('/assessment/outcome'), { outcome: 'issue-plan', decidedOn: '2026-10-05', reason: 'Needs a plan' });
  await api('POST', at('/plan/draft'), {
    issuedOn: '2026-10-12',
    sections: {
      A: 'Amara loves drawing and wants to be a vet.',
      B: { primaryNeed: 'SLCN', secondaryNeeds: ['SEMH'], description: 'Severe expressive language disorder.' },
      C: 'No health needs relating to SEN.',
      D: 'No social care needs relating to SEN.',
      E: 'By the end of Key Stage 2 Amara will speak in sentences of five words or more.',
      F: [
        {
          provision: 'Speech and language therapy, individual sessions on expressive language',
          hours: 1,
          frequency: 'weekly',
          deliveredBy: 'specialist speech and language therapist',
        },
      ],
      G: 'None.',
      H1: 'None.',
      H2: 'None.',
      J: 'No personal budget requested.',
      K: 'Advice from the educational psychologist.',
    },
  });
  await api('POST', at('/placement/preferences'), { ranked: [setting.settingId], expressedOn: '2026-10-14' });
  await api('POST', at('/placement/consultations'), { settingId: setting.settingId, sentOn: '2026-10-15' });
  return caseId;
}

const mainText = async (page: Page) => ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');

async function openTab(page: Page, name: string): Promise<string> {
  await page.locator('.moj-sub-navigation').getByRole('link', { name, exact: true }).click();
  await page.waitForLoadState('domcontentloaded');
  await expect(page.locator('.moj-sub-navigation [aria-current=page]').textContent()).resolves.toBe(name);
  expect(await accessibilityViolations(page)).toEqual([]);
  return mainText(page);
}

// axe takes a second or two a page, and each journey visits nine.
jest.setTimeout(60_000);

describe('the case overview pages', () => {
  let ui: UiHarness;
  let caseId: string;
  beforeAll(async () => {
    ui = await startUi(new Date('2026-11-28T10:00:00Z'));
    caseId = await seedDraftPlanCase(ui.baseUrl);
  });
  afterAll(async () => ui?.close());

  for (const javaScript of [true, false]) {
    it(`shows every tab of a case at the draft plan stage to its caseworker (${javaScript ? 'with' : 'without'} JavaScript)`, async () => {
      const page = await (await ui.context({ javaScript })).newPage();
      const errors = collectPageErrors(page);
      await signIn(page, 'caseworker@202');
      await page.goto(`/cases/${caseId}`);
      expect(await accessibilityViolations(page)).toEqual([]);
      const shot = (name: string) => (javaScript ? screenshot(page, `case-${name}`) : Promise.resolve());
      await shot('summary');
      let text = await mainText(page);
      expect(text).toContain(`Case ${caseReferenceOf(caseId)}`);
      expect(text).toContain('Amara Okafor');
      expect(text).toContain('1 March 2016');
      expect(text).toContain('Draft plan issued');
      expect(text).toContain('Camden Council (202)');
      const actions = page.locator('aside.app-case-actions');
      for (const link of [
        'Issue the draft plan',
        'Record representations',
        'Issue the final plan',
        'Consult a setting',
        'Record a disagreement',
      ]) {
        await expect(actions.getByRole('link', { name: link, exact: true }).count()).resolves.toBe(1);
      }
      await expect(actions.getByRole('link', { name: 'Request advice' }).count()).resolves.toBe(0);
      await expect(actions.getByRole('link', { name: 'Issue the final plan' }).getAttribute('href')).resolves.toBe(
        `/cases/${caseId}/plan/final`,
      );

      text = await openTab(page, 'Deadlines');
      await shot('deadlines');
      expect(text).toContain('Decision whether to secure an EHC needs assessment');
      expect(text).toContain('SEND Regulations 2014 reg 4(1), 5(1)');
      const finalPlan = page.locator('#deadlines tbody tr', { hasText: 'Final EHC plan issued' });
      await expect(finalPlan.textContent()).resolves.toContain('Excepted');
      await expect(finalPlan.textContent()).resolves.toContain('School closure');
      await expect(finalPlan.textContent()).resolves.toContain('Summer closure notice from the school');
      const decision = page.locator('#deadlines tbody tr', { hasText: 'Decision whether to secure' });
      await expect(decision.textContent()).resolves.toMatch(/Met\s*6 July 2026/);

      text = await openTab(page, 'Timeline');
      await shot('timeline');
      expect(text).toContain('Request for an EHC needs assessment received (from the parent)');
      expect(text).toContain('Decision to assess');
      expect(text).toContain('Reason: Evidence of need');
      expect(text).toContain('caseworker@202 (caseworker)');
      expect(text).toContain('Legal source: Children and Families Act 2014 s.36(1)');
      await page.getByLabel('Decisions').check();
      await page.getByRole('button', { name: 'Filter the timeline' }).click();
      await page.waitForLoadState('domcontentloaded');
      expect(new URL(page.url()).searchParams.getAll('kinds')).toEqual(['decision']);
      const titles = await page.locator('.moj-timeline__title').allTextContents();
      expect(titles.map((t) => t.trim())).toEqual(['Decision to assess', 'Decision to issue an EHC plan']);
      expect(await accessibilityViolations(page)).toEqual([]);

      text = await openTab(page, 'Plan');
      await shot('plan');
      expect(text).toContain('Version 1, draft, issued on 12 October 2026');
      expect(text).toContain('Primary need: Speech, language and communication needs (SLCN)');
      await expect(page.locator('#section-F td').first().textContent()).resolves.toContain('Speech and language therapy');
      if (javaScript) {
        await page.locator('#plan-versions').getByRole('link', { name: 'Version 1' }).click();
        expect(new URL(page.url()).pathname).toBe(`/cases/${caseId}/plan/versions/1`);
        await expect(page.locator('main h2').first().textContent()).resolves.toBe('Plan version 1');
        expect(await accessibilityViolations(page)).toEqual([]);
      }

      text = await openTab(page, 'Placement');
      await shot('placement');
      await expect(page.locator('#tailored-list').textContent()).resolves.toContain('Oakwood Primary');
      await expect(page.locator('#preferences').textContent()).resolves.toContain('Oakwood Primary');
      expect(text).toContain('No place allocated yet.');
      await expect(page.locator('#consultations a').getAttribute('href')).resolves.toMatch(
        new RegExp(`^/cases/${caseId}/placement/consultations/[0-9a-f-]{36}/answer$`),
      );

      text = await openTab(page, 'Disputes');
      await shot('disputes');
      expect(text).toContain('No disputes.');

      text = await openTab(page, 'Funding');
      await shot('funding');
      expect(text).toContain('No funding yet');

      expect(errors).toEqual([]);
    });
  }

  it('refuses another LA’s caseworker with the error page the API’s answer calls for, on the summary and on a tab', async () => {
    const page = await (await ui.context()).newPage();
    await signIn(page, 'caseworker@203');
    for (const path of ['', '/timeline']) {
      const res = await page.goto(`/cases/${caseId}${path}`);
      expect([403, 404]).toContain(res?.status());
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(
        /^(You cannot see this page|Page not found)$/,
      );
      await expect(mainText(page)).resolves.not.toContain('Amara');
      expect(await accessibilityViolations(page)).toEqual([]);
    }
    await screenshot(page, 'case-refused');
  });

  for (const reader of ['auditor', 'tribunal']) {
    it(`lets the ${reader} read the case without offering any form`, async () => {
      const page = await (await ui.context()).newPage();
      await signIn(page, reader);
      await page.goto(`/cases/${caseId}`);
      await expect(mainText(page)).resolves.toContain('Amara Okafor');
      expect(await page.locator('aside.app-case-actions').count()).toBe(0);
      expect(await accessibilityViolations(page)).toEqual([]);
      await expect(openTab(page, 'Timeline')).resolves.toContain('Draft EHC plan issued (version 1)');
      // The placement tab reads GET …/placement, not the replay: the access log records no read of it.
      const manager = await apiAs(ui.baseUrl, 'manager@202');
      const reads = async () => ((await manager('GET', `/api/v1/cases/${caseId}/access-log`)).reads as Json[]).length;
      const before = await reads();
      await expect(openTab(page, 'Placement')).resolves.toContain('Oakwood Primary');
      expect(await reads()).toBe(before);
    });
  }
});
