import type { Page } from 'playwright-core';
import { CEASE_REASON_CODES, REASSESSMENT_REQUESTERS } from '@send/ehcp';
import { PHASE_TRANSFERS } from '@send/statutory';
import { RULES } from '@send/statutory';
import { ruleName } from '../../../libs/gateway/src/ui/case/labels.js';
import {
  CEASE_REASON_CHOICES,
  PHASE_TRANSFER_CHOICES,
  REASSESSMENT_GROUND_CHOICES,
  REQUESTER_CHOICES,
} from '../../../libs/gateway/src/ui/forms/plan-changes/plan-changes.view-model.js';
import { planSections } from '../fixtures.js';
import { type Api, accessibilityViolations, apiAs, screenshot, signIn, startUi, type UiHarness } from './browser.js';

type Json = Record<string, any>;

/**
 * Changing a final plan through the pages (docs/ui.md "Forms"): a case is brought to a final plan through
 * the API, then the pages alone send an amendment notice, record the family's representations and issue the
 * amended plan (filled in from the plan in force, one provision item changed); cease the plan; record a
 * request for re-assessment and its refusal; record an exception to the re-assessment's 14 weeks; plan a
 * phase transfer; transfer the plan to another LA, whose caseworker accepts it and records the letter to the
 * family, or withdraw a transfer still pending. Each form is reached by its link in the case summary's Actions
 * panel and refused once (its error summary), axe on every page; what the pages recorded is read back through
 * the API.
 */
describe('changing a final plan through the pages', () => {
  let ui: UiHarness;
  /** Each user's API, signed in once. */
  const apis: Record<string, Promise<Api>> = {};
  const api = async (method: string, path: string, body?: unknown, user = 'caseworker@202'): Promise<Json> =>
    (await (apis[user] ??= apiAs(ui.baseUrl, user)))(method, path, body);

  /** Request → assess → issue-plan → draft → (15 days) → final plan naming a type of setting. */
  async function caseWithFinalPlan(givenName: string): Promise<string> {
    const { caseId } = await api('POST', '/api/v1/cases', {
      child: { givenName, familyName: 'Adeyemi', dateOfBirth: '2016-03-01' },
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
  });
  afterAll(async () => ui?.close());

  it('offers exactly the API’s values on its forms', () => {
    expect(CEASE_REASON_CHOICES.map((c) => c.value)).toEqual([...CEASE_REASON_CODES]);
    expect(REQUESTER_CHOICES.map((c) => c.value)).toEqual([...REASSESSMENT_REQUESTERS]);
    expect(PHASE_TRANSFER_CHOICES.map((c) => c.value)).toEqual([...PHASE_TRANSFERS]);
    expect(REASSESSMENT_GROUND_CHOICES.map((c) => c.value)).toEqual([...RULES['reassessment-final-plan'].exceptionGrounds]);
  });

  async function fillDate(page: Page, group: string | RegExp, date: string) {
    const [year, month, day] = date.split('-');
    const g = page.getByRole('group', { name: group });
    await g.getByLabel('Day').fill(String(Number(day)));
    await g.getByLabel('Month').fill(String(Number(month)));
    await g.getByLabel('Year').fill(year);
  }

  async function accessible(page: Page) {
    expect(await accessibilityViolations(page)).toEqual([]);
  }

  /** A form, reached as a caseworker does: from the case summary, by its link in the Actions panel. */
  async function follow(page: Page, caseId: string, link: string, path: string, shot?: string) {
    if (new URL(page.url()).pathname !== `/cases/${caseId}`) {
      await page.goto(`/cases/${caseId}`);
      await accessible(page);
    }
    await page.locator('.app-case-actions').getByRole('link', { name: link, exact: true }).click();
    await page.waitForLoadState('domcontentloaded');
    expect(new URL(page.url()).pathname).toBe(`/cases/${caseId}${path}`);
    await accessible(page);
    if (shot) await screenshot(page, shot);
  }

  /** The deadlines tab's row for a rule, as shown. */
  async function deadlineRow(page: Page, rule: string): Promise<string> {
    await page.locator('.moj-sub-navigation').getByRole('link', { name: 'Deadlines', exact: true }).click();
    await page.waitForLoadState('domcontentloaded');
    await accessible(page);
    const rows = await page.locator('#deadlines tbody tr').allInnerTexts();
    return rows.find((r) => r.startsWith(ruleName(rule))) ?? '';
  }

  /** A post that must be recorded: it lands on the case summary with its banner. */
  async function submit(page: Page, caseId: string, button: string, banner: string) {
    await page.getByRole('button', { name: button }).click();
    await page.waitForLoadState('domcontentloaded');
    if (await page.locator('.govuk-error-summary').count())
      throw new Error(`${button} was refused: ${await page.locator('main').textContent()}`);
    expect(new URL(page.url()).pathname).toBe(`/cases/${caseId}`);
    await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain(banner);
    await accessible(page);
  }

  /** Check-your-answers: its title, then confirm. */
  async function confirm(page: Page, heading: string | RegExp, button = 'Confirm and record', shot?: string) {
    await expect(page.locator('h1').textContent()).resolves.toMatch(heading);
    await accessible(page);
    if (shot) await screenshot(page, shot);
    await page.getByRole('button', { name: button }).click();
    await page.waitForLoadState('domcontentloaded');
  }

  /** A refused post: the error summary, linked to the field it names, and the page still accessible. */
  async function refused(page: Page, href?: string, code?: string) {
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    if (href) await expect(summary.locator('a').first().getAttribute('href')).resolves.toBe(href);
    if (code) await expect(page.locator('main').textContent()).resolves.toContain(code);
    await accessible(page);
  }

  const versionAndStatus = async (page: Page) => (await page.locator('main').textContent())?.replace(/\s+/g, ' ') ?? '';

  for (const javaScript of [true, false]) {
    const mode = javaScript ? 'with JavaScript' : 'without JavaScript';
    const shot = (name: string) => (javaScript ? name : undefined);

    it(`sends an amendment notice, records representations and issues the amended plan (${mode})`, async () => {
      const caseId = await caseWithFinalPlan(javaScript ? 'Amara' : 'Bola');
      const c = `/api/v1/cases/${caseId}`;
      const before = await api('GET', `${c}/plan`);
      const page = await (await ui.context({ javaScript })).newPage();
      await signIn(page, 'caseworker@202');
      const base = `/cases/${caseId}`;

      // The notice: refused without its parts, then recorded.
      await follow(page, caseId, 'Send an amendment notice', '/plan/amendment-notice', shot('plan-amendment-notice'));
      await page.getByRole('button', { name: 'Record the amendment notice' }).click();
      await refused(page, '#sentOn-day');
      await fillDate(page, 'When was the notice sent?', '2026-10-01');
      await page.getByLabel('The proposed amendments').fill('Section F: speech and language therapy twice weekly');
      await page.getByLabel('Why the plan is to be amended').fill('The annual review found slower progress');
      await submit(page, caseId, 'Record the amendment notice', 'Amendment notice recorded');
      expect((await api('GET', `${c}/plan`)).amendmentNotice).toMatchObject({ sentOn: '2026-10-01' });

      // Too soon: the 15 days for representations still run (the plain message and its code).
      await follow(page, caseId, 'Issue the amended plan', '/plan/amended');
      await fillDate(page, 'When is the amended plan issued?', '2026-10-02');
      await page.getByRole('button', { name: 'Continue' }).click();
      await confirm(page, 'Check the amended plan before it is issued', 'Issue the amended plan');
      await refused(page, '#issuedOn-day', 'EHCP.REPRESENTATION_PERIOD_OPEN');

      // The family have nothing further to say: the existing representations form.
      await follow(page, caseId, 'Record representations', '/plan/representations');
      await fillDate(page, /When were the representations received/, '2026-10-05');
      await page.getByLabel('The family has said they have nothing further to add').check();
      await submit(page, caseId, 'Record the representations', 'Representations recorded');

      // The amended plan opens filled in from the plan in force; one provision item changes.
      await follow(page, caseId, 'Issue the amended plan', '/plan/amended', shot('plan-amended'));
      await expect(
        page.getByLabel('Section A: the views, interests and aspirations of the child and their parents').inputValue(),
      ).resolves.toBe(SECTIONS.A);
      await expect(page.getByLabel('Outcome 1').inputValue()).resolves.toBe(SECTIONS.E);
      await expect(page.locator('#F-0-frequency').inputValue()).resolves.toBe('weekly');
      await page.locator('#F-0-frequency').fill('twice weekly');
      // Add an item (the form comes back with it, nothing recorded), then tick it for removal.
      await page.getByLabel('Provision', { exact: true }).last().fill('Laptop with speech-to-text software');
      await page.getByLabel('How often', { exact: true }).last().fill('daily');
      await page.getByLabel('Delivered by', { exact: true }).last().fill('class teacher');
      await page.getByRole('button', { name: 'Add another item' }).click();
      await page.waitForLoadState('domcontentloaded');
      await expect(page.locator('#F-1-provision').inputValue()).resolves.toBe('Laptop with speech-to-text software');
      await accessible(page);
      await expect(page.locator('#F-0-frequency').inputValue()).resolves.toBe('twice weekly');
      await page.getByLabel('Remove provision item 2').check();
      await fillDate(page, 'When is the amended plan issued?', '2026-10-06');
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.waitForLoadState('domcontentloaded');
      await expect(page.locator('.govuk-summary-list').textContent()).resolves.toContain('twice weekly');
      await expect(page.locator('.govuk-summary-list').textContent()).resolves.not.toContain('Laptop');
      await confirm(page, 'Check the amended plan before it is issued', 'Issue the amended plan', shot('plan-amended-check'));
      expect(new URL(page.url()).pathname).toBe(base);
      await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain('Amended EHC plan issued');
      await accessible(page);
      expect(await versionAndStatus(page)).toMatch(/Version 3 Status Final/);

      const after = await api('GET', `${c}/plan`);
      expect(after).toMatchObject({ version: 3, status: 'final', issuedOn: '2026-10-06' });
      expect(after.sections.F.items).toEqual([expect.objectContaining({ frequency: 'twice weekly', hours: 1 })]);
      // The outcome kept its id, and section I is the last version's.
      expect(after.sections.E.map((o: Json) => o.outcomeId)).toEqual(before.sections.E.map((o: Json) => o.outcomeId));
      expect(after.sections.I).toEqual(before.sections.I);
      expect(after.sections.K).toEqual(before.sections.K);
    }, 120_000);

    it(`decides not to amend after a notice, refused first without a date (${mode})`, async () => {
      const caseId = await caseWithFinalPlan(javaScript ? 'Chidi' : 'Dayo');
      await api('POST', `/api/v1/cases/${caseId}/plan/amendment-notice`, {
        sentOn: '2026-10-01',
        proposedAmendments: 'Section F',
        reason: 'Review',
      });
      const page = await (await ui.context({ javaScript })).newPage();
      await signIn(page, 'caseworker@202');
      await follow(page, caseId, 'Decide not to amend', '/plan/not-amending');
      await page.getByLabel('Why the plan is not to be amended').fill('The family’s representations showed the provision works');
      await page.getByRole('button', { name: 'Continue' }).click();
      await confirm(page, /Check the decision not to amend/);
      await refused(page, '#decidedOn-day');
      await fillDate(page, 'When was the decision made?', '2026-10-20');
      await page.getByRole('button', { name: 'Continue' }).click();
      await confirm(page, /Check the decision not to amend/);
      expect(new URL(page.url()).pathname).toBe(`/cases/${caseId}`);
      await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain('Decision not to amend recorded');
      expect((await api('GET', `/api/v1/cases/${caseId}`)).stage).toBe('plan-final');
    }, 90_000);

    it(`ceases the plan after checking the answers: the plan is ceasing (${mode})`, async () => {
      const caseId = await caseWithFinalPlan(javaScript ? 'Efe' : 'Femi');
      const page = await (await ui.context({ javaScript })).newPage();
      await signIn(page, 'caseworker@202');
      await follow(page, caseId, 'Decide to cease the plan', '/plan/cease', shot('plan-cease'));
      // The consultation after the decision is the API's to refuse, with its code.
      await fillDate(page, 'When was the consultation held?', '2026-11-12');
      await fillDate(page, 'When was the decision to cease made?', '2026-11-10');
      await page.getByLabel(/Moved on to higher education \(4\)/).check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await confirm(page, /Check the decision to cease/);
      await refused(page, undefined, 'EHCP.CONSULTATION_AFTER_DECISION');
      await fillDate(page, 'When was the consultation held?', '2026-11-02');
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.locator('.govuk-warning-text').textContent()).resolves.toContain('still maintained');
      await expect(page.locator('.govuk-summary-list').textContent()).resolves.toContain('Moved on to higher education (4)');
      await confirm(page, /Check the decision to cease/, 'Confirm and record', shot('plan-cease-check'));
      expect(new URL(page.url()).pathname).toBe(`/cases/${caseId}`);
      await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain(
        'Decision to cease the plan recorded',
      );
      await accessible(page);
      expect(await versionAndStatus(page)).toMatch(/Status Ceasing/);
      expect((await api('GET', `/api/v1/cases/${caseId}/plan`)).cease).toMatchObject({
        decidedOn: '2026-11-10',
        consultedOn: '2026-11-02',
        reason: '4',
      });
    }, 90_000);

    it(`records a request for re-assessment and its refusal (${mode})`, async () => {
      const caseId = await caseWithFinalPlan(javaScript ? 'Gbenga' : 'Halima');
      const page = await (await ui.context({ javaScript })).newPage();
      await signIn(page, 'caseworker@202');
      await follow(page, caseId, 'Record a request for re-assessment', '/reassessment/new', shot('reassessment-request'));
      await page.getByRole('button', { name: 'Record the request' }).click();
      await refused(page, '#requestedOn-day');
      await fillDate(page, 'When was the request received?', '2026-11-02');
      await page.getByLabel('The child’s parent').check();
      await submit(page, caseId, 'Record the request', 'Request for re-assessment recorded');

      await follow(page, caseId, 'Record the re-assessment decision', '/reassessment/decision', shot('reassessment-decision'));
      await page.getByLabel('Refuse to re-assess').check();
      await fillDate(page, 'When was the decision made?', '2026-11-13');
      await page.getByRole('button', { name: 'Continue' }).click();
      await confirm(page, /Check the re-assessment decision/);
      await refused(page, '#reason');
      await page.getByLabel('The reasons for the decision').fill('The plan still meets the child’s needs');
      await page.getByRole('button', { name: 'Continue' }).click();
      await confirm(page, /Check the re-assessment decision/);
      expect(new URL(page.url()).pathname).toBe(`/cases/${caseId}`);
      await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain(
        'Re-assessment decision recorded',
      );
      const events = (await api('GET', `/api/v1/cases/${caseId}/history`)) as Json[];
      expect(events.find((e) => e.type === 'ReassessmentRequested')?.data).toMatchObject({
        requestedOn: '2026-11-02',
        requestedBy: 'parent',
      });
      expect(JSON.stringify(events.filter((e) => /Reassessment/.test(e.type)).map((e) => e.data))).toContain('refuse');
    }, 90_000);

    it(`plans a phase transfer, shown the plan’s proposed ones (${mode})`, async () => {
      const caseId = await caseWithFinalPlan(javaScript ? 'Ife' : 'Jide');
      const proposed = ((await api('GET', `/api/v1/cases/${caseId}/plan`)).proposedPhaseTransfers ?? []) as Json[];
      const page = await (await ui.context({ javaScript })).newPage();
      await signIn(page, 'caseworker@202');
      await follow(page, caseId, 'Plan a phase transfer', '/phase-transfer', shot('phase-transfer'));
      expect(proposed.map((p) => p.transfer)).toContain('primary-to-secondary');
      await expect(page.locator('main').textContent()).resolves.toContain(
        'the plan expects: primary to secondary school on 1 September 2027',
      );
      await page.getByRole('button', { name: 'Record the phase transfer' }).click();
      await refused(page, '#transfer');
      await page.getByLabel('Primary to secondary school').check();
      await fillDate(page, 'When will the child move?', '2027-09-01');
      await submit(page, caseId, 'Record the phase transfer', 'Phase transfer recorded');
      expect((await api('GET', `/api/v1/cases/${caseId}/plan`)).phaseTransfers).toEqual([
        expect.objectContaining({ transfer: 'primary-to-secondary', transferOn: '2027-09-01', dueOn: '2027-02-14' }),
      ]);
    }, 90_000);

    it(`transfers the plan to another LA, accepted there and the family told: the case leaves 202’s work queue (${mode})`, async () => {
      const name = javaScript ? 'Kemi' : 'Lanre';
      const caseId = await caseWithFinalPlan(name);
      const page = await (await ui.context({ javaScript })).newPage();
      await signIn(page, 'caseworker@202');
      await follow(page, caseId, 'Transfer the plan to another local authority', '/transfer', shot('transfer'));
      await page.getByLabel('The local authority the family moved to').fill('20');
      await fillDate(page, 'When did the family move?', '2026-11-02');
      await fillDate(page, 'When did the council learn of the move?', '2026-10-30');
      await page.getByRole('button', { name: 'Continue' }).click();
      await confirm(page, /Check the transfer/);
      await refused(page, '#toLa');
      await page.getByLabel('The local authority the family moved to').fill('203');
      await page.getByRole('button', { name: 'Continue' }).click();
      await confirm(page, /Check the transfer/);
      expect(new URL(page.url()).pathname).toBe(`/cases/${caseId}`);
      await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain(
        'Transfer to another local authority',
      );

      // The receiving LA's caseworker, while the transfer is pending.
      const theirs = await (await ui.context({ javaScript })).newPage();
      await signIn(theirs, 'caseworker@203');
      await follow(theirs, caseId, 'Accept the transfer', '/transfer/accept', shot('transfer-accept'));
      await theirs.getByRole('button', { name: 'Continue' }).click();
      await confirm(theirs, /Check the transfer before accepting it/, 'Accept the transfer');
      await refused(theirs, '#acceptedOn-day');
      await fillDate(theirs, 'What is the date of the transfer?', '2026-11-16');
      await theirs.getByRole('button', { name: 'Continue' }).click();
      await confirm(theirs, /Check the transfer before accepting it/, 'Accept the transfer');
      expect(new URL(theirs.url()).pathname).toBe(`/cases/${caseId}`);
      await expect(theirs.locator('.govuk-notification-banner').textContent()).resolves.toContain('Transfer accepted');
      await accessible(theirs);
      expect((await api('GET', `/api/v1/cases/${caseId}`, undefined, 'caseworker@203')).la).toBe('203');

      // 203 now tells the family (Reg 15(4)): its link carries the 6 weeks' due date.
      await expect(theirs.locator('.app-case-actions').textContent()).resolves.toMatch(
        /Record the letter about the transfer\s*\(due 28 December 2026\)/,
      );
      await follow(theirs, caseId, 'Record the letter about the transfer', '/transfer/notice', shot('transfer-notice'));
      await fillDate(theirs, 'When was the letter sent?', '2026-11-10');
      await theirs.getByRole('button', { name: 'Record the letter' }).click();
      await refused(theirs, '#sentOn-day', 'EHCP.TRANSFER_NOTICE_BEFORE_TRANSFER');
      await fillDate(theirs, 'When was the letter sent?', '2026-11-19');
      await submit(theirs, caseId, 'Record the letter', 'Letter about the transfer recorded');
      await expect(theirs.locator('.app-case-actions').textContent()).resolves.not.toContain(
        'Record the letter about the transfer',
      );
      const letter = await deadlineRow(theirs, 'transfer-notice');
      expect(letter).toContain('28 December 2026');
      expect(letter).toContain('Met');

      // 202 no longer sees it in its work queue, nor its page.
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Work queue');
      await expect(page.locator('main').textContent()).resolves.not.toContain(name);
      const gone = await page.goto(`/cases/${caseId}`);
      expect(gone?.status()).toBe(404);
    }, 150_000);

    it(`withdraws a pending transfer: the LA it was going to no longer sees the case (${mode})`, async () => {
      const name = javaScript ? 'Musa' : 'Ngozi';
      const caseId = await caseWithFinalPlan(name);
      await api('POST', `/api/v1/cases/${caseId}/transfer`, { toLa: '203', movedOn: '2026-11-02', learnedOn: '2026-10-30' });
      const theirs = await (await ui.context({ javaScript })).newPage();
      await signIn(theirs, 'caseworker@203');
      expect((await theirs.goto(`/cases/${caseId}`))?.status()).toBe(200);
      await expect(theirs.locator('.app-case-actions').textContent()).resolves.not.toContain('Withdraw the transfer');

      const page = await (await ui.context({ javaScript })).newPage();
      await signIn(page, 'caseworker@202');
      await follow(page, caseId, 'Withdraw the transfer', '/transfer/withdraw', shot('transfer-withdraw'));
      // Before the council learned of the move: the API's to refuse, beside the date.
      await fillDate(page, 'When was the transfer withdrawn?', '2026-10-29');
      await page.getByLabel('Why the transfer is withdrawn').fill('The family did not move after all');
      await page.getByRole('button', { name: 'Continue' }).click();
      await confirm(page, /Check the withdrawal/);
      await refused(page, '#withdrawnOn-day', 'EHCP.TRANSFER_WITHDRAWN_BEFORE_LEARNED');
      await fillDate(page, 'When was the transfer withdrawn?', '2026-11-18');
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.locator('.govuk-warning-text').textContent()).resolves.toContain('no longer sees the case');
      await confirm(page, /Check the withdrawal/, 'Confirm and record', shot('transfer-withdraw-check'));
      expect(new URL(page.url()).pathname).toBe(`/cases/${caseId}`);
      await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain('Transfer withdrawn');
      await accessible(page);
      const actions = await page.locator('.app-case-actions').textContent();
      expect(actions).toContain('Transfer the plan to another local authority');
      expect(actions).not.toContain('Withdraw the transfer');
      const summary = await api('GET', `/api/v1/cases/${caseId}`);
      expect(summary.la).toBe('202');
      expect(summary.transfer).toBeUndefined();

      // 203: the case is gone from its pages and its work queue.
      expect((await theirs.goto(`/cases/${caseId}`))?.status()).toBe(404);
      await theirs.goto('/');
      await expect(theirs.locator('main').textContent()).resolves.not.toContain(name);
    }, 120_000);

    it(`records an exception to the re-assessment’s 14 weeks after checking it (${mode})`, async () => {
      const caseId = await caseWithFinalPlan(javaScript ? 'Obi' : 'Sade');
      const c = `/api/v1/cases/${caseId}`;
      await api('POST', `${c}/reassessment`, { requestedOn: '2026-11-02', requestedBy: 'parent' });
      await api('POST', `${c}/reassessment/decision`, { decision: 'reassess', decidedOn: '2026-11-13', reason: 'New EP advice' });
      const page = await (await ui.context({ javaScript })).newPage();
      await signIn(page, 'caseworker@202');
      await follow(
        page,
        caseId,
        'Record an exception to the re-assessment timescale',
        '/reassessment/exceptions',
        shot('reassessment-exception'),
      );
      await expect(page.locator('input[name=ground]').count()).resolves.toBe(REASSESSMENT_GROUND_CHOICES.length);
      // A closure of less than 4 weeks is no ground (Reg 27(3)): refused with its code.
      await page.getByLabel('The school or college was closed').check();
      await fillDate(page, 'The date the exception began', '2026-11-16');
      await fillDate(page, 'The date the exception ended', '2026-11-25');
      await page.getByLabel('The evidence').fill('The school was closed for flood repairs');
      await page.getByRole('group', { name: 'Was the family told?' }).getByLabel('Yes').check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await confirm(page, /Check the exception/, 'Record the exception');
      // (The 422 names the end date: the summary links to it and its message names the 4 weeks.)
      await refused(page, '#to-day', 'EHCP.EXCEPTION_GROUND_NOT_MET');
      await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain('at least 4 weeks');
      // Still closed: no end date yet.
      for (const part of ['Day', 'Month', 'Year'])
        await page.getByRole('group', { name: 'The date the exception ended' }).getByLabel(part).fill('');
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.locator('.govuk-summary-list').textContent()).resolves.toContain('The school or college was closed');
      await confirm(page, /Check the exception/, 'Record the exception', shot('reassessment-exception-check'));
      expect(new URL(page.url()).pathname).toBe(`/cases/${caseId}`);
      await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain(
        'Exception to the re-assessment timescale recorded',
      );
      await accessible(page);
      const row = await deadlineRow(page, 'reassessment-final-plan');
      expect(row).toContain('Excepted');
      const deadlines = (await api('GET', `${c}/deadlines`)) as Json;
      expect(JSON.stringify(deadlines)).toContain('"status":"excepted"');
    }, 120_000);
  }
});

/** The sections the API suites draft with (../fixtures.ts). */
const SECTIONS = planSections();
